// The reader's interface in real Firefox ESR with the built add-on: a click on a highlight opens a
// styled card (Firefox content scripts and constructable stylesheets have their own rules), Escape
// closes it, and the popup lists the findings and scrolls the page to one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { builtExtension } from './harness/dist';
import { waitForTabReport } from './harness/extension-state';
import { poll } from './harness/poll';
import { serveUiArticles, type UiSite } from './ui-support';

describe('Sourcelight UI in Firefox', () => {
  let ext: FirefoxExtension;
  let site: UiSite;

  beforeAll(async () => {
    site = await serveUiArticles();
    ext = await launchFirefox(builtExtension('firefox'));
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  const cardState = (page: Page) => page.evaluate(`(() => {
    const card = document.querySelector('sourcelight-card')?.shadowRoot?.querySelector('.card');
    return card ? { text: card.textContent, border: getComputedStyle(card).borderTopStyle, position: getComputedStyle(card).position } : null;
  })()`) as Promise<{ text: string; border: string; position: string } | null>;

  it('a click on a highlight opens a styled card, even under a strict page CSP; Escape closes it', async () => {
    const url = site.url('ferry-csp.html');
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(url, { waitUntil: 'load' });
    const { state } = await waitForTabReport(ext, url);
    expect(state.report?.report?.findings.length).toBeGreaterThan(0);
    const point = await poll(async () => (await page.evaluate(`(() => {
      const highlight = CSS.highlights.get('sourcelight-nonanswer');
      const range = highlight && [...highlight][0];
      if (!range) return null;
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
    })()`)) as { x: number; y: number } | null ?? undefined, 'a painted non-answer');
    await page.mouse.click(point.x, point.y);
    const card = await poll(async () => (await cardState(page)) ?? undefined, 'the card to open');
    expect(card.text).toMatch(/declined to comment|did not respond/);
    expect(card.border).toBe('solid');
    expect(card.position).toBe('absolute');
    await page.keyboard.press('Escape');
    await poll(async () => ((await cardState(page)) === null ? true : undefined), 'the card to close');
    await page.close();
  });

  it('the popup lists the findings and scrolls the page to one', async () => {
    const url = site.url('ferry-two.html');
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 400 });
    await page.goto(url, { waitUntil: 'load' });
    const { tabId, state } = await waitForTabReport(ext, url);
    const findings = state.report!.report!.findings;
    const popup = await ext.openPopup(tabId);
    const texts = await poll(async () => {
      const shown = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="finding-text"]')].map((n) => n.textContent)`);
      return shown.length > 0 ? shown : undefined;
    }, 'the popup to list findings');
    expect(texts).toEqual(findings.map((f) => f.text));
    const last = findings[findings.length - 1]!;
    await popup.evaluate(`document.querySelector('[data-finding-id="${last.id}"]').click()`);
    await poll(async () => ((await page.evaluate('window.scrollY')) as number) > 200 ? true : undefined, 'the page to scroll');
    await popup.close();
    await page.close();
  });
});
