// Document → PageReport: the one path from a page to a report, shared by the content script (live
// document), the CLI (jsdom) and the tests. The live document is only read, never changed.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import Readability from '@mozilla/readability/Readability.js';
import { analyzeText } from '../core/index';
import type { PageReport } from '../core/types';
import { buildArticleText, type TextSegment } from './article-text';
import { cloneWithTextMap } from './clone-map';
import { rememberTextMap } from './live-ranges';
import { findSourcingPolicies } from './policies';

/** Longest article text analysed; longer pages are cut there and marked partial. */
export const MAX_ANALYSED_CHARS = 2_000_000;

export const NOT_ARTICLE_REASON = 'This page does not look like an article, so there is nothing to check.';
const EMPTY_ARTICLE_REASON = 'No article text could be found on this page.';
const UNREADABLE_REASON = 'The article on this page could not be read, so there is nothing to check.';

export interface AnalyzeDocumentOptions {
  /** Cap on the analysed text (default MAX_ANALYSED_CHARS); a longer article is cut and marked partial. */
  maxChars?: number;
}

export function analyzeDocument(doc: Document, options: AnalyzeDocumentOptions = {}): PageReport {
  const page: PageReport = {
    version: 1, url: doc.URL, isArticle: false, notArticleReason: NOT_ARTICLE_REASON,
    title: nonEmpty(doc.title), byline: null, siteName: null, policies: [], report: null, partial: false,
  };
  page.policies = findSourcingPolicies(doc);
  if (!doc.body || !isProbablyReaderable(doc)) return page;

  const { clone, liveTextFor } = cloneWithTextMap(doc);
  removeEditableRegions(clone);
  // serializer: el => el makes parse() hand back the article element itself (in the clone), so its
  // text nodes can be traced back to the page instead of re-parsing serialised markup.
  const article = readArticle(clone);
  if (article === undefined) return { ...page, notArticleReason: UNREADABLE_REASON };
  const content = article?.content;
  if (!article || !content || content.nodeType !== 1) return page;

  const built = buildArticleText(content as Element, options.maxChars ?? MAX_ANALYSED_CHARS);
  if (built.text.trim().length === 0) return { ...page, notArticleReason: EMPTY_ARTICLE_REASON };

  const segments: TextSegment<Text>[] = built.segments.map((segment) => {
    if (!segment.node) return segment;
    const live = liveTextFor(segment.node);
    // offset -1 marks a stretch whose live node is gone: spans touching it get no Range.
    return live ? { ...segment, node: live } : { ...segment, node: null, offset: -1 };
  });

  const analysed = analyzeText(built.text);
  const report = built.truncated ? { ...analysed, partial: true } : analysed;
  const result: PageReport = {
    ...page,
    isArticle: true,
    notArticleReason: null,
    title: nonEmpty(article.title) ?? page.title,
    byline: nonEmpty(article.byline),
    siteName: nonEmpty(article.siteName),
    report,
    partial: report.partial,
  };
  rememberTextMap(result, { text: built.text, segments });
  return result;
}

/** Readability's result, or undefined when it throws on exotic markup (not an error for the reader). */
function readArticle(clone: Document) {
  try {
    return new Readability<Node>(clone, { serializer: (el) => el }).parse();
  } catch {
    return undefined;
  }
}

/**
 * Editable regions hold the reader's own typing, not the article. Readability drops the
 * contenteditable attribute when it rebuilds elements, so they are removed from the clone up front
 * (the page itself is untouched). A wholly editable body is left alone.
 */
function removeEditableRegions(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('[contenteditable]'))) {
    const value = el.getAttribute('contenteditable')?.toLowerCase();
    if (value !== 'false' && el !== clone.body && el !== clone.documentElement) el.remove();
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
