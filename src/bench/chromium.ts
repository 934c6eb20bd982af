// The one place that says which Chromium the project drives and with which switches (bench and browser tests).

/** Debian's Chromium unless CHROMIUM_PATH names another; no tool ever downloads a browser of its own. */
export function chromiumPathSetting(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Headless and quiet on a machine with no network beyond its registries: no first-run chores, no background calls. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
