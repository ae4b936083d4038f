// Verdicts don't flip-flop (Chromium): a page that adds and removes boilerplate after load (cookie
// banner, an ad slot injected into the story, a "related" box) is re-analysed by the watcher, and
// every highlight painted before stays painted (same text) and the badge never changes, sampled
// every 100 ms through the churn. Needs a build: node scripts/build.mjs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { badgeText, waitForTabReport } from './harness/extension-state';
import { paintedRanges, waitForPaint } from './harness/page-probes';
import { poll } from './harness/poll';
import { serve, type Served } from '../helpers/serve';

const STORY = [
  'The harbour authority approved a new budget for the coming year after a long debate on Tuesday evening.',
  'Two officials familiar with the negotiations said the deal had been close for weeks.',
  'Port director Helen Marsh said the figures had been checked twice by outside auditors.',
  'A spokesperson for the union did not respond to a request for comment on Wednesday.',
  'Dock workers said the night shifts would continue through the winter months, according to people briefed on the plan.',
].map((sentence, i) => `<p>${sentence} The board will publish the full accounts of the harbour, item ${i}, on its website next month.</p>`);

const BOX = '<div class="inline-box"><p>Officials who asked not to be named because they were not authorised to speak said the vote had been delayed twice.</p></div>';

// The page's own churn, one step per call of window.churn(): what ad, consent and recommendation
// scripts do after load. Built with DOM calls (the fixture is page code, but it stays markup-free too).
const CHURN = `
const steps = [
  () => { document.querySelector('.story').appendChild(document.createElement('p')).textContent = 'Late update: people briefed on the talks said a second vote was planned for March, after the auditors report to the board again.'; },
  () => { const b = document.createElement('div'); b.id = 'cookies'; b.textContent = 'We use cookies to improve your experience. Accept all cookies or manage your choices.'; document.body.prepend(b); },
  () => { const ul = document.createElement('ul'); ul.id = 'ad'; for (let i = 0; i < 6; i++) { const a = ul.appendChild(document.createElement('li')).appendChild(document.createElement('a')); a.href = '/offer/' + i; a.textContent = 'Harbour cruise offer number ' + i + ': book now and save on family tickets'; } document.querySelector('.inline-box').append(ul); },
  () => { const s = document.createElement('section'); s.id = 'related'; for (let i = 0; i < 8; i++) s.appendChild(document.createElement('p')).textContent = 'Related story ' + i + ': sources close to the council said the ferry timetable would change next spring, and residents said they were worried.'; document.body.append(s); },
  () => document.getElementById('cookies').remove(),
  () => document.getElementById('related').remove(),
  () => document.getElementById('ad').remove(),
];
let step = 0;
window.churn = () => { steps[step++](); return step; };`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour budget approved</title></head>
<body><h1>Harbour budget approved</h1><div class="story">${STORY.slice(0, 2).join('')}${BOX}${STORY.slice(2).join('')}</div>
<script>${CHURN}</script></body></html>`;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('verdicts do not flip-flop while boilerplate comes and goes (chromium)', () => {
  let ext: ChromiumExtension;
  let server: Served;

  beforeAll(async () => {
    server = await serve({ '/churn.html': PAGE });
    ext = await launchChromium();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('keeps every highlight painted before, and the badge, through six steps of boilerplate churn', async () => {
    const url = `${server.origin}/churn.html`;
    const page = await ext.openPage(url);
    const { tabId } = await waitForTabReport(ext, url);
    const before = (await waitForPaint(page, 2)).map((r) => r.text);
    // Step 1 adds a real paragraph: once its finding is painted, the watcher has re-run, and what is
    // painted then (and the badge) is what the boilerplate steps must not disturb.
    await page.evaluate('window.churn()');
    const first = await poll(async () => {
      const texts = (await paintedRanges(page)).map((r) => r.text);
      return texts.some((text) => !before.includes(text)) ? texts : undefined;
    }, 'the late paragraph to be highlighted');
    await wait(1_000);
    const badge = await badgeText(ext, tabId);
    expect(badge).not.toBe('');
    const problems: string[] = [];
    for (let step = 2; step <= 7; step++) {
      await page.evaluate('window.churn()');
      // Debounce (400 ms) plus the run: sample what the reader sees all the while.
      for (let sample = 0; sample < 25; sample++) {
        const texts = (await paintedRanges(page)).map((r) => r.text);
        const missing = first.filter((text) => !texts.includes(text));
        if (missing.length > 0) problems.push(`step ${step}: lost ${JSON.stringify(missing)}`);
        const now = await badgeText(ext, tabId);
        if (now !== badge) problems.push(`step ${step}: badge ${badge} → ${now}`);
        await wait(100);
      }
    }
    expect(problems).toEqual([]);
    // Once the churn is over, the story's highlights are what is painted.
    await poll(async () => {
      const texts = (await paintedRanges(page)).map((r) => r.text);
      return first.every((text) => texts.includes(text)) ? true : undefined;
    }, 'the first highlights after the churn');
  });
});
