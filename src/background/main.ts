// Background entry (Chrome service worker / Firefox event page). Listeners are registered at the top
// level, synchronously, so a restarted worker receives the event that woke it.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from './router';
import { showBadge } from './badge';
import { forgetTab } from './tab-state';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

// A tab that starts loading a page no longer shows the page its report was about: drop the report and
// the badge. The new page's content script reports afresh (also after in-page navigation); a page
// where no content script runs (browser pages, PDFs) is left with no report instead of a stale one.
browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string }) => {
  if (change.status !== 'loading') return;
  void forgetTab(tabId);
  void showBadge(tabId, null);
});
