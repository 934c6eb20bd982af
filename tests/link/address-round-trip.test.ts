// Property test of the whole address: every key the format declares (scenario, pinned A, view, lesson, edited model, answers) comes back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { decodeAnswersLink, encodeAnswers } from '../../src/classroom/answers-link.ts';
import { type AnswersByExercise, sanitizeAnswers } from '../../src/classroom/answers-store.ts';
import { fitToRanges } from '../../src/classroom/lesson.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { Address, FORMAT_KEY, type PageLocation } from '../../src/link/address.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { EMBED_CHARTS, LANGUAGES, PANELS, embedSettings } from '../../src/link/view-params.ts';
import { scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';
import { lessonArbitrary } from './lesson-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const answers: fc.Arbitrary<AnswersByExercise> = fc.dictionary(
  id,
  fc.dictionary(
    id,
    fc.record({ direction: fc.constantFrom('up', 'down', 'none' as const), size: fc.integer({ min: 0, max: 999 }) }),
    { minKeys: 1, maxKeys: 3 },
  ),
  { minKeys: 1, maxKeys: 3 },
);
const locations: fc.Arbitrary<PageLocation> = fc.constantFrom(
  { protocol: 'https:', origin: 'https://example.org', pathname: '/crude-leverage/' },
  { protocol: 'file:', origin: 'null', pathname: '/home/teacher/crude-leverage-offline.html' },
);

const everything = fc.record({
  location: locations,
  scenario: scenarioArbitrary(parameters),
  pinned: fc.option(scenarioArbitrary(parameters), { nil: null }),
  lang: fc.constantFrom(...LANGUAGES),
  panel: fc.constantFrom(null, ...PANELS),
  embed: fc.boolean(),
  present: fc.boolean(),
  chart: fc.constantFrom(...EMBED_CHARTS),
  lesson: lessonArbitrary(parameters),
  // Any text at all: the address must escape `&`, `=`, `#`, `%`, `+` and the rest.
  remix: fc.option(fc.string({ minLength: 1, maxLength: 40 }), { nil: null }),
  answers: fc.option(answers, { nil: null }),
});

describe('the address round trip', () => {
  it('gives back every key: scenario, pinned A, view, embed, lesson, edited model and answers, on a server and from disk', () => {
    fc.assert(
      fc.property(everything, (given) => {
        const scenario = fitToRanges(parameters, given.lesson, { ...given.scenario });
        const view = {
          lang: given.lang,
          panel: given.panel,
          lesson: given.lesson,
          embed: given.embed,
          chart: given.chart,
          present: given.present,
        };
        const query = encodeLink(model, { scenario, pinned: given.pinned, view, remix: given.remix });
        const p = given.answers ? encodeAnswers(given.answers, crudeLeverageModel.version) : null;
        const link = Address.forPage(given.location, query)
          .with({ [FORMAT_KEY.answers]: p })
          .toString();

        // The link is written in the form the page keeps: `#` from disk, `?` on a server.
        expect(link.includes(given.location.protocol === 'file:' ? '#v=1&' : '?v=1&')).toBe(true);
        const decoded = decodeLink(model, link);
        expect(decoded.scenario).toEqual(scenario);
        expect(decoded.pinned).toEqual(given.pinned);
        expect(decoded.view.lang).toBe(given.lang);
        expect(decoded.view.panel).toBe(given.panel);
        expect(decoded.view.lesson).toEqual(given.lesson);
        expect(embedSettings(decoded.view)).toEqual({ embed: given.embed, chart: given.chart });
        expect(decoded.view.present === true).toBe(given.present);
        expect(decoded.adjusted).toEqual([]);
        expect(decoded.ignored).toEqual([]);

        const read = Address.parse(link);
        expect(read.get(FORMAT_KEY.remix)).toBe(given.remix);
        const back = decodeAnswersLink(link);
        expect(back.answers).toEqual(given.answers ? sanitizeAnswers(given.answers).answers : {});
        expect(back.modelVersion).toBe(given.answers ? crudeLeverageModel.version : null);
        // Reading and writing again changes nothing, bit for bit.
        expect(read.toString()).toBe(link);
        expect(Address.parse(read.query).query).toBe(read.query);
      }),
      { numRuns: 200 },
    );
    // Two hundred whole links: give a shared, busy machine time.
  }, 30_000);
});
