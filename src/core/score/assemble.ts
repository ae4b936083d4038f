import type { Score, ScoreComponent } from '../types';
import { bandFor, verdictFor } from './band';
import { clamp } from './math';

/** Every score starts here; components push it up or down. */
export const SCORE_BASE = 50;

/** value = base + the sum of the components' points, clamped to 0..100. */
export function assembleScore(components: ScoreComponent[]): Score {
  const sum = components.reduce((total, component) => total + component.points, 0);
  const value = clamp(SCORE_BASE + sum, 0, 100);
  const band = bandFor(value);
  return { value, band, verdict: verdictFor(band, components), components };
}
