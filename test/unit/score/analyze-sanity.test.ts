// The score on whole texts through analyzeText: detection and scoring together. These depend on the
// detection engine (src/core/analyze.ts); they fail, not skip, if it finds nothing, because a score
// that never appears is a real regression.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/core';
import { computeScore } from '../../../src/core/score';
import {
  DESCRIBED_SOURCE_ARTICLE, HOW_TO_TEXT, ON_RECORD_ARTICLE, UNDESCRIBED_SOURCES_ARTICLE,
} from './article-fixtures';

describe('score through analyzeText', () => {
  it('a fully on-record article scores high', () => {
    const score = analyzeText(ON_RECORD_ARTICLE).score;
    expect(score).not.toBeNull();
    expect(score!.value).toBeGreaterThanOrEqual(70);
    expect(score!.band).toBe('high');
  });

  it('an article resting on undescribed "sources say" scores low', () => {
    const score = analyzeText(UNDESCRIBED_SOURCES_ARTICLE).score;
    expect(score).not.toBeNull();
    expect(score!.value).toBeLessThan(40);
    expect(score!.band).toBe('low');
    expect(score!.components.some((c) => c.id === 'undescribed-sources' && c.points < 0)).toBe(true);
  });

  it('describing the source and saying why it is anonymous scores better than "sources say"', () => {
    const described = analyzeText(DESCRIBED_SOURCE_ARTICLE).score;
    const undescribed = analyzeText(UNDESCRIBED_SOURCES_ARTICLE).score;
    expect(described).not.toBeNull();
    expect(described!.value).toBeGreaterThan(undescribed?.value ?? 0);
  });

  it('a how-to with no attributed reporting gets no score', () => {
    expect(analyzeText(HOW_TO_TEXT).score).toBeNull();
  });

  it('the report carries the same score computeScore gives, and it is stable', () => {
    const first = analyzeText(ON_RECORD_ARTICLE);
    expect(first.score).toEqual(computeScore(first));
    expect(analyzeText(ON_RECORD_ARTICLE).score).toEqual(first.score);
  });
});
