// Plausibility warnings as data: when a scenario goes beyond what has been observed, where the line comes from, and the fix.
import type { LocalText } from '../../src/engine/types.ts';
import type { PlausibilityWarning } from '../../src/engine/warning-types.ts';

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });

export const plausibilityWarnings: readonly PlausibilityWarning[] = [
  {
    id: 'india-record',
    when: { output: 'indiaKept', above: 2.1 },
    source: ['V16', 'V15'],
    message: text(
      'India buys more Russian crude than it ever has: its highest was about 2.0 mb/d, in the first half of August 2025 (V16), and all of India’s crude imports come to only 4.44 mb/d (V15).',
      '印度購買的俄羅斯原油超過歷來最高：最高約為每日200萬桶，出現在2025年8月上半月（V16），而印度全部原油進口也只有每日444萬桶（V15）。',
    ),
    fix: text('Set India’s purchases to 2.1 mb/d or less.', '把印度的購買量設為每日210萬桶或以下。'),
  },
  {
    id: 'china-record',
    when: { output: 'chinaKept', above: 2.6 },
    source: 'assumption',
    anchors: ['V11', 'V14'],
    message: text(
      'China takes more Russian crude than it plausibly can: its record was about 2.18 mb/d in 2024 (V11), of which pipelines carry at most about 0.88 mb/d (V14). The 2.6 mb/d line is an assumption.',
      '中國購買的俄羅斯原油超出合理範圍：最高紀錄為2024年約每日218萬桶（V11），其中管道最多約輸送每日88萬桶（V14）。每日260萬桶的界線是假設。',
    ),
    fix: text('Set China’s purchases to 2.6 mb/d or less.', '把中國的購買量設為每日260萬桶或以下。'),
  },
  {
    id: 'china-pipeline-capacity',
    when: { param: 'china-pipeline', above: 0.88 },
    source: ['V14'],
    message: text(
      'More crude reaches China by pipeline than the pipelines can carry: about 0.88 mb/d with both ESPO lines and the Kazakhstan route at their maximum (V14).',
      '經管道輸往中國的原油超過管道運力：兩條ESPO管線與哈薩克路線全開時約為每日88萬桶（V14）。',
    ),
    fix: text('Set China’s pipeline share to 0.88 mb/d or less.', '把中國經管道輸入的部分設為每日88萬桶或以下。'),
  },
  {
    id: 'urals-below-cost',
    when: { output: 'urals', below: 25 },
    source: 'assumption',
    message: text(
      'Urals sells for less than $25 a barrel. The data file has no figure for Russia’s production cost, so this floor is an assumption; well below it Russia would rather shut in wells than export at a loss, and the model keeps every barrel flowing.',
      '烏拉爾原油售價低於每桶25美元。資料檔沒有俄羅斯生產成本的數字，因此這條底線是假設；遠低於此價時，俄羅斯寧可關井也不會虧本出口，但模型仍假設每一桶照常出口。',
    ),
    fix: text(
      'Read the income as an upper bound, or make the drop or the Urals discount smaller.',
      '把收入視為上限，或調小油價跌幅或烏拉爾折價。',
    ),
  },
  {
    id: 'crude-exports-capacity',
    when: { output: 'crudeVolume', above: 5.3 },
    source: 'assumption',
    anchors: ['V1', 'V5', 'V3'],
    message: text(
      'Russia exports more crude than it ever has: 4.6 mb/d in July 2025 (V1) and 4.8 mb/d in 2024 (V5), out of 9.3 mb/d of production that its own refineries mostly use (V3). The 5.3 mb/d line is an assumption.',
      '俄羅斯的原油出口量超過歷來水準：2025年7月為每日460萬桶（V1），2024年為每日480萬桶（V5），而其每日930萬桶的產量大多供國內煉油廠使用（V3）。每日530萬桶的界線是假設。',
    ),
    fix: text(
      'Lower India’s, China’s or the other buyers’ purchases until crude exports are 5.3 mb/d or less.',
      '調低印度、中國或其他買家的購買量，直到原油出口量不超過每日530萬桶。',
    ),
  },
  {
    id: 'response-cut-observed',
    when: {
      any: [
        {
          all: [
            { param: 'india-response-cut', above: 0 },
            { param: 'tariff-india', above: 0 },
          ],
        },
        {
          all: [
            { param: 'china-response-cut', above: 0 },
            { param: 'tariff-china', above: 0 },
          ],
        },
      ],
    },
    source: ['I4'],
    message: text(
      'A tariffed buyer gives up part of its purchases here, but India’s did not fall after the 25% tariff of August 2025: they stayed at 1.5–1.7 mb/d from August to October (I4).',
      '此處被加徵關稅的買家會放棄部分採購，但2025年8月25%關稅後印度的購買量並未下降：8至10月維持每日150萬至170萬桶（I4）。',
    ),
    fix: text(
      'Set the share a tariffed buyer gives up to 0 to stay with what was observed; keep it only to explore a stronger reaction.',
      '把被加徵關稅買家放棄的比例設為0，以符合實際觀察；只有在探討更強烈的反應時才保留。',
    ),
  },
  {
    id: 'rouble-outside-2025',
    when: {
      any: [
        { param: 'rub', below: 78 },
        { param: 'rub', above: 100 },
      ],
    },
    source: ['B15'],
    message: text(
      'The rouble is outside its 2025 range: 78.7 per dollar at its strongest (the June average) and 91 on average in January–April (B15); the line at 100 leaves room for the weaker rouble of January.',
      '盧布匯率超出2025年的範圍：最強時為每美元78.7盧布（6月平均），1至4月平均為91（B15）；100的界線為1月較弱的盧布留出空間。',
    ),
    fix: text('Set roubles per US dollar between 78 and 100.', '把盧布兌美元匯率設在78至100之間。'),
  },
];
