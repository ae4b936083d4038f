// The end-to-end checks of the built extension, written once and run in Chromium and in Firefox
// (test/e2e/chromium.test.ts, test/e2e/firefox.test.ts). One browser per file; each test opens its
// own tabs and closes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { BAND_COLOURS } from '../../../src/background/badge-text';
import { badgeColour, badgeText, storedTabStates, waitForTabReport } from '../harness/extension-state';
import { serveFixtures, type FixtureSite } from '../harness/fixtures-server';
import { paintedRanges, waitForPaint, waitForPopup } from '../harness/page-probes';
import { poll } from '../harness/poll';
import type { ExtensionBrowser, PageHandle } from '../harness/types';
import { buildSeedPage } from '../../helpers/seed-page';
import { matchExpected, SEED_EXPECTED } from './seed-expectations';

const KIND_OF_HIGHLIGHT: Record<string, Finding['kind']> = {
  'sourcelight-anonymous': 'anonymous_source',
  'sourcelight-nonanswer': 'non_answer',
};
const ARTICLE = 'anonymous-heavy-article.html';
const seedAvailable = buildSeedPage() !== null;
if (!seedAvailable) console.warn('../shared/seed is absent: the seed page end-to-end test is skipped');

/** What browser-specific tests added to the suite (the `more` callback) may use. */
export interface SuiteEnv<B extends ExtensionBrowser> {
  ext(): B;
  site(): FixtureSite;
}

