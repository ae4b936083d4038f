// The same analysis as analyzeDocument, run as separate tasks: between phases the page gets the main
// thread back (input, rendering, its own scripts), so the extension never adds one long task made of
// the whole analysis. Each phase is the very function analyzeDocument calls, so the report is equal.
import type { PageReport } from '../core/types';
import type { AnalyzeDocumentOptions } from './analyze-document';
import { MAX_ANALYSED_CHARS, analysePhase, basePage, clonePhase, readPhase, textPhase } from './document-phases';
import { mayBeArticle } from './not-article';
import { warmUpAnalysis } from './warm-up';

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
  const base = basePage(doc);
  if (!options.readerableChecked) {
    if (!mayBeArticle(doc)) return base;
    await pause();
  }
  await warmUpAnalysis(pause);
  const cloned = clonePhase(doc);
  await pause();
  const read = readPhase(cloned, base);
  if (!('article' in read)) return read;
  await pause();
  const walked = textPhase(read, base, options.maxChars ?? MAX_ANALYSED_CHARS);
  if (!('text' in walked)) return walked;
  await pause();
  return analysePhase(walked, base);
}
