// Tests the CSV of `simulate --timeline`: one row a month from the same report as the JSON, missing figures left empty.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { timelineReport } from '../../src/analysis/backtest-report.ts';
import { forwardInput } from '../../src/cli/run-simulate.ts';
import { timelineCsv } from '../../src/cli/timeline-csv.ts';
import { compileModel } from '../../src/engine/compile-model.ts';

const report = timelineReport(compileModel(crudeLeverageModel));

describe('timelineCsv', () => {
  it('writes a header and one row a month, missing figures left empty', () => {
    const lines = timelineCsv(report).trimEnd().split('\n');
    expect(lines[0]).toBe('month,days,model_usd_bn,published_usd_bn,error_pct,sources');
    expect(lines).toHaveLength(12);
    expect(lines[2]).toBe('2025-02,28,,,,');
    expect(lines[7]).toBe(`2025-07,31,14.228,14.3,-0.5,${report.months[6]!.sources.join(' ')}`);
  });

  it('ends every line with a newline and quotes nothing that needs no quotes', () => {
    const csv = timelineCsv(report);
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('"');
  });

  it('adds the scenario continued forward as rows after the record, with four more columns', () => {
    const model = compileModel(crudeLeverageModel);
    const withForward = timelineReport(
      model,
      forwardInput(model, crudeLeverageBundle.outputs, 'from=2025-06&drop=10', 20),
    );
    const lines = timelineCsv(withForward).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'month,days,model_usd_bn,published_usd_bn,error_pct,sources,scenario_usd_bn,low_usd_bn,high_usd_bn,baseline_usd_bn',
    );
    expect(lines).toHaveLength(1 + 11 + 12);
    expect(lines[7]).toBe(`2025-07,31,14.228,14.3,-0.5,${report.months[6]!.sources.join(' ')},,,,`);
    const july = withForward.forward!.months[0]!;
    expect(lines[12]).toBe(`2025-07,31,,14.3,,,${july.scenario},${july.low},${july.high},${july.baseline}`);
    expect(lines[23]!.startsWith('2026-06,30,,,,,')).toBe(true);
  });
});
