// Highlights painted with the CSS Custom Highlight API have no DOM events: a click is mapped to a
// finding by asking where the caret would land at the click point and which finding's range holds it.

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Where the caret lands at a viewport point: caretPositionFromPoint (Firefox, newer Chromium) or caretRangeFromPoint. */
export type CaretAt = (x: number, y: number) => CaretPoint | null;

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

export function documentCaretAt(doc: Document): CaretAt {
  const d = doc as unknown as CaretDocument;
  return (x, y) => {
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint.call(doc, x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const range = d.caretRangeFromPoint.call(doc, x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
    return null;
  };
}

/** The first target whose range holds the click point, or null. */
export function targetAtPoint<T extends { range: Range }>(targets: readonly T[], x: number, y: number, caretAt: CaretAt): T | null {
  const caret = caretAt(x, y);
  if (!caret) return null;
  for (const target of targets) {
    const { range } = target;
    if (range.collapsed) continue;
    let inside = false;
    try {
      inside = range.isPointInRange(caret.node, caret.offset);
    } catch {
      continue; // the caret is in another document or a detached node
    }
    if (inside && pointOnRange(range, x, y)) return target;
  }
  return null;
}

/**
 * The caret test includes both ends of a range, so a click just past the phrase would count. Where
 * layout is available, also require the point to fall on one of the range's line boxes.
 */
function pointOnRange(range: Range, x: number, y: number): boolean {
  const rects = typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0) : [];
  if (rects.length === 0) return true;
  const slack = 1;
  return rects.some((r) => x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack);
}
