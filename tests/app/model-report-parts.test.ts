// Checks that the page's report parts and bundle are the model's own: the page's declaration (the shipped one less the notes that load on demand), groups and outputs.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { model } from '../../src/app/model.ts';
import { bundle } from '../../src/app/model-bundle.ts';
import { reportParts } from '../../src/app/model-report-parts.ts';
import type { LocalText, ModelDeclaration } from '../../src/engine/types.ts';
import { parameterNotes } from '../../src/generated/parameter-notes.ts';

/** The declaration with every parameter's note back in place (the page's notes once they have loaded). */
function withParameterNotes(
  declaration: ModelDeclaration,
  notes: Readonly<Record<string, LocalText>>,
): ModelDeclaration {
  return {
    ...declaration,
    parameters: declaration.parameters.map((parameter) => {
      const note = parameter.note ?? notes[parameter.key];
      return note ? { ...parameter, note } : parameter;
    }),
  };
}

describe('reportParts and the page’s bundle', () => {
  it('hold the very declaration the page runs, so its reports are not taken for an edited model’s', () => {
    expect(reportParts.model).toBe(model.declaration);
    expect(bundle.model).toBe(model.declaration);
  });

  it('hold the shipped declaration, once the notes that load on demand are back in', () => {
    expect(withParameterNotes(model.declaration, parameterNotes)).toEqual(crudeLeverageBundle.model);
  });

  it('hold the very groups, outputs, checks, warnings and exercises of the bundle', () => {
    expect(reportParts.groups).toBe(crudeLeverageBundle.groups);
    expect(reportParts.outputs).toBe(crudeLeverageBundle.outputs);
    for (const part of ['groups', 'outputs', 'checks', 'warnings', 'exercises'] as const) {
      expect(bundle[part], part).toBe(crudeLeverageBundle[part]);
    }
  });
});
