import type { Report, Score } from '../types';

// Placeholder until the scoring rubric lands.
export function computeScore(_report: Omit<Report, 'score'>): Score | null {
  return null;
}
