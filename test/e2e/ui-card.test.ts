// The in-page card on its own in real Chromium (no extension): the card module is bundled for the
// test and run in a page whose CSP forbids every style and inline script, with its phrases painted
// as CSS highlights. Proves real hit-testing (caret from point), the constructable stylesheet under
// a strict CSP, focus handling and that page clicks are never blocked.
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_PATH, repoRoot } from './harness/dist';
import { serve, type Served } from '../helpers/serve';
import { runAxe, screenshot } from './ui-support';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card test</title></head><body>
<main><h1>Bridge repairs delayed</h1>
<p id="one">Repairs to the old bridge will slip into autumn, three engineers briefed on the survey said on Monday.</p>
<p id="two">The contractor declined to comment. <a id="link" href="#after">A link inside the text</a> stays clickable.</p>
<p id="after">End.</p></main></body></html>`;

/** Builds the card module into a script that exposes installCards and a fake report on window. */
async function bundleCard(): Promise<string> {
  const entry = `
    import { installCards } from './src/content/card/index';
    import { translatorFromMessages } from './src/ui/i18n';
    import messages from './_locales/en/messages.json';
    window.__installCards = (findings) => {
      const ranges = findings.map(([id, elementId, phrase]) => {
        const node = document.getElementById(elementId).firstChild;
        const start = node.data.indexOf(phrase);
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, start + phrase.length);
        return range;
      });
      CSS.highlights.set('test-mark', new Highlight(...ranges));
      const targets = findings.map(([id, , phrase, kind], i) => ({ range: ranges[i], finding: {
        id, kind, text: phrase, explanation: 'Explained for the test.', standards: ['S1'], sentence: phrase,
        details: kind === 'non_answer' ? { who: 'The contractor', whoKind: 'institution', quoted: false }
          : { descriptor: 'three engineers briefed on the survey', vantage: 'described', reason: null, motive: null, count: 3, followUp: false },
      } }));
      window.__controller = new AbortController();
      window.__cards = installCards({ targets: () => targets, signal: window.__controller.signal, t: translatorFromMessages(messages) });
    };`;
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

describe('in-page card in Chromium, under a strict page CSP', () => {
  let browser: Browser;
  let server: Served;
  let page: Page;
  let bundle: string;

  beforeAll(async () => {
    bundle = await bundleCard();
    server = await serve({
      '/card.html': { body: PAGE, headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'" } },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage() {
    page = await browser.newPage({ viewport: { width: 800, height: 500 } });
    await page.goto(`${server.origin}/card.html`);
    // page.evaluate runs over the DevTools protocol, which the page's CSP does not govern, like a content script.
    await page.evaluate(bundle);
    await page.evaluate(`window.__installCards([
      ['f0', 'one', 'three engineers briefed on the survey said', 'anonymous_source'],
      ['f1', 'two', 'declined to comment', 'non_answer'],
    ])`);
    await page.evaluate("window.__clicks = 0; document.addEventListener('click', (e) => { if (!e.defaultPrevented) window.__clicks++; })");
    return page;
  }

  const card = () => page.evaluate<{ text: string; focused: string | null; border: string } | null>(`(() => {
    const root = document.querySelector('sourcelight-card')?.shadowRoot;
    const card = root?.querySelector('.card');
    if (!card) return null;
    return { text: card.textContent, focused: root.activeElement?.className ?? null, border: getComputedStyle(card).borderTopStyle };
  })()`);

  async function pointOf(phrase: string) {
    return page.evaluate<{ x: number; y: number }>(`(() => {
      const range = [...CSS.highlights.get('test-mark')].find((r) => r.toString() === ${JSON.stringify(phrase)});
      const box = range.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    })()`);
  }

  it('a click on a painted phrase opens its card, styled despite the CSP, and the page sees the click', async () => {
    await freshPage();
    const point = await pointOf('declined to comment');
    await page.mouse.click(point.x, point.y);
    const shown = await card();
    expect(shown?.text).toContain('declined to comment');
    expect(shown?.text).toContain('Who did not answer: The contractor');
    expect(shown?.border).toBe('solid'); // the constructable stylesheet applied
    expect(await page.evaluate('window.__clicks')).toBe(1);
    // The card sits below the phrase, inside the viewport.
    const box = await page.evaluate<{ top: number; left: number; right: number }>(
      "(() => { const r = document.querySelector('sourcelight-card').shadowRoot.querySelector('.card').getBoundingClientRect(); return { top: r.top, left: r.left, right: r.right }; })()");
    expect(box.top).toBeGreaterThan(point.y);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(800);
    await screenshot(page, 'card-component', false);
    expect(await runAxe(page, { include: [{ fromShadowDom: ['sourcelight-card', '.card'] }] })).toEqual([]);
    await page.close();
  });

  it('a click just past the phrase, or on plain text, opens nothing; Escape closes', async () => {
    await freshPage();
    await page.mouse.click(5, 5);
    expect(await card()).toBeNull();
    // Two pixels past the last letter the caret still lands at the range's end; the line-box check rejects it.
    const past = await page.evaluate<{ x: number; y: number }>(`(() => {
      const range = [...CSS.highlights.get('test-mark')][0];
      const boxes = range.getClientRects();
      const box = boxes[boxes.length - 1];
      return { x: box.right + 4, y: box.top + box.height / 2 };
    })()`);
    await page.mouse.click(past.x, past.y);
    expect(await card()).toBeNull();
    const point = await pointOf('three engineers briefed on the survey said');
    await page.mouse.click(point.x, point.y);
    expect((await card())?.text).toContain('Reason for anonymity: none given');
    await page.keyboard.press('Escape');
    expect(await card()).toBeNull();
    await page.close();
  });

  it('links in the page still work while the card listens', async () => {
    await freshPage();
    await page.click('#link');
    expect(page.url()).toMatch(/#after$/);
    expect(await card()).toBeNull();
    await page.close();
  });

  it('open(id) moves focus to the card; closing returns it; abort removes everything', async () => {
    await freshPage();
    await page.focus('#link');
    await page.evaluate("window.__cards.open('f0')");
    expect((await card())?.focused).toBe('close');
    await page.keyboard.press('Enter'); // the focused close button
    expect(await card()).toBeNull();
    expect(await page.evaluate('document.activeElement.id')).toBe('link');
    await page.evaluate('window.__controller.abort()');
    expect(await page.evaluate("document.querySelector('sourcelight-card')")).toBeNull();
    const point = await pointOf('declined to comment');
    await page.mouse.click(point.x, point.y);
    expect(await card()).toBeNull();
    await page.close();
  });
});

