// Sets the toolbar badge of one tab (see badge-text.ts for what it says).
import browser from 'webextension-polyfill';
import type { PageReport } from '../core/types';
import { badgeFor } from './badge-text';

export async function showBadge(tabId: number, page: PageReport | null): Promise<void> {
  const { text, colour } = badgeFor(page);
  try {
    await browser.action.setBadgeText({ tabId, text });
    if (colour) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: colour });
      await browser.action.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed between the report and the badge update.
  }
}
