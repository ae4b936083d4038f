// What goes from the clone before Readability reads it: parts of the page that are not the article's
// prose but would change or slow what Readability does. The live page is never touched.
import { CANDIDATES, MIN_SHARE, paragraphChars } from './article-scope';
import { keepStoryWrappers } from './story-wrappers';

/**
 * Removes editable regions, overlay dialogs and responsive-image sources from `clone`; in a clone
 * narrowed to the marked story (`narrowed`), also keeps Readability from discarding the story's
 * wrappers (story-wrappers.ts).
 */
export function prepareClone(clone: Document, narrowed = false): void {
  removeEditableRegions(clone);
  removeOverlayDialogs(clone);
  removeImageSources(clone);
  if (narrowed && clone.body) keepStoryWrappers(clone.body);
}

/**
 * Editable regions hold the reader's own typing, not the article. Readability drops the
 * contenteditable attribute when it rebuilds elements, so they are removed from the clone up front
 * (the page itself is untouched). A wholly editable body is left alone.
 */
function removeEditableRegions(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('[contenteditable]'))) {
    const value = el.getAttribute('contenteditable')?.toLowerCase();
    if (value !== 'false' && el !== clone.body && el !== clone.documentElement) el.remove();
  }
}

/** Modal and dialog markup: consent centres, sign-up walls, lightboxes (shown or not, CSS decides). */
const OVERLAY_DIALOGS = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * Overlay dialogs are never the article, but a cookie-consent centre (closed by the page's CSS,
 * which Readability cannot see) can hold more paragraph text than a short story, and Readability
 * then returns the consent text instead of the story. Readability itself drops aria-modal only
 * together with role=dialog, and dialog roles only on its strictest pass. A dialog that holds a
 * marked story, or nearly all of the page's paragraph text, is the page's content shown in an
 * overlay, and stays.
 */
function removeOverlayDialogs(clone: Document): void {
  const body = clone.body;
  if (!body) return;
  const dialogs = Array.from(body.querySelectorAll(OVERLAY_DIALOGS));
  if (dialogs.length === 0) return;
  const total = paragraphChars(body);
  for (const el of dialogs) {
    if (!el.isConnected || el.matches(CANDIDATES) || el.querySelector(CANDIDATES)) continue;
    if (total > 0 && paragraphChars(el) >= MIN_SHARE * total) continue;
    el.remove();
  }
}

/**
 * Responsive-image sources carry no text: a large news page has a hundred <source> elements, each
 * a node Readability would walk. They go from the clone (their srcset went when they were copied,
 * clone-inert.ts); the <img> elements stay, since Readability weighs images when it judges a block.
 */
function removeImageSources(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('source'))) el.remove();
}
