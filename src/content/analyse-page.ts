// The content script's one doorway into the page layer: analyse the live document and pair each
// finding with the live Range it covers. Findings whose text cannot be located are kept in the
// report (the popup lists them) but get no highlight.
import type { Finding, PageReport } from '../core/types';
import { analyzeDocument, findingRange } from '../page/index';

export interface HighlightTarget {
  finding: Finding;
  range: Range;
}

export interface PageAnalysis {
  page: PageReport;
  targets: HighlightTarget[];
}

export function analysePage(doc: Document): PageAnalysis {
  const page = analyzeDocument(doc);
  const targets: HighlightTarget[] = [];
  for (const finding of page.report?.findings ?? []) {
    const range = findingRange(page, finding);
    if (range) targets.push({ finding, range });
  }
  return { page, targets };
}
