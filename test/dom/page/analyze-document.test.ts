import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../../src/core/types';
import { analysedText, analyzeDocument, findingRange, spanRange } from '../../../src/page/index';
import { documentFromHtml, readFixturePage } from '../../helpers/fixture-pages';

const firstWordsInPage = (page: PageReport, text: string) =>
  spanRange(page, 0, Math.min(20, text.length))?.toString();
const collapse = (s: string) => s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');

describe('analyzeDocument on a cluttered article page', () => {
  const html = readFixturePage('article-with-clutter');
  const doc = documentFromHtml(html, 'https://courier.example.org/local/bridge-vote');
  const before = doc.documentElement.outerHTML;
  const page = analyzeDocument(doc);
  const text = analysedText(page) ?? '';

  it('reports an article with its metadata', () => {
    expect(page.isArticle).toBe(true);
    expect(page.notArticleReason).toBeNull();
    expect(page.url).toBe('https://courier.example.org/local/bridge-vote');
    expect(page.title).toBe('Harbor City delays vote on Millbrook Bridge repairs');
    expect(page.byline).toContain('Priya Castellanos');
    expect(page.siteName).toBe('The Harbor Courier');
    expect(page.report).not.toBeNull();
    expect(page.report?.textLength).toBe(text.length);
    expect(page.partial).toBe(false);
  });

  it('extracts the article paragraphs, one paragraph break between blocks', () => {
    expect(text).toContain('The Harbor City Council postponed a vote on Tuesday');
    expect(text).toContain('The contractor that prepared the estimate declined to comment.');
    expect(text).toContain('Council President Dana Okafor said the delay would be short.');
    // The figure caption is part of the article.
    expect(text).toContain('The Millbrook Bridge has carried traffic over the Tessel River since 1961.');
    // Paragraphs stay apart so sentences never join across them.
    expect(text).toMatch(/is spent\.\n\nCouncil President/);
  });

  it('collapses whitespace inside a paragraph as a browser renders it', () => {
    expect(text).toContain('replace the bridge deck and strengthen two of its piers. According to an engineering report');
    expect(text).not.toMatch(/[ \t]{2,}|\n{3,}| \n|\n /);
  });

  it('leaves out navigation, ads, comments, related links, code and editable regions', () => {
    for (const clutter of [
      'Politics and city hall coverage', 'ADVERTISEMENT', 'Dockside Furniture', 'tidewatcher',
      'Sources tell me the council', 'Ferry schedule changes', 'bridge_load_limit',
      'Type your own notes', 'About', 'Our standards',
    ]) {
      expect(text, clutter).not.toContain(clutter);
    }
  });

  it('finds the publisher policies in JSON-LD, deduplicated, despite a broken JSON-LD block', () => {
    expect(page.policies).toEqual([
      { kind: 'unnamedSourcesPolicy', url: 'https://courier.example.org/standards#anonymous-sources' },
      { kind: 'publishingPrinciples', url: 'https://courier.example.org/standards' },
    ]);
  });

  it('never changes the live document', () => {
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('is plain JSON: serialising and parsing gives the same report', () => {
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });

  it('maps every finding to a live Range holding exactly its text', () => {
    for (const finding of page.report?.findings ?? []) {
      const range = findingRange(page, finding);
      expect(range, finding.text).not.toBeNull();
      expect(collapse(range?.toString() ?? '')).toBe(finding.text);
    }
  });
});

describe('the outlet policy credit (S12)', () => {
  it('adds the policy component to the score of a page that publishes one, and only there', () => {
    const withPolicy = analyzeDocument(documentFromHtml(readFixturePage('article-with-clutter')));
    const credit = withPolicy.report?.score?.components.find((c) => c.id === 'sourcing-policy');
    expect(withPolicy.report?.score).not.toBeNull();
    expect(credit?.points).toBeGreaterThan(0);
    expect(credit?.standards).toContain('S12');
    const without = analyzeDocument(documentFromHtml(readFixturePage('on-record-article')));
    expect(without.report?.score?.components.some((c) => c.id === 'sourcing-policy')).toBe(false);
  });
});

describe('analyzeDocument on the other fixture pages', () => {
  it('extracts a fully on-the-record article', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('on-record-article')));
    const text = analysedText(page) ?? '';
    expect(page.isArticle).toBe(true);
    expect(page.siteName).toBe('Valley Tribune');
    expect(text).toContain('Parks Commissioner Rosa Delgado said');
    expect(text).toContain('he said.');
    expect(text).not.toContain('Contact the newsroom');
    expect(page.policies).toEqual([]);
  });

  it('extracts an article built on anonymous sources, without its comments box', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('anonymous-heavy-article')));
    const text = analysedText(page) ?? '';
    expect(page.isArticle).toBe(true);
    expect(text.startsWith('Northline Shipping is exploring a sale')).toBe(true);
    expect(text).toContain('A Northline spokesperson declined to comment.');
    expect(text).not.toContain('Comments are closed');
    for (const finding of page.report?.findings ?? []) {
      expect(collapse(findingRange(page, finding)?.toString() ?? '')).toBe(finding.text);
    }
  });

  it('calls a link list and search form page not an article, calmly', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('not-article')));
    expect(page.isArticle).toBe(false);
    expect(page.report).toBeNull();
    expect(page.notArticleReason).toMatch(/not look like an article/);
    expect(page.title).toBe('Harbor Courier — Sections');
    expect(analysedText(page)).toBeNull();
  });

  it('cuts a text longer than the cap, marks the report partial and still maps spans', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('on-record-article')), { maxChars: 400 });
    const text = analysedText(page) ?? '';
    expect(page.isArticle).toBe(true);
    expect(text.length).toBeGreaterThan(100);
    expect(text.length).toBeLessThanOrEqual(400);
    expect(page.partial).toBe(true);
    expect(page.report?.partial).toBe(true);
    expect(page.report?.textLength).toBe(text.length);
    expect(firstWordsInPage(page, text)).toBe(text.slice(0, 20));
  });

  it('handles an empty document and a short note without throwing', () => {
    for (const html of ['', '<p>Back soon.</p>', '<html><body></body></html>']) {
      const page = analyzeDocument(documentFromHtml(html));
      expect(page.isArticle).toBe(false);
      expect(page.report).toBeNull();
    }
  });
});
