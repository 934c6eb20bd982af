// "Predict, then reveal" exercises for the article's claims: questions as data, answered by the model, never hard-coded.
import type { Exercise, ExerciseQuestion } from '../../src/engine/exercise-types.ts';
import type { LocalText } from '../../src/engine/types.ts';

/** Decimals an answer is shown and judged to, by the unit of its output equation. */
const ANSWER_DIGITS = {
  'usd-bn-per-month': 2,
  'usd-bn-per-year': 1,
  'trn-rub-per-year': 2,
  percent: 1,
  months: 0,
} as const;

/** A question as written here: its unit is a key of ANSWER_DIGITS, which gives its decimals. */
type DeclaredQuestion = Omit<ExerciseQuestion, 'answerUnit' | 'answerDigits'> & {
  answerUnit: keyof typeof ANSWER_DIGITS;
};
/** An exercise as written here: about one of the claims of shared/seed/CLAIMS.md (C1–C5). */
type DeclaredExercise = Omit<Exercise, 'claim' | 'questions'> & {
  claim: 'C1' | 'C2' | 'C3' | 'C4' | 'C5';
  questions: readonly DeclaredQuestion[];
};

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });
const why = (keys: readonly string[], en: string, zh: string) => ({ keys, text: text(en, zh) });
const ACT = { 'tariff-india': 500, 'tariff-china': 500, 'india-response-cut': 20, 'china-response-cut': 20 } as const;

