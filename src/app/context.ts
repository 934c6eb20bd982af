// The values every part of the page shares (the simulator, its language, the translator), set once and read through Svelte context.
import { getContext, hasContext, setContext } from 'svelte';
import { type Translate, translator } from '../i18n/translate.ts';
import type { Language } from '../link/view-params.ts';
import type { Simulator } from './simulator.svelte.ts';

/**
 * Read through getters, so a component that reads `context.lang` or `context.t` in its template or a
 * `$derived` follows a change of language (the simulator's `lang` is state; `t` is derived from it).
 */
export interface AppContext {
  readonly simulator: Simulator;
  readonly lang: Language;
  readonly t: Translate;
}

/** A plain symbol rather than createContext's hidden key, so a test can hand the context to `render` (see tests/component). */
export const APP_CONTEXT_KEY = Symbol('crude-leverage app context');

/**
 * The context for `simulator`. `translate` gives the current translator: the page passes its own, rebuilt when
 * a language's strings arrive; by default it is the simulator's language's translator at the time of reading.
 */
export function appContextFor(
  simulator: Simulator,
  translate: () => Translate = () => translator(simulator.lang),
): AppContext {
  return {
    simulator,
    get lang() {
      return simulator.lang;
    },
    get t() {
      return translate();
    },
  };
}

/** Called once by the component at the top of a view (App, EmbedView's mount, PresenterView's mount). */
export function setAppContext(context: AppContext): AppContext {
  return setContext(APP_CONTEXT_KEY, context);
}

/** The shared values; a component mounted without them is a programming error, said plainly. */
export function appContext(): AppContext {
  if (!hasContext(APP_CONTEXT_KEY)) throw new Error('appContext(): no app context; mount under App or setAppContext');
  return getContext<AppContext>(APP_CONTEXT_KEY);
}

/** The context map `mount` (or a test's `render`) takes, for a component mounted alone at the top of a view. */
export function appContextMap(context: AppContext): Map<symbol, AppContext> {
  return new Map([[APP_CONTEXT_KEY, context]]);
}
