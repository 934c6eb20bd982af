// Tests the timeline chart config: where dates fall, the two series, the event lines and that the chart plots the CLI's figures.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { policyEvents } from '../../models/crude-leverage/months.ts';
import { type TimelineReport, timelineReport } from '../../src/analysis/backtest-report.ts';
import { timelineChart } from '../../src/app/charts/timeline-page-chart.ts';
import type { TableMark } from '../../src/charts/chart-table.ts';
import { timelineConfig, timelineX } from '../../src/charts/timeline-chart.ts';
import { model as generatedModel } from '../../src/app/model.ts';
import { forwardInput, runSimulate } from '../../src/cli/run-simulate.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import '../../src/i18n/register-details-messages.ts';
import { translator } from '../../src/i18n/translate.ts';

const report = timelineReport(compileModel(crudeLeverageModel));
const months = [
  { month: '2025-07', days: 31, model: 14.2, published: 14.3 },
  { month: '2025-08', days: 31, model: null, published: 13.5 },
  { month: '2025-09', days: 30, model: 12.9, published: null },
];
const config = (events = [{ date: '2025-08-27', label: '27 Aug: tariff' }]) =>
  timelineConfig({
    months,
    events,
    monthLabels: ['Jul', 'Aug', 'Sep'],
    labels: { model: 'Model', published: 'IEA', yAxis: 'USD bn' },
    locale: 'en',
  });

describe('timelineX', () => {
  it('puts a month at its index and a day in proportion to the month', () => {
    expect(timelineX(months, '2025-07-01')).toBe(0);
    expect(timelineX(months, '2025-08-27')).toBeCloseTo(1 + 26 / 31, 12);
    expect(timelineX(months, '2025-09-30')).toBeCloseTo(2 + 29 / 30, 12);
    expect(timelineX(months, '2025-12-01')).toBeNaN();
  });
});

describe('timelineConfig', () => {
  it('draws the model as a line broken where it was not run, and the IEA as squares with no line', () => {
    const [model, published] = config().data.datasets;
    expect(model!.data).toEqual([
      { x: 0, y: 14.2 },
      { x: 1, y: null },
      { x: 2, y: 12.9 },
    ]);
    expect(model!.spanGaps).toBe(false);
    expect(published!.showLine).toBe(false);
    expect(published!.pointStyle).toBe('rect');
    expect(model!.pointStyle).not.toBe(published!.pointStyle);
  });

  it('draws each event as a vertical line across the y range, kept out of the data table', () => {
    const built = config();
    const event = built.data.datasets[2] as (typeof built.data.datasets)[number] & TableMark;
    const x = 1 + 26 / 31;
    expect(event.data).toEqual([
      { x, y: built.options!.scales!.y!.min },
      { x, y: built.options!.scales!.y!.max },
    ]);
    expect(event.inTable).toBe(false);
    expect(event.label).toBe('27 Aug: tariff');
  });

  it('never gives two of five events both the same colour and the same dash', () => {
    const events = ['01', '05', '10', '15', '20'].map((day) => ({ date: `2025-08-${day}`, label: day }));
    const lines = config(events).data.datasets.slice(2);
    const styles = lines.map((line) => `${String(line.borderColor)} ${JSON.stringify(line.borderDash)}`);
    expect(new Set(styles).size).toBe(5);
  });

  it('labels the axis ticks with the month names', () => {
    const ticks = config().options!.scales!.x!.ticks as { callback: (value: number) => string };
    expect([0, 1, 2, 3].map((value) => ticks.callback(value))).toEqual(['Jul', 'Aug', 'Sep', '']);
  });
});

