// Injects analyzer.js, a file packaged with the extension, into the frame of a content script that
// asked for it. executeScript's default world is the content scripts' isolated world (Chromium and
// Firefox), where content.js picks the analyzer up from the global object. Needs the "scripting"
// permission plus host access to the page, which the http(s) host permissions give.
import browser from 'webextension-polyfill';

export const ANALYZER_FILE = 'analyzer.js';

/** True once analyzer.js ran in the frame; false when the page is gone or forbids injection. */
export async function injectAnalyzer(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANALYZER_FILE] });
    return true;
  } catch {
    return false;
  }
}
