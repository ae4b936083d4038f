// The reader's interface in real Chromium with the built extension: the popup drives the page,
// highlights open cards, pausing sticks, and history builds up per outlet. Screenshots go to
// test-output/screenshots/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PageReport } from '../../src/core/types';
import type { ChromiumExtension } from './harness/chromium';
import { waitForTabReport } from './harness/extension-state';
import { paintedRanges, waitForPaint } from './harness/page-probes';
import { poll } from './harness/poll';
import {
  cardText, highlightPoint, launchPrivateChromium, openTab, popupUrl, screenshot, serveUiArticles, type UiSite,
} from './ui-support';

describe('Sourcelight UI in Chromium', () => {
  let ext: ChromiumExtension;
  let dispose: () => Promise<void>;
  let site: UiSite;
  const pages: Page[] = [];
  const track = (page: Page) => (pages.push(page), page);

  beforeAll(async () => {
    site = await serveUiArticles();
    ({ ext, dispose } = await launchPrivateChromium());
  });
  afterAll(async () => {
    await dispose?.();
    await site?.close();
  });
  const closeAll = async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => undefined);
  };

  async function openArticle(file: string, viewport?: { width: number; height: number }) {
    const url = site.url(file);
    const page = track(await openTab(ext, url, viewport));
    const { tabId, state } = await waitForTabReport(ext, url);
    return { page, tabId, state, url };
  }

  async function openPopup(tabId: number, width = 380, colorScheme: 'light' | 'dark' = 'light') {
    const popup = track(await ext.context.newPage());
    await popup.setViewportSize({ width, height: 600 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(popupUrl(ext, tabId));
    return popup;
  }

  it('clicking a finding in the popup scrolls the page to it and flashes it', async () => {
    const { page, tabId, state } = await openArticle('ferry.html', { width: 900, height: 400 });
    const findings = state.report?.report?.findings ?? [];
    expect(findings.length).toBeGreaterThan(2);
    await waitForPaint(await asHandle(page), findings.length);
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'article-highlighted', true);

    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-testid="finding"]');
    const shown = await popup.$$eval('[data-testid="finding-text"]', (nodes) => nodes.map((n) => n.textContent));
    expect(shown).toEqual(findings.map((f) => f.text));
    await screenshot(popup, 'popup-light');

    // The last finding sits far below the fold of a 400-pixel window.
    const last = findings[findings.length - 1]!;
    await popup.click(`[data-finding-id="${last.id}"]`);
    const scrolled = await poll(async () => {
      const y = await page.evaluate<number>('window.scrollY');
      return y > 200 ? y : undefined;
    }, 'the article to scroll to the finding');
    expect(scrolled).toBeGreaterThan(200);
    expect(await page.evaluate<boolean>("CSS.highlights.has('sourcelight-flash')")).toBe(true);
    // The finding is now inside the viewport.
    const top = await page.evaluate<number>(`(() => {
      const range = [...CSS.highlights.get('sourcelight-flash')][0];
      return range.getBoundingClientRect().top;
    })()`);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(400);

    // Download JSON: the file is the tab's PageReport.
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.click('[data-testid="download-json"]')]);
    expect(download.suggestedFilename()).toBe('sourcelight-127.0.0.1.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as PageReport;
    expect(saved.url).toBe(state.report!.url);
    expect(saved.report?.findings.map((f) => f.id)).toEqual(findings.map((f) => f.id));

    await popup.evaluate('window.scrollTo(0, 0)');
    await screenshot(popup, 'popup-light-first-screen', false);
    const dark = await openPopup(tabId, 380, 'dark');
    await dark.waitForSelector('[data-testid="score"], [data-testid="no-score"]');
    await screenshot(dark, 'popup-dark');
    await closeAll();
  });

  it('clicking a highlighted phrase opens its card; Escape closes it; the page still gets its click', async () => {
    const { page, state } = await openArticle('ferry.html');
    const findings = state.report?.report?.findings ?? [];
    await waitForPaint(await asHandle(page), findings.length);
    await page.evaluate("window.__pageClicks = 0; document.addEventListener('click', (e) => { if (!e.defaultPrevented) window.__pageClicks++; })");

    const point = await highlightPoint(page, 'sourcelight-anonymous');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    const text = await poll(() => cardText(page).then((t) => t ?? undefined), 'the card to open');
    const finding = findings.find((f) => point!.text.includes(f.text) || f.text.includes(point!.text));
    expect(finding).toBeDefined();
    expect(text).toContain(finding!.text);
    expect(text).toContain(finding!.explanation);
    expect(await page.evaluate<number>('window.__pageClicks')).toBe(1);
    // The host sits on <html>, outside the article.
    expect(await page.evaluate<string>("document.querySelector('sourcelight-card').parentElement.tagName")).toBe('HTML');
    await screenshot(page, 'article-card', false);

    await page.keyboard.press('Escape');
    await poll(async () => ((await cardText(page)) === null ? true : undefined), 'the card to close on Escape');

    // A click on plain text opens nothing.
    await page.mouse.click(5, 5);
    expect(await cardText(page)).toBeNull();
    expect(await page.evaluate<number>('window.__pageClicks')).toBe(2);
    await closeAll();
  });

  it('pausing from the popup leaves the site unmarked after a reload', async () => {
    const { page, tabId, state, url } = await openArticle('ferry.html');
    await waitForPaint(await asHandle(page), state.report!.report!.findings.length);
    const popup = await openPopup(tabId);
    await popup.waitForSelector('[data-testid="pause-switch"]');
    await popup.click('[data-testid="pause-switch"]');
    await poll(async () => {
      const paused = await ext.extensionEval<string[]>("browser.storage.local.get('settings').then((s) => s.settings?.pausedSites ?? [])");
      return paused.includes('127.0.0.1') ? true : undefined;
    }, 'the site to be on the paused list');
    await popup.waitForSelector('[data-testid="paused"]');

    await page.reload({ waitUntil: 'load' });
    await poll(async () => {
      const { state: after } = await waitForTabReport(ext, url).catch(() => ({ state: null }));
      return after?.status === 'paused' ? true : undefined;
    }, 'the tab to be reported paused', { timeoutMs: 15_000 }).catch(() => undefined);
    // Give a (wrongly) running content script the time it would need to paint.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await paintedRanges(await asHandle(page))).toEqual([]);

    // Resume for the next tests, from the popup again.
    const again = await openPopup(tabId);
    await again.waitForSelector('[data-testid="pause-switch"]:checked');
    await again.click('[data-testid="pause-switch"]');
    await poll(async () => {
      const paused = await ext.extensionEval<string[]>("browser.storage.local.get('settings').then((s) => s.settings?.pausedSites ?? [])");
      return paused.length === 0 ? true : undefined;
    }, 'the site to leave the paused list');
    await closeAll();
  });

  it('two articles from one outlet: the popup shows the outlet average', async () => {
    await ext.extensionEval("browser.storage.local.remove(['history', 'settings'])");
    const first = await openArticle('ferry.html');
    const second = await openArticle('ferry-two.html');
    const scores = [first.state.report?.report?.score?.value, second.state.report?.report?.score?.value];
    expect(scores.every((s) => typeof s === 'number')).toBe(true);
    const average = Math.round(((scores[0] as number) + (scores[1] as number)) / 2);

    const popup = await openPopup(second.tabId);
    const outlet = await poll(async () => {
      const text = await popup.$eval('[data-testid="outlet"]', (n) => n.textContent).catch(() => null);
      return text?.includes('2 articles') ? text : undefined;
    }, 'the outlet line to count two articles', { timeoutMs: 15_000 });
    expect(outlet).toBe(`127.0.0.1: ${average} on average over 2 articles you read`);

    // A reload of the same article does not count twice.
    await first.page.reload({ waitUntil: 'load' });
    await waitForTabReport(ext, first.url);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await popup.reload();
    await popup.waitForSelector('[data-testid="outlet"]');
    expect(await popup.$eval('[data-testid="outlet"]', (n) => n.textContent)).toContain('over 2 articles');

    // Clear history from the options page: the popup no longer shows the outlet line.
    const options = track(await ext.context.newPage());
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.click('[data-testid="clear-history"]');
    await options.waitForSelector('[data-testid="options-notice"]:has-text("History cleared.")');
    expect(await ext.extensionEval<Record<string, unknown>>("browser.storage.local.get('history')")).toEqual({});
    await popup.reload();
    await popup.waitForSelector('[data-testid="named-count"]');
    expect(await popup.$('[data-testid="outlet"]')).toBeNull();
    await closeAll();
  });
});

/** The harness's probes take its PageHandle; wrap a playwright Page in one. */
async function asHandle(page: Page) {
  return {
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: () => page.close(),
  };
}
