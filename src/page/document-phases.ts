// The steps of Document → PageReport, one function per phase, so the sync entry (analyzeDocument:
// CLI, tests) and the phased one (analyzeDocumentInPhases: content script, yielding to the page
// between phases) run exactly the same code and produce exactly the same report.
import Readability from '@mozilla/readability/Readability.js';
import { analyzeText, startAnalysis, withPolicyCredit, MAX_ANALYSED_CHARS, type TextAnalysis } from '../core/index';
import type { PageReport, Report } from '../core/types';
import { buildArticleText, type TextSegment } from './article-text';
import { articleScope, bylineOutside, metadataOutside } from './article-scope';
import { prepareClone } from './clone-cleanup';
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
  /** The byline, from Readability or else (narrowed clone) from the page around the story. */
  byline: string | null;
  /** True when the copy Readability read left text out: the report is then partial. */
  cut: boolean;
}

/** The clone Readability reads, and the part of the live page it was narrowed to (null: all of it). */
export interface ClonePhase extends ClonedDocument {
  doc: Document;
  scope: Element | null;
}

/**
 * Raw text copied for Readability, per character analysed: room for the page furniture Readability
 * strips (menus, captions, teasers) before the text walk applies the real cap.
 */
const COPY_CHARS_PER_ANALYSED_CHAR = 2;

/**
 * Phase 2: the clone Readability may rewrite, with the way back to the live page. When the page
 * marks its story clearly, only that part is cloned (article-scope.ts): Readability then reads a
 * fraction of the tree. Either way text far beyond `maxChars` is not copied at all.
 */
export function clonePhase(doc: Document, maxChars: number): ClonePhase {
  const scope = articleScope(doc);
  const root = scope ?? doc.body;
  const maxTextChars = maxChars * COPY_CHARS_PER_ANALYSED_CHAR;
  const cloned = cloneWithTextMap(doc, { root, metadata: metadataOutside(doc, root), maxTextChars });
  return { ...cloned, doc, scope };
}

/** Phase 3: Readability's parse (one synchronous block). A PageReport when there is no article. */
export function readPhase(cloned: ClonePhase, base: PageReport): ReadPhase | PageReport {
  const { clone, liveTextFor, doc, scope, cut } = cloned;
  // The clone is readied here, right before the parse, so every read of a page (narrowed or whole,
  // phased or not) gets the same clean-up (clone-cleanup.ts).
  prepareClone(clone, scope !== null);
  // serializer: el => el makes parse() hand back the article element itself (in the clone), so its
  // text nodes can be traced back to the page instead of re-parsing serialised markup.
  const article = readArticle(clone);
  if (article === undefined) return { ...base, notArticleReason: UNREADABLE_REASON };
  const content = article?.content;
  if (!article || !content || content.nodeType !== 1) return base;
  const byline = nonEmpty(article.byline) ?? (scope ? bylineOutside(doc, scope) : null);
  return { article, content: content as Element, liveTextFor, byline, cut };
}

/** The article's text, each stretch traced back to the live node it came from. */
export interface TextPhase {
  article: ParsedArticle;
  byline: string | null;
  text: string;
  segments: TextSegment<Text>[];
  truncated: boolean;
}

/** Phase 4: the text walk and the way back to live nodes. A PageReport when the article is empty. */
export function textPhase(read: ReadPhase, base: PageReport, maxChars: number): TextPhase | PageReport {
  const { article, content, liveTextFor, byline, cut } = read;
  const built = buildArticleText(content, maxChars);
  if (built.text.trim().length === 0) return { ...base, notArticleReason: EMPTY_ARTICLE_REASON };

  const segments: TextSegment<Text>[] = built.segments.map((segment) => {
    if (!segment.node) return segment;
    const live = liveTextFor(segment.node);
    // offset -1 marks a stretch whose live node is gone: spans touching it get no Range.
    return live ? { ...segment, node: live } : { ...segment, node: null, offset: -1 };
  });
  return { article, byline, text: built.text, segments, truncated: built.truncated || cut };
}

/** Phase 5: the core's analysis of the text, straight through, and the article's report. */
export function analysePhase(walked: TextPhase, base: PageReport): PageReport {
  return articleReport(walked, base, analyzeText(walked.text));
}

/**
 * Phase 5 one sentence at a time (the phased entry pauses between sentences): the core's analysis
 * in progress, and how to turn its report into the article's.
 */
export function startAnalysePhase(walked: TextPhase, base: PageReport): { analysis: TextAnalysis; finish(): PageReport } {
  const analysis = startAnalysis(walked.text);
  return { analysis, finish: () => articleReport(walked, base, analysis.report()) };
}

function articleReport(walked: TextPhase, base: PageReport, analysed: Report): PageReport {
  const { article, byline, text, segments } = walked;
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
    byline,
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
    // keepClasses: the text walk never reads class names, so stripping them is wasted work.
    return new Readability<Node>(clone, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    return undefined;
  }
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