export function extensionSuite<B extends ExtensionBrowser>(launch: () => Promise<B>, more?: (env: SuiteEnv<B>) => void): void {
  let ext: B;
  let site: FixtureSite;
  const opened: PageHandle[] = [];
  const open = async (url: string) => {
    const page = await ext.openPage(url);
    opened.push(page);
    return page;
  };
  const setSettings = (settings: Settings) => ext.extensionEval(`browser.storage.local.set({ settings: ${JSON.stringify(settings)} })`);

  beforeAll(async () => {
    site = await serveFixtures();
    ext = await launch();
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });
  // Tabs are closed after each test so a test never finds an earlier test's tab by URL.
  const closeOpened = async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => undefined);
  };

  it('leaves a page that is not an article unmarked, with an empty badge and a not-article popup', async () => {
    const url = site.url('not-article.html');
    const page = await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    expect(state.report?.isArticle).toBe(false);
    expect(await paintedRanges(page)).toEqual([]);
    expect(await badgeText(ext, tabId)).toBe('');
    const popup = await ext.openPopup(tabId);
    opened.push(popup);
    const view = await waitForPopup(popup, (v) => v.notArticle, 'the not-an-article notice');
    expect(view.findings).toEqual([]);
    await closeOpened();
  });

  it('paints exactly the findings of its report, by kind, and badges the score', async () => {
    const url = site.url(ARTICLE);
    const page = await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    const report = state.report?.report;
    expect(state.report?.isArticle).toBe(true);
    expect(report?.findings.length).toBeGreaterThan(0);
    const painted = await waitForPaint(page, report!.findings.length);
    const paintedPairs = painted.map((r) => `${KIND_OF_HIGHLIGHT[r.name]}: ${r.text.replace(/\s+/g, ' ')}`).sort();
    const reportedPairs = report!.findings.map((f) => `${f.kind}: ${f.text.replace(/\s+/g, ' ')}`).sort();
    expect(paintedPairs).toEqual(reportedPairs);
    // Phrases this project-written page was written to contain.
    expect(paintedPairs.join('\n')).toMatch(/anonymous_source: [^\n]*people familiar with the matter/i);
    expect(paintedPairs.join('\n')).toMatch(/non_answer: [^\n]*declined to comment/i);
    const score = report!.score;
    expect(await badgeText(ext, tabId)).toBe(score ? String(score.value) : '');
    if (score) {
      const hex = BAND_COLOURS[score.band];
      const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect((await badgeColour(ext, tabId)).slice(0, 3)).toEqual(rgb);
    }
    await closeOpened();
  });

  it('shows the tab\'s score and findings in the popup', async () => {
    const url = site.url(ARTICLE);
    await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    const report = state.report!.report!;
    const popup = await ext.openPopup(tabId);
    opened.push(popup);
    const view = await waitForPopup(popup, (v) => v.findings.length > 0, 'the findings');
    if (report.score) expect(view.score).toBe(String(report.score.value));
    expect(view.findings).toHaveLength(report.findings.length);
    for (const finding of report.findings) {
      expect(view.findings.some((shown) => shown.includes(finding.text))).toBe(true);
    }
    await closeOpened();
  });

  it('scrolls to and flashes a finding the popup asks to reveal', async () => {
    const url = site.url(ARTICLE);
    const page = await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    const last = state.report!.report!.findings.at(-1)!;
    // Push the article far down so revealing it must scroll.
    await page.evaluate(`(document.body.style.paddingTop = '4000px', window.scrollTo(0, 0), true)`);
    const popup = await ext.openPopup(tabId);
    opened.push(popup);
    await popup.evaluate(
      `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ type: 'reveal-finding', tabId, findingId: last.id })})`,
    );
    const flashed = await poll(
      async () => page.evaluate<string | undefined>(`(() => { const h = CSS.highlights.get('sourcelight-flash'); return h && h.size ? [...h][0].toString() : undefined; })()`),
      'the flash highlight',
    );
    expect(flashed).toBe(last.text);
    await poll(async () => ((await page.evaluate<number>('window.scrollY')) > 3000 ? true : undefined), 'the page to scroll to the finding');
    await closeOpened();
  });

  it('inserts no element into the article', async () => {
    const url = site.url(ARTICLE);
    const page = await open(url);
    await waitForTabReport(ext, url);
    await waitForPaint(page);
    const [live, served] = await page.evaluate<[number, number]>(`(async () => {
      const html = await (await fetch(location.href)).text();
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return [document.querySelectorAll('article *').length, fresh.querySelectorAll('article *').length];
    })()`);
    expect(live).toBe(served);
    await closeOpened();
  });

  it('follows the settings: a kind turned off, the colour-blind palette, a paused site', async () => {
    const url = site.url(ARTICLE);
    const page = await open(url);
    await waitForTabReport(ext, url);
    await waitForPaint(page);
    try {
      await setSettings({ ...DEFAULT_SETTINGS, highlight: { anonymous_source: true, non_answer: false } });
      await poll(async () => {
        const names = new Set((await paintedRanges(page)).map((r) => r.name));
        return names.has('sourcelight-anonymous') && !names.has('sourcelight-nonanswer') ? true : undefined;
      }, 'non-answer highlights to disappear');

      await setSettings({ ...DEFAULT_SETTINGS, palette: 'colorblind' });
      await poll(async () => ((await page.evaluate<string | null>("document.documentElement.getAttribute('data-sourcelight-palette')")) === 'colorblind' ? true : undefined),
        'the colour-blind palette to be selected on the root element');

      await setSettings({ ...DEFAULT_SETTINGS, pausedSites: ['127.0.0.1'] });
      const pausedUrl = `${url}?paused`;
      const paused = await open(pausedUrl);
      const { tabId, state } = await waitForTabReport(ext, pausedUrl);
      expect(state.status).toBe('paused');
      expect(state.report).toBeNull();
      expect(await paintedRanges(paused)).toEqual([]);
      expect(await badgeText(ext, tabId)).toBe('');
    } finally {
      await setSettings(DEFAULT_SETTINGS);
      await closeOpened();
    }
  });

  it('reports afresh after an in-page navigation', async () => {
    const url = `${site.url(ARTICLE)}?spa-1`;
    const page = await open(url);
    const first = await waitForTabReport(ext, url);
    await waitForPaint(page);
    // A single-page app changes the URL without a load, and the article with it.
    await page.evaluate(`(history.pushState({}, '', location.pathname + '?spa-2'),
      document.querySelector('article').replaceChildren(...new DOMParser().parseFromString('<h1>Mayor names new harbour chief</h1>' +
        '<p>The mayor named Dana Ortiz to run the harbour authority on Monday, the city said in a statement.</p>'.repeat(3) +
        '<p>A city hall aide, who was not authorised to speak publicly, said the council had been told a week ago.</p>' +
        '<p>Ortiz said she would publish the authority\\'s budget. Her predecessor declined to comment.</p>'.repeat(2), 'text/html').body.childNodes), true)`);
    const second = await waitForTabReport(ext, `${site.url(ARTICLE)}?spa-2`);
    expect(second.tabId).toBe(first.tabId);
    const findings = second.state.report?.report?.findings ?? [];
    const painted = await poll(async () => {
      const ranges = await paintedRanges(page);
      return ranges.length === findings.length && ranges.every((r) => !r.text.includes('Northline')) ? ranges : undefined;
    }, 'the new article\'s highlights');
    expect(painted.map((r) => r.text).sort()).toEqual(findings.map((f) => f.text).sort());
    await closeOpened();
  });

  it('keeps the report and badge when the reader jumps to a #fragment of the same article', async () => {
    const url = `${site.url(ARTICLE)}?fragment`;
    const page = await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    const badge = await badgeText(ext, tabId);
    await page.evaluate(`(location.hash = '#comments', true)`);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // longer than the watcher's debounce and URL poll
    const states = await storedTabStates(ext);
    expect(states.get(tabId)?.report?.url).toBe(state.report?.url);
    expect(await badgeText(ext, tabId)).toBe(badge);
    expect((await paintedRanges(page)).length).toBe(state.report?.report?.findings.length);
    await closeOpened();
  });

  it('in on-click mode waits for the popup to ask, then analyses the tab', async () => {
    try {
      await setSettings({ ...DEFAULT_SETTINGS, mode: 'on-click' });
      const url = `${site.url(ARTICLE)}?on-click`;
      const page = await open(url);
      const { tabId, state } = await waitForTabReport(ext, url);
      expect(state).toMatchObject({ status: 'idle', report: null });
      expect(await paintedRanges(page)).toEqual([]);
      const popup = await ext.openPopup(tabId);
      opened.push(popup);
      const delivered = await popup.evaluate<boolean>(
        `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify({ type: 'analyse-tab', tabId })})`,
      );
      expect(delivered).toBe(true);
      await waitForPaint(page);
      const after = await waitForTabReport(ext, url);
      expect(after.state.status).toBe('done');
      expect(after.state.report?.isArticle).toBe(true);
    } finally {
      await setSettings(DEFAULT_SETTINGS);
      await closeOpened();
    }
  });

  it.skipIf(!seedAvailable)('marks every unnamed source and non-answer of the seed article, and nothing in its comments', async () => {
    const url = site.url('seed.html');
    const page = await open(url);
    const { tabId, state } = await waitForTabReport(ext, url);
    expect(state.report?.isArticle).toBe(true);
    const painted = await waitForPaint(page, SEED_EXPECTED.length);
    expect(painted.filter((r) => r.inExcluded).map((r) => r.text)).toEqual([]);
    const result = matchExpected(SEED_EXPECTED, painted.map((r) => ({ kind: KIND_OF_HIGHLIGHT[r.name]!, text: r.text })));
    expect(result).toEqual({ missing: [], extra: [] });
    const score = state.report?.report?.score;
    expect(score).toBeTruthy();
    expect(await badgeText(ext, tabId)).toBe(String(score!.value));
    await closeOpened();
  });

  more?.({ ext: () => ext, site: () => site });
}
