// V8 compiles a function the first time it runs, so the first Readability parse in a fresh isolated
// world (every page load) pays for compiling most of Readability on top of the parse itself: in
// Chromium, rd-guardian-1's story took 21–43 ms cold against 11–17 ms warm, as one synchronous block.
// Parsing a small made-up article first, in a task of its own, moves that compile cost out of the
// real parse, so neither task is long.
import Readability from '@mozilla/readability/Readability.js';

// Written for this purpose: enough prose (over Readability's 500-character threshold, so it takes
// its normal path once) in the shapes it handles — headings, paragraphs with links, a figure, a list
// and a sidebar to clean away.
const PARAGRAPHS = [
  'The town council approved the harbour budget on Tuesday after a long evening of debate, and the plan now goes to the regional board for a final reading next month.',
  'Councillors agreed to repair the north pier first, since the ferry company has warned that its boats cannot dock there safely in winter storms.',
  'Residents who spoke at the meeting asked for the fish market to stay open during the works; the harbour master said a temporary quay would be built for it.',
  'The budget also sets aside money for a study of the silt that has been building up at the mouth of the river over the past ten years.',
];

let warmed = false;

/** Runs Readability once on a small made-up article (in a document of its own), once per world. */
export function warmUpReadability(doc: Document): void {
  if (warmed) return;
  warmed = true;
  const sample = doc.implementation.createHTMLDocument('Harbour budget approved');
  const add = (parent: Element, tag: string, text = '') => {
    const el = parent.appendChild(sample.createElement(tag));
    if (text) el.textContent = text;
    return el;
  };
  const main = add(sample.body, 'main');
  const article = add(main, 'article');
  add(article, 'h1', 'Harbour budget approved');
  for (const text of PARAGRAPHS) {
    const p = add(article, 'p', text);
    add(p, 'a', 'More on the harbour').setAttribute('href', '/harbour');
  }
  const figure = add(article, 'figure');
  add(figure, 'img').setAttribute('src', '/pier.jpg');
  add(figure, 'figcaption', 'The north pier at low tide.');
  const list = add(article, 'ul');
  for (const item of ['North pier', 'Fish market', 'River mouth']) add(list, 'li', item);
  const aside = add(main, 'aside');
  add(aside, 'a', 'Most read').setAttribute('href', '/most-read');
  try {
    new Readability<Node>(sample, { serializer: (el) => el, keepClasses: true }).parse();
  } catch {
    // A warm-up that fails costs nothing: the real parse will report its own trouble.
  }
}
