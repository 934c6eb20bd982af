// The page's state: the scenario, the pinned comparison and the view, with results derived from them.
import { sweepHeadline } from '../analysis/drop-sweep.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import { firstNonFiniteEquation } from '../engine/non-finite.ts';
import { ownValue } from '../engine/own-value.ts';
import type { Scenario } from '../engine/types.ts';
import { type ModelResults, modelOutputs } from './model.ts';
import type { Address } from '../link/address.ts';
import { type LinkNotice, linkNotice } from '../link/link-notice.ts';
import { linkNamesMonth, loadMonthStarts, monthStartsLoaded, startingPointFor } from '../link/month-starts.ts';
import { type DecodedLink, REMIX_KEY, decodeLink, encodeLink, linkParam } from '../link/link-format.ts';
import type { Remix } from '../remix/remix-format.ts';
import { DEFAULT_VIEW, type Language, type Lesson, type Panel, defaultLesson } from '../link/view-params.ts';
import { applyToFree } from '../classroom/lesson.ts';
import { allowedValue } from '../link/value-rule.ts';
import { formatForLink } from '../link/sanitize-value.ts';

export type { LinkNotice } from '../link/link-notice.ts';

export class Simulator {
  /** The model as shipped; `model` is either this or an edited copy. */
  readonly standardModel: CompiledModel;
  model: CompiledModel = $state.raw(undefined as unknown as CompiledModel);
  /** The edit behind `model`, or null for the standard model. */
  remix: Remix | null = $state.raw(null);
  /** The edit as the link carries it (`x=`); kept with `remix`, so the page need not load the compressor. */
  remixEncoded: string | null = $state.raw(null);
  scenario: Record<string, number> = $state({});
  pinned: Record<string, number> | null = $state(null);
  lang: Language = $state(DEFAULT_VIEW.lang);
  panel: Panel | null = $state(DEFAULT_VIEW.panel);
  /** The teacher's lesson from the link: locked, hidden and narrowed sliders; replaced whole, never edited in place. */
  lesson: Lesson = $state.raw(defaultLesson());
  notice: LinkNotice | null = $state(null);
  /** The parameter the user moved last, for the live region; cleared by resets, presets and links. */
  lastChanged: string | null = $state(null);
  /** The recorded month the scenario starts from (`from=`), or null for the mid-2025 defaults. */
  from: string | null = $state(null);
  /** What Reset and presets apply on top of: the month's drivers with `from`, else the defaults. */
  readonly start: Readonly<Record<string, number>> = $derived.by(() => startingPointFor(this.model, this.from));

  // Typed with the model's output names: an edited model only changes expressions and adds parameters, so it has them all.
  readonly results: ModelResults = $derived.by(() => this.model.evaluate(this.scenario) as ModelResults);
  readonly pinnedResults: ModelResults | null = $derived.by(() =>
    this.pinned ? (this.model.evaluate(this.pinned) as ModelResults) : null,
  );
  /** The first equation an edited model leaves without a finite value here or in the pinned scenario; the page flags it. */
  readonly notFinite: string | null = $derived.by(
    () =>
      firstNonFiniteEquation(this.model, this.results) ??
      (this.pinnedResults ? firstNonFiniteEquation(this.model, this.pinnedResults) : null),
  );
  readonly sweep = $derived.by(() => sweepHeadline(this.model, modelOutputs, this.scenario));
  readonly pinnedSweep = $derived.by(() => (this.pinned ? sweepHeadline(this.model, modelOutputs, this.pinned) : null));
  /** The defaults swept over the drop: changes only with the model. */
  readonly baselineSweep = $derived.by(() => sweepHeadline(this.model, modelOutputs, this.model.defaults));
  /** The query string that reproduces this state. */
  readonly query: string = $derived.by(() =>
    encodeLink(this.model, {
      scenario: this.scenario,
      pinned: this.pinned,
      view: { lang: this.lang, panel: this.panel, lesson: this.lesson, from: this.from ?? undefined },
      remix: this.remixEncoded,
    }),
  );

  constructor(model: CompiledModel) {
    this.standardModel = model;
    this.model = model;
    this.scenario = { ...model.defaults };
  }

