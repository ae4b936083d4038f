// Findings → live Ranges, a slice at a time: a page with thousands of findings (a generated or
// pathological page) would otherwise map them all in one task.
import type { PageReport } from '../../core/types';
import { findingRange } from '../../page/live-ranges';
import type { AnalyseOptions, HighlightTarget } from './api';

const FINDINGS_PER_SLICE = 200;

export async function mapFindingsInSlices(page: PageReport, options: AnalyseOptions): Promise<HighlightTarget[]> {
  const findings = page.report?.findings ?? [];
  const targets: HighlightTarget[] = [];
  for (let start = 0; start < findings.length; start += FINDINGS_PER_SLICE) {
    if (start > 0) await options.yieldToPage();
    if (options.signal.aborted) throw new Error('analysis aborted');
    for (const finding of findings.slice(start, start + FINDINGS_PER_SLICE)) {
      const range = findingRange(page, finding);
      if (range) targets.push({ finding, range });
    }
  }
  return targets;
}
