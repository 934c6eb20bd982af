// The offline edition: one HTML file, opened from disk in Chromium, runs the whole simulator without asking for anything else.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OFFLINE_FILE_NAME } from '../../src/export/offline-edition.ts';
import { expectedHeadline, model } from './expectations.ts';
import { describeInBrowser, headline, launchChromium } from './harness.ts';
import { TEMP_PREFIX } from './site.ts';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** The public address the test build is given (README: `VITE_PUBLIC_URL=… npm run build:offline`). */
const PUBLIC_URL = 'https://sim.example/crude-leverage/';

/**
 * Builds the offline edition as `VITE_PUBLIC_URL=… npm run build:offline` does (plain `npm run build:offline` when
 * `publicUrl` is null), into a private temporary folder.
 */
async function buildOffline(outDir: string, publicUrl: string | null = PUBLIC_URL): Promise<string> {
  const { build } = await import('vite');
  const previousNodeEnv = process.env.NODE_ENV;
  const previousPublicUrl = process.env.VITE_PUBLIC_URL;
  process.env.NODE_ENV = 'production';
  if (publicUrl === null) delete process.env.VITE_PUBLIC_URL;
  else process.env.VITE_PUBLIC_URL = publicUrl;
  try {
    await build({ configFile, mode: 'offline', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previousNodeEnv;
    if (previousPublicUrl === undefined) delete process.env.VITE_PUBLIC_URL;
    else process.env.VITE_PUBLIC_URL = previousPublicUrl;
  }
  return join(outDir, OFFLINE_FILE_NAME);
}

const hash = (page: Page) => page.evaluate(() => window.location.hash);

/** What the page hands the clipboard, recorded (a page opened from disk may not be granted the clipboard itself). */
async function recordCopies(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { copiedTexts: copied });
    const writeText = async (text: string) => void copied.push(text);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });
  return () => page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts);
}

