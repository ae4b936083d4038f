// Background entry (Chrome service worker / Firefox event page). Listeners are registered at the top
// level, synchronously, so a restarted worker receives the event that woke it.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import { showBadge } from './badge';
import { handleMessage } from './router';
import { sameArticle } from './same-article';
import { forgetTab, readTabState } from './tab-state';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => handleMessage(message, sender));

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

// A tab that starts loading another page no longer shows the page its report was about: drop the
// report and the badge, so a page where no content script runs (browser pages, PDFs) is not shown a
// stale one. Chrome also says "loading" for a jump to a #fragment of the same article, so only a
// change of the article's URL counts; without a visible URL (no host access) the report is kept.
browser.tabs.onUpdated.addListener((tabId: number, change: { status?: string; url?: string }) => {
  if (change.status !== 'loading' || !change.url) return;
  const next = change.url;
  void readTabState(tabId).then((state) => {
    const shown = state?.url ?? state?.report?.url;
    if (!shown || sameArticle(shown, next)) return;
    void forgetTab(tabId);
    void showBadge(tabId, null);
  });
});
