// Turns the article element Readability returns into the plain text the core analyses, and keeps,
// for every stretch of that text, the text node and offset it came from.
//
// Rules, chosen so the core sees text as a reader sees it while every offset stays traceable:
// - a block element starts and ends a paragraph: "\n\n" between blocks, so sentences never join
//   across paragraphs; <br> gives "\n";
// - inline elements are concatenated as they are; but an empty one standing between two words with
//   no space on either side gives "\n": CMSs draw line breaks with styled empty spans
//   (<span class="br"></span>) instead of <br>, and without it the sentences on either side would
//   run together ("the end.The next");
// - each run of HTML whitespace (space, tab, newline) and no-break spaces collapses to one space, as
//   the browser renders it; whitespace at a paragraph's edges is dropped. Nothing else is changed.
// - text inside code, editable regions and form fields is not the article's prose and is skipped.

/** A stretch [start, end) of the analysed text copied from `node` at `offset`; node null = a paragraph break. */
export interface TextSegment<N> {
  start: number;
  end: number;
  node: N | null;
  offset: number;
}

export interface ArticleText<N> {
  text: string;
  segments: TextSegment<N>[];
  /** True when the text reached `maxChars` and the rest was left out. */
  truncated: boolean;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

/** Elements that can never hold content: an empty one of these is not a stand-in for a line break. */
const VOID_TAGS = new Set([
  'AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR',
]);

const SKIPPED_TAGS = new Set([
  'PRE', 'CODE', 'TEXTAREA', 'INPUT', 'SELECT', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH',
]);

// HTML whitespace plus the no-break space: news CMSs pad text with &nbsp;, and a doubled space would
// break phrase matching. Each run becomes one ordinary space (mapped to the run's first character).
const WHITESPACE_OR_WORD = /[ \t\n\r\f\u00a0]+|[^ \t\n\r\f\u00a0]+/g;

/**
 * Builds the analysed text of `root`. Open shadow roots are not entered: Readability works on the
 * light DOM only, so shadow content is never part of the article it returns.
 */
export function buildArticleText(root: Element, maxChars: number): ArticleText<Text> {
  const segments: TextSegment<Text>[] = [];
  let text = '';
  let pendingBreak = 0; // newlines owed before the next word
  let pendingSpace: { node: Text; offset: number } | null = null;
  let emptyBetween = false; // an empty element sits right after the last word, with no space yet
  let truncated = false;

  function push(piece: string, node: Text | null, offset: number): void {
    const last = segments[segments.length - 1];
    // Extend the previous stretch when this piece continues it in the same node.
    if (node && last && last.node === node && last.offset + (last.end - last.start) === offset) {
      last.end += piece.length;
    } else {
      segments.push({ start: text.length, end: text.length + piece.length, node, offset });
    }
    text += piece;
  }

  function addText(node: Text): void {
    const data = node.data;
    WHITESPACE_OR_WORD.lastIndex = 0;
    for (let m = WHITESPACE_OR_WORD.exec(data); m; m = WHITESPACE_OR_WORD.exec(data)) {
      const run = m[0];
      const first = run.charCodeAt(0);
      if (first === 32 || first === 9 || first === 10 || first === 13 || first === 12 || first === 160) {
        if (text.length > 0 && pendingBreak === 0 && !pendingSpace) pendingSpace = { node, offset: m.index };
        emptyBetween = false;
        continue;
      }
      if (text.length + run.length + 2 > maxChars) {
        truncated = true;
        return;
      }
      if (emptyBetween && pendingBreak === 0 && !pendingSpace) pendingBreak = 1;
      if (pendingBreak > 0 && text.length > 0) push(pendingBreak === 1 ? '\n' : '\n\n', null, 0);
      else if (pendingSpace) push(' ', pendingSpace.node, pendingSpace.offset);
      pendingBreak = 0;
      pendingSpace = null;
      emptyBetween = false;
      push(run, node, m.index);
    }
  }

  function requestBreak(newlines: number): void {
    pendingBreak = Math.max(pendingBreak, newlines);
    pendingSpace = null;
  }

  function leave(node: Node): void {
    if (node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) requestBreak(2);
  }

  // Iterative walk (deep pages would overflow recursion); blocks request a break on entry and exit.
  let current: Node | null = root.firstChild;
  while (current && !truncated) {
    let descend = false;
    if (current.nodeType === 3) {
      addText(current as Text);
    } else if (current.nodeType === 1) {
      const el = current as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') requestBreak(1);
      else if (BLOCK_TAGS.has(tag)) requestBreak(2);
      else if (!el.firstChild && !VOID_TAGS.has(tag) && text.length > 0 && pendingBreak === 0 && !pendingSpace) emptyBetween = true;
      descend = !SKIPPED_TAGS.has(tag) && !isEditable(el) && el.firstChild !== null;
    }
    if (descend) {
      current = current.firstChild;
      continue;
    }
    leave(current);
    while (current !== root && !current.nextSibling) {
      current = current.parentNode;
      if (!current || current === root) break;
      leave(current);
    }
    if (!current || current === root) break;
    current = current.nextSibling;
  }
  return { text, segments, truncated };
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}
