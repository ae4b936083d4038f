// Bounds the markup jsdom is given, before it parses it. jsdom recurses once per level of nesting
// when it inserts a node (a stack overflow near 10,000 levels, and quadratic time long before) and
// Readability recurses too; and parsing and reading time grows faster than the page. So, before
// parsing, a light scan of the tags:
// - flattens nesting beyond MAX_DEPTH, as Chromium's HTML parser does (it caps tree depth at 512):
//   the deeper start and end tags are dropped, their text kept;
// - cuts the markup at the element or paragraph budget: no news article comes near it, and the
//   report is marked partial rather than the run taking minutes.
// The scan only approximates the HTML parser (it need not agree with it, only bound it).

export const MAX_DEPTH = 512;
export const MAX_ELEMENTS = 60_000;
export const MAX_PARAGRAPHS = 3_000;
export const MAX_MARKUP_CHARS = 10_000_000;

export interface BoundedMarkup {
  markup: string;
  /** Tags nested deeper than MAX_DEPTH were dropped (their text kept). */
  flattened: boolean;
  /** The markup was cut short at a budget. */
  cut: boolean;
}

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** A start tag of these closes an open one of its kind, so repeating them makes siblings, not depth. */
const SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot',
  'caption', 'colgroup', 'rb', 'rt', 'rp']);
/** Their content is text up to the matching end tag, never tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
const TAG_NAME = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y;

export function boundMarkup(input: string): BoundedMarkup {
  const markup = input.length > MAX_MARKUP_CHARS ? input.slice(0, MAX_MARKUP_CHARS) : input;
  const kept: string[] = [];
  let last = 0; // markup[last..] is not yet in `kept`
  let depth = 0;
  let dropped = 0; // start tags dropped whose end tags are still to come
  let foreign = 0; // inside <svg> or <math>, where "/>" really closes an element
  let elements = 0;
  let paragraphs = 0;
  let flattened = false;
  const drop = (start: number, end: number) => {
    kept.push(markup.slice(last, start));
    last = end;
  };

  for (let i = markup.indexOf('<'); i !== -1 && i < markup.length; i = markup.indexOf('<', i)) {
    if (markup.startsWith('<!--', i)) {
      i = after(markup, markup.indexOf('-->', i + 4), 3);
      continue;
    }
    if (markup[i + 1] === '!' || markup[i + 1] === '?') {
      i = after(markup, markup.indexOf('>', i), 1);
      continue;
    }
    TAG_NAME.lastIndex = i;
    const tag = TAG_NAME.exec(markup);
    if (!tag) {
      i++;
      continue;
    }
    const end = tagEnd(markup, TAG_NAME.lastIndex);
    if (end === -1) break; // an unterminated tag swallows the rest of the page
    const name = tag[2]!.toLowerCase();
    const selfClosing = markup[end - 1] === '/';
    const nests = !VOID.has(name) && !SIBLINGS.has(name) && !RAW_TEXT.has(name) && !(selfClosing && foreign > 0);
    if (tag[1]) {
      if (name === 'svg' || name === 'math') foreign = Math.max(0, foreign - 1);
      if (nests && dropped > 0) {
        dropped--;
        drop(i, end + 1);
      } else if (nests && depth > 0) depth--;
      i = end + 1;
      continue;
    }
    if ((name === 'svg' || name === 'math') && !selfClosing) foreign++;
    if (nests && depth >= MAX_DEPTH) {
      dropped++;
      flattened = true;
      drop(i, end + 1);
    } else {
      // Only the elements jsdom will build count against the budget.
      if (++elements > MAX_ELEMENTS || (name === 'p' && ++paragraphs > MAX_PARAGRAPHS)) {
        kept.push(markup.slice(last, i));
        return { markup: kept.join(''), flattened, cut: true };
      }
      if (nests) depth++;
    }
    i = end + 1;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
      close.lastIndex = i;
      const found = close.exec(markup);
      if (!found) break;
      i = found.index;
    } else if (name === 'plaintext') break;
  }
  kept.push(markup.slice(last));
  return { markup: kept.join(''), flattened, cut: markup.length < input.length };
}

function after(markup: string, found: number, length: number): number {
  return found === -1 ? markup.length : found + length;
}

/** Index of the '>' ending a tag whose name ends at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(markup: string, from: number): number {
  for (let j = from; j < markup.length; j++) {
    const c = markup[j];
    if (c === '>') return j;
    if (c !== '=') continue;
    let k = j + 1;
    while (k < markup.length && /[\t\n\f\r ]/.test(markup[k]!)) k++;
    const quote = markup[k];
    if (quote === '"' || quote === "'") {
      const close = markup.indexOf(quote, k + 1);
      if (close === -1) return -1;
      j = close;
    } else j = k - 1;
  }
  return -1;
}
