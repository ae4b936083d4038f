import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { HOSTILE, anonymousFinding, articlePage, englishTranslator, notArticlePage } from './mock-report';
import { all, renderPopup } from './render';

afterEach(() => document.body.replaceChildren());

const done = (report = articlePage()) => ({ status: 'done' as const, report });

describe('Popup on a scored article', () => {
  it('shows the score number alone in [data-testid=score], with the verdict in words', () => {
    const { container } = renderPopup({ state: done() });
    expect(all(container, 'score').map((n) => n.textContent)).toEqual(['62']);
    expect(container.textContent).toContain('Partly on the record');
    expect(container.textContent).toContain('Mixed transparency');
  });

  it('lists each finding with exactly its text, grouped by kind, with sentence, explanation and rules', () => {
    const { container } = renderPopup({ state: done() });
    const findings = all(container, 'finding');
    expect(findings).toHaveLength(2);
    expect(findings.map((f) => f.querySelector('[data-testid="finding-text"]')?.textContent)).toEqual([
      'a senior harbour official said',
      'declined to comment',
    ]);
    expect(findings[0]?.textContent).toContain('The ferry will stop running in May');
    expect(findings[0]?.textContent).toContain('the reader cannot weigh who is speaking');
    expect(findings[0]?.textContent).toContain('S1 say why anonymity was granted');
    const headings = Array.from(container.querySelectorAll('.findings h3')).map((h) => h.textContent);
    expect(headings).toEqual(['Unnamed sources (1)', 'Non-answers (1)']);
  });

  it('calls revealFinding with the id of the clicked finding', () => {
    const { container, actions } = renderPopup({ state: done() });
    act(() => all(container, 'finding')[1]?.click());
    expect(actions.revealFinding).toHaveBeenCalledTimes(1);
    expect(actions.revealFinding).toHaveBeenCalledWith('f1');
  });

  it('shows each score component with a signed contribution', () => {
    const { container } = renderPopup({ state: done() });
    const rows = all(container, 'component').map((row) => row.textContent ?? '');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\+6Named sources/);
    expect(rows[1]).toMatch(/^\u221210Anonymity without a reason/);
  });

  it('shows named-source and document counts, the policy link and the outlet average', () => {
    const { container } = renderPopup({ state: done(), outlet: { domain: 'example.com', count: 14, average: 61 } });
    expect(all(container, 'named-count')[0]?.textContent).toBe('Named people quoted or cited: 3');
    expect(all(container, 'document-count')[0]?.textContent).toBe('Documents cited: 2');
    const link = container.querySelector<HTMLAnchorElement>('[data-testid="policy"] a');
    expect(link?.href).toBe('https://news.example.com/policies/sources');
    expect(all(container, 'outlet')[0]?.textContent).toBe('example.com: 61 on average over 14 articles you read');
  });

  it('says when this is the first article read from the outlet', () => {
    const { container } = renderPopup({ state: done(), outlet: { domain: 'example.com', count: 1, average: 62 } });
    expect(all(container, 'outlet')[0]?.textContent).toBe('example.com: the first article you read from this outlet');
  });

  it('never turns a javascript: policy URL into a link', () => {
    const page = articlePage({ policies: [{ kind: 'publishingPrinciples', url: 'javascript:alert(1)' }] });
    const { container } = renderPopup({ state: done(page) });
    expect(container.querySelector('[data-testid="policy"] a')).toBeNull();
    expect(all(container, 'policy')[0]?.textContent).toContain('no sourcing policy');
  });

  it('renders hostile page text as literal text, never as markup', () => {
    const finding = anonymousFinding({ text: HOSTILE, sentence: `Before ${HOSTILE} after.`, explanation: HOSTILE });
    const page = articlePage({ title: HOSTILE });
    page.report!.findings = [finding];
    page.report!.score!.verdict = HOSTILE;
    const { container } = renderPopup({ state: done(page) });
    expect(container.querySelector('img')).toBeNull();
    expect(all(container, 'finding-text')[0]?.textContent).toBe(HOSTILE);
    expect(container.querySelector('.page-title')?.textContent).toBe(HOSTILE);
  });

  it('wires the toolbar: copy, download, pause, options, open in a tab', async () => {
    const { container, actions } = renderPopup({ state: done() });
    await act(async () => all(container, 'copy-markdown')[0]?.click());
    expect(actions.copyMarkdown).toHaveBeenCalled();
    expect(all(container, 'copy-markdown')[0]?.textContent).toBe('Copied');
    act(() => all(container, 'download-json')[0]?.click());
    expect(actions.downloadJson).toHaveBeenCalled();
    act(() => all(container, 'pause-switch')[0]?.click());
    expect(actions.setPaused).toHaveBeenCalledWith(true);
    act(() => all(container, 'open-options')[0]?.click());
    expect(actions.openOptions).toHaveBeenCalled();
    act(() => all(container, 'open-in-tab')[0]?.click());
    expect(actions.openInTab).toHaveBeenCalled();
  });

  it('says so when the report has no score, without a dial', () => {
    const page = articlePage();
    page.report!.score = null;
    const { container } = renderPopup({ state: done(page) });
    expect(all(container, 'score')).toHaveLength(0);
    expect(all(container, 'no-score')).toHaveLength(1);
    expect(all(container, 'finding')).toHaveLength(2);
  });
});

