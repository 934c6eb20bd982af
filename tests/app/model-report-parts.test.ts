// Checks that the page's report parts are the bundle's own: the same declaration, groups and outputs, not a copy.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { reportParts } from '../../src/app/model-report-parts.ts';

describe('reportParts', () => {
  it('holds the very declaration, groups and outputs of the bundle', () => {
    expect(reportParts.model).toBe(crudeLeverageBundle.model);
    expect(reportParts.groups).toBe(crudeLeverageBundle.groups);
    expect(reportParts.outputs).toBe(crudeLeverageBundle.outputs);
  });
});
