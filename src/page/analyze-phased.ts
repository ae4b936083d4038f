// The same analysis as analyzeDocument, run as separate tasks: between phases, and between slices of
// the sentence-by-sentence detection, the page gets the main thread back (input, rendering, its own
// scripts), so the extension never adds one long task made of the whole analysis. Each phase is the
// very function analyzeDocument calls, so the report is equal.
import type { PageReport } from '../core/types';
import type { AnalyzeDocumentOptions } from './analyze-document';
import { MAX_ANALYSED_CHARS, basePage, clonePhase, readPhase, startAnalysePhase, textPhase } from './document-phases';
import { mayBeArticle } from './not-article';
import { warmUpReadability } from './readability-warm-up';

/**
 * Longest run of sentence analysis between two pauses. A sentence takes well under a millisecond
 * once the engine's code is compiled, a few on the first sentences of a fresh page (V8 compiles
 * each rule and regular expression on first use), so slices stay far below the 50 ms of a long task.
 */
export const SLICE_MS = 8;

export interface PhasedOptions extends AnalyzeDocumentOptions {
  /** Resolves when the page has had its turn (e.g. scheduler.yield); called between phases. */
  yieldToPage: () => Promise<void>;
  /** Aborted (new navigation, new run): the run stops at the next phase boundary. */
  signal?: AbortSignal;
  /**
   * True when the caller has just run `mayBeArticle` on this document and it passed (the content
   * script does, to decide whether to load the analyzer at all): the check is not run twice.
   */
  readerableChecked?: boolean;
  /** The clock slices are timed with (milliseconds); performance.now by default. */
  now?: () => number;
}

/** Thrown (as the rejection) when `signal` aborted the run between phases. */
export class AnalysisAborted extends Error {
  constructor() {
    super('analysis aborted');
    this.name = 'AnalysisAborted';
  }
}

export async function analyzeDocumentInPhases(doc: Document, options: PhasedOptions): Promise<PageReport> {
  const pause = async () => {
    if (options.signal?.aborted) throw new AnalysisAborted();
    await options.yieldToPage();
    if (options.signal?.aborted) throw new AnalysisAborted();
  };
  const now = options.now ?? (() => performance.now());
  const base = basePage(doc);
  if (!options.readerableChecked) {
    if (!mayBeArticle(doc)) return base;
    await pause();
  }
  warmUpReadability(doc);
  await pause();
  const maxChars = options.maxChars ?? MAX_ANALYSED_CHARS;
  const cloned = clonePhase(doc, maxChars);
  await pause();
  const read = readPhase(cloned, base);
  if (!('article' in read)) return read;
  await pause();
  const walked = textPhase(read, base, maxChars);
  if (!('text' in walked)) return walked;
  await pause();
  // Splitting the text into sentences counts toward the first slice, so the clock starts before it.
  let sliceStart = now();
  const { analysis, finish } = startAnalysePhase(walked, base);
  for (;;) {
    if (now() - sliceStart >= SLICE_MS) {
      await pause();
      sliceStart = now();
    }
    if (!analysis.next()) break;
  }
  return finish();
}