const declared: readonly DeclaredExercise[] = [
  {
    id: 'ten-dollars-lower',
    claim: 'C3',
    title: text('"$10 lower": would Russian oil collapse?', '「再跌10美元」：俄羅斯石油會崩盤嗎？'),
    intro: text(
      'Put a number on the claim that another $10 off the oil price would make Russian oil "collapse".',
      '為「油價再跌10美元，俄羅斯石油就可能崩盤」這個說法算出數字。',
    ),
    questions: [
      {
        id: 'income-month',
        kind: 'change',
        from: {},
        to: { drop: 10 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 6,
        prompt: text(
          "If the oil price falls $10, by how much does Russia's monthly oil export income change?",
          '若油價下跌10美元，俄羅斯每月石油出口收入會變化多少？',
        ),
        why: why(
          ['drop', 'products', 'china', 'india'],
          'Urals, ESPO and refined product prices all follow Brent, so every barrel Russia exports earns about $10 less: some 7.35 million barrels a day × $10 × 30.4 days. The volumes, not the discounts, set the size.',
          '烏拉爾、ESPO與成品油價格都跟隨布蘭特，因此俄羅斯出口的每一桶少賺約10美元：每日約735萬桶 × 10美元 × 30.4天。決定幅度的是數量，而非折價。',
        ),
      },
      {
        id: 'budget-year',
        kind: 'change',
        from: {},
        to: { drop: 10 },
        output: 'budgetChange',
        answerUnit: 'trn-rub-per-year',
        sizeMax: 5,
        prompt: text(
          "If the oil price falls $10, by how much does the Russian budget's oil and gas revenue change in a year?",
          '若油價下跌10美元，俄羅斯預算的油氣收入每年會變化多少？',
        ),
        why: why(
          ['drop', 'met-add-on', 'rub'],
          'The extraction tax takes about 55 cents of every dollar of tax price above $15, and the profit tax part of the rest, on all 9.2 million barrels a day produced; a lower product price also shrinks the damper paid to refiners. $10 less comes to about 1.5 trillion roubles a year, a sixth of the planned oil and gas revenue.',
          '開採稅約取稅基價格超過15美元部分每1美元中的55美分，利潤稅再取其餘的一部分，課在每日920萬桶的全部產量上；成品油價格下跌也使付給煉油商的燃油補貼縮小。少10美元每年約少1.5兆盧布，約為計劃油氣收入的六分之一。',
        ),
      },
      {
        id: 'rouble-cushion',
        kind: 'change',
        from: { drop: 10 },
        to: { drop: 10, rub: 90 },
        output: 'budgetChange',
        answerUnit: 'trn-rub-per-year',
        sizeMax: 5,
        prompt: text(
          'Oil is $10 lower. If the rouble also weakens from 80 to 90 per dollar, by how much does the change in budget revenue move?',
          '油價已低10美元。若盧布同時由每美元80貶至90，預算收入的變化會移動多少？',
        ),
        why: why(
          ['rub', 'damper-share'],
          'The taxes are set in dollars and paid in roubles. At 90 instead of 80 roubles per dollar they bring 12.5% more roubles, but the damper paid to refiners grows too, so revenue rises by less than 12.5%; that still makes up much of the loss.',
          '稅額以美元計算、以盧布繳納。每美元換90而非80盧布時，稅收多出12.5%的盧布，但付給煉油商的燃油補貼也增加，因此收入增幅小於12.5%；仍彌補了大部分損失。',
        ),
      },
      {
        id: 'fund-months',
        kind: 'level',
        from: {},
        to: { drop: 10 },
        output: 'nwfMonthsOfShortfall',
        answerUnit: 'months',
        answerKind: 'count',
        sizeMax: 120,
        prompt: text(
          'With oil $10 lower, for how many months could the liquid part of the National Wealth Fund cover the extra shortfall?',
          '油價低10美元時，國家福利基金的流動資產可彌補新增缺口多少個月？',
        ),
        why: why(
          ['drop', 'met-add-on'],
          "The fund's liquid part, 4.1 trillion roubles, divided by an extra shortfall of about 1.5 trillion a year lasts under three years. A cushion that runs down, not an instant collapse; and in 2025 most of the deficit was borrowed, not taken from the fund.",
          '基金的流動資產4.1兆盧布，除以每年約1.5兆盧布的新增缺口，可支撐不到三年。這是一個會耗盡的緩衝，而非立即崩盤；而且2025年的赤字大多靠借債，而非動用基金。',
        ),
      },
    ],
  },
  {
    id: 'india-penalty',
    claim: 'C2',
    title: text("India's 25% penalty tariff", '印度的25%懲罰性關稅'),
    intro: text(
      'Does a 25% tariff on India cost India more than the Russian discount saves it? Compare the mid-2025 situation with no penalty tariff.',
      '對印度徵收25%關稅，令印度付出的代價是否大於俄油折扣為它省下的錢？請與沒有懲罰性關稅的2025年中情況比較。',
    ),
    questions: [
      {
        id: 'tariff-bill',
        kind: 'change',
        from: { 'tariff-india': 0 },
        to: {},
        output: 'indiaTariffCost',
        answerUnit: 'usd-bn-per-year',
        sizeMax: 50,
        prompt: text(
          "Compared with no penalty tariff, by how much does the 25% tariff change India's yearly loss on its exports to the US?",
          '與沒有懲罰性關稅相比，25%關稅令印度每年對美出口的損失變化多少？',
        ),
        why: why(
          ['tariff-india', 'india-exports-us', 'india-exempt', 'trade-elasticity', 'exporter-tariff-share'],
          'The tariff applies to $60.55bn (86.5 less the 30% exempt). In the first year US imports respond with an elasticity of −0.76, so 60.55 × 1.25^−0.76 ≈ $51.1bn still sells and about $9.4bn of sales is lost. US buyers pay the tariff on what still sells (studies of the 2018–19 tariffs), so the loss is not the $15bn the tariff raises.',
          '關稅適用於605.5億美元（865億美元扣除30%免稅）。第一年美國進口的反應彈性為−0.76，因此仍售出60.55 × 1.25^−0.76 ≈ 511億美元，約94億美元的銷售流失。仍售出商品的關稅由美國買家支付（依2018至2019年關稅的研究），所以損失並非關稅收入的151億美元。',
        ),
      },
      {
        id: 'stop-cost',
        kind: 'level',
        from: {},
        to: {},
        output: 'indiaStopCost',
        answerUnit: 'usd-bn-per-year',
        sizeMax: 30,
        prompt: text(
          'If India stopped buying Russian crude instead, what would that cost it in a year: dearer oil on all its imports plus the discount it gives up?',
          '若印度改為停止購買俄羅斯原油，每年要付出多少代價：全部進口原油變貴，加上放棄的折扣？',
        ),
        why: why(
          ['price-response', 'reroute-share', 'india-crude-imports', 'india-delivered-discount'],
          "Half of India's 1.6 mb/d would be sold elsewhere and half would leave the market; other producers replace half of that, so Brent rises about 2.4 × 0.4 ≈ $1 a barrel on India's 4.85 mb/d of imports: about $1.7bn a year. Add the $2.3bn discount it gives up: about $4.0bn, less than the $9.4bn it loses by keeping on. Yet India kept buying until the US sanctioned Rosneft and Lukoil in October 2025.",
          '印度每日160萬桶中，一半會轉售他處、一半退出市場，其他產油國再補上其中一半，使布蘭特每桶上漲約2.4 × 0.4 ≈ 1美元，印度每日485萬桶進口因此每年多付約17億美元。再加上放棄的23億美元折扣：約40億美元，少於繼續購買的94億美元損失。然而印度一直購買到美國在2025年10月制裁俄油與盧克石油為止。',
        ),
      },
      {
        id: 'saving-change',
        kind: 'change',
        from: { 'tariff-india': 0 },
        to: {},
        output: 'indiaSaving',
        answerUnit: 'usd-bn-per-year',
        sizeMax: 10,
        prompt: text(
          "Compared with no penalty tariff, by how much does India's yearly saving from the Russian discount change?",
          '與沒有懲罰性關稅相比，印度每年從俄油折扣中的節省會變化多少？',
        ),
        why: why(
          ['tariff-india', 'india-response-discount', 'india'],
          "Russia answers the tariff with a deeper discount (about $0.8 a barrel per 10 points, $2 at 25%), so India's saving grows: 1.6 mb/d × $2 × 365 ≈ $1.2bn a year. Still far below what the tariff costs its exporters.",
          '俄羅斯以更深的折扣回應關稅（每10個百分點約每桶0.8美元，25%時為2美元），所以印度的節省增加：每日160萬桶 × 2美元 × 365 ≈ 每年12億美元，仍遠低於關稅對其出口商造成的損失。',
        ),
      },
      {
        id: 'russia-cost',
        kind: 'change',
        from: { 'tariff-india': 0 },
        to: {},
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 2,
        prompt: text(
          "Compared with no penalty tariff, by how much does the 25% tariff on India change Russia's monthly oil export income?",
          '與沒有懲罰性關稅相比，對印度的25%關稅令俄羅斯每月石油出口收入變化多少？',
        ),
        why: why(
          ['tariff-india', 'india-response-discount', 'india-response-cut', 'india'],
          'India kept buying, so only the extra discount costs Russia anything: 1.6 mb/d × $2 ≈ $0.1bn a month. If India cut its purchases (a share given up above 0), the cost would be larger.',
          '印度繼續購買，所以俄羅斯只損失額外折扣：每日160萬桶 × 2美元 ≈ 每月1億美元。若印度減少購買（放棄比例大於0），代價會更大。',
        ),
      },
    ],
  },
  {
    id: 'buyers-cut-back',
    claim: 'C4',
    title: text('If India and China buy less', '如果印度與中國減少購買'),
    intro: text(
      "What happens to Russia's income when its two biggest buyers cut back depends on what happens to the barrels they stop buying.",
      '俄羅斯兩大買家減少購買時，其收入如何變化，取決於那些被放棄的原油的去向。',
    ),
    questions: [
      {
        id: 'india-stops',
        kind: 'change',
        from: {},
        to: { india: 0 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 6,
        prompt: text(
          "If India stops buying Russian crude, by how much does Russia's monthly oil export income change?",
          '若印度停止購買俄羅斯原油，俄羅斯每月石油出口收入會變化多少？',
        ),
        why: why(
          ['india', 'reroute-share', 'reroute-discount'],
          'India paid about $56 a barrel for 1.6 mb/d. By default half of those barrels find no buyer, so all their income is lost, and half are sold elsewhere at $14 less than Urals.',
          '印度以每桶約56美元購買每日160萬桶。預設下其中一半找不到買家，收入全失；另一半以比烏拉爾低14美元的價格轉售他處。',
        ),
      },
      {
        id: 'all-rerouted',
        kind: 'change',
        from: {},
        to: { india: 0, 'reroute-share': 100 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 6,
        prompt: text(
          'If India stops buying but Russia sells every one of those barrels elsewhere, by how much does its monthly income change?',
          '若印度停止購買，但俄羅斯把這些原油全部轉售他處，其每月收入會變化多少？',
        ),
        why: why(
          ['reroute-share', 'reroute-discount', 'india'],
          "If every barrel finds another buyer, Russia loses only the deeper discount: 1.6 mb/d × about $12. Whether the barrels find buyers matters more than India's decision itself.",
          '若每一桶都找到新買家，俄羅斯只損失更深的折扣：每日160萬桶 × 約12美元。原油能否找到買家，比印度的決定本身更重要。',
        ),
      },
      {
        id: 'china-halves',
        kind: 'change',
        from: {},
        to: { china: 1 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 6,
        prompt: text(
          "If China halves its purchases from 2 to 1 million barrels a day, by how much does Russia's monthly income change?",
          '若中國把購買量由每日200萬桶減半至100萬桶，俄羅斯每月收入會變化多少？',
        ),
        why: why(
          ['china', 'china-pipeline', 'reroute-share', 'reroute-discount'],
          "China's first 0.8 mb/d comes by pipeline, so the cut falls on seaborne barrels. Half of the dropped barrels are sold elsewhere at a deeper discount and half are not exported.",
          '中國首80萬桶經管道輸入，所以削減落在海運原油上。被放棄的原油一半以更深折扣轉售他處，一半未能出口。',
        ),
      },
    ],
  },
  {
    id: 'sanctions-november',
    claim: 'C4',
    title: text('22 October: what did the sanctions do to November?', '10月22日：制裁對11月造成什麼影響？'),
    intro: text(
      "On 22 October 2025 the US designated Rosneft and Lukoil (K6). Predict how Russia's oil export income changed from October to November, then compare: the model run on each month's observed drivers (the timeline's backtest) and the IEA's published estimate, $11.0bn for November (M58), its lowest since February 2022. The IEA published no October figure; September's was $13.35bn (M44).",
      '2025年10月22日，美國制裁俄羅斯石油公司與盧克石油（K6）。先預測俄羅斯石油出口收入從10月到11月變化多少，再對照：以各月實際驅動因素計算的模型（時間軸上的回測），以及IEA公布的估計：11月為110億美元（M58），是2022年2月以來最低。IEA沒有公布10月數字；9月為133.5億美元（M44）。',
    ),
    questions: [
      {
        id: 'october-to-november',
        kind: 'change',
        from: {},
        to: {},
        fromMonth: '2025-10',
        toMonth: '2025-11',
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 6,
        prompt: text(
          "From October to November 2025, by how much did Russia's monthly oil export income change?",
          '從2025年10月到11月，俄羅斯每月石油出口收入變化多少？',
        ),
        why: why(
          ['urals-discount', 'other', 'products', 'brent', 'india'],
          "Brent barely moved ($63.95 in October, about $63 late in November: M47, M54), but the discount on Urals at the port widened by about $8 (the tax price fell from $53.68 to $44.87: M48, M55), and the IEA counted 0.29 mb/d less crude and 0.13 mb/d fewer products exported (M57). The sanctions worked through the discount and the volumes, not the world price. Compare the model's answer with the backtest rows for October and November in the timeline, and with the IEA's $11.0bn for November.",
          '布蘭特幾乎沒動（10月63.95美元，11月下旬約63美元：M47、M54），但烏拉爾在港口的折價擴大約8美元（稅基價格由53.68美元降至44.87美元：M48、M55），IEA統計的原油出口每日少29萬桶、成品油少13萬桶（M57）。制裁是透過折價與出口量發揮作用，而不是國際油價。請把模型的答案與時間軸上10月、11月的回測列對照，並與IEA公布的11月110億美元比較。',
        ),
      },
    ],
  },
  {
    id: 'sanctions-act',
    claim: 'C5',
    title: text('The Sanctioning Russia Act: 500% on buyers', '《制裁俄羅斯法案》：對買家徵500%'),
    intro: text(
      "The draft Act allows tariffs of up to 500% on countries that buy Russian oil. Suppose India and China face 500% and stop buying (the preset's assumptions).",
      '法案草案允許對購買俄羅斯石油的國家徵收最高500%關稅。假設印度與中國被徵500%並停止購買（即預設情境的假設）。',
    ),
    questions: [
      {
        id: 'income-month',
        kind: 'change',
        from: {},
        to: ACT,
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 10,
        prompt: text(
          "If India and China face 500% and stop buying, by how much does Russia's monthly oil export income change?",
          '若印度與中國被徵500%並停止購買，俄羅斯每月石油出口收入會變化多少？',
        ),
        why: why(
          ['tariff-india', 'tariff-china', 'india-response-cut', 'reroute-share', 'price-response'],
          'About 3.6 mb/d stops going to India and China. Half is sold elsewhere at a deep discount and half is not exported; every seaborne Urals cargo gets cheaper, while the 1.8 mb/d that leave the market lift Brent by about $2, which softens the loss.',
          '每日約360萬桶不再輸往印度與中國。一半以深度折扣轉售他處，一半未能出口；所有海運烏拉爾船貨都變便宜，而離開市場的每日180萬桶使布蘭特上漲約2美元，減輕了損失。',
        ),
      },
      {
        id: 'budget-year',
        kind: 'change',
        from: {},
        to: ACT,
        output: 'budgetChange',
        answerUnit: 'trn-rub-per-year',
        sizeMax: 8,
        prompt: text(
          "In the same scenario, by how much does the budget's oil and gas revenue change in a year?",
          '在同一情境下，預算的油氣收入每年會變化多少？',
        ),
        why: why(
          ['india-response-cut', 'reroute-share', 'refining'],
          'Barrels that find no buyer are not produced, so each one loses both oil taxes, about $30 a barrel at mid-2025 prices. The extra discounts given to tariffed buyers do not change the tax price; only a cut that reprices Urals on the market does.',
          '找不到買家的原油不會被開採，因此每桶都損失兩種石油稅，以2025年中價格計每桶約30美元。給被加徵關稅買家的額外折扣不會改變稅基價格；只有使市場上烏拉爾重新定價的減購才會。',
        ),
      },
      {
        id: 'reroute-all',
        kind: 'change',
        from: ACT,
        to: { ...ACT, 'reroute-share': 100 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 10,
        prompt: text(
          'Under the Act, if Russia managed to sell all the dropped barrels elsewhere instead of half, by how much would its monthly income change?',
          '在法案之下，若俄羅斯能把被放棄的原油全部而非一半轉售他處，其每月收入會變化多少？',
        ),
        why: why(
          ['reroute-share', 'reroute-discount'],
          "The Act's bite depends on whether the barrels find other buyers: each barrel sold elsewhere still earns Urals minus $14.",
          '法案的殺傷力取決於原油能否找到其他買家：每轉售一桶仍可賺取烏拉爾價格減14美元。',
        ),
      },
    ],
  },
  {
    id: 'china-threat',
    claim: 'C1',
    title: text('The tariff threat on China', '對中國的關稅威脅'),
    intro: text(
      'The US threatened China, too, with a secondary tariff. What if it imposed the same 25% as on India?',
      '美國也曾以二級關稅威脅中國。若對中國徵收與印度相同的25%，會怎樣？',
    ),
    questions: [
      {
        id: 'russia-income',
        kind: 'change',
        from: {},
        to: { 'tariff-china': 25 },
        output: 'totalMonth',
        answerUnit: 'usd-bn-per-month',
        sizeMax: 2,
        prompt: text(
          "With a 25% secondary tariff on China, by how much does Russia's monthly oil export income change?",
          '若對中國徵收25%二級關稅，俄羅斯每月石油出口收入會變化多少？',
        ),
        why: why(
          ['tariff-china', 'china-response-discount', 'china', 'china-response-cut'],
          'By default China keeps buying, as India did, and Russia widens its discount by $2 a barrel on 2 mb/d.',
          '預設下中國如印度一樣繼續購買，俄羅斯對其每日200萬桶擴大折扣每桶2美元。',
        ),
      },
      {
        id: 'china-tariff-bill',
        kind: 'change',
        from: {},
        to: { 'tariff-china': 25 },
        output: 'chinaTariffCost',
        answerUnit: 'usd-bn-per-year',
        sizeMax: 300,
        prompt: text(
          "By how much does that 25% tariff change China's yearly loss on its exports to the US?",
          '這25%關稅令中國每年對美出口的損失變化多少？',
        ),
        why: why(
          ['tariff-china', 'china-exports-us', 'china-exempt', 'trade-elasticity', 'lost-sale-margin'],
          'Of $439bn of Chinese exports to the US (none exempt by default), 439 × 1.25^−0.76 ≈ $370bn still sells in the first year, so about $68bn of sales is lost, counted in full (an upper bound). Stopping would cost China about $12bn (dearer oil on 12.14 mb/d of imports plus its discount), so the model says China would stop.',
          '中國對美出口4390億美元（預設無免稅部分）中，第一年仍售出439 × 1.25^−0.76 ≈ 3705億美元，約685億美元的銷售流失，全額計入（上限）。停止購買只需約121億美元（每日1214萬桶進口變貴，加上放棄的折扣），因此模型認為中國會停購。',
        ),
      },
    ],
  },
];

export const exercises: readonly Exercise[] = declared.map((exercise) => ({
  ...exercise,
  questions: exercise.questions.map((question) => ({ ...question, answerDigits: ANSWER_DIGITS[question.answerUnit] })),
}));
