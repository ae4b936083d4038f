import { describe, expect, it } from 'vitest';
import { escapeMarkdown, reportToMarkdown } from '../../../src/ui/markdown';
import { HOSTILE, anonymousFinding, articlePage, englishTranslator, notArticlePage } from './mock-report';

const t = englishTranslator();

describe('reportToMarkdown', () => {
  it('includes the score, every component and every finding with its sentence', () => {
    const md = reportToMarkdown(articlePage(), t);
    expect(md).toContain('# Sourcelight report');
    expect(md).toContain('Transparency score: 62/100 (Partly on the record)');
    expect(md).toContain('- +6 Named sources: 3 of 4 sources are named (S9)');
    expect(md).toContain('- \u221210 Anonymity without a reason');
    expect(md).toContain('## Unnamed sources (1)');
    expect(md).toContain('1. **a senior harbour official said**');
    expect(md).toContain('Sentence: The ferry will stop running in May, a senior harbour official said.');
    expect(md).toContain('## Non-answers (1)');
    expect(md).toContain('<https://news.example.com/2026/ferry-cuts>');
    expect(md).toContain('Named people quoted or cited: 3');
  });

  it('is deterministic', () => {
    expect(reportToMarkdown(articlePage(), t)).toBe(reportToMarkdown(articlePage(), t));
  });

  it('keeps hostile page text as text: no raw tag, link or line break survives', () => {
    const page = articlePage({ title: `${HOSTILE}\n# fake heading` });
    page.report!.findings = [anonymousFinding({ text: HOSTILE, sentence: '[click](javascript:alert(1))' })];
    const md = reportToMarkdown(page, t);
    expect(md).not.toMatch(/(^|[^\\])<img/m); // every < is backslash-escaped
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(md).not.toMatch(/(^|[^\\])\[click\]/m);
    expect(md).not.toMatch(/^# fake heading/m);
  });

  it('does not autolink a non-web page URL', () => {
    const md = reportToMarkdown(articlePage({ url: 'javascript:alert(1)' }), t);
    expect(md).not.toContain('<javascript:');
  });

  it('says when the page is not an article', () => {
    expect(reportToMarkdown(notArticlePage(), t)).toContain("doesn't look like a news article");
  });
});

describe('escapeMarkdown', () => {
  it('escapes markup characters and folds line breaks', () => {
    expect(escapeMarkdown('a *b* <i>\n\n c')).toBe('a \\*b\\* \\<i\\> c');
    expect(escapeMarkdown('well-known (sic).')).toBe('well-known (sic).');
  });
});
