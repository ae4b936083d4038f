// The steps of Document → PageReport, one function per phase, so the sync entry (analyzeDocument:
// CLI, tests) and the phased one (analyzeDocumentInPhases: content script, yielding to the page
// between phases) run exactly the same code and produce exactly the same report.
import Readability from '@mozilla/readability/Readability.js';
import { analyzeText, withPolicyCredit, MAX_ANALYSED_CHARS } from '../core/index';
import type { PageReport } from '../core/types';
import { buildArticleText, type TextSegment } from './article-text';
import { cloneWithTextMap, type ClonedDocument } from './clone-map';
import { rememberTextMap } from './live-ranges';
import { NOT_ARTICLE_REASON, notArticlePage } from './not-article';

/** Longest article text analysed: the core's own cap, so the page layer and the engine cut at one place. */
export { MAX_ANALYSED_CHARS };

const EMPTY_ARTICLE_REASON = 'No article text could be found on this page.';
const UNREADABLE_REASON = 'The article on this page could not be read, so there is nothing to check.';

export { NOT_ARTICLE_REASON };

type ParsedArticle = NonNullable<ReturnType<InstanceType<typeof Readability<Node>>['parse']>>;

/** What Readability found, with the way back from its clone to the live page. */
export interface ReadPhase {
  article: ParsedArticle;
  content: Element;
  liveTextFor(cloneText: Text): Text | null;
}

/** Phase 2: the clone Readability may rewrite, with the way back to the live page. */
export function clonePhase(doc: Document): ClonedDocument {
  const cloned = cloneWithTextMap(doc);
  removeEditableRegions(cloned.clone);
  return cloned;
}

/** Phase 3: Readability's parse (one synchronous block). A PageReport when there is no article. */
export function readPhase(cloned: ClonedDocument, base: PageReport): ReadPhase | PageReport {
  const { clone, liveTextFor } = cloned;
  // serializer: el => el makes parse() hand back the article element itself (in the clone), so its
  // text nodes can be traced back to the page instead of re-parsing serialised markup.
  const article = readArticle(clone);
  if (article === undefined) return { ...base, notArticleReason: UNREADABLE_REASON };
  const content = article?.content;
  if (!article || !content || content.nodeType !== 1) return base;
  return { article, content: content as Element, liveTextFor };
}

/** The article's text, each stretch traced back to the live node it came from. */
export interface TextPhase {
  article: ParsedArticle;
  text: string;
  segments: TextSegment<Text>[];
  truncated: boolean;
}

/** Phase 4: the text walk and the way back to live nodes. A PageReport when the article is empty. */
export function textPhase(read: ReadPhase, base: PageReport, maxChars: number): TextPhase | PageReport {
  const { article, content, liveTextFor } = read;
  const built = buildArticleText(content, maxChars);
  if (built.text.trim().length === 0) return { ...base, notArticleReason: EMPTY_ARTICLE_REASON };

  const segments: TextSegment<Text>[] = built.segments.map((segment) => {
    if (!segment.node) return segment;
    const live = liveTextFor(segment.node);
    // offset -1 marks a stretch whose live node is gone: spans touching it get no Range.
    return live ? { ...segment, node: live } : { ...segment, node: null, offset: -1 };
  });
  return { article, text: built.text, segments, truncated: built.truncated };
}

/** Phase 5: the core's analysis of the text (one synchronous block) and the article's report. */
export function analysePhase(walked: TextPhase, base: PageReport): PageReport {
  const { article, text, segments } = walked;
  const analysed = analyzeText(text);
  // S12 lives in the page, not the text: the outlet's published sourcing policy (JSON-LD) earns its
  // credit here, so the CLI on a .txt file and the extension on the page differ only by that line.
  const scored = analysed.score && base.policies.length > 0
    ? { ...analysed, score: withPolicyCredit(analysed.score, base.policies) }
    : analysed;
  const report = walked.truncated ? { ...scored, partial: true } : scored;
  const result: PageReport = {
    ...base,
    isArticle: true,
    notArticleReason: null,
    title: nonEmpty(article.title) ?? base.title,
    byline: nonEmpty(article.byline),
    siteName: nonEmpty(article.siteName),
    report,
    partial: report.partial,
  };
  rememberTextMap(result, { text, segments });
  return result;
}

export function basePage(doc: Document): PageReport {
  return notArticlePage(doc);
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
