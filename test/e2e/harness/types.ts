// The one interface the end-to-end tests drive, implemented for Chromium (chromium.ts) and Firefox
// (firefox.ts), so a suite is written once and runs in both browsers.
import type { TabState } from '../../../src/shared/messages';

/** A tab the test controls. Expressions are strings, never functions: the test runner's transform
 * can add helpers to a function's source that do not exist in the browser. */
export interface PageHandle {
  url(): string;
  /** Evaluates an expression in the page's main world; a Promise result is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface TabReport {
  tabId: number;
  state: TabState;
}

export interface ExtensionBrowser {
  readonly name: 'chromium' | 'firefox';
  /** Opens a web page in a new tab and waits for it to load. */
  openPage(url: string): Promise<PageHandle>;
  /**
   * Evaluates `expression` in one of the extension's own contexts, where `browser` is the WebExtension
   * API (Chromium: the service worker; Firefox: an extension page).
   */
  extensionEval<T>(expression: string): Promise<T>;
  /** Opens popup.html?tab=<tabId> in a tab of its own and waits until it has rendered something. */
  openPopup(tabId: number): Promise<PageHandle>;
  /** Opens options.html in a tab. */
  openOptions(): Promise<PageHandle>;
  close(): Promise<void>;
}
