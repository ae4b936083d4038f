// The card's styles, applied inside its shadow root. A constructable stylesheet is not subject to
// the page's style-src CSP (a <style> element can be); the <style> fallback is for browsers without it.

const CARD_CSS = `
:host { all: initial; }
.card {
  position: absolute; z-index: 2147483647; box-sizing: border-box;
  width: min(340px, calc(100vw - 16px)); padding: 12px 14px 12px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: start;
  color: #1d1f23; background: #ffffff; border: 2px solid #1d1f23; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.25);
}
.card[hidden] { display: none; }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.title { margin: 0; font-size: 13px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; }
.close {
  font: inherit; font-size: 13px; line-height: 1; cursor: pointer; color: inherit; background: transparent;
  border: 1px solid currentColor; border-radius: 4px; padding: 3px 7px;
}
.close:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
.phrase { margin: 6px 0; font-weight: 600; }
.phrase q { text-decoration: underline 2px; text-underline-offset: 3px; }
.kind-non_answer .phrase q { text-decoration-style: dashed; }
.explanation, .note, .rules { margin: 6px 0 0; }
.notes { margin: 6px 0 0; padding-inline-start: 18px; }
.rules { font-size: 12px; color: #4a505b; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaee; background: #1f2227; border-color: #e8eaee; }
  .rules { color: #b6bcc7; }
  .close:focus-visible { outline-color: #8ab4f8; }
}
`;

export function applyCardStyles(root: ShadowRoot): void {
  const doc = root.ownerDocument;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}
