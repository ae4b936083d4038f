// Robustness of the built extension on pages that change after load: client rendering, hydration
// that rewrites and then removes the article, in-page navigation (pushState, back/forward), late
// paragraphs and mutation storms. These follow the page only once the content script runs the page
// watcher (src/content/watch) — see docs/robustness.md. Needs a build: node scripts/build.mjs.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './harness/chromium';
import { badgeText, waitForTabReport } from './harness/extension-state';
import { launchFirefox } from './harness/firefox';
import { poll } from './harness/poll';
import type { ExtensionBrowser, PageHandle } from './harness/types';
import { serveRobustnessPages, type RobustnessServer } from '../fixtures/robustness/pages';
import { liveRanges, type LiveRange } from '../fixtures/robustness/probes';

// SOURCELIGHT_E2E_DIST=<dir holding chrome/ and firefox/> runs these against another build (e.g. a
// candidate content script) instead of dist/.
const altDist = process.env.SOURCELIGHT_E2E_DIST;
const browsers: [string, () => Promise<ExtensionBrowser>][] = [
  ['chromium', () => launchChromium(altDist ? path.join(altDist, 'chrome') : undefined)],
  ['firefox', () => launchFirefox(altDist ? path.join(altDist, 'firefox') : undefined)],
];

/** Phrases only one of the two invented stories has (see test/fixtures/robustness/stories.js). */
const BRIDGE = 'declined to comment';
const SCHOOL = 'did not respond to a request for comment';

/** Waits until the painted ranges satisfy `ready`, all lie in the live document and match its text. */
async function waitForRanges(page: PageHandle, ready: (ranges: LiveRange[]) => boolean, what: string, timeoutMs = 15_000): Promise<LiveRange[]> {
  return poll(async () => {
    const ranges = await liveRanges(page);
    const articleText = await page.evaluate<string>('document.querySelector("main")?.textContent ?? ""');
    const consistent = ranges.every((r) => r.inDocument && r.text.length > 0 && articleText.includes(r.text));
    return consistent && ready(ranges) ? ranges : undefined;
  }, what, { timeoutMs });
}

const has = (ranges: LiveRange[], phrase: string) => ranges.some((r) => r.text.includes(phrase));

describe.each(browsers)('robustness on changing pages in %s', (_name, launch) => {
  let ext: ExtensionBrowser;
  let server: RobustnessServer;

  beforeAll(async () => {
    server = await serveRobustnessPages();
    ext = await launch();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('highlights an article rendered by script after load', async () => {
    const url = server.url('client-rendered.html');
    const page = await ext.openPage(url);
    await waitForRanges(page, (r) => has(r, BRIDGE), 'highlights in the client-rendered story');
    const { state } = await poll(async () => {
      const report = await waitForTabReport(ext, url);
      return report.state.report?.isArticle ? report : undefined;
    }, 'an article report');
    expect(state.report?.report?.findings.some((f) => f.text.includes(BRIDGE))).toBe(true);
    await page.close();
  });

  it('follows hydration that replaces the text, and the page can still remove it', async () => {
    const page = await ext.openPage(server.url('hydrating.html'));
    await poll(async () => ((await page.evaluate('window.hydrated === true')) ? true : undefined), 'hydration');
    await waitForRanges(page, (r) => has(r, BRIDGE) && !has(r, SCHOOL), 'highlights of the hydrated text only');
    // Nothing of ours went into the page's tree.
    expect(await page.evaluate('document.body.querySelectorAll("sourcelight-card, [class*=sourcelight], [data-sourcelight]").length')).toBe(0);
    await page.evaluate('window.teardown()');
    expect(await page.evaluate('window.tornDown === true')).toBe(true);
    expect(await page.evaluate('window.pageErrors')).toEqual([]);
    // The article is gone: no highlight may point into removed text.
    await poll(async () => ((await liveRanges(page)).every((r) => r.inDocument) ? true : undefined), 'stale highlights to go');
    await page.close();
  });

  it('follows pushState article switches and back/forward, leaving nothing of the old article', async () => {
    const first = server.url('switcher.html?story=bridge');
    const second = server.url('switcher.html?story=school');
    const page = await ext.openPage(first);
    await waitForRanges(page, (r) => has(r, BRIDGE), 'the first story highlighted');
    const { tabId } = await waitForTabReport(ext, first);

    await page.evaluate('window.go("school")');
    await waitForRanges(page, (r) => has(r, SCHOOL) && !has(r, BRIDGE), 'the second story highlighted, the first gone');
    const switched = await waitForTabReport(ext, second);
    expect(switched.tabId).toBe(tabId);
    const texts = switched.state.report?.report?.findings.map((f) => f.text) ?? [];
    expect(texts.some((t) => t.includes(SCHOOL))).toBe(true);
    expect(texts.some((t) => t.includes(BRIDGE))).toBe(false);
    expect(await badgeText(ext, tabId)).not.toBe('');

    await page.evaluate('history.back()');
    await waitForRanges(page, (r) => has(r, BRIDGE) && !has(r, SCHOOL), 'the first story again after Back');
    const back = await waitForTabReport(ext, first);
    expect(back.state.report?.report?.findings.some((f) => f.text.includes(SCHOOL))).toBe(false);
    await page.close();
  });

  it('analyses late paragraphs, and a storm of mutations causes only a few re-runs', async () => {
    const page = await ext.openPage(server.url('late-content.html'));
    await waitForRanges(page, (r) => r.length > 0 && !has(r, BRIDGE), 'the first half highlighted');
    await page.evaluate('window.readMore()');
    await waitForRanges(page, (r) => has(r, BRIDGE), 'the late paragraph highlighted');

    // Count repaints from the page: every run replaces the Highlight objects in the registry.
    await page.evaluate(`(() => {
      window.repaints = 0;
      let last = CSS.highlights.get('sourcelight-nonanswer');
      window.repaintTimer = setInterval(() => {
        const now = CSS.highlights.get('sourcelight-nonanswer');
        if (now !== last) { last = now; window.repaints++; }
      }, 10);
    })()`);
    await page.evaluate('window.burst(5000)');
    await page.evaluate('window.appendLate("Asked about the overtime bill, the city manager declined to comment again.")');
    await waitForRanges(page, (r) => r.filter((x) => x.text.includes(BRIDGE)).length >= 2, 'the appended paragraph highlighted');
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const repaints = await page.evaluate<number>('(clearInterval(window.repaintTimer), window.repaints)');
    expect(repaints).toBeGreaterThanOrEqual(1);
    expect(repaints).toBeLessThanOrEqual(3);
    await page.close();
  });
});
