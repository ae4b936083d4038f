// Findings grouped by kind. Each is a button: activating it scrolls the page to the phrase.
// Page text is rendered as JSX text only, never as markup.
import type { Finding, FindingKind } from '../core/types';
import type { Translate } from '../ui/i18n';
import { standardNames } from '../ui/standards';

const GROUPS: Array<{ kind: FindingKind; headingKey: string }> = [
  { kind: 'anonymous_source', headingKey: 'kindAnonymousSource' },
  { kind: 'non_answer', headingKey: 'kindNonAnswer' },
];

interface Props {
  findings: Finding[];
  onReveal(findingId: string): void;
  t: Translate;
}

export function FindingList({ findings, onReveal, t }: Props) {
  return (
    <section class="findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">{t('findingsHeading')}</h2>
      {findings.length === 0 && <p class="empty">{t('noFindings')}</p>}
      {GROUPS.map(({ kind, headingKey }) => {
        const group = findings.filter((finding) => finding.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} class={`group group-${kind}`}>
            <h3>
              {t(headingKey)} <span class="count">({group.length})</span>
            </h3>
            <ul>
              {group.map((finding) => (
                <li key={finding.id}>
                  <FindingItem finding={finding} onReveal={onReveal} t={t} />
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function FindingItem({ finding, onReveal, t }: { finding: Finding; onReveal(id: string): void; t: Translate }) {
  return (
    <button
      type="button"
      class={`finding kind-${finding.kind}`}
      data-testid="finding"
      data-finding-id={finding.id}
      title={t('showInPage')}
      onClick={() => onReveal(finding.id)}
    >
      <mark class="finding-text" data-testid="finding-text">{finding.text}</mark>
      <span class="finding-explanation">{finding.explanation}</span>
      <span class="finding-sentence">{finding.sentence}</span>
      {finding.standards.length > 0 && (
        <span class="rules">{t('rulesLabel', standardNames(finding.standards, t))}</span>
      )}
    </button>
  );
}
