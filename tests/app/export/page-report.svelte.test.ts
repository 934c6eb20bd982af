// The page's report: built from the simulator's state, it is byte for byte the command's report for the page's own link.
import { describe, expect, it } from 'vitest';
import { pageReport } from '../../../src/app/export/page-report.ts';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { shipped } from '../../../src/cli/shipped-model.ts';
import { reportForLink } from '../../../src/export/report-for-link.ts';
import { reportJson } from '../../../src/export/report-json.ts';
import { encodeRemix } from '../../../src/remix/remix-format.ts';

/** The page opened with `link` (an edited model loads on demand, so it is awaited). */
async function openPage(link: string): Promise<Simulator> {
  const simulator = new Simulator(model);
  await simulator.openLink(link, { announce: true });
  return simulator;
}

// tests/export/report-json.test.ts proves reportForLink prints what `npm run simulate` prints.
const commandReport = (link: string) => reportJson(reportForLink(shipped.bundle, shipped.model, link, 0));

describe('the report the page downloads', () => {
  it('is the report of the link the page was opened with, when the page took the link as it was', async () => {
    const link = '?v=1&m=2&drop=10&india=1.2&a=1&lang=zh-Hant';
    const simulator = await openPage(link);
    expect(reportJson(pageReport(simulator, 0))).toBe(commandReport(link));
    expect(reportJson(pageReport(simulator, 0))).toBe(commandReport(simulator.query));
  });

  it('is the report of the page’s own link for an edited model, built without reading the edit again', async () => {
    const remix = {
      equations: { urals: 'max(0, brentNow - uralsDiscount - extraCost)' },
      added: [{ key: 'extra-cost', label: 'Extra', unit: 'usd-per-bbl', min: 0, max: 10, step: 1, default: 3 }],
    };
    const simulator = await openPage(`?x=${encodeRemix(remix)}&extra-cost=7&drop=5`);
    const report = pageReport(simulator, 0);
    expect(report.model.edited).toBe(true);
    expect(report.scenario['extra-cost']).toBe(7);
    expect(reportJson(report)).toBe(commandReport(simulator.query));
  });

  it('reports the scenario on screen after the page fixed a link', async () => {
    const link = '?tariff-china=100&lock=china&r.drop=0_20&drop=30';
    const simulator = await openPage(link);
    const report = pageReport(simulator, 0);
    expect(report.scenario).toEqual(simulator.scenario);
    expect(report.scenario.drop).toBe(20);
    expect(report.month.total).toBeCloseTo(simulator.results.totalMonth!, 9);
    expect(reportJson(report)).toBe(commandReport(simulator.query));
    // The clamped drop was reported when the link was opened; the page's own link needs no fixing.
    expect(report.adjusted).toEqual([]);
  });

  it('includes the band the command prints by default', async () => {
    const simulator = await openPage('?drop=10');
    expect(reportJson(pageReport(simulator))).toBe(
      reportJson(reportForLink(shipped.bundle, shipped.model, simulator.query)),
    );
  });
});
