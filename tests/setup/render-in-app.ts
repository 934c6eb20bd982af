// Test helper: renders a component alone with the app context the page would give it (simulator, language, translator).
import { render } from '@testing-library/svelte';
import type { Component, ComponentProps } from 'svelte';
import { type AppContext, appContextFor, appContextMap } from '../../src/app/context.ts';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import type { Translate } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/link/view-params.ts';

export interface AppContextOptions {
  /** The simulator the component reads; a fresh one at the mid-2025 defaults when left out. */
  simulator?: Simulator;
  /** The page's language (set on the simulator); the simulator's own when left out. */
  lang?: Language;
  /** A fixed translator; by default the simulator's language's, following it when the language changes. */
  t?: Translate;
}

/** The context a test gives `render`, and the simulator in it. */
export function testAppContext({ simulator = new Simulator(model), lang, t }: AppContextOptions = {}): {
  simulator: Simulator;
  context: AppContext;
} {
  if (lang) simulator.lang = lang;
  return { simulator, context: appContextFor(simulator, t ? () => t : undefined) };
}

/** `render(component, props)` under App's context; returns render's result plus the simulator and context used. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function renderInApp<C extends Component<any>>(
  component: C,
  props: ComponentProps<C>,
  options: AppContextOptions = {},
) {
  const { simulator, context } = testAppContext(options);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const rendered = render(component as any, { props, context: appContextMap(context) });
  return { ...rendered, simulator, context };
}
