// The cheap half of the page layer: the report for a page that is not an article, and the test that
// decides it. Kept apart from Readability and the core so the content script can answer for
// non-article pages on its own, without loading the analyzer bundle (src/content/analyzer/).
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { PageReport } from '../core/types';
import { declaredArticleWithProse } from './declared-article';
import { findSourcingPolicies } from './policies';

export const NOT_ARTICLE_REASON = 'This page does not look like an article, so there is nothing to check.';

/**
 * True when the page may hold an article worth running Readability on: Readability's own heuristic,
 * or, for the stories it misses (short paragraphs, text outside <p>), the page's own claim to be an
 * article backed by enough prose (declared-article.ts).
 */
export function mayBeArticle(doc: Document): boolean {
  return doc.body !== null && (isProbablyReaderable(doc) || declaredArticleWithProse(doc));
}

/** The report for a page without an article; also the base every article report starts from. */
export function notArticlePage(doc: Document): PageReport {
  return {
    version: 1, url: doc.URL, isArticle: false, notArticleReason: NOT_ARTICLE_REASON,
    title: nonEmptyTitle(doc.title), byline: null, siteName: null,
    policies: findSourcingPolicies(doc), report: null, partial: false,
  };
}

function nonEmptyTitle(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
