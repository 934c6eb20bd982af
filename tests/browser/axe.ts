// Runs axe-core inside the page (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) and fails with every violation spelled out.
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { settle } from './harness.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** How long one axe run may take, ms: a few seconds normally, well under the test's 60 s limit. */
const AXE_LIMIT_MS = 40_000;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe in the page and fails with each violation's id, help and targets. */
export async function expectNoViolations(page: Page, where: string): Promise<void> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The page's CSP refuses inline scripts (which addScriptTag({ path }) would add), so axe is served
    // from the page's own origin instead and the policy stays on while axe runs.
    await page.route('**/e2e-axe.min.js', (route) => route.fulfill({ path: axePath, contentType: 'text/javascript' }));
    await page.addScriptTag({ url: new URL('/e2e-axe.min.js', page.url()).href });
  }
  // axe runs inside page.evaluate, which has no timeout of its own: bound it, so a stalled run fails
  // with a message naming the view instead of the test's bare time-out.
  const run = page.evaluate(async (tags) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }));
  }, TAGS);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`axe did not finish within ${AXE_LIMIT_MS / 1000} s on ${where}`)),
      AXE_LIMIT_MS,
    );
  });
  const violations = await Promise.race([run, stalled]).finally(() => clearTimeout(timer));
  const report = violations
    .map(
      (v: Violation) =>
        `- ${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`,
    )
    .join('\n');
  expect(violations.length, `axe violations on ${where}:\n${report}`).toBe(0);
}
