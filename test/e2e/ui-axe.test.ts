// Accessibility of the reader's interface, checked with axe-core in real Chromium: the popup (light
// and dark, article and not-an-article), the options page and the in-page card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ChromiumExtension } from './harness/chromium';
import { waitForTabReport } from './harness/extension-state';
import { serveFixtures, type FixtureSite } from './harness/fixtures-server';
import { poll } from './harness/poll';
import {
  cardText, highlightPoint, launchPrivateChromium, openTab, popupUrl, runAxe, screenshot, serveUiArticles, type UiSite,
} from './ui-support';

describe('Sourcelight UI accessibility (axe-core, Chromium)', () => {
  let ext: ChromiumExtension;
  let dispose: () => Promise<void>;
  let site: UiSite;
  let fixtures: FixtureSite;
  const pages: Page[] = [];

  beforeAll(async () => {
    site = await serveUiArticles();
    fixtures = await serveFixtures();
    ({ ext, dispose } = await launchPrivateChromium());
  });
  afterAll(async () => {
    await dispose?.();
    await site?.close();
    await fixtures?.close();
  });

  async function article(url: string) {
    const page = await openTab(ext, url);
    pages.push(page);
    return { page, ...(await waitForTabReport(ext, url)) };
  }

  async function popupFor(tabId: number, colorScheme: 'light' | 'dark') {
    const popup = await ext.context.newPage();
    pages.push(popup);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(popupUrl(ext, tabId));
    return popup;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the popup of a scored article has no violations (${colorScheme})`, async () => {
      const { tabId } = await article(site.url('ferry.html'));
      const popup = await popupFor(tabId, colorScheme);
      await popup.waitForSelector('[data-testid="finding"]');
      expect(await runAxe(popup)).toEqual([]);
    });
  }

  it('the popup of a page that is not an article has no violations', async () => {
    const { tabId } = await article(fixtures.url('not-article.html'));
    const popup = await popupFor(tabId, 'light');
    await popup.waitForSelector('[data-testid="not-article"]');
    expect(await runAxe(popup)).toEqual([]);
    await screenshot(popup, 'popup-not-article');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the options page has no violations (${colorScheme})`, async () => {
      await ext.extensionEval("browser.storage.local.set({ settings: { pausedSites: ['paused.example'] } })");
      const options = await ext.context.newPage();
      pages.push(options);
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.waitForSelector('fieldset');
      expect(await runAxe(options)).toEqual([]);
      if (colorScheme === 'light') await screenshot(options, 'options');
      await ext.extensionEval("browser.storage.local.remove('settings')");
    });
  }

  it('the in-page card has no violations', async () => {
    const { page } = await article(site.url('ferry.html'));
    const point = await poll(() => highlightPoint(page, 'sourcelight-nonanswer').then((p) => p ?? undefined), 'a painted non-answer');
    await page.mouse.click(point.x, point.y);
    await poll(() => cardText(page).then((t) => t ?? undefined), 'the card to open');
    // Only the card is ours; the test article's own markup is not under test.
    expect(await runAxe(page, { include: [{ fromShadowDom: ['sourcelight-card', '.card'] }] })).toEqual([]);
  });
});
