// When Readability throws on a page, the reader gets a calm "not an article" report, not an error.
import { describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../../src/page/index';
import { documentFromHtml, readFixturePage } from '../../helpers/fixture-pages';

vi.mock('@mozilla/readability/Readability.js', () => ({
  default: class {
    parse(): never {
      throw new Error('simulated failure inside Readability');
    }
  },
}));

describe('analyzeDocument when Readability fails', () => {
  it('returns a non-article report with a reason instead of throwing', () => {
    const page = analyzeDocument(documentFromHtml(readFixturePage('on-record-article')));
    expect(page.isArticle).toBe(false);
    expect(page.report).toBeNull();
    expect(page.notArticleReason).toMatch(/could not be read/);
    expect(page.title).toContain('State opens new trail');
  });
});
