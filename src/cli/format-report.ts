// The readable summary the CLI prints by default: plain text, one finding per block.
import type { Finding, PageReport, Report } from '../core/types';

const KIND_HEADINGS: Record<Finding['kind'], string> = {
  anonymous_source: 'Unnamed sources',
  non_answer: 'Non-answers',
};

export function formatPageReport(page: PageReport): string {
  const lines: string[] = [];
  lines.push(page.title ?? '(untitled page)');
  const about = [page.siteName, page.byline].filter(Boolean).join(' · ');
  if (about) lines.push(about);
  lines.push(page.url, '');
  if (!page.isArticle || !page.report) {
    lines.push(`Not a news article: ${page.notArticleReason ?? 'nothing to check.'}`);
    return lines.join('\n');
  }
  lines.push(...reportLines(page.report));
  lines.push('');
  if (page.policies.length > 0) {
    for (const policy of page.policies) lines.push(`Published sourcing policy (${policyLabel(policy.kind)}): ${policy.url}`);
  } else {
    lines.push('Published sourcing policy: none found in the page.');
  }
  if (page.partial) lines.push('Note: the page was very long; only its first part was analysed.');
  return lines.join('\n');
}

export function formatTextReport(report: Report, name: string): string {
  const lines = [name, '', ...reportLines(report)];
  if (report.partial) lines.push('', 'Note: the text was very long; only its first part was analysed.');
  return lines.join('\n');
}

function reportLines(report: Report): string[] {
  const lines: string[] = [];
  const { score, counts } = report;
  if (score) {
    lines.push(`Transparency score: ${score.value}/100 (${score.band}) — ${score.verdict}`);
    for (const component of score.components) {
      if (component.points === 0) continue;
      const points = component.points > 0 ? `+${component.points}` : `${component.points}`;
      lines.push(`  ${points.padStart(4)}  ${component.label} (${component.standards.join(', ')}): ${component.detail}`);
    }
  } else {
    lines.push('Transparency score: not scored (too little attributed reporting to judge).');
  }
  lines.push(
    `Found: ${plural(counts.anonymous_source, 'unnamed source')}, ${plural(counts.non_answer, 'non-answer')}.`,
    `On the record: ${plural(counts.named_person, 'named person', 'named people')}, ${plural(counts.institution, 'institution')}, ` +
      `${plural(counts.document, 'document')}, ${plural(counts.publication, 'publication')}.`,
  );
  for (const kind of ['anonymous_source', 'non_answer'] as const) {
    const findings = report.findings.filter((f) => f.kind === kind);
    if (findings.length === 0) continue;
    lines.push('', `${KIND_HEADINGS[kind]}:`);
    findings.forEach((finding, i) => lines.push(...findingLines(finding, i + 1)));
  }
  return lines;
}

function findingLines(finding: Finding, number: number): string[] {
  return [
    `  ${number}. "${finding.text}" (${finding.subtype.replace(/_/g, ' ')})`,
    `     Sentence: ${oneLine(finding.sentence)}`,
    `     Why: ${finding.explanation}${finding.standards.length ? ` [${finding.standards.join(', ')}]` : ''}`,
  ];
}

function policyLabel(kind: PageReport['policies'][number]['kind']): string {
  return kind === 'unnamedSourcesPolicy' ? 'unnamed sources' : 'publishing principles';
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
