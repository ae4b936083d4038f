// The score as a ring that fills in proportion to the value, with the number in the middle and the
// verdict in words beside it, so the band never rests on colour alone.
import type { Score } from '../core/types';
import type { Translate } from '../ui/i18n';

const RADIUS = 34;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

const BAND_KEYS = { high: 'bandHigh', medium: 'bandMedium', low: 'bandLow' } as const;

export function ScoreDial({ score, t }: { score: Score; t: Translate }) {
  const value = Math.max(0, Math.min(100, Math.round(score.value)));
  const filled = (CIRCUMFERENCE * value) / 100;
  return (
    <section class={`dial band-${score.band}`} aria-label={t('scoreLabel')}>
      <div class="dial-ring">
        <svg viewBox="0 0 80 80" width="80" height="80" aria-hidden="true" focusable="false">
          <circle class="dial-track" cx="40" cy="40" r={RADIUS} />
          <circle
            class="dial-fill"
            cx="40"
            cy="40"
            r={RADIUS}
            stroke-dasharray={`${filled} ${CIRCUMFERENCE}`}
            transform="rotate(-90 40 40)"
          />
        </svg>
        <span class="dial-number" data-testid="score">{String(value)}</span>
      </div>
      <div class="dial-words">
        <p class="dial-outof">{t('scoreOutOf')}</p>
        <p class="dial-verdict" data-testid="verdict">{score.verdict}</p>
        <p class="dial-band">{t(BAND_KEYS[score.band])}</p>
      </div>
    </section>
  );
}
