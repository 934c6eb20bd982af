// Starts the simulator page: compiles the model, reads the link, mounts the app, and never leaves a blank page.
import { mount } from 'svelte';
import Root from './app/Root.svelte';
import { appContextFor, appContextMap } from './app/context.ts';
import { model } from './app/model.ts';
import { preloadChartJsWhereChartsShow } from './charts/on-screen-chart.ts';
import { loadParameterNotes, notesReadyFor } from './app/parameter-notes.svelte.ts';
import { Simulator } from './app/simulator.svelte.ts';
import { startUrlSync } from './app/url-sync.svelte.ts';
import { ensureLanguage, localeTag, translator } from './i18n/translate.ts';
import { Address } from './link/address.ts';
import { decodeLink } from './link/link-format.ts';
import { linkNamesMonth, loadMonthStarts } from './link/month-starts.ts';
import { type EmbedChartId, embedSettings } from './link/view-params.ts';
import './app/styles.css';
import './app/print.css';

const target = document.getElementById('app')!;

function showFatalError(error: unknown): void {
  console.error(error);
  target.replaceChildren();
  const box = document.createElement('div');
  box.className = 'fatal-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Something went wrong / 發生錯誤';
  const link = document.createElement('a');
  link.href = window.location.pathname;
  link.textContent = 'Start over with mid-2025 settings / 以2025年中設定重新開始';
  box.append(heading, link);
  target.append(box);
}

/** `embed=1`: the compact view for an iframe. It leaves the address alone, so a reload shows the same view. */
async function startEmbed(address: string, chart: EmbedChartId): Promise<void> {
  const simulator = new Simulator(model);
  await simulator.openLink(address, { announce: false });
  await ensureLanguage(simulator.lang);
  const [{ default: EmbedView }, { embedParameterKeys }] = await Promise.all([
    import('./app/export/EmbedView.svelte'),
    import('./export/embed-link.ts'),
  ]);
  const keys = embedParameterKeys(model, address);
  // An embed may show sliders from outside the headline: their notes come before the view does.
  const shownParameters = keys.flatMap((key) => simulator.model.parameterByKey.get(key) ?? []);
  if (!notesReadyFor(shownParameters)) await loadParameterNotes().catch((error: unknown) => console.error(error));
  mount(EmbedView, {
    target,
    props: { chart, keys },
    context: appContextMap(appContextFor(simulator)),
  });
}

/** `present=1`: the presenter view for a projector. Like the embed, it leaves the address alone. */
async function startPresenter(address: string): Promise<void> {
  const simulator = new Simulator(model);
  await simulator.openLink(address, { announce: false });
  await ensureLanguage(simulator.lang);
  await import('./i18n/register-classroom-messages.ts');
  const { default: PresenterView } = await import('./app/classroom/PresenterView.svelte');
  const t = translator(simulator.lang);
  document.documentElement.lang = localeTag(simulator.lang);
  document.title = `${t('present.title')}: ${t('app.title')}`;
  const pageLink = Address.current(window.location).without(['present']).toString();
  mount(PresenterView, { target, props: { pageLink }, context: appContextMap(appContextFor(simulator)) });
}

async function startPage(): Promise<void> {
  // On a wide window the first chart is on the first screen: its Chart.js is fetched while the page mounts.
  preloadChartJsWhereChartsShow();
  const simulator = new Simulator(model);
  const urlSync = startUrlSync(simulator);
  await urlSync.ready;
  await Promise.all([
    // A link in Traditional Chinese waits for its strings rather than flashing English first.
    ensureLanguage(simulator.lang),
    // A link that opens the Assumptions panel shows its sliders' notes at once (they are not on the first load).
    simulator.panel === 'assumptions' && loadParameterNotes().catch((error: unknown) => console.error(error)),
  ]);
  mount(Root, { target, props: { simulator, urlSync } });
}

try {
  target.replaceChildren();
  const address = Address.current(window.location).query;
  // Only a link that names a month fetches the months' record, and it arrives before anything is shown.
  // Should it fail to arrive, the month reads as unknown: the page opens from mid-2025 and its notice says so.
  if (linkNamesMonth(address)) await loadMonthStarts().catch(() => undefined);
  const { view } = decodeLink(model, address);
  const { embed, chart } = embedSettings(view);
  await (embed ? startEmbed(address, chart) : view.present === true ? startPresenter(address) : startPage());
} catch (error) {
  showFatalError(error);
}
