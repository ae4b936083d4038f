// Reads what a reader would see: the highlights painted in a page (from the CSS highlight registry,
// which the page's main world shares with the content script) and the popup's rendered DOM.
import { poll } from './poll';
import type { PageHandle } from './types';

export interface PaintedRange {
  /** 'sourcelight-anonymous' or 'sourcelight-nonanswer' */
  name: string;
  text: string;
  /** True when the range lies inside an element matching the probe's `outside` selector. */
  inExcluded: boolean;
}

const HIGHLIGHT_NAMES = ['sourcelight-anonymous', 'sourcelight-nonanswer'];

/** Every painted range of Sourcelight's highlights; `excluded` marks ranges inside that selector. */
export function paintedRanges(page: PageHandle, excluded = '#comments'): Promise<PaintedRange[]> {
  return page.evaluate<PaintedRange[]>(`(() => {
    const out = [];
    for (const name of ${JSON.stringify(HIGHLIGHT_NAMES)}) {
      const highlight = CSS.highlights.get(name);
      if (!highlight) continue;
      for (const range of highlight) {
        const node = range.commonAncestorContainer;
        const element = node.nodeType === 1 ? node : node.parentElement;
        out.push({ name, text: range.toString(), inExcluded: !!(element && element.closest(${JSON.stringify(excluded)})) });
      }
    }
    return out;
  })()`);
}

/** Waits until at least `min` ranges are painted (the content script runs at document_idle). */
export function waitForPaint(page: PageHandle, min = 1, timeoutMs = 15_000): Promise<PaintedRange[]> {
  return poll(async () => {
    const ranges = await paintedRanges(page);
    return ranges.length >= min ? ranges : undefined;
  }, `${min} highlight(s) painted in ${page.url()}`, { timeoutMs });
}

export interface PopupView {
  score: string | null;
  findings: string[];
  notArticle: boolean;
}

/** The popup's contract: [data-testid=score], [data-testid=finding] > [data-testid=finding-text], [data-testid=not-article]. */
export function readPopup(page: PageHandle): Promise<PopupView> {
  return page.evaluate<PopupView>(`(() => {
    const score = document.querySelector('[data-testid="score"]');
    return {
      score: score ? score.textContent.trim() : null,
      findings: [...document.querySelectorAll('[data-testid="finding"]')]
        .map((f) => (f.querySelector('[data-testid="finding-text"]')?.textContent ?? '').trim()),
      notArticle: !!document.querySelector('[data-testid="not-article"]'),
    };
  })()`);
}

/** Waits until the popup shows what `ready` accepts (it renders after asking the background). */
export function waitForPopup(page: PageHandle, ready: (view: PopupView) => boolean, what: string): Promise<PopupView> {
  return poll(async () => {
    const view = await readPopup(page);
    return ready(view) ? view : undefined;
  }, `the popup to show ${what}`);
}