  /** Switches to another model (an edit, or back to the standard one), keeping every value it still has. */
  useModel(model: CompiledModel, remix: Remix | null, remixEncoded: string | null = null): void {
    const carry = (values: Record<string, number>) =>
      Object.fromEntries(model.declaration.parameters.map((p) => [p.key, ownValue(values, p.key) ?? p.default]));
    this.model = model;
    this.remix = remix;
    this.remixEncoded = remix ? remixEncoded : null;
    this.scenario = carry(this.scenario);
    if (this.pinned) this.pinned = carry(this.pinned);
    this.lastChanged = null;
  }

  /**
   * Opens a link (query, fragment or whole URL): its model, its scenario and its view. Never throws.
   * A plain link is applied at once and nothing is returned; one that carries an edited model (`x=`)
   * first loads the code that reads edits, and the returned promise settles when it is in place.
   */
  openLink(address: string | Address, { announce }: { announce: boolean }): Promise<void> | undefined {
    // A link naming a month waits for the months' record (src/link/month-starts.ts): the page shows nothing
    // of the link until it can open the month's exact values, so there is no flash of another scenario.
    if (linkNamesMonth(address) && !monthStartsLoaded()) {
      // Should the record fail to arrive (offline), the link opens from mid-2025 and says its month was ignored.
      const open = () => this.openLink(address, { announce });
      return loadMonthStarts().then(open, (error: unknown) => {
        console.error(error);
        return open();
      });
    }
    const encoded = linkParam(address, REMIX_KEY);
    if (!encoded) {
      this.useModel(this.standardModel, null);
      this.load(decodeLink(this.standardModel, address), { announce });
      return undefined;
    }
    return import('../remix/model-for-link.ts').then(({ modelForLink }) => {
      const linkModel = modelForLink(this.standardModel, address);
      this.useModel(linkModel.model, linkModel.remix, encoded);
      this.load(decodeLink(linkModel.model, address), { announce, remixProblem: linkModel.remixProblem });
    });
  }

  get baseline(): ModelResults {
    return this.model.baseline as ModelResults;
  }

  /**
   * Sets one parameter, snapped to its slider grid and clamped into the lesson's range; unknown keys,
   * non-numbers and the lesson's locked or hidden parameters change nothing.
   */
  set(key: string, value: number): void {
    const parameter = this.model.parameterByKey.get(key);
    const allowed = parameter ? allowedValue(parameter, value, { source: 'user', lesson: this.lesson }).value : null;
    if (allowed === null) return;
    this.scenario[key] = allowed;
    this.lastChanged = key;
  }

  /** Back to the starting point; under a lesson, locked and hidden parameters keep the lesson's starting value. */
  reset(): void {
    this.apply({});
  }

  /**
   * Applies a partial scenario on top of the starting point (a preset): the defaults, or the `from` month's
   * drivers. Under a lesson it moves the free sliders only, clamped into their ranges: locked and hidden
   * ones keep the lesson's starting value.
   */
  apply(values: Partial<Scenario>): void {
    const on = { ...this.start, ...values };
    this.scenario = applyToFree(this.model.declaration.parameters, this.lesson, this.scenario, on);
    this.lastChanged = null;
  }

  /**
   * Starts from another recorded month (null: mid-2025). The values the user changed from the old start
   * stay as they are, as the link would carry them; every other value moves to the new month's.
   */
  setFrom(month: string | null): void {
    const oldStart = this.start;
    const changed: Record<string, number> = {};
    for (const parameter of this.model.declaration.parameters) {
      const value = this.scenario[parameter.key];
      const before = oldStart[parameter.key];
      if (value === undefined || before === undefined) continue;
      if (formatForLink(parameter, value) !== formatForLink(parameter, before)) changed[parameter.key] = value;
    }
    this.from = month;
    this.apply(changed);
  }

  pin(): void {
    this.pinned = { ...this.scenario };
  }

  unpin(): void {
    this.pinned = null;
  }

  /** Replaces the whole state with a decoded link; remembers what the link got wrong. */
  load(
    decoded: DecodedLink,
    { announce, remixProblem = null }: { announce: boolean; remixProblem?: string | null },
  ): void {
    this.scenario = { ...decoded.scenario };
    this.lastChanged = null;
    this.pinned = decoded.pinned ? { ...decoded.pinned } : null;
    this.lang = decoded.view.lang;
    this.panel = decoded.view.panel;
    this.lesson = decoded.view.lesson;
    this.from = decoded.view.from ?? null;
    if (announce) this.notice = linkNotice(decoded, remixProblem);
  }

  dismissNotice(): void {
    this.notice = null;
  }
}
