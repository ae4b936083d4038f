// The content script's one doorway into the analysis. The cheap check runs here (Readability's
// isProbablyReaderable, ~2 KB); only a page that may be an article loads analyzer.js (Readability,
// page layer, detection engine) and is analysed in phases that yield to the page between them.
// Findings whose text cannot be located are kept in the report (the popup lists them) but get no
// highlight.
import { mayBeArticle, notArticlePage } from '../page/not-article';
import { loadAnalyzer } from './analyzer/load';
import type { PageAnalysis } from './analyzer/api';
import { yieldToPage } from './yield';

export type { HighlightTarget, PageAnalysis } from './analyzer/api';

/** About 8× a long article: beyond it the report says partial rather than the page stalling. */
export const CONTENT_MAX_CHARS = 400_000;

/** The page's analysis, or null when the analyzer could not be loaded. Rejects when `signal` aborts. */
export async function analysePage(doc: Document, signal: AbortSignal): Promise<PageAnalysis | null> {
  if (!mayBeArticle(doc)) return { page: notArticlePage(doc), targets: [], text: '' };
  const analyzer = await loadAnalyzer();
  if (!analyzer || signal.aborted) return null;
  // The analyzer announces itself from inside the task that ran its script: start in a task of our own.
  await yieldToPage();
  return analyzer.analyse(doc, { yieldToPage, signal, maxChars: CONTENT_MAX_CHARS, readerableChecked: true });
}
