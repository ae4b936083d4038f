// The report as Markdown for the clipboard. Pure: the same report gives the same text. Page text is
// escaped so a hostile title or quote stays literal text in whatever renders the Markdown.
import type { Finding, PageReport } from '../core/types';
import type { Translate } from './i18n';
import { signedPoints } from './format';
import { httpUrlOrNull } from './safe-url';

/** Backslash-escapes Markdown and HTML punctuation and folds line breaks, so text cannot become markup. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/[\\`*_{}[\]<>#|~&]/g, (char) => `\\${char}`);
}

export function reportToMarkdown(page: PageReport, t: Translate): string {
  const lines: string[] = [`# ${t('mdTitle')}`, ''];
  if (page.title) lines.push(`**${escapeMarkdown(page.title)}**`);
  const href = httpUrlOrNull(page.url);
  // Only a web address becomes an autolink; anything else is shown as escaped text.
  lines.push(href ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(page.url), '');
  const report = page.report;
  if (!page.isArticle || !report) {
    lines.push(t('notArticle'));
    return lines.join('\n') + '\n';
  }
  const score = report.score;
  if (score) {
    lines.push(t('mdScore', [String(score.value), escapeMarkdown(score.verdict)]), '');
    lines.push(`## ${t('componentsHeading')}`, '');
    for (const c of score.components) {
      const rules = c.standards.length ? ` (${c.standards.join(', ')})` : '';
      lines.push(`- ${signedPoints(c.points)} ${escapeMarkdown(c.label)}: ${escapeMarkdown(c.detail)}${rules}`);
    }
    lines.push('');
  } else {
    lines.push(t('noScore'), '');
  }
  lines.push(...findingSection(report.findings.filter((f) => f.kind === 'anonymous_source'), t('kindAnonymousSource'), t));
  lines.push(...findingSection(report.findings.filter((f) => f.kind === 'non_answer'), t('kindNonAnswer'), t));
  lines.push(t('namedSources', String(report.counts.named_person)), '');
  lines.push(t('documentsCited', String(report.counts.document)));
  return lines.join('\n') + '\n';
}

function findingSection(findings: Finding[], heading: string, t: Translate): string[] {
  if (findings.length === 0) return [];
  const lines = [`## ${heading} (${findings.length})`, ''];
  findings.forEach((f, i) => {
    const rules = f.standards.length ? ` (${f.standards.join(', ')})` : '';
    lines.push(`${i + 1}. **${escapeMarkdown(f.text)}**: ${escapeMarkdown(f.explanation)}${rules}`);
    lines.push(`   ${t('mdSentence', escapeMarkdown(f.sentence))}`);
  });
  lines.push('');
  return lines;
}
