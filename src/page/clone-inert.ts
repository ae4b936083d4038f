// The copy Readability reads must never make the browser fetch anything. Its document is made with
// createHTMLDocument and has no window, yet Chromium 156 still fetched a copied <body background>
// image as the tab closed (3 of 11 loads; a DOMParser document did the same, 3 of 8; Firefox 153
// never did). So the copy carries no reference to anything outside itself: no element of the copy is
// ever created with an attribute that names a resource. Text nodes are never added or removed here
// (clone-map.ts pairs them by position), and the live page is only read.

/** Attributes that name something to load, on any element. */
const RESOURCE_ATTRIBUTES = ['src', 'srcset', 'lowsrc', 'dynsrc', 'poster', 'background', 'srcdoc', 'ping',
  'manifest', 'codebase', 'archive', 'classid', 'longdesc', 'imagesrcset', 'http-equiv'];

/** Where an attribute name alone is not enough: it loads only on these elements. */
const BY_ELEMENT = ['object[data]', 'link[href]', 'base[href]'];

/**
 * Readability promotes URL-looking attributes of these to `src` (_fixLazyImages, data-src and the
 * like), and every SVG attribute may hold url() or a link (href, xlink:href, fill="url(…)").
 */
const WHOLE_ELEMENT = ['img', 'picture', 'figure', 'svg', 'svg *'];

/** Elements whose own text is a resource list (CSS @import/url(), noscript markup Readability re-parses). */
const TEXT_RESOURCES = ['style', 'noscript', 'template'];

const SELECTOR = [
  ...RESOURCE_ATTRIBUTES.map((name) => `[${name}]`),
  ...BY_ELEMENT,
  // Any CSS function in a style attribute: url(), image-set(), and escapes that spell them.
  '[style*="("]', '[style*="\\\\"]',
  ...WHOLE_ELEMENT,
  ...TEXT_RESOURCES,
].join(', ');

/** CSS that may load something: a url-like function, or an escape that could spell one. */
const CSS_RESOURCE = /(url|image|image-set|cross-fade|element|src)\s*\(|\\/i;

/** Values Readability treats as image addresses (its own test, widened to other formats). */
const IMAGE_ADDRESS = /\.(jpe?g|png|webp|gif|avif|svg|bmp)|^\s*(https?:|\/\/|data:)/i;

/** Stands in for a stripped image address: Readability still sees an image with a source, and nothing loads. */
export const INERT_IMAGE = 'data:,';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A copy of `node` in `clone` (deep: with its subtree) that never held a resource reference, not even
 * for a moment: Chromium's fetch came from merely creating the copied <body background> in the
 * copy's document (stripping it straight after importNode still leaked, 6 of 8 loads). A subtree
 * with nothing to strip is imported natively in one call; an element that matches is rebuilt with
 * only its harmless attributes.
 */
export function importInert(clone: Document, node: Node, deep: boolean): Node {
  const top = copyOne(clone, node, deep);
  if (!top.open) return top.copy;
  // An explicit stack, not recursion: a deeply nested page must not overflow the call stack.
  const stack: { live: Node; copy: Node }[] = [{ live: node, copy: top.copy }];
  while (stack.length > 0) {
    const { live, copy } = stack.pop()!;
    // Text of style and noscript is CSS or markup Readability would re-parse: kept as an empty node,
    // so the copy's text nodes still pair with the page's one for one.
    const emptied = (live as Element).localName === 'style' || (live as Element).localName === 'noscript';
    for (let child = live.firstChild; child; child = child.nextSibling) {
      if (emptied && child.nodeType === 3) {
        copy.appendChild(clone.createTextNode(''));
        continue;
      }
      const inner = copyOne(clone, child, true);
      copy.appendChild(inner.copy);
      if (inner.open) stack.push({ live: child, copy: inner.copy });
    }
  }
  return top.copy;
}

/** One node's copy; `open` when its children are still to be copied one by one. */
function copyOne(clone: Document, node: Node, deep: boolean): { copy: Node; open: boolean } {
  if (node.nodeType !== 1) return { copy: clone.importNode(node, false), open: false };
  const el = node as Element;
  const matched = el.matches(SELECTOR);
  if (!matched && (!deep || !el.querySelector(SELECTOR))) return { copy: clone.importNode(el, deep), open: false };
  return { copy: matched ? inertShell(clone, el) : clone.importNode(el, false), open: deep };
}

/** An empty element like `el` with only the attributes that load nothing (a template's content stays behind). */
function inertShell(clone: Document, el: Element): Element {
  const tag = el.localName;
  const qualified = el.prefix ? `${el.prefix}:${tag}` : tag;
  const copy = clone.createElementNS(el.namespaceURI, qualified);
  const svg = el.namespaceURI === SVG_NS;
  const media = !svg && (tag === 'img' || tag === 'picture' || tag === 'figure');
  let hadImage = false;
  for (const attr of Array.from(el.attributes)) {
    const name = attr.name;
    const loads = svg
      ? attr.localName === 'href' || CSS_RESOURCE.test(attr.value)
      : RESOURCE_ATTRIBUTES.includes(name) || (name === 'style' && CSS_RESOURCE.test(attr.value))
        || (media && name !== 'alt' && name !== 'title' && IMAGE_ADDRESS.test(attr.value))
        || (name === 'data' && tag === 'object') || (name === 'href' && (tag === 'link' || tag === 'base'))
        // <meta http-equiv="refresh" | "link"> names its address in content; Readability reads name/property metas only.
        || (name === 'content' && tag === 'meta' && el.hasAttribute('http-equiv'));
    // The Attr itself is copied: setAttribute would refuse names the HTML parser accepts from broken
    // markup ('"ui",roboto' on a corpus page, Vue's v-bind:src).
    if (!loads) copy.setAttributeNodeNS(clone.importNode(attr, false));
    else if (media && name !== 'style') hadImage = true;
  }
  if (hadImage && tag === 'img') copy.setAttribute('src', INERT_IMAGE);
  const style = el.getAttribute('style');
  if (!svg && style !== null && CSS_RESOURCE.test(style)) keepVisibilityOnly(el as HTMLElement, copy as HTMLElement);
  return copy;
}

/** Readability reads only display and visibility from inline style (_isProbablyVisible): those stay. */
function keepVisibilityOnly(live: HTMLElement, copy: HTMLElement): void {
  const { display, visibility } = live.style;
  if (display) copy.style.display = display;
  if (visibility) copy.style.visibility = visibility;
}
