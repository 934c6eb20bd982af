// The model's equations as mathjs expressions, in reading order (the engine sorts them by dependency).
// Income is in million US dollars a day: million barrels a day times dollars a barrel.
// Calendar facts and the tariff step are named constants; bare numbers are only 0, 1 and powers of ten.
// `base_x` is x in the baseline (every parameter at its default). models/crude-leverage/MODEL.md explains each step.
import type { EquationDeclaration } from '../../src/engine/types.ts';

const text = (en: string, zh: string) => ({ en, 'zh-Hant': zh });
const eq = (name: string, unit: string, expr: string, en: string, zh: string): EquationDeclaration => ({
  name,
  unit,
  expr,
  label: text(en, zh),
});

// One equation a line, so the model reads as a table (Prettier would split the long ones).
// prettier-ignore
export const equations: readonly EquationDeclaration[] = [
  // Prices: Brent after the drop, then the world price's answer to Russian barrels that leave the market
  eq('brentBeforeResponse', 'usd-per-bbl', 'max(0, brent - drop)', 'Brent after the drop, before the response', '下跌後、未計市場反應的布蘭特油價'),
  eq('worldLostVolume', 'mbd', 'lostVolume + outageLostVolume', 'Russian oil lost to the world market', '世界市場失去的俄羅斯石油'),
  eq('brentResponse', 'usd-per-bbl', 'priceResponse * (1 - replacementShare / 100) * worldLostVolume', 'Rise in Brent from lost Russian oil', '俄油損失使布蘭特上漲'),
  eq('brentNow', 'usd-per-bbl', 'brentBeforeResponse + brentResponse', 'Brent after the drop and the response', '下跌與市場反應後的布蘭特油價'),
  eq('uralsPipeline', 'usd-per-bbl', 'max(0, brentNow - uralsDiscount)', 'Urals by pipeline (EU)', '經管道的烏拉爾（歐盟）'),
  eq('urals', 'usd-per-bbl', 'max(0, brentNow - uralsDiscount - sanctionsDiscount - uralsMarketWidening)', 'Seaborne Urals export price (FOB)', '海運烏拉爾出口價格（離岸）'),
  eq('espo', 'usd-per-bbl', 'max(0, brentNow - espoDiscount)', 'ESPO export price (FOB)', 'ESPO出口價格（離岸）'),
  eq('productPrice', 'usd-per-bbl', 'max(0, brentNow + productsCrack)', 'Refined product price', '成品油價格'),
  eq('chinaSeaPrice', 'usd-per-bbl', 'chinaEspoShare / 100 * espo + (1 - chinaEspoShare / 100) * urals', "China's seaborne crude price", '中國海運原油價格'),

  // India: the tariff widens its discount and may cut its purchases
  eq('indiaWidening', 'usd-per-bbl', 'min(indiaResponseDiscount * tariffIndia / tariffStep, rerouteDiscount)', 'Extra discount to India', '給印度的額外折扣'),
  eq('indiaCutShare', 'share', 'min(1, indiaResponseCut * tariffIndia / (tariffStep * 100))', 'Share India gives up', '印度放棄的比例'),
  eq('indiaKept', 'mbd', 'india * (1 - indiaCutShare)', 'India buys', '印度實際購買'),
  eq('indiaIncome', 'usd-m-per-day', 'indiaKept * max(0, urals - indiaWidening)', 'Income from India', '來自印度的收入'),
  eq('indiaDropped', 'mbd', 'max(0, base_indiaKept - indiaKept)', 'Barrels India no longer buys', '印度不再購買的原油'),

  // China: pipeline barrels priced as ESPO, seaborne as a mix of ESPO and Urals
  eq('chinaWidening', 'usd-per-bbl', 'min(chinaResponseDiscount * tariffChina / tariffStep, rerouteDiscount)', 'Extra discount to China', '給中國的額外折扣'),
  eq('chinaCutShare', 'share', 'min(1, chinaResponseCut * tariffChina / (tariffStep * 100))', 'Share China gives up', '中國放棄的比例'),
  eq('chinaKept', 'mbd', 'china * (1 - chinaCutShare)', 'China buys', '中國實際購買'),
  eq('chinaPipe', 'mbd', 'min(chinaPipeline, chinaKept)', 'China by pipeline', '中國經管道'),
  eq('chinaSea', 'mbd', 'chinaKept - chinaPipe', 'China by sea', '中國經海運'),
  eq('chinaIncome', 'usd-m-per-day', 'chinaPipe * max(0, espo - chinaWidening) + chinaSea * max(0, chinaSeaPrice - chinaWidening)', 'Income from China', '來自中國的收入'),
  eq('chinaDropped', 'mbd', 'max(0, base_chinaKept - chinaKept)', 'Barrels China no longer buys', '中國不再購買的原油'),

  // A buyer that leaves was the marginal buyer of seaborne Urals: every seaborne Urals barrel gets cheaper with the share dropped
  eq('seaborneUralsVolume', 'mbd', 'indiaKept + (1 - chinaEspoShare / 100) * chinaSea + turkey + other', 'Seaborne Urals bought by the buyers', '買家購買的海運烏拉爾'),
  eq('seaborneUralsDropped', 'mbd', 'indiaDropped + (1 - chinaEspoShare / 100) * max(0, base_chinaSea - chinaSea)', 'Seaborne Urals India and China dropped', '印度與中國放棄的海運烏拉爾'),
  eq('uralsMarketWidening', 'usd-per-bbl', 'marketRepricing / 100 * rerouteDiscount * min(1, seaborneUralsDropped / base_seaborneUralsVolume)', 'Wider discount on all seaborne Urals from buyers\' cuts', '買家減購使所有海運烏拉爾擴大的折價'),

  // Barrels India and China drop: a share is sold elsewhere at a deeper discount, the rest is not exported
  eq('reroutedVolume', 'mbd', 'rerouteShare / 100 * (indiaDropped + chinaDropped)', 'Barrels sold elsewhere', '轉售他處的原油'),
  eq('lostVolume', 'mbd', 'indiaDropped + chinaDropped - reroutedVolume', 'Barrels not exported', '未能出口的原油'),
  eq('reroutedIncome', 'usd-m-per-day', 'rerouteShare / 100 * (indiaDropped * max(0, urals - rerouteDiscount) + chinaDropped * max(0, min(espo, urals) - rerouteDiscount))', 'Income from rerouted barrels', '轉售原油的收入'),

  // Refinery outages: products not made; most of the crude is exported instead (as seaborne Urals), a share is lost
  eq('productsExported', 'mbd', 'max(0, products - refineryOutage)', 'Refined products exported', '成品油出口量'),
  eq('outageCrudeVolume', 'mbd', '(1 - outageLostShare / 100) * (products - productsExported)', 'Crude exported instead of refined', '改為出口的原油'),
  eq('outageLostVolume', 'mbd', 'outageLostShare / 100 * (products - productsExported)', 'Oil lost to refinery outages', '因煉油廠停工損失的石油'),
  eq('outageCrudeIncome', 'usd-m-per-day', 'outageCrudeVolume * urals', 'Income from crude diverted by outages', '停工轉出口原油的收入'),

  // Everyone else buys at Urals (the EU by pipeline, without the sanctions discount)
  eq('turkeyIncome', 'usd-m-per-day', 'turkey * urals', 'Income from Türkiye', '來自土耳其的收入'),
  eq('euIncome', 'usd-m-per-day', 'eu * uralsPipeline', 'Income from the EU', '來自歐盟的收入'),
  eq('otherIncome', 'usd-m-per-day', 'other * urals', 'Income from other buyers', '來自其他買家的收入'),
  eq('productsIncome', 'usd-m-per-day', 'productsExported * productPrice', 'Income from refined products', '成品油收入'),

  // Totals
  eq('crudeIncome', 'usd-m-per-day', 'indiaIncome + chinaIncome + turkeyIncome + euIncome + otherIncome + reroutedIncome + outageCrudeIncome', 'Crude export income', '原油出口收入'),
  eq('totalIncome', 'usd-m-per-day', 'crudeIncome + productsIncome', 'Oil export income', '石油出口收入'),
  eq('crudeVolume', 'mbd', 'indiaKept + chinaKept + turkey + eu + other + reroutedVolume + outageCrudeVolume', 'Crude exports', '原油出口量'),
  eq('exportVolume', 'mbd', 'crudeVolume + productsExported', 'Oil exports', '石油出口量'),
  eq('totalMonth', 'usd-bn-per-month', 'totalIncome * daysPerYear / monthsPerYear / 1000', 'Oil export income in an average month', '平均每月石油出口收入'),
  eq('changeVsBaselinePct', 'percent', '(totalIncome / base_totalIncome - 1) * 100', 'Change from mid-2025', '相對2025年中的變化'),

  // Budget from Russia's tax rules (MODEL.md section 4): taxes on the tax price, over every barrel produced
  eq('taxPrice', 'usd-per-bbl', 'taxUralsWeight * urals + (1 - taxUralsWeight) * espo', 'Tax price (0.78 Urals + 0.22 ESPO)', '稅基價格（0.78烏拉爾＋0.22 ESPO）'),
  eq('rubNow', 'rub-per-usd', 'rub / (1 - rubPassThrough + rubPassThrough * taxPrice / base_taxPrice)', 'Roubles per dollar after the oil-price response', '油價反應後的盧布匯率'),
  eq('refiningRuns', 'mbd', 'max(0, refining - (products - productsExported))', 'Crude refined in Russia, after outages', '扣除停工後的國內煉製量'),
  eq('production', 'mbd', 'refiningRuns + crudeVolume', 'Crude production (refined + exported)', '原油產量（煉製＋出口）'),
  eq('metUsdPerBbl', 'usd-per-bbl', 'metAddOn * metRate * max(0, taxPrice - metPriceFloor)', 'Extraction tax per barrel', '每桶開採稅'),
  eq('nddUsdPerBbl', 'usd-per-bbl', 'nddShare * max(0, taxPrice - metUsdPerBbl - nddCost)', 'Profit tax per barrel', '每桶利潤稅'),
  eq('metRevenue', 'trn-rub-per-year', 'metUsdPerBbl * rubNow * production * daysPerYear / 1000000', 'Extraction tax (MET)', '開採稅（MET）'),
  eq('nddRevenue', 'trn-rub-per-year', 'nddUsdPerBbl * rubNow * production * daysPerYear / 1000000', 'Profit tax (NDD)', '利潤稅（NDD）'),
  eq('damperPayout', 'trn-rub-per-year', 'damperShare * refiningRuns * max(0, productPrice * rubNow - damperReference) * daysPerYear / 1000000', 'Damper paid to refiners', '付給煉油商的燃油補貼'),
  eq('oilGasRevenue', 'trn-rub-per-year', 'metRevenue + nddRevenue - damperPayout + gasOther', 'Oil and gas budget revenue', '油氣預算收入'),
  eq('budgetChange', 'trn-rub-per-year', 'oilGasRevenue - base_oilGasRevenue', 'Change in oil and gas budget revenue', '油氣預算收入變化'),
  eq('budgetChangePct', 'percent', 'budgetChange / oilGasRevenuePlan * 100', 'Change as a share of planned oil and gas revenue', '佔計劃油氣收入的比例'),

  // Fiscal rule: oil taxes at the $60 base price are the budget's; the rest goes to (or comes from) the Fund
  eq('metAtRulePrice', 'usd-per-bbl', 'metAddOn * metRate * max(0, fiscalRulePrice - metPriceFloor)', 'Extraction tax per barrel at the base price', '基準價格下的每桶開採稅'),
  eq('nddAtRulePrice', 'usd-per-bbl', 'nddShare * max(0, fiscalRulePrice - metAtRulePrice - nddCost)', 'Profit tax per barrel at the base price', '基準價格下的每桶利潤稅'),
  eq('nwfFlow', 'trn-rub-per-year', '(metUsdPerBbl + nddUsdPerBbl - metAtRulePrice - nddAtRulePrice) * rubNow * production * daysPerYear / 1000000', 'To the National Wealth Fund (negative: drawn from it)', '存入國家福利基金（負數：自基金提取）'),
  eq('nwfDraw', 'trn-rub-per-year', 'max(0, -nwfFlow)', 'Drawn from the Fund under the fiscal rule', '依財政規則自基金提取'),
  eq('deficitAfter', 'trn-rub-per-year', 'deficitPlan - budgetChange', 'Deficit after the change', '變化後的赤字'),
  eq('deficitNotFromFund', 'trn-rub-per-year', 'max(0, deficitAfter - nwfDraw)', 'Deficit left to borrow or cut', '須借債或削減支出的赤字'),
  eq('nwfMonthsOfShortfall', 'months', 'monthsPerYear * nwfLiquid / max(shortfallFloor, -budgetChange)', 'Months the NWF covers the extra shortfall', '國家福利基金可彌補新增缺口的月數'),
  eq('nwfMonthsOfDeficit', 'months', 'monthsPerYear * nwfLiquid / max(shortfallFloor, deficitAfter)', 'Months the NWF covers the whole deficit', '國家福利基金可彌補全部赤字的月數'),
  eq('uralsVsFiscalRule', 'usd-per-bbl', 'taxPrice - fiscalRulePrice', 'Tax price above the fiscal-rule price', '稅基價格高於財政規則價格'),
  eq('uralsVsBudget', 'usd-per-bbl', 'taxPrice - budgetUralsRevised', "Tax price above the budget's assumption", '稅基價格高於預算假設'),

  // Buyer's calculus, "keep buying": the penalty applies while the buyer buys (C12); exports that still sell
  // follow (1 + tariff)^elasticity (C1); the exporter bears a share of the tariff, never more than its margin.
  eq('indiaPenaltyRate', 'share', 'min(1, indiaKept / buyingFloor) * tariffIndia / 100', 'Penalty tariff India pays (0 once it stops buying)', '印度承受的懲罰性關稅（停購即為0）'),
  eq('indiaExportsCharged', 'usd-bn-per-year', 'indiaExportsUs * (1 - indiaExempt / 100)', "India's US exports the tariff applies to", '印度適用關稅的對美出口'),
  eq('indiaExportsKept', 'usd-bn-per-year', 'indiaExportsCharged * (1 + indiaPenaltyRate) ^ tradeElasticity', 'Of those, what still sells', '其中仍售出的部分'),
  eq('indiaLostSales', 'usd-bn-per-year', 'lostSaleMargin / 100 * (indiaExportsCharged - indiaExportsKept)', "India's loss on sales the tariff stops", '印度因關稅失去的銷售損失'),
  eq('indiaTariffBorne', 'usd-bn-per-year', 'indiaExportsKept * min(lostSaleMargin / 100, exporterTariffShare / 100 * indiaPenaltyRate / (1 + exporterTariffShare / 100 * indiaPenaltyRate))', "India's share of the tariff on sales that go on", '印度在持續銷售中分擔的關稅'),
  eq('indiaTariffCost', 'usd-bn-per-year', 'indiaLostSales + indiaTariffBorne', "India's loss from the penalty tariff", '懲罰性關稅造成的印度損失'),
  eq('indiaSaving', 'usd-bn-per-year', 'indiaKept * (indiaDeliveredDiscount + indiaWidening) * daysPerYear / 1000', "India's saving from the Russian discount", '印度從俄油折扣中節省'),
  eq('chinaPenaltyRate', 'share', 'min(1, chinaKept / buyingFloor) * tariffChina / 100', 'Penalty tariff China pays (0 once it stops buying)', '中國承受的懲罰性關稅（停購即為0）'),
  eq('chinaExportsCharged', 'usd-bn-per-year', 'chinaExportsUs * (1 - chinaExempt / 100)', "China's US exports the tariff applies to", '中國適用關稅的對美出口'),
  eq('chinaExportsKept', 'usd-bn-per-year', 'chinaExportsCharged * (1 + chinaPenaltyRate) ^ tradeElasticity', 'Of those, what still sells', '其中仍售出的部分'),
  eq('chinaLostSales', 'usd-bn-per-year', 'lostSaleMargin / 100 * (chinaExportsCharged - chinaExportsKept)', "China's loss on sales the tariff stops", '中國因關稅失去的銷售損失'),
  eq('chinaTariffBorne', 'usd-bn-per-year', 'chinaExportsKept * min(lostSaleMargin / 100, exporterTariffShare / 100 * chinaPenaltyRate / (1 + exporterTariffShare / 100 * chinaPenaltyRate))', "China's share of the tariff on sales that go on", '中國在持續銷售中分擔的關稅'),
  eq('chinaTariffCost', 'usd-bn-per-year', 'chinaLostSales + chinaTariffBorne', "China's loss from the penalty tariff", '懲罰性關稅造成的中國損失'),
  eq('chinaSaving', 'usd-bn-per-year', 'chinaKept * (chinaDeliveredDiscount + chinaWidening) * daysPerYear / 1000', "China's saving from the Russian discount", '中國從俄油折扣中節省'),

  // Buyer's calculus, "stop": no penalty (C12); the buyer's Russian barrels leave, except the share Russia
  // sells elsewhere, and Brent rises on all its crude imports (C9); the other buyer is held where it is.
  // The rise is the increment over brentNow: the response is linear in lost barrels, so nothing is counted twice.
  eq('indiaStopPriceRise', 'usd-per-bbl', 'priceResponse * (1 - replacementShare / 100) * (1 - rerouteShare / 100) * indiaKept', 'Rise in Brent if India stops', '若印度停購，布蘭特的漲幅'),
  eq('indiaStopBill', 'usd-bn-per-year', 'max(indiaCrudeImports, indiaKept) * indiaStopPriceRise * daysPerYear / 1000', "Extra on India's whole crude bill if it stops", '若印度停購，其全部原油帳單的增加'),
  eq('indiaStopCost', 'usd-bn-per-year', 'indiaStopBill + indiaSaving', 'Cost to India of stopping (dearer oil, lost discount)', '印度停購的成本（油價上漲、失去折扣）'),
  eq('indiaStopAdvantage', 'usd-bn-per-year', 'indiaTariffCost - indiaStopCost', 'How much cheaper stopping is for India (negative: buying on is cheaper)', '停購對印度便宜多少（負數：繼續購買較便宜）'),
  eq('chinaStopPriceRise', 'usd-per-bbl', 'priceResponse * (1 - replacementShare / 100) * (1 - rerouteShare / 100) * chinaKept', 'Rise in Brent if China stops', '若中國停購，布蘭特的漲幅'),
  eq('chinaStopBill', 'usd-bn-per-year', 'max(chinaCrudeImports, chinaKept) * chinaStopPriceRise * daysPerYear / 1000', "Extra on China's whole crude bill if it stops", '若中國停購，其全部原油帳單的增加'),
  eq('chinaStopCost', 'usd-bn-per-year', 'chinaStopBill + chinaSaving', 'Cost to China of stopping (dearer oil, lost discount)', '中國停購的成本（油價上漲、失去折扣）'),
  eq('chinaStopAdvantage', 'usd-bn-per-year', 'chinaTariffCost - chinaStopCost', 'How much cheaper stopping is for China (negative: buying on is cheaper)', '停購對中國便宜多少（負數：繼續購買較便宜）'),
];
