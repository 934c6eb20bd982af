// Tests the teachers' table of link keys: one row per declared parameter with its range and default, plus every link, view and lesson key.
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { LESSON_KEY_TEXT, linkParameterTable } from '../../../src/app/classroom/link-parameter-table.ts';
import { ANSWERS_PARAM } from '../../../src/classroom/answers-link.ts';
import type { ModelDeclaration } from '../../../src/engine/types.ts';
import { LINK_FORMAT_VERSION, PINNED_PREFIX, REMIX_KEY } from '../../../src/link/link-format.ts';
import { formatForLink } from '../../../src/link/sanitize-value.ts';
import { LESSON_LINK_KEYS, LINK_VIEW_PARAMETERS } from '../../../src/link/view-params.ts';

const rows = linkParameterTable(crudeLeverageModel);
const byKey = new Map(rows.map((row) => [row.key, row]));

describe('linkParameterTable', () => {
  it('has one row per declared parameter, in declaration order, with its label, unit, range and default', () => {
    const parameterRows = rows.filter((row) => row.kind === 'parameter');
    expect(parameterRows.map((row) => row.key)).toEqual(crudeLeverageModel.parameters.map((p) => p.key));
    for (const p of crudeLeverageModel.parameters) {
      const row = byKey.get(p.key)!;
      const [min, max, step] = [p.min, p.max, p.step].map((value) => formatForLink(p, value));
      expect(row.meaning).toEqual(p.label);
      expect(row.range.en, p.key).toBe(`${min} to ${max} (step ${step})`);
      expect(row.range['zh-Hant'], p.key).toBe(`${min}至${max}（間距${step}）`);
      expect(row.default, p.key).toBe(formatForLink(p, p.default));
      const unit = crudeLeverageModel.units.find((u) => u.id === p.unit)!;
      expect(row.unit.en).toBe(unit.symbol.en);
      // A link counts in the model's unit; Chinese shows USD bn as 億, so the table says one link unit is 10億.
      expect(row.unit['zh-Hant']).toBe(unit.shownScale ? `10${unit.symbol['zh-Hant']}` : unit.symbol['zh-Hant']);
    }
    expect(byKey.get('india-exports-us')!.unit['zh-Hant']).toBe('10億美元/年');
    // Link syntax, typed into an address: a plain hyphen-minus, unlike prose.
    expect(byKey.get('drop')!.range.en).toBe('-20 to 40 (step 1)');
    expect(byKey.get('india')!.default).toBe('1.6');
  });

  it('includes the format keys, the pinned scenario and the edited model', () => {
    expect(byKey.get('v')!.default).toBe(String(LINK_FORMAT_VERSION));
    expect(byKey.get('m')!.default).toBe(String(crudeLeverageModel.version));
    for (const key of ['a', `${PINNED_PREFIX}<key>`, REMIX_KEY]) expect(byKey.get(key)?.kind, key).toBe('format');
  });

  it('includes every view key and every lesson key, each described in both languages', () => {
    const described = [...LINK_VIEW_PARAMETERS.map((p) => p.key), ...LESSON_LINK_KEYS, ANSWERS_PARAM];
    expect(described).toEqual(expect.arrayContaining(['lang', 'panel', 'mode', 'lock', 'hide', 'r.<key>', 'ex']));
    for (const key of described) {
      const row = byKey.get(key);
      expect(row, key).toBeDefined();
      expect(row!.meaning.en, `${key}: describe it in link-parameter-table.ts`).not.toBe(key);
      expect(row!.meaning['zh-Hant'], key).toMatch(/[\u3400-\u9fff]/);
    }
    expect(byKey.get('lang')!.default).toBe('en');
    expect(byKey.get('mode')!.default).toBe('full');
  });

  it('ends with the students’ answers key and lists the exercises `ex` accepts', () => {
    expect(rows.at(-1)).toMatchObject({ key: ANSWERS_PARAM, kind: 'lesson' });
    expect(LESSON_KEY_TEXT[ANSWERS_PARAM]!.meaning.en).toContain('answers');
    expect(byKey.get('ex')!.range.en).toBe(exercises.map((exercise) => exercise.id).join(', '));
    const lessonOnly = linkParameterTable(crudeLeverageModel, { lessonKeys: ['mode'], exerciseIds: [] });
    expect(lessonOnly.filter((row) => row.kind === 'lesson').map((row) => row.key)).toEqual(['mode']);
  });

  it('has each key once, and every non-empty English text has a Chinese one', () => {
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    for (const row of rows) {
      for (const field of ['meaning', 'unit', 'range'] as const) {
        expect(row[field]['zh-Hant'] === '', `${row.key} ${field}`).toBe(row[field].en === '');
      }
    }
  });

  it('follows the declaration: an added parameter gets its own row', () => {
    const declaration: ModelDeclaration = {
      ...crudeLeverageModel,
      parameters: [
        ...crudeLeverageModel.parameters,
        { ...crudeLeverageModel.parameters[0]!, key: 'my-cost', min: 0, max: 5, step: 0.25, default: 1.5 },
      ],
    };
    const row = linkParameterTable(declaration).find((candidate) => candidate.key === 'my-cost');
    expect(row).toMatchObject({ kind: 'parameter', default: '1.5', range: { en: '0 to 5 (step 0.25)' } });
  });
});
