// Handles the typed messages of src/shared/messages.ts. Every branch checks its sender first: content
// scripts may only report about their own tab, and only the extension's own pages may read or act on
// a tab. Anything else is dropped without an answer.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';
import type { PageReport } from '../core/types';
import { isMessage, type BackgroundToContent, type ContentToBackground, type TabState, type UiToBackground } from '../shared/messages';
import { showBadge } from './badge';
import { recordIfScored } from './record';
import { contentScriptTab, isExtensionPage } from './senders';
import { injectAnalyzer } from './inject-analyzer';
import { fitForStorage } from './storage-budget';
import { readTabState, writeTabState } from './tab-state';

const NO_STATE: TabState = { status: 'idle', report: null };

/** A report arriving over messaging is untrusted data: check the fields the background relies on. */
export function isPageReport(value: unknown): value is PageReport {
  if (typeof value !== 'object' || value === null) return false;
  const page = value as Partial<PageReport>;
  return page.version === 1 && typeof page.url === 'string' && typeof page.isArticle === 'boolean' &&
    (page.report === null || (typeof page.report === 'object' && Array.isArray(page.report?.findings)));
}

const isTabId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

async function sendToTab(tabId: number, message: BackgroundToContent): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return true;
  } catch {
    return false; // no content script there (browser page, store page, or not loaded yet)
  }
}

export async function handleMessage(received: unknown, sender: Runtime.MessageSender): Promise<unknown> {
  if (!isMessage(received)) return undefined;
  // Only these two directions arrive here; fields are still checked below since senders are untrusted.
  const message = received as ContentToBackground | UiToBackground;
  switch (message.type) {
    case 'report': {
      const tabId = contentScriptTab(sender);
      if (tabId === null || !isPageReport(message.report)) return undefined;
      try {
        await writeTabState(tabId, { status: 'done', report: fitForStorage(message.report), url: message.report.url });
      } catch {
        // storage.session is full (many huge pages open): the badge still shows; the popup has no report.
      }
      await showBadge(tabId, message.report);
      await recordIfScored(message.report);
      return undefined;
    }
    case 'idle': {
      const tabId = contentScriptTab(sender);
      if (tabId === null) return undefined;
      const status = message.reason === 'paused' ? 'paused' : 'idle';
      await writeTabState(tabId, { status, report: null, ...(sender.url ? { url: sender.url } : {}) });
      await showBadge(tabId, null);
      return undefined;
    }
    case 'load-analyzer': {
      const tabId = contentScriptTab(sender);
      if (tabId === null) return undefined;
      return injectAnalyzer(tabId, sender.frameId ?? 0);
    }
    case 'get-tab-state': {
      if (!isExtensionPage(sender) || !isTabId(message.tabId)) return undefined;
      return (await readTabState(message.tabId)) ?? NO_STATE;
    }
    case 'reveal-finding': {
      if (!isExtensionPage(sender) || !isTabId(message.tabId) || typeof message.findingId !== 'string') return undefined;
      return sendToTab(message.tabId, { type: 'reveal-finding', findingId: message.findingId });
    }
    case 'analyse-tab': {
      if (!isExtensionPage(sender) || !isTabId(message.tabId)) return undefined;
      const previous = await readTabState(message.tabId);
      await writeTabState(message.tabId, { status: 'analysing', report: previous?.report ?? null });
      const delivered = await sendToTab(message.tabId, { type: 'reanalyse' });
      if (!delivered) await writeTabState(message.tabId, previous ?? NO_STATE);
      return delivered;
    }
    default:
      return undefined;
  }
}
