import type { PageReport } from '../core/types';

// Placeholder until the page layer lands.
export function analyzeDocument(doc: Document): PageReport {
  return {
    version: 1, url: doc.URL, isArticle: false, notArticleReason: 'not analysed yet', title: doc.title || null,
    byline: null, siteName: null, policies: [], report: null, partial: false,
  };
}
