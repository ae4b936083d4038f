// What goes from the clone before Readability reads it: parts of the page that are not the article's
// prose but would change or slow what Readability does. The live page is never touched.

/** Removes editable regions and responsive-image sources from `clone`. */
export function prepareClone(clone: Document): void {
  removeEditableRegions(clone);
  removeImageSources(clone);
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

/**
 * Responsive-image sources carry no text but many URLs, each of which Readability resolves (a large
 * news page has a hundred <source> elements and thousands of srcset entries). They go from the
 * clone; the <img> elements stay, since Readability weighs images when it judges a block.
 */
function removeImageSources(clone: Document): void {
  for (const el of Array.from(clone.querySelectorAll('source'))) el.remove();
  for (const img of Array.from(clone.querySelectorAll('img[srcset], img[sizes]'))) {
    img.removeAttribute('srcset');
    img.removeAttribute('sizes');
  }
}
