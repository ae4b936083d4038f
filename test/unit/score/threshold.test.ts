import { describe, expect, it } from 'vitest';
import { computeScore, MAX_SENTENCES_PER_STATEMENT } from '../../../src/core/score';
import { declined, institution, named, report, reportWithSentences, sourcesSay } from './builder';

describe('when there is no score', () => {
  it('is null for text with no attributed reporting', () => {
    expect(computeScore(report())).toBeNull();
    expect(computeScore(report(named('Ana Ruiz')))).toBeNull();
  });

  it('is null when the only findings are non-answers', () => {
    expect(computeScore(report(declined(), declined({ who: null, whoKind: 'unknown' })))).toBeNull();
  });

  it('scores two attributed statements, named or anonymous', () => {
    expect(computeScore(report(named('Ana Ruiz'), institution('the city')))).not.toBeNull();
    expect(computeScore(report(sourcesSay(), sourcesSay()))).not.toBeNull();
  });

  it('is null for a long text with a stray attribution or two (a manual, an essay)', () => {
    const items = [named('Ana Ruiz'), named('Bo Lee')];
    expect(computeScore(reportWithSentences(2 * MAX_SENTENCES_PER_STATEMENT, ...items))).not.toBeNull();
    expect(computeScore(reportWithSentences(2 * MAX_SENTENCES_PER_STATEMENT + 1, ...items))).toBeNull();
  });
});
