// What the extension knows about a tab, read the same way in both browsers through extensionEval:
// the background's per-tab state in storage.session ("tab:<id>" keys) and the toolbar badge.
import type { TabState } from '../../../src/shared/messages';
import { poll } from './poll';
import type { ExtensionBrowser, TabReport } from './types';

/** All stored tab states, by tab id. */
export async function storedTabStates(ext: ExtensionBrowser): Promise<Map<number, TabState>> {
  const all = await ext.extensionEval<Record<string, TabState>>('browser.storage.session.get(null)');
  const states = new Map<number, TabState>();
  for (const [key, state] of Object.entries(all)) {
    if (key.startsWith('tab:')) states.set(Number(key.slice(4)), state);
  }
  return states;
}

/**
 * Waits until the content script of the tab showing `url` has reported (or gone idle) and returns that
 * tab's id and state. The tab is found by the URL the content script reported, which needs no "tabs"
 * permission.
 */
export async function waitForTabReport(ext: ExtensionBrowser, url: string, timeoutMs = 30_000): Promise<TabReport> {
  return poll(async () => {
    // Newest tab first (ids only grow), and only tabs still open: a tab closed a moment ago may
    // still have its state stored while the background handles tabs.onRemoved.
    const matches = [...(await storedTabStates(ext))]
      .filter(([, state]) => (state.report?.url ?? state.url) === url && state.status !== 'analysing')
      .sort(([a], [b]) => b - a);
    for (const [tabId, state] of matches) {
      if (await tabExists(ext, tabId)) return { tabId, state };
    }
    return undefined;
  }, `a report from the tab showing ${url}`, { timeoutMs });
}

export function tabExists(ext: ExtensionBrowser, tabId: number): Promise<boolean> {
  return ext.extensionEval<boolean>(`browser.tabs.get(${tabId}).then(() => true, () => false)`);
}

export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.extensionEval<string>(`browser.action.getBadgeText({ tabId: ${tabId} })`);
}

/** Badge background colour as [r, g, b, a]. */
export function badgeColour(ext: ExtensionBrowser, tabId: number): Promise<number[]> {
  return ext.extensionEval<number[]>(`browser.action.getBadgeBackgroundColor({ tabId: ${tabId} })`);
}
