// Runs the same analysis as the extension on what the CLI loaded: HTML through the page layer
// (in jsdom, with no scripts run and nothing fetched), plain text straight through the core.
// Runs inside the analysis worker (analysis-worker.ts), so the run's time limit can stop it.
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyzeText } from '../core/index';
import type { PageReport, Report } from '../core/types';
import { analyzeDocument } from '../page/index';
import { boundMarkup } from './bound-markup';
import type { LoadedInput } from './load-input';

export type Analysis =
  /** `cut`: only the page's first part was analysed; `flattened`: markup nested too deep was flattened. */
  | { kind: 'page'; page: PageReport; cut: boolean; flattened: boolean }
  | { kind: 'text'; report: Report };

/**
 * The CLI analyses at most this much text (the extension's cap is the core's 2,000,000): a novel
 * is half of it, and the JSON report of two million characters of dense sourcing is 40 MB.
 */
export const CLI_MAX_CHARS = 1_000_000;

export function analyzeInput(input: LoadedInput): Analysis {
  if (!input.isHtml) {
    if (input.text.length <= CLI_MAX_CHARS) return { kind: 'text', report: analyzeText(input.text) };
    return { kind: 'text', report: { ...analyzeText(input.text.slice(0, CLI_MAX_CHARS)), partial: true } };
  }
  const { markup, flattened, cut } = boundMarkup(input.text);
  // A silent virtual console: jsdom would otherwise print CSS it cannot parse to stderr.
  const dom = new JSDOM(markup, { url: input.url, virtualConsole: new VirtualConsole() });
  try {
    const page = analyzeDocument(dom.window.document, { maxChars: CLI_MAX_CHARS });
    const bounds = { cut: cut || page.partial, flattened };
    // Either way the report is marked partial: a flattened page may not read as the original would.
    if (!(cut || flattened) || !page.report) return { kind: 'page', page, ...bounds };
    return { kind: 'page', page: { ...page, partial: true, report: { ...page.report, partial: true } }, ...bounds };
  } finally {
    dom.window.close();
  }
}
