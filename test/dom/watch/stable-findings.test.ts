// Verdicts don't flip-flop: a re-run after the page adds and removes boilerplate (cookie banner, ad,
// "related" box) keeps every highlight the reader already sees and the score, while a story replaced
// in place is analysed afresh. Runs the real analyzer (Readability, page layer, engine) on jsdom.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { registeredAnalyzer, type AnalyzerApi, type PageAnalysis } from '../../../src/content/analyzer/api';
import '../../../src/content/analyzer/main';
import { keepShownFindings, lostShare, MATERIAL_CHANGE_SHARE } from '../../../src/content/stable-findings';

const STORY = [
  'The harbour authority approved a new budget for the coming year after a long debate on Tuesday evening.',
  'Two officials familiar with the negotiations said the deal had been close for weeks.',
  'Port director Helen Marsh said the figures had been checked twice by outside auditors.',
  'A spokesperson for the union did not respond to a request for comment on Wednesday.',
  'Dock workers said the night shifts would continue through the winter months, according to people briefed on the plan.',
].map((sentence, i) => `${sentence} The board will publish the full accounts of the harbour, item ${i}, on its website next month.`);

// Boilerplate that reads like prose: the kind that moves Readability's idea of where the story ends.
const RELATED = Array.from({ length: 8 }, (_, i) =>
  `Related story ${i}: sources close to the council said the ferry timetable would change next spring, and residents said they were worried about it.`);

let analyzer: AnalyzerApi;
const pageText = () => document.body.textContent ?? '';

async function analyse(): Promise<PageAnalysis> {
  return analyzer.analyse(document, { yieldToPage: () => Promise.resolve(), signal: new AbortController().signal, maxChars: 400_000 });
}

function element(tag: string, attrs: Record<string, string>, texts: string[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const text of texts) el.appendChild(document.createElement('p')).textContent = text;
  return el;
}

const painted = (analysis: PageAnalysis) => analysis.targets.map((t) => t.range.toString()).sort();

beforeAll(() => {
  analyzer = registeredAnalyzer()!;
});

/** A box inside the story, holding one finding; ad slots are injected into it later. */
const BOX = 'Officials who asked not to be named because they were not authorised to speak said the vote had been delayed twice.';

beforeEach(() => {
  document.title = 'Harbour budget approved';
  const story = element('div', { class: 'story' }, STORY);
  story.insertBefore(element('div', { class: 'inline-box' }, [BOX]), story.children[2]!);
  document.body.replaceChildren(story);
  document.body.prepend(Object.assign(document.createElement('h1'), { textContent: 'Harbour budget approved' }));
});

describe('re-runs of the same article keep what the reader sees', () => {
  it('keeps every highlight and the score while boilerplate comes and goes', async () => {
    let shown = await analyse();
    const first = painted(shown);
    const score = shown.page.report?.score?.value;
    expect(first.length).toBeGreaterThanOrEqual(2);

    const banner = element('div', { class: 'cookie-banner', role: 'region' }, ['We use cookies to improve your experience. Accept all cookies or manage your choices.']);
    const ad = document.createElement('ul');
    ad.className = 'ad-slot';
    for (let i = 0; i < 6; i++) {
      const link = ad.appendChild(document.createElement('li')).appendChild(document.createElement('a'));
      link.href = `/offer/${i}`;
      link.textContent = `Harbour cruise offer number ${i}: book now and save on family tickets`;
    }
    const related = element('section', { class: 'related' }, RELATED);
    const steps: Array<() => void> = [
      () => document.body.prepend(banner),
      () => document.querySelector('.inline-box')!.append(ad),
      () => document.body.append(related),
      () => banner.remove(),
      () => related.remove(),
      () => ad.remove(),
    ];
    const freshDrops: number[] = [];
    for (const step of steps) {
      step();
      const fresh = await analyse();
      freshDrops.push(first.filter((text) => !painted(fresh).includes(text)).length);
      shown = keepShownFindings(shown, fresh, pageText);
      // Every highlight painted before is painted still (same text), and the score holds.
      for (const text of first) expect(painted(shown)).toContain(text);
      expect(shown.page.report?.score?.value).toBe(score);
      // Ids stay unique within the report (cards and reveal find findings by id).
      const ids = shown.page.report!.findings.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    // Without the merge, at least one step would have taken a highlight away.
    expect(Math.max(...freshDrops)).toBeGreaterThan(0);
  });

  it('drops a finding whose own text the page removed, keeps the rest', async () => {
    const shown = await analyse();
    const paragraph = [...document.querySelectorAll('.story p')].find((p) => p.textContent?.includes('spokesperson'))!;
    paragraph.remove();
    const next = keepShownFindings(shown, await analyse(), pageText);
    expect(painted(next).some((text) => text.includes('did not respond'))).toBe(false);
    expect(painted(next).some((text) => /officials familiar/.test(text))).toBe(true);
  });

  it('starts afresh when the story itself is replaced in place', async () => {
    const shown = await analyse();
    const story = document.querySelector('.story')!;
    story.replaceChildren(...STORY.map((_, i) => Object.assign(document.createElement('p'), {
      textContent: `The school board met on Monday to discuss lunch menus, item ${i}, and the head teacher said the plan was fine.`,
    })));
    const fresh = await analyse();
    const next = keepShownFindings(shown, fresh, pageText);
    expect(next).toBe(fresh);
    expect(lostShare(shown.text, pageText())).toBeGreaterThan(MATERIAL_CHANGE_SHARE);
  });
});
