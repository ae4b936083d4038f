// Real Firefox ESR (Debian's /usr/bin/firefox-esr, driven by puppeteer-core over WebDriver BiDi) with
// dist/firefox installed as a temporary add-on.
//
// Extension pages: by default Firefox refuses driver navigation to moz-extension:// URLs ("not
// allowed in this context"). Launched with --remote-allow-system-access, the driver may open them, so
// the popup (popup.html?tab=<id>) and options are loaded in ordinary tabs like in Chromium. The
// add-on's internal UUID is fixed with the extensions.webextensions.uuids pref, so those URLs are
// known in advance. The background cannot be evaluated over BiDi; `extensionEval` runs in an
// extension page instead (a "hub" tab on options.html), where storage.session and action.getBadgeText
// give the same answers.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { builtExtension, FIREFOX_PATH } from './dist';
import { poll } from './poll';
import type { ExtensionBrowser, PageHandle } from './types';

const ADDON_ID = 'sourcelight@example.org';
const ADDON_UUID = '5e1d7c1a-0b3f-4c8e-9d2a-50a1c0ffee42';
const BASE = `moz-extension://${ADDON_UUID}/`;

/** Prefs that keep Firefox from calling out (TOOLING.md), plus the fixed add-on UUID. */
export const PREFS: Record<string, unknown> = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
  'app.normandy.enabled': false,
  'app.update.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.connectivity-service.enabled': false,
  'network.captive-portal-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
};

function handle(page: Page): PageHandle {
  return {
    url: () => page.url(),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: () => page.close(),
  };
}

async function openExtensionPage(browser: Browser, file: string, ready: string): Promise<PageHandle> {
  const page = await browser.newPage();
  const url = BASE + file;
  // The load event of a moz-extension page does not reach the driver (the navigation switches
  // process), so goto() would wait for its timeout: start it, then watch the page itself.
  page.goto(url, { timeout: 20_000 }).catch(() => undefined);
  await poll(
    async () => ((await page.evaluate(`location.href === ${JSON.stringify(url)} && !!document.querySelector(${JSON.stringify(ready)})`)) ? true : undefined),
    `${file} to render in Firefox`,
  );
  return handle(page);
}

export interface FirefoxExtension extends ExtensionBrowser {
  readonly browser: Browser;
}

export async function launchFirefox(extensionDir = builtExtension('firefox')): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: PREFS,
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, the harness expects ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  let hub: PageHandle | null = null;
  const extensionEval = async <T>(expression: string): Promise<T> => {
    hub ??= await openExtensionPage(browser, 'options.html', '#app *');
    return hub.evaluate<T>(`(async () => (${expression}))()`);
  };

  return {
    name: 'firefox',
    browser,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return handle(page);
    },
    extensionEval,
    openPopup: (tabId) => openExtensionPage(browser, `popup.html?tab=${tabId}`, '#app *'),
    openOptions: () => openExtensionPage(browser, 'options.html', '#app *'),
    close: () => browser.close(),
  };
}
