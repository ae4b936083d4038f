// Builds the card's elements from its text, and places the card beside a range. Plain DOM and
// textContent only: this runs in the content script, inside the reader's page.
import type { FindingKind } from '../../core/types';
import type { CardText } from './text';

export interface CardElements {
  card: HTMLElement;
  close: HTMLButtonElement;
}

export function buildCard(doc: Document, text: CardText, kind: FindingKind, labels: { dialog: string; close: string }): CardElements {
  const card = doc.createElement('section');
  card.className = `card kind-${kind}`;
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', labels.dialog);
  card.setAttribute('aria-describedby', 'sourcelight-card-explanation');

  const head = el(doc, 'div', 'head');
  const title = el(doc, 'p', 'title', text.title);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '\u00d7';
  close.setAttribute('aria-label', labels.close);
  close.title = labels.close;
  head.append(title, close);

  const phrase = el(doc, 'p', 'phrase');
  phrase.append(el(doc, 'q', '', text.phrase));
  const explanation = el(doc, 'p', 'explanation', text.explanation);
  explanation.id = 'sourcelight-card-explanation';

  card.append(head, phrase, explanation);
  if (text.notes.length) {
    const list = el(doc, 'ul', 'notes');
    for (const note of text.notes) list.append(el(doc, 'li', 'note', note));
    card.append(list);
  }
  if (text.rules) card.append(el(doc, 'p', 'rules', text.rules));
  return { card, close };
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const GAP = 8;
const MARGIN = 8;

/** Puts the card under the range (or above it when there is no room), kept inside the viewport's width. */
export function placeCard(card: HTMLElement, range: Range): void {
  const view = card.ownerDocument.defaultView;
  if (!view) return;
  const rect = range.getBoundingClientRect();
  const width = card.offsetWidth || 340;
  const height = card.offsetHeight || 0;
  const left = Math.max(MARGIN, Math.min(rect.left, view.innerWidth - width - MARGIN));
  const below = rect.bottom + GAP;
  const fitsBelow = below + height <= view.innerHeight || rect.top - GAP - height < 0;
  const top = fitsBelow ? below : rect.top - GAP - height;
  card.style.left = `${Math.round(left + view.scrollX)}px`;
  card.style.top = `${Math.round(top + view.scrollY)}px`;
}