describeInBrowser('offline edition', () => {
  let outDir = '';
  let file = '';
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}offline-`));
    file = await buildOffline(outDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('is one file whose policy allows its own inlined script and nothing else', () => {
    expect(readdirSync(outDir)).toEqual([OFFLINE_FILE_NAME]);
    const html = readFileSync(file, 'utf8');
    // Outside the inlined code, which may spell a script tag in a string (the embed snippet).
    const outsideScripts = html.replace(/<script\b(?![^>]*\bsrc=)[^>]*>[\s\S]*?<\/script>/gi, '');
    expect(outsideScripts).not.toMatch(/<script\b[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b[^>]*rel="stylesheet"/i);
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc =
      policy
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toMatch(/^script-src( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).toMatch(/object-src 'none'/);
    // The file travels alone, so it carries the bundled packages' licence notices, as a comment at its end.
    const notices = /<!--\n(Crude Leverage is MIT-licensed[\s\S]*)\n-->\s*$/.exec(html)?.[1] ?? '';
    expect(notices).toMatch(/^ {2}mathjs \S+: Apache-2\.0$/m);
    expect(notices).toMatch(/^ {2}chart\.js \S+: MIT$/m);
  });

  it('runs from file:// with no network: sliders, the link in the fragment, reloading a link, both languages', async () => {
    context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(request.url()));
    // Anything that would leave the disk is refused (and recorded above, so the test fails).
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    const url = pathToFileURL(file).href;

    await page.goto(url, { waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible' });
    expect(await headline(page)).toBe(expectedHeadline(model.defaults));

    const drop = page.locator('input[type=range][name="drop"]');
    await drop.focus();
    for (let step = 0; step < 5; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => headline(page)).toBe(expectedHeadline({ ...model.defaults, drop: 5 }));
    await expect.poll(() => hash(page)).toMatch(/[#&]drop=5(&|$)/);
    expect(page.url().startsWith('file:')).toBe(true);

    await page.goto(`${url}#drop=10`);
    await page.reload({ waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible' });
    const dropTen = { ...model.defaults, drop: 10 };
    await expect.poll(() => headline(page)).toBe(expectedHeadline(dropTen));
    expect(await drop.inputValue()).toBe('10');

    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect.poll(() => headline(page)).toBe(expectedHeadline(dropTen, 'zh-Hant'));
    await expect.poll(() => hash(page)).toMatch(/[#&]lang=zh-Hant(&|$)/);
    expect(await hash(page)).toMatch(/[#&]drop=10(&|$)/);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => headline(page)).toBe(expectedHeadline(dropTen, 'en'));

    expect(errors, 'console and page errors').toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    const offDisk = requests.filter((request) => !/^(file|data|blob):/.test(request));
    expect(offDisk, 'requests that were not for the file itself').toEqual([]);
  });

  it('gives lesson links and their QR code on the public address the build was given, not the file', async () => {
    const own = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const offDisk: string[] = [];
    await own.route(/^(https?|wss?|ftp):/, (route) => {
      offDisk.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const pageErrors: string[] = [];
    const page = await own.newPage();
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    await page.goto(`${pathToFileURL(file).href}#drop=10`, { waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible' });
    await page.locator('#classroom').scrollIntoViewIfNeeded();
    const builder = page.locator('#lesson-builder');
    await builder.locator('summary').click();
    const link = builder.getByRole('textbox', { name: 'Lesson link' });
    await expect.poll(() => link.inputValue()).toMatch(new RegExp(`^${PUBLIC_URL.replaceAll('.', '\\.')}\\?.*drop=10`));
    expect(await builder.getByRole('img', { name: 'QR code of the lesson link' }).count()).toBe(1);
    expect(await builder.locator('.offline-address').textContent()).toContain(PUBLIC_URL);
    expect(pageErrors).toEqual([]);
    // The QR code is drawn on the page: nothing is asked of the public address.
    expect(offDisk).toEqual([]);
    await own.close();
  });

  it('copies the scenario’s link on the public address, and says so beside Copy link', async () => {
    const own = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    await own.route(/^(https?|wss?|ftp):/, (route) => route.abort('blockedbyclient'));
    const page = await own.newPage();
    const copies = await recordCopies(page);
    await page.goto(`${pathToFileURL(file).href}#drop=10`, { waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(copies).toEqual([`${PUBLIC_URL}?v=1&m=2&drop=10`]);
    expect(await page.locator('#share-where').textContent()).toContain(`which opens anywhere: ${PUBLIC_URL}`);
    expect(await page.getByRole('img', { name: 'QR code of this scenario’s link' }).count()).toBe(1);
    await own.close();
  });
});

describeInBrowser('offline edition built without a public address', () => {
  let outDir = '';
  let file = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), `${TEMP_PREFIX}offline-bare-`));
    file = await buildOffline(outDir, null);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('copies the file’s own link, says it opens on this computer only, and offers the scenario’s part and the command', async () => {
    const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
    const offDisk: string[] = [];
    await context.route(/^(https?|wss?|ftp):/, (route) => {
      offDisk.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
    const copies = await recordCopies(page);
    const url = pathToFileURL(file).href;
    await page.goto(`${url}#drop=10`, { waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible' });

    const copy = page.getByRole('button', { name: 'Copy link' });
    await page.locator('#share-where').waitFor({ state: 'visible' });
    expect(await copy.getAttribute('aria-describedby')).toBe('share-where');
    expect(await page.locator('#share-where').textContent()).toContain('a copied link opens only here');
    await copy.click();
    await expect.poll(copies).toEqual([`${url}#v=1&m=2&drop=10`]);
    expect(await page.locator('#copy-status').textContent()).toBe(
      'Link copied. It opens this scenario on this computer only.',
    );
    const keys = page.getByRole('textbox', { name: 'The scenario’s part of the link (from #)' });
    expect(await keys.inputValue()).toBe('#v=1&m=2&drop=10');
    expect(await page.getByRole('textbox', { name: /command-line report/ }).inputValue()).toBe(
      'npm run simulate -- "v=1&m=2&drop=10"',
    );
    await page.getByRole('button', { name: 'Copy the scenario’s part' }).click();
    await expect.poll(copies).toEqual([`${url}#v=1&m=2&drop=10`, '#v=1&m=2&drop=10']);
    // No QR code: a file address opens nothing on a phone.
    expect(await page.locator('.share-off-disk').getByRole('img').count()).toBe(0);

    // What travels does travel: the file opened afresh with the scenario's part gives the same scenario.
    const other = await context.newPage();
    await other.goto(`${url}${await keys.inputValue()}`, { waitUntil: 'load' });
    await other.locator('#headline-text').waitFor({ state: 'visible' });
    expect(await headline(other)).toBe(expectedHeadline({ ...model.defaults, drop: 10 }));
    expect(pageErrors).toEqual([]);
    expect(offDisk).toEqual([]);
    await context.close();
  });
});
