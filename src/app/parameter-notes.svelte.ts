// The notes of the sliders outside the headline: not on the first load, fetched once the Assumptions panel nears the screen, is reached for, or a link opens it.
import type { LocalText, ParameterDeclaration } from '../engine/types.ts';

type Notes = Readonly<Record<string, LocalText>>;

/** Reactive, so a slider rendered before the notes arrived shows its note when they do. */
let notes: Notes | null = $state.raw(null);
let loading: Promise<void> | null = null;

/** Fetches the notes once (a failed fetch is tried again on the next call). */
export function loadParameterNotes(): Promise<void> {
  if (notes) return Promise.resolve();
  loading ??= import('../generated/parameter-notes.ts').then(
    (module) => {
      notes = module.parameterNotes;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const parameterNotesLoaded = (): boolean => notes !== null;

/** The note under a slider: its own where the first load carries it, else the loaded one; undefined until then. */
export function parameterNote(parameter: ParameterDeclaration): LocalText | undefined {
  return parameter.note ?? notes?.[parameter.key];
}

/** Whether every one of these parameters' notes can be shown now. */
export const notesReadyFor = (parameters: readonly ParameterDeclaration[]): boolean =>
  parameters.every((parameter) => parameterNote(parameter) !== undefined);
