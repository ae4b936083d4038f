// Shared set-up of the UI end-to-end tests (ui-*.test.ts): a private copy of the built extension in
// Chromium, two long articles written for these tests on a 127.0.0.1 server, axe-core and screenshots.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { builtExtension, repoRoot } from './harness/dist';
import { serve, type Served } from '../helpers/serve';

export const SCREENSHOT_DIR = path.join(repoRoot, 'test-output/screenshots');

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i + 1} on ${topic}: the council published its timetable, and the transport committee chair, Dana Whitcombe, said the figures would be reviewed in public at the next meeting.</p>`,
  ).join('\n');

/** A long article: unnamed sources at the top, more filler, and non-answers far below the fold. */
function article(title: string, topic: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body>
<header><a href="/">Harbour Gazette</a></header>
<main><article><h1>${title}</h1><p class="byline">By Tomas Reyes</p>
<p>The city plans to close the night ferry on ${topic} next spring, two people familiar with the matter said.</p>
<p>A senior official, who spoke on condition of anonymity because the plan has not been announced, said savings would reach four million a year.</p>
<p>Mayor Ruth Okafor said in a statement that no final decision had been taken. Councillor Ben Adeyemi told reporters he would oppose the closure.</p>
${filler(topic, 14)}
<p>Sources say the ferry operator has already warned its crews.</p>
<p>The ferry operator declined to comment. The port authority did not respond to a request for comment on Friday.</p>
</article></main><footer><p>Harbour Gazette</p></footer></body></html>`;
}

export interface UiSite extends Served {
  url(file: string): string;
}

export async function serveUiArticles(): Promise<UiSite> {
  const served = await serve({
    '/ferry.html': article('Night ferry to close next spring', 'the east crossing'),
    '/ferry-two.html': article('Second ferry route under review', 'the west crossing'),
    // The same article under a CSP that forbids every page style and script: the card must still be styled.
    '/ferry-csp.html': {
      body: article('Night ferry to close next spring', 'the east crossing'),
      headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
    },
  });
  return { ...served, url: (file) => `${served.origin}/${file}` };
}

/** Chromium with a private copy of dist/chrome, so another build replacing dist/ mid-run cannot break it. */
export async function launchPrivateChromium(): Promise<{ ext: ChromiumExtension; dispose(): Promise<void> }> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'sourcelight-ui-ext-'));
  cpSync(builtExtension('chrome'), copy, { recursive: true });
  const ext = await launchChromium(copy);
  return {
    ext,
    async dispose() {
      await ext.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}

export async function openTab(ext: ChromiumExtension, url: string, viewport = { width: 1000, height: 700 }): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  // Instant scrolling, so a test reads the final position rather than a frame of a smooth scroll.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export function popupUrl(ext: ChromiumExtension, tabId: number): string {
  return `chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`;
}

const axeSource = readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page. Extension pages forbid inline and injected scripts (script-src 'self'),
 * so page.addScriptTag is blocked there; page.evaluate goes through the DevTools protocol, which a
 * page's CSP does not govern, and works on extension pages and web pages alike.
 */
export async function runAxe(page: Page, include?: unknown): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const context = JSON.stringify(include ?? null);
  return page.evaluate(`(async () => {
    const context = ${context};
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    // Guard against a silent no-op (nothing matched the context): axe must have checked something.
    if (result.passes.length + result.violations.length === 0) throw new Error('axe checked nothing');
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  })()`);
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Scrolls the first painted range of a highlight into view and returns the centre of its first line box. */
export function highlightPoint(page: Page, highlightName: string, index = 0): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate(`(() => {
    const highlight = CSS.highlights.get(${JSON.stringify(highlightName)});
    if (!highlight) return null;
    const range = [...highlight][${index}];
    if (!range) return null;
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const box = range.getClientRects()[0];
    return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2, text: range.toString() };
  })()`);
}

/** The open card's text, or null when no card is shown. */
export function cardText(page: Page): Promise<string | null> {
  return page.evaluate(`(() => {
    const host = document.querySelector('sourcelight-card');
    const card = host && host.shadowRoot && host.shadowRoot.querySelector('.card');
    return card ? card.textContent : null;
  })()`);
}
