// In-page explanation cards. A click on a highlighted phrase opens a card beside it; the popup can
// open one too (open(findingId)). The card lives in a shadow root on one host element appended to
// <html>, outside the article, so page styles and scripts leave it alone and it leaves them alone.
import type { Finding } from '../../core/types';
import { browserTranslator, type Translate } from '../../ui/i18n';
import { buildCard, placeCard } from './dom';
import { documentCaretAt, targetAtPoint, type CaretAt } from './hit-test';
import { applyCardStyles } from './styles';
import { cardText } from './text';

export interface CardTarget {
  finding: Finding;
  range: Range;
}

export interface CardOptions {
  targets: () => CardTarget[];
  signal: AbortSignal;
  /** Defaults to the extension's i18n API. */
  t?: Translate;
  /** Defaults to the document's caret-from-point API; tests pass a fake. */
  caretAt?: CaretAt;
  doc?: Document;
}

export interface Cards {
  open(findingId: string): void;
}

export const CARD_HOST_TAG = 'sourcelight-card';

export function installCards(options: CardOptions): Cards {
  const doc = options.doc ?? document;
  const t = options.t ?? defaultTranslator();
  const caretAt = options.caretAt ?? documentCaretAt(doc);
  const { signal } = options;

  const host = doc.createElement(CARD_HOST_TAG);
  // Open root: the card shows page text the page already has, and tests and assistive tools can read it.
  const root = host.attachShadow({ mode: 'open' });
  applyCardStyles(root);
  doc.documentElement.append(host);

  let current: { card: HTMLElement; findingId: string; returnFocus: HTMLElement | null } | null = null;

  function close(): void {
    if (!current) return;
    const { card, returnFocus } = current;
    const hadFocus = root.activeElement !== null;
    current = null;
    card.remove();
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
  }

  function show(target: CardTarget, moveFocus: boolean): void {
    close();
    const { card, close: closeButton } = buildCard(doc, cardText(target.finding, t), target.finding.kind, {
      dialog: t('cardDialogLabel'),
      close: t('cardClose'),
    });
    closeButton.addEventListener('click', close);
    root.append(card);
    placeCard(card, target.range);
    const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
    current = { card, findingId: target.finding.id, returnFocus: moveFocus ? active : null };
    if (moveFocus) closeButton.focus({ preventScroll: true });
  }

  // Capture phase and passive: the card only watches clicks. It never cancels or stops them, so the
  // page's own handlers and links work as before.
  const onClick = (event: MouseEvent) => {
    if (event.composedPath().includes(host)) return; // a click inside the card
    const selection = doc.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text, not asking
    const target = targetAtPoint(options.targets(), event.clientX, event.clientY, caretAt);
    if (target) show(target, false);
    else close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) close();
  };
  doc.addEventListener('click', onClick, { capture: true, passive: true, signal });
  doc.addEventListener('keydown', onKey, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    current = null;
    host.remove();
  }, { once: true });

  return {
    open(findingId) {
      if (signal.aborted) return;
      const target = options.targets().find((candidate) => candidate.finding.id === findingId);
      if (target) show(target, true);
    },
  };
}

function defaultTranslator(): Translate {
  const scope = globalThis as unknown as { browser?: { i18n?: unknown }; chrome?: { i18n?: unknown } };
  const i18n = (scope.browser?.i18n ?? scope.chrome?.i18n) as Parameters<typeof browserTranslator>[0] | undefined;
  return i18n ? browserTranslator(i18n) : (key) => key;
}
