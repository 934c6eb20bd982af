// Starts the simulator page: compiles the model, reads the link, mounts the app, and never leaves a blank page.
import { mount } from 'svelte';
import Root from './app/Root.svelte';
import { model } from './app/model.ts';
import { Simulator } from './app/simulator.svelte.ts';
import { startUrlSync } from './app/url-sync.svelte.ts';
import { registerChartJs } from './charts/register-chart-js.ts';
import { ensureLanguage } from './i18n/translate.ts';
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

try {
  registerChartJs();
  target.replaceChildren();
  const simulator = new Simulator(model);
  const urlSync = startUrlSync(simulator);
  await urlSync.ready;
  // A link in Traditional Chinese waits for its strings rather than flashing English first.
  await ensureLanguage(simulator.lang);
  mount(Root, { target, props: { simulator, urlSync } });
} catch (error) {
  showFatalError(error);
}
