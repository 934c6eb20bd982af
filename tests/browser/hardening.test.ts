// Hardening: the built page carries a strict Content-Security-Policy, the browser enforces it, and the model still runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, headline, openApp, useBrowser } from './harness.ts';

/** The policy's directives, by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describeInBrowser('hardening', () => {
  const fixture = useBrowser();

  it('ships a Content-Security-Policy with script-src self and no unsafe-eval', async () => {
    const html = readFileSync(join(fixture.site.outDir, 'index.html'), 'utf8');
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, 'CSP meta in the built index.html').toBeTruthy();
    expect(html).toContain(policy!.split(';')[0]!);
    const parsed = directives(policy!);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(parsed.get('script-src')).not.toContain("'unsafe-inline'");
    expect(parsed.get('object-src')).toEqual(["'none'"]);
    // No inline scripts that the policy would have to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('runs the model under the policy with no errors and only same-origin requests', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=10');
    expect(await headline(page)).toMatch(/\$\d+\.\dbn/);
    expect(await headline(page)).toContain('less than in mid-2025');
    await page.waitForLoadState('networkidle');
    expectNoErrors(session);
    expectOnlyOwnOrigin(session, fixture.site);
  });

  it('is enforced by the browser: no inline script and no string evaluation run', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    // A same-origin script (allowed by script-src 'self') that tries to evaluate a string.
    await page.route('**/e2e-eval-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { new Function('return 1')(); window.__evalProbe = 'ran'; } catch (error) { window.__evalProbe = error.name; }",
      }),
    );
    await page.addScriptTag({ url: `${fixture.site.origin}/e2e-eval-probe.js` });
    expect(await page.evaluate(() => (window as unknown as { __evalProbe?: string }).__evalProbe)).toBe('EvalError');

    const inline = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; directive: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve({
              ran: Boolean((window as unknown as { __inlineProbe?: boolean }).__inlineProbe),
              directive: event.effectiveDirective,
            }),
          );
          const script = document.createElement('script');
          script.textContent = 'window.__inlineProbe = true;';
          document.body.append(script);
        }),
    );
    expect(inline).toEqual({ ran: false, directive: 'script-src-elem' });
    // The page still works after the refused attempts.
    expect(await headline(page)).toMatch(/\$\d+\.\dbn/);
  });
});
