// Privacy: while it analyses pages, opens its popup and its options, the extension itself makes no
// network request. Every request in the Chromium context is recorded (pages, frames, service
// workers); the only expected ones are the pages' own loads from the 127.0.0.1 test server. The
// service worker's and extension pages' Resource Timing buffers are checked too, as a second witness.
// Needs a build: node scripts/build.mjs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { waitForTabReport } from './harness/extension-state';
import { serveRobustnessPages, type RobustnessServer } from '../fixtures/robustness/pages';

interface Seen {
  url: string;
  from: string;
}

const NETWORK = /^(https?|wss?|ftp):/i;

describe('privacy: no network requests from the extension (Chromium)', () => {
  let ext: ChromiumExtension;
  let server: RobustnessServer;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = await serveRobustnessPages();
    ext = await launchChromium();
    ext.context.on('request', (request) => {
      const worker = request.serviceWorker();
      let from = 'unknown';
      try {
        from = worker ? worker.url() : request.frame().url();
      } catch {
        from = 'service-worker-or-detached';
      }
      seen.push({ url: request.url(), from });
    });
    // Nothing may leave the machine even if something tried: only the test server answers.
    await ext.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const offMachine = NETWORK.test(url.protocol) && url.hostname !== '127.0.0.1';
      return offMachine ? route.abort() : route.continue();
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('analyses pages, shows the popup and the options, and asks nothing of the network', async () => {
    const files = ['strict-csp.html', 'hostile-text.html', 'editable-code.html', 'switcher.html?story=school', 'late-content.html'];
    let lastTab = -1;
    for (const file of files) {
      const url = server.url(file);
      const page = await ext.openPage(url);
      const { tabId } = await waitForTabReport(ext, url);
      lastTab = tabId;
      if (file.startsWith('late-content')) await page.evaluate('window.readMore()');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const popup = await ext.openPopup(lastTab);
    const options = await ext.openOptions();
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const extensionOrigin = `chrome-extension://${ext.extensionId}`;
    const network = seen.filter((s) => NETWORK.test(s.url));
    const offHost = network.filter((s) => new URL(s.url).hostname !== '127.0.0.1');
    const fromExtension = network.filter((s) => s.from.startsWith(extensionOrigin) || s.from.startsWith('service-worker'));
    expect(offHost).toEqual([]);
    expect(fromExtension).toEqual([]);
    // On the test server, only what the pages themselves load (a content script's fetch would be
    // attributed to the page, so unknown paths count as leaks too).
    const expectedPaths = new Set([...files.map((f) => `/${f.split('?')[0]}`), '/stories.js', '/favicon.ico']);
    expect(network.map((s) => new URL(s.url).pathname).filter((p) => !expectedPaths.has(p))).toEqual([]);
    // Sanity: the recorder works (the pages themselves were requested).
    expect(network.some((s) => s.url.startsWith(server.origin))).toBe(true);

    // Second witness: what the extension's own contexts fetched, by their Resource Timing.
    const workerFetches = await ext.worker.evaluate<string[]>(`performance.getEntriesByType('resource').map((e) => e.name)`);
    expect(workerFetches.filter((u) => NETWORK.test(u))).toEqual([]);
    for (const view of [popup, options]) {
      const fetched = await view.evaluate<string[]>(`performance.getEntriesByType('resource').map((e) => e.name)`);
      expect(fetched.filter((u) => NETWORK.test(u))).toEqual([]);
      await view.close();
    }
  });
});
