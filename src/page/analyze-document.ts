// Document → PageReport: the one path from a page to a report, shared by the content script (live
// document), the CLI (jsdom) and the tests. The live document is only read, never changed.
// The phases live in document-phases.ts; analyze-phased.ts runs the same phases with pauses.
import type { PageReport } from '../core/types';
import { MAX_ANALYSED_CHARS, analysePhase, basePage, clonePhase, readPhase, textPhase } from './document-phases';
import { mayBeArticle } from './not-article';

export { MAX_ANALYSED_CHARS, NOT_ARTICLE_REASON } from './document-phases';

export interface AnalyzeDocumentOptions {
  /** Cap on the analysed text (default MAX_ANALYSED_CHARS); a longer article is cut and marked partial. */
  maxChars?: number;
}

export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions = {}): PageReport {
  const base = basePage(doc);
  if (!mayBeArticle(doc)) return base;
  const maxChars = options.maxChars ?? MAX_ANALYSED_CHARS;
  const read = readPhase(clonePhase(doc, maxChars), base);
  if (!('article' in read)) return read;
  const walked = textPhase(read, base, maxChars);
  if (!('text' in walked)) return walked;
  return analysePhase(walked, base);
}
