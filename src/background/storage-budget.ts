// Keeps one tab's stored report within a share of storage.session, which Chrome caps at 10 MB for
// the whole extension (set() fails beyond it). A normal article's report is a few kilobytes; a
// multi-megabyte page with thousands of findings is cut to the findings that fit, in text order,
// and marked partial (the popup then says the report covers part of the article).
import type { PageReport } from '../core/types';

/** JSON characters one tab may use: leaves room for several huge pages at once under 10 MB. */
export const MAX_STORED_CHARS = 1_500_000;

export function fitForStorage(page: PageReport, maxChars = MAX_STORED_CHARS): PageReport {
  const report = page.report;
  if (!report || JSON.stringify(page).length <= maxChars) return page;
  const shell: PageReport = { ...page, partial: true, report: { ...report, findings: [], attributions: [], partial: true } };
  let used = JSON.stringify(shell).length;
  const findings = [];
  for (const finding of report.findings) {
    const size = JSON.stringify(finding).length + 1;
    if (used + size > maxChars) break;
    findings.push(finding);
    used += size;
  }
  return { ...shell, report: { ...shell.report!, findings } };
}
