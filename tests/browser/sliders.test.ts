// Every headline slider moves by keyboard and by mouse, and each move redraws the headline and the charts.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { spokenValue } from '../../src/i18n/format.ts';
import { stepDecimals } from '../../src/link/sanitize-value.ts';
import { expectedHeadline, model, scenarioFrom } from './expectations.ts';
import {
  type ChartView,
  describeInBrowser,
  expectNoErrors,
  headline,
  HEADLINE_SLIDERS,
  openApp,
  rangeValues,
  readCharts,
  type Session,
  showAllDataTables,
  type Site,
  useBrowser,
} from './harness.ts';

/** Income by buyer depends on every headline slider, so every move changes its data. */
const DATA_ALWAYS_CHANGES = ['income-by-buyer'];
/** The drop sweep's curve ignores the current drop, but its "current drop" marker moves, so its picture always changes. */
const ALWAYS_REDRAWN = ['income-by-buyer', 'drop-sweep'];

interface Snapshot {
  headline: string;
  charts: ChartView[];
}

/** The headline (checked against the model for the sliders shown) and every chart with its data table. */
async function snapshot(page: Page): Promise<Snapshot> {
  const charts = await readCharts(page);
  const shown = await headline(page);
  expect(shown, 'headline for the sliders shown').toBe(expectedHeadline(scenarioFrom(await rangeValues(page))));
  return { headline: shown, charts };
}

/** Opens the page with every chart's data table shown, so a chart's data can be compared with its picture. */
async function openWithTables(session: Session, site: Site): Promise<Page> {
  const page = await openApp(session, site);
  expect(await showAllDataTables(page)).toBeGreaterThanOrEqual(3);
  return page;
}

function declared(key: string) {
  const parameter = model.parameterByKey.get(key);
  if (!parameter) throw new Error(`no parameter ${key}`);
  const unit = model.declaration.units.find((candidate) => candidate.id === parameter.unit);
  return { parameter, unit, digits: stepDecimals(parameter.step) };
}

/** The slider's value and what a screen reader hears, checked against the model's own spoken form. */
async function expectValue(page: Page, key: string, expected: number): Promise<void> {
  const { unit, digits } = declared(key);
  const slider = page.locator(`input[type=range][name="${key}"]`);
  await expect.poll(async () => Number(await slider.inputValue())).toBeCloseTo(expected, 9);
  const valueText = await slider.getAttribute('aria-valuetext');
  expect(valueText).toBe(spokenValue(expected, unit, 'en', digits));
  // Words with units, not a bare number.
  expect(valueText).toMatch(/^[−-]?[\d.,]+ [a-zA-Z]+/);
}

/**
 * Asserts the headline changed and every chart whose data (its data table) changed was redrawn. Not every
 * chart depends on every slider (the calculus chart ignores the oil price), but the income-by-buyer and
 * drop-sweep charts do, so they must be redrawn on every move.
 */
async function expectRedrawn(page: Page, before: Snapshot, what: string): Promise<Snapshot> {
  const after = await snapshot(page);
  expect(after.headline, `headline after ${what}`).not.toBe(before.headline);
  expect(after.charts.map((chart) => chart.id)).toEqual(before.charts.map((chart) => chart.id));
  expect(after.charts.map((chart) => chart.id)).toEqual(expect.arrayContaining(ALWAYS_REDRAWN));
  after.charts.forEach((chart, index) => {
    const previous = before.charts[index]!;
    const dataChanged = chart.table !== previous.table;
    const redrawn = chart.picture !== previous.picture;
    if (DATA_ALWAYS_CHANGES.includes(chart.id)) expect(dataChanged, `${chart.id} data after ${what}`).toBe(true);
    if (dataChanged || ALWAYS_REDRAWN.includes(chart.id))
      expect(redrawn, `${chart.id} redrawn after ${what}`).toBe(true);
  });
  return after;
}

describeInBrowser('headline sliders', () => {
  const fixture = useBrowser();

  it.each(HEADLINE_SLIDERS)('%s moves by keyboard, reaching its minimum and maximum', async (key) => {
    const session = await fixture.session();
    const page = await openWithTables(session, fixture.site);
    const { parameter } = declared(key);
    const slider = page.locator(`input[type=range][name="${key}"]`);
    await slider.focus();
    await expectValue(page, key, parameter.default);
    let state = await snapshot(page);

    await page.keyboard.press('ArrowRight');
    await expectValue(page, key, parameter.default + parameter.step);
    state = await expectRedrawn(page, state, 'ArrowRight');

    await page.keyboard.press('ArrowLeft');
    await expectValue(page, key, parameter.default);
    state = await expectRedrawn(page, state, 'ArrowLeft');

    await page.keyboard.press('PageUp');
    const afterPageUp = Number(await slider.inputValue());
    expect(afterPageUp).toBeGreaterThan(parameter.default);
    await expectValue(page, key, afterPageUp);
    state = await expectRedrawn(page, state, 'PageUp');

    await page.keyboard.press('Home');
    await expectValue(page, key, parameter.min);
    state = await expectRedrawn(page, state, 'Home');

    await page.keyboard.press('End');
    await expectValue(page, key, parameter.max);
    await expectRedrawn(page, state, 'End');
    expectNoErrors(session);
  });

  it.each(HEADLINE_SLIDERS)('%s moves by mouse click and drag', async (key) => {
    const session = await fixture.session();
    const page = await openWithTables(session, fixture.site);
    const { parameter } = declared(key);
    const slider = page.locator(`input[type=range][name="${key}"]`);
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error(`${key} slider has no box`);
    const span = parameter.max - parameter.min;
    const y = box.y + box.height / 2;
    const xAt = (fraction: number) => box.x + box.width * fraction;
    const near = (value: number, fraction: number) => Math.abs(value - (parameter.min + span * fraction)) <= span * 0.1;
    // Targets far from the default, so each gesture is a real change.
    const defaultFraction = (parameter.default - parameter.min) / span;
    // Tariffs stop mattering above 175% (every barrel is rerouted), so the drag ends low on the track.
    const clickAt = defaultFraction > 0.5 ? 0.15 : 0.85;
    const dragTo = defaultFraction > 0.5 ? 0.5 : 0.2;

    let state = await snapshot(page);
    await page.mouse.click(xAt(clickAt), y);
    await expect.poll(async () => near(Number(await slider.inputValue()), clickAt)).toBe(true);
    await expectValue(page, key, Number(await slider.inputValue()));
    state = await expectRedrawn(page, state, 'click');

    await page.mouse.move(xAt(clickAt), y);
    await page.mouse.down();
    await page.mouse.move(xAt(dragTo), y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => near(Number(await slider.inputValue()), dragTo)).toBe(true);
    await expectValue(page, key, Number(await slider.inputValue()));
    await expectRedrawn(page, state, 'drag');
    expectNoErrors(session);
  });
});
