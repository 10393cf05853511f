import {describe, expect, test} from 'vitest';
import {axeViolations, describeViolations, outputPath, readmeScreenshotDir} from './support/browser';
import {expectReadable} from './support/kpis';
import type {PageType} from './support/pages';
import {describeAxeInBothSchemes, expectNoSidewaysScroll, expectWithinPhoneWidth, PHONE, usePage, useBuiltSite} from './support/suites';

/** The example handbook's pages that show objectives: the list, one objective's page, and cards in a handbook page. */
const OBJECTIVE_PAGES: readonly PageType[] = [
  {name: 'objectives', path: '/kpis/objectives', ready: 'main article[data-objective]'},
  {name: 'objective-page', path: '/kpis/objectives/autumn-onboarding', ready: 'main article[data-objective]'},
  {name: 'objective-cards', path: '/docs/organization/kpis', ready: 'main article[data-objective]'},
  {name: 'objectives-fr', path: '/fr/kpis/objectives', ready: 'main article[data-objective]'},
];

const built = useBuiltSite();

describeAxeInBothSchemes(built, OBJECTIVE_PAGES, (page, scheme) => {
  test('an objective card, on its own, has no violations either', async () => {
    await built.open(page(), OBJECTIVE_PAGES[2]!);
    const card = page().locator('main article[data-objective="autumn-onboarding"]');
    const violations = await axeViolations(page(), {include: ['main article[data-objective="autumn-onboarding"]']});
    expect(violations, describeViolations(violations)).toEqual([]);
    await card.screenshot({path: outputPath(`objective-card-${scheme}.png`), animations: 'disabled'});
    if (scheme === 'light') await card.screenshot({path: `${readmeScreenshotDir}/objective-card.png`, animations: 'disabled'});
  });
});

describe('an objective card', () => {
  const page = usePage(built);

  test('names its title, period and owner, and each impact has a named progress bar and a written status', async () => {
    await built.open(page(), OBJECTIVE_PAGES[2]!);
    const card = page().getByRole('article', {name: 'Onboard the autumn cohort'});
    await expectReadable(card.getByRole('heading', {level: 3, name: 'Onboard the autumn cohort'}), 'the title');
    await expectReadable(card.getByText('2026-Q4 (Oct 1, 2026 – Dec 31, 2026)'), 'the period');
    await expectReadable(card.getByText('Business development lead'), 'the owner');
    const bar = card.getByRole('progressbar', {name: 'Progress of Communities served'});
    expect(await bar.getAttribute('aria-valuenow')).toBe('25');
    await expectReadable(card.getByText('25% of the way'), 'the progress as text');
    await expectReadable(card.getByRole('link', {name: 'Communities served'}), 'the KPI link');
    expect(await card.locator('.kpi-status__label').first().textContent()).toMatch(/^(Achieved|On track|At risk|Off track)$/);
  });

  test('the objectives page lists this quarter, then the next, then the last with outcomes', async () => {
    await built.open(page(), OBJECTIVE_PAGES[0]!);
    const headings = await page().locator('main h2').allTextContents();
    expect(headings).toEqual(['Current objectives', 'Upcoming', 'Past objectives']);
    const upcoming = page().getByRole('article', {name: 'Rest well through the winter'});
    // The objective's badge, and its impact's.
    expect(await upcoming.getByText('Not started', {exact: true}).count()).toBe(2);
    await expectReadable(upcoming.getByText('Not started', {exact: true}).first(), 'not started');
  });
});

describe('on a phone (375 px wide)', () => {
  const page = usePage(built, PHONE);

  test.each(OBJECTIVE_PAGES)('$name does not scroll sideways, and its cards fit', async (pageType) => {
    await built.open(page(), pageType);
    await expectNoSidewaysScroll(page(), pageType.name);
    expect(await expectWithinPhoneWidth(page(), 'main article[data-objective]')).toBeGreaterThan(0);
  });
});
