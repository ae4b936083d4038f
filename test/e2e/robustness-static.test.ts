// Robustness of the built extension on hard pages that do not change after load: strict CSP,
// editable and code regions, frames and shadow DOM, hostile text, huge pages, a second injection.
// One browser launch per browser for the whole file. Needs a build: node scripts/build.mjs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { builtExtension } from './harness/dist';
import { waitForTabReport } from './harness/extension-state';
import { launchFirefox } from './harness/firefox';
import { paintedRanges, waitForPaint } from './harness/page-probes';
import { poll } from './harness/poll';
import type { ExtensionBrowser } from './harness/types';
import { serveRobustnessPages, type RobustnessServer } from '../fixtures/robustness/pages';
import { evaluateInFrame, liveRanges, openCardCount, openCardOn, SCRIPTY_NODES } from '../fixtures/robustness/probes';

// SOURCELIGHT_E2E_DIST=<dir holding chrome/ and firefox/> runs these against another build (e.g. a
// candidate content script) instead of dist/.
const altDist = process.env.SOURCELIGHT_E2E_DIST;
const browsers: [string, () => Promise<ExtensionBrowser>][] = [
  ['chromium', () => launchChromium(altDist ? path.join(altDist, 'chrome') : undefined)],
  ['firefox', () => launchFirefox(altDist ? path.join(altDist, 'firefox') : undefined)],
];

describe.each(browsers)('robustness on static pages in %s', (name, launch) => {
  let ext: ExtensionBrowser;
  let server: RobustnessServer;
  const consoleLines: string[] = [];

  beforeAll(async () => {
    server = await serveRobustnessPages();
    ext = await launch();
    // Chromium reports CSP violations on the console; record every page's console from the start.
    if (name === 'chromium') (ext as ChromiumExtension).context.on('console', (message) => consoleLines.push(message.text()));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints highlights and opens cards under Content-Security-Policy: default-src none', async () => {
    const page = await ext.openPage(server.url('strict-csp.html'));
    const painted = await waitForPaint(page, 2);
    expect(painted.some((r) => r.name === 'sourcelight-nonanswer' && r.text.includes('declined to comment'))).toBe(true);
    const card = await openCardOn(page, 'sourcelight-nonanswer');
    expect(card).toContain('declined to comment');
    if (name === 'chromium') {
      expect(consoleLines.filter((line) => /content.security.policy/i.test(line))).toEqual([]);
    }
    await page.close();
  });

  it('never highlights inside contenteditable, inputs, textareas, code or pre', async () => {
    const page = await ext.openPage(server.url('editable-code.html'));
    const painted = await waitForPaint(page, 2);
    await new Promise((resolve) => setTimeout(resolve, 500)); // let any late paint land
    const all = await paintedRanges(page, '.no-highlight');
    expect(painted.length).toBeGreaterThan(0);
    expect(all.filter((r) => r.inExcluded)).toEqual([]);
    expect(all.some((r) => r.text.includes('declined to comment'))).toBe(true);
    await page.close();
  });

  it('leaves cross-origin frames alone and skips text inside open shadow roots', async () => {
    const frameUrl = `${server.otherOrigin}/frame.html`;
    const url = `${server.url('frames-shadow.html')}?frame=${encodeURIComponent(frameUrl)}`;
    const page = await ext.openPage(url);
    await waitForPaint(page, 2);
    const ranges = await liveRanges(page);
    expect(ranges.every((r) => r.inDocument)).toBe(true);
    expect(ranges.some((r) => r.text.includes('Inside the shadow root'))).toBe(false);
    const frameHighlights = await evaluateInFrame<string[]>(ext, url, '/frame.html', '[...CSS.highlights.keys()]');
    expect(frameHighlights).toEqual([]);
    const { state } = await waitForTabReport(ext, url);
    const findings = state.report?.report?.findings ?? [];
    expect(findings.some((f) => f.sentence.includes('ferry') || f.sentence.includes('shadow root'))).toBe(false);
    await page.close();
  });

  it('keeps markup-looking page text as text in the report, the popup and the cards', async () => {
    const url = server.url('hostile-text.html');
    const page = await ext.openPage(url);
    await waitForPaint(page, 1);
    const { tabId, state } = await waitForTabReport(ext, url);
    const findings = state.report?.report?.findings ?? [];
    expect(findings.some((f) => f.sentence.includes('<img src=x onerror="window.pwned=2">'))).toBe(true);
    const card = await openCardOn(page, 'sourcelight-anonymous');
    expect(card).not.toBeNull();
    expect(await page.evaluate(SCRIPTY_NODES)).toBe(0);
    expect(await page.evaluate('window.pwned ?? null')).toBeNull();
    const popup = await ext.openPopup(tabId);
    await poll(async () => ((await popup.evaluate<number>('document.querySelectorAll("[data-testid=finding]").length')) > 0 ? true : undefined), 'popup findings');
    expect(await popup.evaluate(SCRIPTY_NODES)).toBe(0);
    expect(await popup.evaluate('window.pwned ?? null')).toBeNull();
    await popup.close();
    await page.close();
  });

  it('finishes a 5 MB article, says the report is partial, and the page stays responsive', async () => {
    const url = server.url('big-article.html');
    const page = await ext.openPage(url);
    const { state } = await waitForTabReport(ext, url, 90_000);
    expect(state.report?.isArticle).toBe(true);
    expect(state.report?.partial).toBe(true);
    expect(state.report?.report?.partial).toBe(true);
    expect(await page.evaluate('1 + 1')).toBe(2);
    await page.close();
  });

  it('handles a page of 100,000 elements', async () => {
    const url = server.url('many-elements.html');
    const page = await ext.openPage(url);
    const { state } = await waitForTabReport(ext, url, 90_000);
    expect(state.status).toBe('done');
    expect(state.report?.url).toBe(url);
    expect(await page.evaluate('document.querySelectorAll("*").length')).toBeGreaterThan(100_000);
    expect(await page.evaluate('1 + 1')).toBe(2);
    await page.close();
  });

  it.runIf(name === 'chromium')('leaves one set of highlights and listeners when the content script is injected twice', async () => {
    const ext_ = ext as ChromiumExtension;
    const url = server.url('strict-csp.html') + '?twice';
    const page = await ext_.openPage(url);
    const before = await waitForPaint(page, 2);
    const raw = ext_.context.pages().find((p) => p.url() === url);
    if (!raw) throw new Error('tab not found');
    // Re-run the built content script in the extension's own isolated world, as a reload or an
    // update does: found through the DevTools protocol's list of execution contexts.
    const cdp = await ext_.context.newCDPSession(raw);
    const worlds: { id: number; origin: string }[] = [];
    cdp.on('Runtime.executionContextCreated', (event) => worlds.push(event.context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.origin.startsWith(`chrome-extension://${ext_.extensionId}`));
    if (!world) throw new Error('the content script world was not found');
    const source = readFileSync(path.join(altDist ? path.join(altDist, 'chrome') : builtExtension('chrome'), 'content.js'), 'utf8');
    await cdp.send('Runtime.evaluate', { expression: source, contextId: world.id });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const after = await waitForPaint(page, 2);
    expect(after.map((r) => r.text).sort()).toEqual(before.map((r) => r.text).sort());
    expect(await page.evaluate('document.querySelectorAll("sourcelight-card").length')).toBeLessThanOrEqual(1);
    await openCardOn(page, 'sourcelight-nonanswer');
    expect(await openCardCount(page)).toBe(1);
    await cdp.detach();
    await page.close();
  });
});