describe('the page timeline chart', () => {
  it('plots the figures `simulate --timeline` prints, with every event of the record', () => {
    const chart = timelineChart(report, 'en', translator('en'));
    const [model, published, ...events] = chart.config.data.datasets;
    expect(model!.data.map((point) => (point as { y: number | null }).y)).toEqual(report.months.map((m) => m.model));
    expect(published!.data.map((point) => (point as { y: number | null }).y)).toEqual(
      report.months.map((m) => m.published),
    );
    expect(events).toHaveLength(policyEvents.length);
    expect(events[1]!.label).toBe('Aug 27: 25% US secondary tariff on India');
  });

  it('states its takeaway in words and has a table with the events of each month', () => {
    const chart = timelineChart(report, 'en', translator('en'));
    expect(chart.summary).toContain('fell from $13.20bn in April 2025 to $11.00bn in November 2025');
    expect(chart.summary).toContain(`off by ${report.meanAbsErrorPct!.toFixed(1)}% on average over 6 months`);
    const table = chart.table!();
    expect(table.columns).toHaveLength(4);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[7]).toEqual(['August 2025', '$13.45bn', '$13.51bn', 'Aug 27: 25% US secondary tariff on India']);
    expect(table.rows[1]).toEqual(['February 2025', '—', '—', '—']);
  });

  it('counts in 億 in Chinese: the axis values are ten times the USD bn', () => {
    const chart = timelineChart(report, 'zh-Hant', translator('zh-Hant'));
    const published = chart.config.data.datasets[1]!.data as { y: number | null }[];
    expect(published[6]!.y).toBeCloseTo(143, 9);
    expect(chart.table!().rows[6]![2]).toBe('143.0億美元');
  });
});

describe('the scenario continued forward', () => {
  const model = compileModel(crudeLeverageModel);
  const query = 'from=2025-11&drop=10';
  const draws = 200;
  const printed = JSON.parse(
    runSimulate({ bundle: crudeLeverageBundle, model: generatedModel }, ['--timeline', query, '--draws', String(draws)])
      .stdout,
  ) as TimelineReport;
  const chart = timelineChart(
    timelineReport(model, forwardInput(model, crudeLeverageBundle.outputs, query, draws)),
    'en',
    translator('en'),
  );
  const byLabel = (label: string) =>
    (chart.config.data.datasets.find((dataset) => dataset.label === label)!.data as { x: number; y: number }[]).map(
      (point) => point.y,
    );

  it('plots what `simulate --timeline` prints for the same query: scenario, baseline and band', () => {
    const forward = printed.forward!;
    expect(forward.from).toBe('2025-11');
    expect(forward.months).toHaveLength(12);
    expect(byLabel('Your scenario, drivers held fixed')).toEqual(forward.months.map((row) => row.scenario));
    expect(byLabel('The starting month as it was, held fixed')).toEqual(forward.months.map((row) => row.baseline));
    // The band's outline goes out along the low ends and back along the high ends, then closes.
    const lows = forward.months.map((row) => row.low);
    const highs = forward.months.map((row) => row.high);
    expect(byLabel('Its band (10th to 90th percentile)')).toEqual([...lows, ...[...highs].reverse(), lows[0]]);
  });

  it('extends the axis 12 months past the starting month and tables every month, band included', () => {
    const table = chart.table!();
    expect(table.columns).toHaveLength(7);
    expect(table.rows).toHaveLength(11 + 12);
    const december = table.rows[11]!;
    expect(december[0]).toBe('December 2025');
    expect(december[1]).toBe('—');
    expect(december[3]).toBe(`$${printed.forward!.months[0]!.scenario.toFixed(2)}bn`);
    expect(december[4]).toBe(
      `$${printed.forward!.months[0]!.low!.toFixed(2)}bn to $${printed.forward!.months[0]!.high!.toFixed(2)}bn`,
    );
    expect(table.rows[10]![3]).toBe('—');
  });

  it('says in words that the drivers are held fixed and that this is not a forecast', () => {
    expect(chart.summary).toContain('Continued from November 2025 with its drivers held fixed');
    expect(chart.summary).toContain('not a forecast');
  });

  it('without a starting month, invites one and draws no forward series', () => {
    const plain = timelineChart(report, 'en', translator('en'));
    expect(plain.summary).toContain('Choose a starting month');
    expect(plain.config.data.datasets.some((dataset) => dataset.label === 'Your scenario, drivers held fixed')).toBe(
      false,
    );
  });
});
