// Tests the answer key against the worksheet: the key has the model's answers, the why and the scenario's results; the worksheet has none of them.
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import AnswerKey from '../../../src/app/classroom/AnswerKey.svelte';
import { modelText } from '../../../src/app/classroom/answer-text.ts';
import Worksheet from '../../../src/app/classroom/Worksheet.svelte';
import { model } from '../../../src/app/model.ts';
import { modelAnswer } from '../../../src/classroom/exercise-answer.ts';
import { formatUsdBn } from '../../../src/i18n/format.ts';
import '../../../src/i18n/register-classroom-messages.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

const exercise = exercises.find((e) => e.id === 'ten-dollars-lower')!;
const LINK = 'https://example.org/crude-leverage/?v=1&m=2&drop=10&ex=ten-dollars-lower';

function both(lang: Language, values: Record<string, number> = { drop: 10 }) {
  const scenario = { ...model.defaults, ...values };
  const t = translator(lang);
  const key = renderInApp(AnswerKey, { model, scenario, exercise }, { lang, t });
  const sheet = renderInApp(
    Worksheet,
    { model, scenario, link: LINK, questions: exercise.questions.map((q) => ({ prompt: q.prompt[lang] })) },
    { lang, t },
  );
  const answers = exercise.questions.map((question) =>
    modelText({ model, question, lang, t }, modelAnswer(model, question)),
  );
  return { key: key.container.innerHTML, sheet: sheet.container.innerHTML, answers, scenario };
}

describe('AnswerKey and Worksheet', () => {
  for (const lang of ['en', 'zh-Hant'] as const) {
    it(`puts every answer figure on the key and none on the worksheet (${lang})`, () => {
      const { key, sheet, answers, scenario } = both(lang);
      expect(answers).toHaveLength(4);
      for (const answer of answers) {
        expect(key, answer).toContain(answer);
        expect(sheet, answer).not.toContain(answer);
      }
      const income = formatUsdBn(model.evaluate(scenario).totalMonth!, lang, 2);
      expect(key).toContain(income);
      expect(sheet).not.toContain(income);
      // The why travels with the key only.
      const why = exercise.questions[0]!.why.text[lang];
      expect(key).toContain(why);
      expect(sheet).not.toContain(why);
    });
  }

  it('gives the size a hand computation expects: about 7.35 mb/d × $10 × 30.4 days ≈ $2.23bn a month less', () => {
    const { key } = both('en');
    // 7.35 × 10 × 30.4 / 1000 = 2.234; the model's volumes round to the same two figures.
    expect(key).toMatch(/The model: falls by 2\.2\d \$bn\/month/);
  });

  it('says how to read the answers and warns that the key is for the teacher, in both languages', () => {
    const en = both('en').key;
    expect(en).toContain('Keep this sheet away from students');
    expect(en).toContain('within 10% of the model’s answer');
    const zh = both('zh-Hant').key;
    expect(zh).toContain('如何解讀這些答案');
    expect(zh).toMatch(/\d億美元/);
    expect(zh).not.toContain('十億');
  });

  it('says a count question is marked by its size alone, only on a key that has one', () => {
    // "$10 lower" asks for the Fund's months (a count); India's penalty tariff has signed answers only.
    expect(both('en').key).toContain('A question answered with a number of months has no direction');
    expect(both('zh-Hant').key).toContain('以月數作答的題目沒有方向之分');
    const india = exercises.find((e) => e.id === 'india-penalty')!;
    const scenario = { ...model.defaults };
    const key = renderInApp(AnswerKey, { model, scenario, exercise: india }, { lang: 'en', t: translator('en') });
    expect(key.container.textContent).not.toContain('has no direction');
  });
});
