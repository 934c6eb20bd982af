// Splits the declaration for the page: the first load carries what the first screen shows, and the notes of the sliders in the closed "Assumptions" panel load with that panel.
//
// A headline slider's note is on the first screen, so it stays; the ~40 other notes (~7 kB gzipped, most of the
// declaration's text) are written to a module of their own that src/app/parameter-notes.svelte.ts imports on demand.
import type { LocalText, ModelDeclaration, ParameterDeclaration } from '../engine/types.ts';

export interface PageDeclarationSplit {
  /** The declaration without the notes of parameters outside the headline groups. */
  page: ModelDeclaration;
  /** Those notes by parameter key. */
  notes: Record<string, LocalText>;
}

export function splitParameterNotes(declaration: ModelDeclaration): PageDeclarationSplit {
  const headline = new Set(declaration.groups.filter((group) => group.headline).map((group) => group.id));
  const notes: Record<string, LocalText> = {};
  const parameters = declaration.parameters.map((parameter): ParameterDeclaration => {
    if (headline.has(parameter.group) || !parameter.note) return parameter;
    const { note, ...rest } = parameter;
    notes[parameter.key] = note;
    return rest;
  });
  return { page: { ...declaration, parameters }, notes };
}

/** Problems for every parameter with no note: the page shows one under each slider. */
export function missingNotes(declaration: ModelDeclaration): string[] {
  return declaration.parameters
    .filter((parameter) => !parameter.note)
    .map((parameter) => `parameter "${parameter.key}" note: needs English and Traditional Chinese text`);
}

const HEADER = (what: string) =>
  `// Generated from models/crude-leverage by src/build/generate-model.ts: ${what}. Do not edit (git ignores it).`;

export function pageDeclarationCode(split: PageDeclarationSplit): string {
  return [
    HEADER(
      "the declaration as the page's first load carries it, without the notes of the sliders in the Assumptions panel (parameter-notes.ts)",
    ),
    "import type { ModelDeclaration } from '../engine/types.ts';",
    '',
    `export const pageDeclaration: ModelDeclaration = ${JSON.stringify(split.page, null, 1)};`,
    '',
  ].join('\n');
}

export function parameterNotesCode(split: PageDeclarationSplit): string {
  return [
    HEADER('the notes of the sliders outside the headline, loaded with the Assumptions panel'),
    "import type { LocalText } from '../engine/types.ts';",
    '',
    `export const parameterNotes: Readonly<Record<string, LocalText>> = ${JSON.stringify(split.notes, null, 1)};`,
    '',
  ].join('\n');
}
