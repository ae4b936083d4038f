// From offsets in the analysed text back to live DOM Ranges. The mapping is kept beside the
// PageReport (in a WeakMap keyed by the report object) so the report itself stays plain JSON.
import type { Finding, PageReport } from '../core/types';
import type { TextSegment } from './article-text';

/** The analysed text and, for each stretch of it, the live text node it came from. */
export interface LiveTextMap {
  text: string;
  segments: TextSegment<Text>[];
}

const maps = new WeakMap<PageReport, LiveTextMap>();

export function rememberTextMap(page: PageReport, map: LiveTextMap): void {
  maps.set(page, map);
}

/** The analysed text of a page report made by analyzeDocument in this context, or null. */
export function analysedText(page: PageReport): string | null {
  return maps.get(page)?.text ?? null;
}

/**
 * A live Range covering the finding's span in the page, or null when the report was not made in
 * this context, the span crosses text that was not copied from the page, or the page has since
 * changed under it. The Range may start in one text node and end in another.
 */
export function findingRange(page: PageReport, finding: Finding): Range | null {
  return spanRange(page, finding.start, finding.end);
}

/** A live Range for [start, end) of the analysed text of `page` (see findingRange). */
export function spanRange(page: PageReport, start: number, end: number): Range | null {
  const map = maps.get(page);
  return map ? rangeInTextMap(map, start, end) : null;
}

export function rangeInTextMap(map: LiveTextMap, start: number, end: number): Range | null {
  if (!(start >= 0 && end > start && end <= map.text.length)) return null;
  const { segments } = map;
  // Paragraph breaks (node null) are not in the page: move inward to the nearest copied text.
  // A stretch whose live node was not found (offset -1) makes the span unmappable.
  let first = segmentAt(segments, start);
  while (first < segments.length && isBreak(segments[first])) first++;
  let last = segmentAt(segments, end - 1);
  while (last >= 0 && isBreak(segments[last])) last--;
  const from = segments[first];
  const to = segments[last];
  if (!from?.node || !to?.node || first > last) return null;

  const startOffset = from.offset + Math.max(0, start - from.start);
  const endOffset = to.offset + (Math.min(end, to.end) - to.start);
  if (!usable(from.node, startOffset) || !usable(to.node, endOffset)) return null;
  const range = from.node.ownerDocument.createRange();
  try {
    range.setStart(from.node, startOffset);
    range.setEnd(to.node, endOffset);
  } catch {
    return null; // the nodes moved apart since the analysis
  }
  return range.collapsed ? null : range;
}

function isBreak(segment: TextSegment<Text> | undefined): boolean {
  return segment !== undefined && segment.node === null && segment.offset >= 0;
}

/** Index of the segment holding text offset `pos` (segments are sorted and contiguous). */
function segmentAt(segments: TextSegment<Text>[], pos: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((segments[mid]?.start ?? 0) <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The page may have changed since the analysis: the node must still be in it and long enough. */
function usable(node: Text, offset: number): boolean {
  return node.isConnected && offset <= node.data.length;
}
