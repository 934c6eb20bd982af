// The article behind the presets and its claims C1–C5, in our own words (shared/seed/CLAIMS.md); no URL is known.
import type { LocalText } from '../../src/engine/types.ts';

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });

/** What the article is. The seed copy gives its language, date and subject but no title, outlet or address. */
export const article: LocalText = text(
  'The article: a commentary in Traditional Chinese dated 13 August 2025, two days before the Trump–Putin summit in Alaska, arguing that Washington squeezes Russia through the countries that buy its oil.',
  '這篇文章：2025年8月13日的一篇繁體中文評論，寫於川普與普丁阿拉斯加峰會前兩天，主張華府透過購買俄羅斯石油的國家向俄羅斯施壓。',
);

/** What the claim badges mean, and that the simulator takes no side. */
export const badges: LocalText = text(
  'Its economic claims are numbered C1 to C5; a badge such as “C3” on a preset or an exercise names the claim it tests. The simulator does not take sides: it puts numbers on each claim and shows how they move with the assumptions.',
  '文中的經濟論點編為C1至C5；預設情境或練習上的「C3」等標籤，就是它所檢驗的論點。本模擬器不選邊站：它為每個論點算出數字，並顯示數字如何隨假設改變。',
);

export interface Claim {
  id: 'C1' | 'C2' | 'C3' | 'C4' | 'C5';
  summary: LocalText;
}

/** The article's economic claims, paraphrased; C6 (war aims) is context the model does not cover. */
export const claims: readonly Claim[] = [
  {
    id: 'C1',
    summary: text(
      'The US set Russia a ceasefire deadline and threatened its backers, China and India, with heavy tariffs.',
      '美國給俄羅斯設下停火期限，並以高額關稅威脅其支持者中國與印度。',
    ),
  },
  {
    id: 'C2',
    summary: text(
      'India’s US tariff has reached 50%, of which 25% is a penalty for buying Russian oil.',
      '印度被課的美國關稅已達50%，其中25%是購買俄羅斯石油的懲罰。',
    ),
  },
  {
    id: 'C3',
    summary: text(
      'Another $10 off the oil price could make Russian oil “collapse”.',
      '油價再跌10美元，俄羅斯石油就可能「崩盤」。',
    ),
  },
  {
    id: 'C4',
    summary: text(
      'If China and India buy less under sanction pressure, Russia has to respond.',
      '若中國與印度在制裁壓力下減少採購，俄羅斯就必須有所回應。',
    ),
  },
  {
    id: 'C5',
    summary: text(
      'The draft Sanctioning Russia Act of 2025 would put far higher tariffs on buyers if Russia refuses to negotiate.',
      '《2025年制裁俄羅斯法案》草案規定，俄羅斯若拒絕談判，買家將被課更高的關稅。',
    ),
  },
];