describe('Popup calm states', () => {
  it('a page that is not an article: neutral notice, no score, no findings, no export', () => {
    const { container } = renderPopup({ state: done(notArticlePage()) });
    const notice = all(container, 'not-article');
    expect(notice).toHaveLength(1);
    expect(notice[0]?.textContent).toContain("doesn't look like a news article");
    expect(notice[0]?.textContent).toContain('no article body found');
    expect(notice[0]?.className).toContain('calm');
    expect(all(container, 'score')).toHaveLength(0);
    expect(all(container, 'finding')).toHaveLength(0);
    expect(all(container, 'copy-markdown')).toHaveLength(0);
  });

  it('paused: says so and the switch is on; unticking resumes', () => {
    const { container, actions } = renderPopup({ state: { status: 'paused', report: null }, paused: true });
    expect(all(container, 'paused')).toHaveLength(1);
    const toggle = all(container, 'pause-switch')[0] as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    act(() => toggle.click());
    expect(actions.setPaused).toHaveBeenCalledWith(false);
  });

  it('analysing: a busy status, no findings yet', () => {
    const { container } = renderPopup({ state: { status: 'analysing', report: null } });
    expect(all(container, 'analysing')[0]?.getAttribute('aria-busy')).toBe('true');
    expect(all(container, 'finding')).toHaveLength(0);
  });

  it('idle (on-click mode): offers to analyse now', () => {
    const { container, actions } = renderPopup({ state: { status: 'idle', report: null } });
    act(() => all(container, 'analyse-now')[0]?.click());
    expect(actions.analyseNow).toHaveBeenCalled();
  });

  it('hides "open in a tab" when already in a tab', () => {
    const { container } = renderPopup({ state: done(), inTab: true });
    expect(all(container, 'open-in-tab')).toHaveLength(0);
  });
});

describe('i18n', () => {
  it('every message key the UI uses exists in messages.json', async () => {
    const t = englishTranslator();
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const root = path.resolve(import.meta.dirname, '../../../src');
    const files = ['popup', 'options', 'content/card', 'ui'].flatMap((dir) =>
      readdirSync(path.join(root, dir)).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(root, dir, f)));
    const keys = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\('([A-Za-z0-9_]+)'/g)) keys.add(match[1]!);
    }
    expect(keys.size).toBeGreaterThan(30);
    const missing = [...keys].filter((key) => t(key) === '');
    expect(missing).toEqual([]);
  });
});
