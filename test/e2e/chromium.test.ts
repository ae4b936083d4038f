// The built extension (dist/chrome) in real Chromium, plus a re-injection check only Chromium allows:
// over the DevTools protocol the test can run content.js a second time in the content script's own
// isolated world, as an extension reload or a programmatic injection would.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { builtExtension, CHROMIUM_PATH } from './harness/dist';
import { waitForTabReport } from './harness/extension-state';
import { paintedRanges, waitForPaint, waitForPopup } from './harness/page-probes';
import { poll } from './harness/poll';
import { extensionSuite, type SuiteEnv } from './suites/extension-suite';

function chromiumOnlyTests({ ext, site }: SuiteEnv<ChromiumExtension>): void {
  it('keeps each tab\'s report across a service worker restart', async () => {
    const url = `${site().url('anonymous-heavy-article.html')}?worker-restart`;
    const page = await ext().context.newPage();
    try {
      await page.goto(url, { waitUntil: 'load' });
      const { tabId, state } = await waitForTabReport(ext(), url);
      // Stop the worker over the DevTools protocol, as Chrome does after 30 s idle.
      const cdp = await ext().context.newCDPSession(page);
      const status: string[] = [];
      let versionId = '';
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(`chrome-extension://${ext().extensionId}/`)) continue;
          versionId = v.versionId;
          status.push(v.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      await poll(async () => (status.includes('running') ? true : undefined), "the worker's status");
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await poll(async () => (status.at(-1) === 'stopped' ? true : undefined), 'the worker to stop');
      // The popup's question wakes a fresh worker, which has only storage.session to answer from.
      const popup = await ext().openPopup(tabId);
      const view = await waitForPopup(popup, (v) => v.findings.length > 0, 'the findings after the restart');
      expect(view.findings).toHaveLength(state.report!.report!.findings.length);
      expect(status.at(-1)).toBe('running');
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it('a second injection of the content script leaves one set of highlights and one set of listeners', async () => {
    const url = `${site().url('anonymous-heavy-article.html')}?reinjected`;
    const page = await ext().context.newPage();
    try {
      const cdp = await ext().context.newCDPSession(page);
      const worlds: Array<{ id: number; origin: string; auxData?: { type?: string } }> = [];
      cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      await page.goto(url, { waitUntil: 'load' });
      const { tabId, state } = await waitForTabReport(ext(), url);
      const findings = state.report!.report!.findings.length;
      const handle = { url: () => url, evaluate: <T>(e: string) => page.evaluate(e) as Promise<T>, close: () => page.close() };
      await waitForPaint(handle, findings);

      const world = await poll(async () => worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(ext().extensionId)),
        "the content script's isolated world");
      const inWorld = (expression: string) => cdp.send('Runtime.evaluate', { contextId: world.id, expression, awaitPromise: true, returnByValue: true });
      const contentJs = readFileSync(path.join(builtExtension('chrome'), 'content.js'), 'utf8');
      const injected = await inWorld(contentJs);
      expect(injected.exceptionDetails).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the new instance analyses and paints
      expect(await paintedRanges(handle)).toHaveLength(findings);

      // Count paints in that world, then ask for a re-analysis: one live instance paints each kind once.
      await inWorld(`(() => { const registry = CSS.highlights; const set = registry.set.bind(registry);
        globalThis.__paints = 0; registry.set = (...args) => (globalThis.__paints++, set(...args)); })()`);
      const popup = await ext().openPopup(tabId);
      await popup.evaluate(`chrome.runtime.sendMessage(${JSON.stringify({ type: 'analyse-tab', tabId })})`);
      await popup.close();
      const kinds = new Set(state.report!.report!.findings.map((f) => f.kind)).size;
      await poll(async () => {
        const { result } = await inWorld('globalThis.__paints');
        return result.value >= kinds ? true : undefined;
      }, 'the re-analysis to paint');
      await new Promise((resolve) => setTimeout(resolve, 500)); // a second listener would paint again
      expect((await inWorld('globalThis.__paints')).result.value).toBe(kinds);
      expect(await paintedRanges(handle)).toHaveLength(findings);
    } finally {
      await page.close();
    }
  });
}

const hasBrowser = existsSync(CHROMIUM_PATH);
if (!hasBrowser) console.warn(`${CHROMIUM_PATH} is missing (set CHROME_PATH, or apt-get install chromium): Chromium e2e tests skipped`);

describe.skipIf(!hasBrowser)('Sourcelight in Chromium', () => extensionSuite(launchChromium, chromiumOnlyTests));
