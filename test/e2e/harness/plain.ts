// The same browsers without the extension, for control loads: what a page requests on its own.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { QUIET_ARGS } from './chromium';
import { CHROMIUM_PATH, FIREFOX_PATH } from './dist';
import { PREFS } from './firefox';

export interface PlainBrowser {
  /** Loads `url` in a new tab, waits `settleMs`, closes the tab. */
  visit(url: string, settleMs: number): Promise<void>;
  close(): Promise<void>;
}

export async function launchPlain(name: 'chromium' | 'firefox'): Promise<PlainBrowser> {
  if (name === 'chromium') {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_ARGS });
    return {
      async visit(url, settleMs) {
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        await page.close();
      },
      close: () => browser.close(),
    };
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, extraPrefsFirefox: PREFS });
  return {
    async visit(url, settleMs) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      await page.close();
    },
    close: () => browser.close(),
  };
}
