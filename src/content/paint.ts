// Paints findings with the CSS Custom Highlight API: nothing is inserted into the article, so the
// page's layout, selection and copy-paste stay exactly as the publisher made them.
import type { FindingKind } from '../core/types';
import type { Settings } from '../shared/settings';
import type { HighlightTarget } from './analyse-page';

/** Public highlight names (users may restyle them with ::highlight()). */
export const HIGHLIGHT_NAMES: Record<FindingKind, string> = {
  anonymous_source: 'sourcelight-anonymous',
  non_answer: 'sourcelight-nonanswer',
};
export const FLASH_HIGHLIGHT = 'sourcelight-flash';
const PALETTE_ATTRIBUTE = 'data-sourcelight-palette';

/** True where the browser implements the Custom Highlight API. */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paintHighlights(doc: Document, targets: readonly HighlightTarget[], settings: Settings): void {
  if (!canPaint()) return;
  for (const kind of Object.keys(HIGHLIGHT_NAMES) as FindingKind[]) {
    const name = HIGHLIGHT_NAMES[kind];
    const ranges = settings.highlight[kind] ? targets.filter((t) => t.finding.kind === kind).map((t) => t.range) : [];
    if (ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
  // The colour-blind palette is selected in highlights.css by an attribute on the root element.
  if (settings.palette === 'colorblind') doc.documentElement.setAttribute(PALETTE_ATTRIBUTE, 'colorblind');
  else doc.documentElement.removeAttribute(PALETTE_ATTRIBUTE);
}

export function clearHighlights(doc: Document): void {
  if (!canPaint()) return;
  for (const name of [...Object.values(HIGHLIGHT_NAMES), FLASH_HIGHLIGHT]) CSS.highlights.delete(name);
  doc.documentElement.removeAttribute(PALETTE_ATTRIBUTE);
}
