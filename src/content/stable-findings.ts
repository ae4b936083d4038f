// Verdicts don't flip-flop. A page that adds or removes boilerplate after load (ads, "related" boxes,
// cookie banners) makes the watcher re-run the analysis, and Readability may then draw the story's
// edges a little differently and miss a finding it had. The reader is already looking at that
// highlight: a re-run of the same article keeps every earlier finding whose text is still live in
// the page, and keeps the earlier score while it does, unless the article's text itself has changed
// materially (then the new analysis stands alone, as after a navigation).
import type { Finding, PageReport } from '../core/types';
import type { HighlightTarget, PageAnalysis } from './analyzer/api';

/**
 * Share of the earlier article text (in characters, by paragraph) that may be missing from the live
 * page before the article counts as gone: more than half gone is a different or rewritten story
 * (the page swapped it without a navigation); less is the same story with a paragraph edited or cut.
 * Measured against the page, not against the new analysis: boilerplate can make Readability draw a
 * story's edges differently while every word of it is still there.
 */
export const MATERIAL_CHANGE_SHARE = 0.5;

/** The analysis as it was painted, with the article text it was made from. */
export type ShownAnalysis = PageAnalysis;

/** Whitespace is where extraction and the live text differ (breaks, indentation): compared without it. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Share of `article`'s paragraph characters that are no longer anywhere in `pageText`. */
export function lostShare(article: string, pageText: string): number {
  const page = squeeze(pageText);
  let total = 0;
  let lost = 0;
  for (const line of article.split('\n')) {
    const paragraph = squeeze(line);
    total += paragraph.length;
    if (paragraph && !page.includes(paragraph)) lost += paragraph.length;
  }
  return total === 0 ? 1 : lost / total;
}

/** True when the target's text is still where it was in the live page. */
function stillLive(target: HighlightTarget): boolean {
  const { range, finding } = target;
  return range.startContainer.isConnected && range.endContainer.isConnected && range.toString() === finding.text;
}

function sameSpot(a: HighlightTarget, b: HighlightTarget): boolean {
  return a.finding.kind === b.finding.kind && a.range.startContainer === b.range.startContainer
    && a.range.startOffset === b.range.startOffset && a.range.endContainer === b.range.endContainer
    && a.range.endOffset === b.range.endOffset;
}

/**
 * What to show after a re-run of the same article: `next` alone when nothing shown before was lost
 * or the article has gone from the page (`pageText`, read only when needed); otherwise `next` plus
 * the earlier findings it dropped whose text is still live, under the earlier score.
 */
export function keepShownFindings(shown: ShownAnalysis | null, next: ShownAnalysis, pageText: () => string): ShownAnalysis {
  const before = shown?.page.report;
  const after = next.page.report;
  if (!shown || !before || !after || !next.page.isArticle) return next;
  const dropped = shown.targets.filter((old) => stillLive(old) && !next.targets.some((t) => sameSpot(t, old)));
  if (dropped.length === 0) return next;
  if (lostShare(shown.text, pageText()) > MATERIAL_CHANGE_SHARE) return next;
  // Kept findings get ids of their own: ids name findings within one report (cards, reveal).
  const kept = dropped.map((t, i): HighlightTarget => ({ range: t.range, finding: { ...t.finding, id: `kept${i}` } as Finding }));
  const counts = { ...after.counts };
  for (const { finding } of kept) counts[finding.kind] += 1;
  const page: PageReport = {
    ...next.page,
    report: { ...after, findings: [...after.findings, ...kept.map((t) => t.finding)], counts, score: before.score },
  };
  return { ...next, page, targets: [...next.targets, ...kept] };
}
