// Feeds the per-outlet history (src/background/history.ts) with each scored article.
import browser from 'webextension-polyfill';
import type { PageReport } from '../core/types';
import { recordArticle } from './history';

export async function recordIfScored(page: PageReport): Promise<void> {
  const score = page.isArticle ? page.report?.score : null;
  if (!score) return;
  try {
    await recordArticle(browser.storage.local, page.url, score.value);
  } catch {
    // History is a convenience: a storage failure must not stop the badge or the popup.
  }
}
