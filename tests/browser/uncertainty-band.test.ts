// The uncertainty band in the built site: computed in its worker from the roles the page sends, with no fall-back to the page.
import { expect, it } from 'vitest';
import { describeInBrowser, expectNoErrors, openApp, useBrowser } from './harness.ts';

describeInBrowser('the uncertainty band', () => {
  const fixture = useBrowser();

  it("comes from the worker, which reads the headline and the band's prices from the request", async () => {
    const session = await fixture.session();
    const workers: string[] = [];
    const warnings: string[] = [];
    session.page.on('worker', (worker) => workers.push(worker.url()));
    session.page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    const page = await openApp(session, fixture.site, 'drop=10');
    const band = page.locator('.band');
    await expect.poll(() => band.textContent(), { timeout: 15_000 }).toMatch(/Likely range: \$[\d.]+bn to \$[\d.]+bn/);
    // At a $10 drop every draw ends below mid-2025 income, and the tax price of Urals (about $49) below both the
    // fiscal rule's price and the budget's: shares a worker that could not read its roles would give as 0%.
    expect(await band.textContent()).toMatch(
      /100% of the draws end below mid-2025 income.* in 100% of the draws, and below the budget’s \$56 in 100%/,
    );
    expect(workers.filter((url) => /monte-carlo/.test(url))).toHaveLength(1);
    // The client says so (console.warn) whenever it gives up on the worker and calculates on the page.
    expect(warnings.filter((text) => text.startsWith('Uncertainty band'))).toEqual([]);
    expectNoErrors(session);
  });
});
