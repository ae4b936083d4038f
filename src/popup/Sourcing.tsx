// What the article does put on the record, the outlet's published policy (S12) and how this outlet
// has scored across the articles this reader opened.
import type { PageReport, Report } from '../core/types';
import type { OutletStats } from '../shared/history-types';
import type { Translate } from '../ui/i18n';
import { httpUrlOrNull } from '../ui/safe-url';

interface Props {
  page: PageReport;
  report: Report;
  outlet: OutletStats | null;
  t: Translate;
}

export function Sourcing({ page, report, outlet, t }: Props) {
  const policies = page.policies
    .map((policy) => ({ kind: policy.kind, href: httpUrlOrNull(policy.url) }))
    .filter((policy): policy is { kind: typeof policy.kind; href: string } => policy.href !== null);
  // Prefer the dedicated unnamed-sources policy over general publishing principles.
  const policy = policies.find((p) => p.kind === 'unnamedSourcesPolicy') ?? policies[0];
  return (
    <section class="sourcing" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading">{t('sourcingHeading')}</h2>
      <ul>
        <li data-testid="named-count">{t('namedSources', String(report.counts.named_person))}</li>
        <li data-testid="document-count">{t('documentsCited', String(report.counts.document))}</li>
        <li data-testid="policy">
          {policy ? (
            <a href={policy.href} target="_blank" rel="noopener noreferrer">{t('policyLink')}</a>
          ) : (
            t('policyNone')
          )}
        </li>
        {outlet && (
          <li data-testid="outlet">
            {outlet.count > 1
              ? t('outletAverage', [outlet.domain, String(outlet.average), String(outlet.count)])
              : t('outletFirst', outlet.domain)}
          </li>
        )}
      </ul>
    </section>
  );
}
