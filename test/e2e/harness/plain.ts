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

/** What both drivers' browsers offer that a control visit needs. */
interface Driven {
  newPage(): Promise<{ goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>; close(): Promise<void> }>;
  close(): Promise<void>;
}

function plain(browser: Driven): PlainBrowser {
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

export async function launchPlain(name: 'chromium' | 'firefox'): Promise<PlainBrowser> {
  if (name === 'chromium') return plain(await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: QUIET_ARGS }));
  return plain(await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, extraPrefsFirefox: PREFS }));
}
