import { afterEach, describe, expect, it } from 'vitest';
import { CARD_HOST_TAG, installCards, type CardTarget } from '../../../src/content/card/index';
import { targetAtPoint, type CaretAt } from '../../../src/content/card/hit-test';
import { HOSTILE, anonymousFinding, englishTranslator, nonAnswerFinding } from '../popup/mock-report';

const t = englishTranslator();

// jsdom has no layout: give ranges the zero rectangle a real browser gives an off-screen range.
Range.prototype.getBoundingClientRect ??= () => new DOMRect(0, 0, 0, 0);
const controllers: AbortController[] = [];
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  document.body.replaceChildren();
});

/** A page with two phrases; the fake caret maps x (in "characters") to an offset in the text node. */
function setup(findingText = 'a senior harbour official said') {
  const p = document.createElement('p');
  p.textContent = `The ferry stops in May, ${findingText}. The company declined to comment.`;
  document.body.append(p);
  const node = p.firstChild as Text;
  const rangeOf = (phrase: string) => {
    const start = node.data.indexOf(phrase);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + phrase.length);
    return range;
  };
  const targets: CardTarget[] = [
    { finding: anonymousFinding({ text: findingText }), range: rangeOf(findingText) },
    { finding: nonAnswerFinding(), range: rangeOf('declined to comment') },
  ];
  const caretAt: CaretAt = (x) => (x >= 0 && x <= node.data.length ? { node, offset: x } : null);
  const controller = new AbortController();
  controllers.push(controller);
  const cards = installCards({ targets: () => targets, signal: controller.signal, t, caretAt });
  const host = document.querySelector(CARD_HOST_TAG) as HTMLElement;
  const card = () => host.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
  const clickAt = (x: number, on: Element = p) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: 5 });
    on.dispatchEvent(event);
    return event;
  };
  const offsetOf = (phrase: string) => node.data.indexOf(phrase) + 2;
  return { p, node, targets, cards, host, card, clickAt, offsetOf, controller };
}

describe('installCards', () => {
  it('puts one host on <html>, outside the article, with an open shadow root', () => {
    const { host } = setup();
    expect(host.parentElement).toBe(document.documentElement);
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(1);
    expect(host.shadowRoot).not.toBeNull();
  });

  it('a click on a highlighted phrase opens its card; the page still gets the click, uncancelled', () => {
    const { p, card, clickAt, offsetOf } = setup();
    let pageSaw = 0;
    p.addEventListener('click', () => pageSaw++);
    const event = clickAt(offsetOf('declined to comment'));
    expect(event.defaultPrevented).toBe(false);
    expect(pageSaw).toBe(1);
    const shown = card();
    expect(shown?.getAttribute('role')).toBe('dialog');
    expect(shown?.getAttribute('aria-label')).toBe('Sourcelight: about this phrase');
    expect(shown?.querySelector('q')?.textContent).toBe('declined to comment');
    expect(shown?.textContent).toContain('Who did not answer: The ferry company');
  });

  it('a click on plain text opens nothing, and closes an open card', () => {
    const { card, clickAt, offsetOf } = setup();
    clickAt(1);
    expect(card()).toBeNull();
    clickAt(offsetOf('senior harbour'));
    expect(card()?.textContent).toContain('Reason for anonymity: none given');
    clickAt(1);
    expect(card()).toBeNull();
  });

  it('Escape closes the card; a click inside the card keeps it open', () => {
    const { card, clickAt, offsetOf } = setup();
    clickAt(offsetOf('senior harbour'));
    const inside = card()?.querySelector('.explanation') as Element;
    clickAt(9999, inside);
    expect(card()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
  });

  it('open(id) opens that finding and moves focus to the close button, which closes it', () => {
    const { cards, card, host } = setup();
    cards.open('f0');
    expect(card()?.querySelector('q')?.textContent).toBe('a senior harbour official said');
    const focused = host.shadowRoot?.activeElement as HTMLButtonElement | null;
    expect(focused?.className).toBe('close');
    expect(focused?.getAttribute('aria-label')).toBe('Close');
    focused?.click();
    expect(card()).toBeNull();
    cards.open('no-such-id');
    expect(card()).toBeNull();
  });

  it('shows hostile page text as text', () => {
    const { card, clickAt, node } = setup(HOSTILE);
    clickAt(node.data.indexOf(HOSTILE) + 3);
    expect(card()?.querySelector('img')).toBeNull();
    expect(card()?.querySelector('q')?.textContent).toBe(HOSTILE);
  });

  it('aborting removes the host and stops listening', () => {
    const { controller, clickAt, offsetOf, cards } = setup();
    controller.abort();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    clickAt(offsetOf('senior harbour'));
    cards.open('f0');
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
  });

  it('styles live inside the shadow root, not in the page', () => {
    const { host } = setup();
    const root = host.shadowRoot!;
    const styled = (root.adoptedStyleSheets?.length ?? 0) > 0 || root.querySelector('style') !== null;
    expect(styled).toBe(true);
    expect(document.head.querySelector('style')).toBeNull();
  });
});

describe('targetAtPoint', () => {
  it('maps a caret inside a range to its target and skips collapsed ranges', () => {
    const p = document.createElement('p');
    p.textContent = 'one two three';
    document.body.append(p);
    const node = p.firstChild as Text;
    const make = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return { range };
    };
    const collapsed = make(5, 5);
    const two = make(4, 7);
    const caret: CaretAt = (x) => ({ node, offset: x });
    expect(targetAtPoint([collapsed, two], 5, 0, caret)).toBe(two);
    expect(targetAtPoint([collapsed, two], 10, 0, caret)).toBeNull();
    expect(targetAtPoint([two], 5, 0, () => null)).toBeNull();
  });
});
