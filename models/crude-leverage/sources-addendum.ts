// Source rows of shared/data/ADDENDUM-2025-26.md that the model cites: the world price (W) and the buyer's calculus (C).
import type { SourceRow } from './sources.ts';

export const ADDENDUM_DOCUMENT = 'shared/data/ADDENDUM-2025-26.md';

export const addendumSources: Readonly<Record<string, SourceRow>> = {
  C1: {
    id: 'C1',
    figure: 'Trade elasticity (tariff → import value)',
    value: '−0.76 in the first year; about −2 in the long run (−1.75 to −2.25); 7–10 years to converge',
    period: '1995–2018 data',
    publisher:
      'Boehm, Levchenko, Pandalai-Nayar (AER 2023; CEPR DP14645), "The Long and Short (Run) of Trade Elasticities"',
    url: 'https://new.cepr.org/publications/dp14645',
  },
  C2: {
    id: 'C2',
    figure: 'Who bears a US tariff',
    value: 'complete pass-through of the 2018 tariffs into US import prices',
    period: '2018',
    publisher: 'Amiti, Redding, Weinstein (JEP 2019), "The Impact of the 2018 Tariffs on Prices and Welfare"',
    url: 'https://ideas.repec.org./a/aea/jecper/v33y2019i4p187-210.html',
  },
  C3: {
    id: 'C3',
    figure: 'Longer-term incidence',
    value: 'tariffs almost entirely borne by US firms and consumers in 2019 too; exception: steel',
    period: '2018–19',
    publisher:
      'Amiti, Redding, Weinstein (NBER w26610), "Who\'s Paying for the U.S. Tariffs? A Longer-Term Perspective"',
    url: 'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3518567',
  },
  C4: {
    id: 'C4',
    figure: 'Second estimate of tariff incidence',
    value: 'complete pass-through; imports of targeted goods −32%',
    period: '2018',
    publisher: 'Fajgelbaum, Goldberg, Kennedy, Khandelwal, via NBER Digest (Angry Bear)',
    url: 'https://angrybearblog.com/2019/05/u-s-consumers-have-borne-the-brunt-of-the-current-trade-war.html',
  },
  C8: {
    id: 'C8',
    figure: "India's total crude imports",
    value: 'Jan 2025 5.0 (Kpler) / 4.76 (Vortexa); Feb 4.91 / 4.77; May 5.1; Jul 4.55 mb/d',
    period: '2025',
    publisher: 'Moneycontrol; New Indian Express; NewsArena; Daily8',
    url: 'https://www.moneycontrol.com/news/business/india-turns-to-middle-east-new-crude-sources-amid-limited-russian-oil-supply-against-backdrop-of-us-sanctions-kpler-12948929.html/amp',
  },
  C9: {
    id: 'C9',
    figure: "World-price effect on India's whole bill",
    value: '~4.6–5.1 mb/d × 365 ≈ 1.7–1.9 bn bbl a year, so about $1.7–1.9bn a year per $1/bbl',
    period: '2025',
    publisher: 'Derived from C8, W4, W6 in the data file',
    url: '',
  },
  C11: {
    id: 'C11',
    figure: "China's crude imports by source",
    value: 'Malaysia 1.72, Saudi Arabia 1.92, Russia 2.03 mb/d; China total 12.14 mb/d',
    period: 'Jun 2025',
    publisher: 'Reuters via Business Recorder',
    url: 'https://www.brecorder.com/news/40373542/chinas-crude-oil-imports-from-russia-tick-down-in-june-malaysia-imports-surge',
  },
  C12: {
    id: 'C12',
    figure: 'Secondary-tariff removal clause',
    value: 'EO 14329 provides for the Russia-oil tariff; lifting it when a country stops buying is part of its logic',
    period: '2025',
    publisher: 'EO 14329 (see T1)',
    url: '',
  },
};
