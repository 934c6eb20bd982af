// Real-browser harness: drives Debian's Chromium against the built site (see site.ts), recording every request
// and every error. It never downloads a browser: without one the browser tests are skipped with one warning,
// or fail when REQUIRE_BROWSER=1.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { type Site, startSite, TEMP_PREFIX } from './site.ts';
import { CHROMIUM_ARGS, chromiumPathSetting } from '../../src/bench/chromium.ts';

export type { Site };
export * from './page-readers.ts';
import { loadOnDemandParts } from './page-readers.ts';

export { CHROMIUM_ARGS };

/** CHROMIUM_PATH when set (and only it, so a wrong path is not silently replaced), else Debian's /usr/bin/chromium. */
function findChromium(): string | null {
  const path = chromiumPathSetting();
  return existsSync(path) ? path : null;
}

export const chromiumPath = findChromium();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Warns once per test run, not once per file: each test file runs in its own worker process, so the
 * first one to create a marker named after the run's main process prints the line.
 */
function warnOncePerRun(message: string): void {
  const runPid = process.send ? process.ppid : process.pid;
  const markerPrefix = `${TEMP_PREFIX}skip-warned-`;
  try {
    writeFileSync(join(tmpdir(), `${markerPrefix}${runPid}`), '', { flag: 'wx' });
  } catch {
    return;
  }
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(markerPrefix.length));
    if (name.startsWith(markerPrefix) && pid !== runPid && !isRunning(pid))
      rmSync(join(tmpdir(), name), { force: true });
  }
  console.warn(message);
}

if (!chromiumPath) {
  const where = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
    : 'no /usr/bin/chromium';
  const how = 'install one with `apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium binary';
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error(`REQUIRE_BROWSER=1 but no Chromium was found (${where}): ${how}.`);
  }
  warnOncePerRun(`Browser tests skipped (${where}): ${how}.`);
}

/** `describe` that runs only when a Chromium is available. */
export const describeInBrowser = describe.skipIf(!chromiumPath);

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium available');
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}

// ---- one page with its records ----------------------------------------------------------------------

export interface Session {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  close(): Promise<void>;
}

/** Opens a fresh context and page that records requests and errors; requests to other origins are blocked. */
export async function openSession(browser: Browser, site: Site, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  // Record, then refuse, anything that would leave the machine: the tests never touch the network.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return isOwnOrigin(url, site.origin) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`worker console.error (${worker.url()}): ${message.text()}`);
    }),
  );
  return { page, context, requests, errors, close: () => context.close() };
}

function isOwnOrigin(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

export function expectOnlyOwnOrigin(session: Session, site: Site): void {
  const foreign = session.requests.filter((url) => !isOwnOrigin(url, site.origin));
  expect(foreign, `requests that left ${site.origin}`).toEqual([]);
  expect(session.requests.length).toBeGreaterThan(0);
}

export function expectNoErrors(session: Session): void {
  expect(session.errors, `console and page errors: ${session.errors.join(' | ')}`).toEqual([]);
}

/** Opens the page with a query (with or without `?`) and waits until the app has drawn its headline. */
export async function openApp(session: Session, site: Site, query = '', { loadAll = true } = {}): Promise<Page> {
  const search = query === '' || query.startsWith('?') ? query : `?${query}`;
  await session.page.goto(`${site.url}${search}`, { waitUntil: 'load' });
  await session.page.locator('#headline-text').waitFor({ state: 'visible' });
  // Parts of the page load as they come into view; load them all now, so none appears mid-test.
  if (loadAll && !new URLSearchParams(search).has('embed')) await loadOnDemandParts(session.page);
  return session.page;
}

// ---- per-file fixture ---------------------------------------------------------------------------------

export interface BrowserFixture {
  readonly site: Site;
  readonly browser: Browser;
  /** A new recorded session; closed automatically after the file. */
  session(options?: BrowserContextOptions): Promise<Session>;
}

/** Registers hooks that start the site and Chromium for this file and close both (and every session) after it. */
export function useBrowser(): BrowserFixture {
  let site: Site | undefined;
  let browser: Browser | undefined;
  const sessions: Session[] = [];
  beforeAll(async () => {
    site = await startSite();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.allSettled(sessions.map((session) => session.close()));
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error('site not started');
      return site;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
    async session(options) {
      const created = await openSession(this.browser, this.site, options);
      sessions.push(created);
      return created;
    },
  };
}
