// The contract between content.js (always injected) and analyzer.js (injected on demand, only into
// pages that may be articles). Both run in the same isolated world, so analyzer.js hands its API
// over on that world's global object, under a registry symbol neither the page nor other extensions
// can see (the isolated world's global is not the page's).
import type { Finding, PageReport } from '../../core/types';

export const ANALYZER_KEY = Symbol.for('sourcelight.analyzer');

/** A finding and the live Range it covers in the page. */
export interface HighlightTarget {
  finding: Finding;
  range: Range;
}

export interface PageAnalysis {
  page: PageReport;
  /** Findings whose text was located in the page; the others stay in the report without a highlight. */
  targets: HighlightTarget[];
  /** The article text analysed ('' when none): a re-run compares it with the last one (stable-findings.ts). */
  text: string;
}

export interface AnalyseOptions {
  /** Gives the main thread back to the page between phases. */
  yieldToPage: () => Promise<void>;
  /** Aborted by a new navigation or a newer run: the analysis rejects at the next phase boundary. */
  signal: AbortSignal;
  /** Cap on the analysed text; a longer article is cut and its report marked partial. */
  maxChars: number;
  /** True when content.js has already found the page may be an article (see analyzeDocumentInPhases). */
  readerableChecked?: boolean;
}

export interface AnalyzerApi {
  analyse(doc: Document, options: AnalyseOptions): Promise<PageAnalysis>;
}

/** Where content.js leaves a callback for analyzer.js to call as soon as it has registered. */
const WAITING_KEY = Symbol.for('sourcelight.analyzer.waiting');

type AnalyzerGlobal = typeof globalThis & { [ANALYZER_KEY]?: AnalyzerApi; [WAITING_KEY]?: Array<(api: AnalyzerApi) => void> };

/** The analyzer registered in this isolated world, if analyzer.js has run here. */
export function registeredAnalyzer(): AnalyzerApi | undefined {
  return (globalThis as AnalyzerGlobal)[ANALYZER_KEY];
}

/** Registers `api` unless one is there already: a second injection of analyzer.js changes nothing. */
export function registerAnalyzer(api: AnalyzerApi): void {
  const world = globalThis as AnalyzerGlobal;
  world[ANALYZER_KEY] ??= api;
  const waiting = world[WAITING_KEY] ?? [];
  world[WAITING_KEY] = [];
  for (const resolve of waiting) resolve(world[ANALYZER_KEY]);
}

/**
 * Resolves when analyzer.js registers in this world: the moment its script has run, without
 * waiting for the injection's answer to travel back through the background.
 */
export function analyzerRegistered(): Promise<AnalyzerApi> {
  const world = globalThis as AnalyzerGlobal;
  const loaded = world[ANALYZER_KEY];
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve) => (world[WAITING_KEY] ??= []).push(resolve));
}
