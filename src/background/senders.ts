// Who may send what. Content scripts report about their own tab; only the extension's own pages
// (popup, options) may ask about or act on a tab.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

/** The tab id of a top-frame content script of this extension, or null for any other sender. */
export function contentScriptTab(sender: Runtime.MessageSender): number | null {
  if (sender.id !== browser.runtime.id) return null;
  if (!sender.tab || typeof sender.tab.id !== 'number' || sender.tab.id < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  if (isExtensionPage(sender)) return null; // an extension page opened in a tab is not a content script
  return sender.tab.id;
}

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL(''));
}
