// Each score component with its signed contribution and the rules it comes from.
import type { ScoreComponent } from '../core/types';
import type { Translate } from '../ui/i18n';
import { signedPoints } from '../ui/format';
import { standardNames } from '../ui/standards';

export function ScoreBreakdown({ components, t }: { components: ScoreComponent[]; t: Translate }) {
  if (components.length === 0) return null;
  return (
    <section class="breakdown" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">{t('componentsHeading')}</h2>
      <ul>
        {components.map((component) => {
          const sign = component.points > 0 ? 'plus' : component.points < 0 ? 'minus' : 'zero';
          return (
            <li key={component.id} class="component" data-testid="component">
              <span class={`points points-${sign}`} aria-label={t('pointsLabel', signedPoints(component.points))}>
                {signedPoints(component.points)}
              </span>
              <span class="component-text">
                <strong>{component.label}</strong>
                <span class="component-detail">{component.detail}</span>
                {component.standards.length > 0 && (
                  <span class="rules">{t('rulesLabel', standardNames(component.standards, t))}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
