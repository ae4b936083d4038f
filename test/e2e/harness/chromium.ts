// Real Chromium (Debian's /usr/bin/chromium, driven by playwright-core) with dist/chrome loaded as an
// unpacked extension. Launched with the flags that keep it off the network: the tests only ever
// load pages from a server on 127.0.0.1.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { builtExtension, CHROMIUM_PATH } from './dist';
import type { ExtensionBrowser, PageHandle } from './types';

function handle(page: Page): PageHandle {
  return {
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: () => page.close(),
  };
}

/** Flags that keep Chromium off the network (and quiet) in every test launch. */
export const QUIET_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

export interface ChromiumExtension extends ExtensionBrowser {
  readonly context: BrowserContext;
  /** The service worker as launched (playwright does not notice it being stopped; see chromium.test.ts). */
  readonly worker: Worker;
  readonly extensionId: string;
}

export async function launchChromium(extensionDir = builtExtension('chrome')): Promise<ChromiumExtension> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  const extensionPage = async (file: string, ready: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${file}`);
    await page.waitForSelector(ready, { timeout: 15_000 });
    return handle(page);
  };

  return {
    name: 'chromium',
    context,
    worker,
    extensionId,
    async openPage(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    extensionEval: <T>(expression: string) =>
      // The service worker has `chrome` (promise-based in MV3); name it `browser` as in Firefox.
      worker.evaluate(`(async (browser) => (${expression}))(globalThis.browser ?? globalThis.chrome)`) as Promise<T>,
    openPopup: (tabId) => extensionPage(`popup.html?tab=${tabId}`, '#app *'),
    openOptions: () => extensionPage('options.html', '#app *'),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
