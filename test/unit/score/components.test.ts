import { describe, expect, it } from 'vitest';
import { computeScore, SCORE_BASE } from '../../../src/core/score';
import type { Score, ScoreComponent } from '../../../src/core/types';
import {
  anonymous, declined, describedWithReason, document, followUp, institution, named, report, sourcesSay,
} from './builder';

function scored(...args: Parameters<typeof report>): Score {
  const score = computeScore(report(...args));
  if (!score) throw new Error('expected a score');
  return score;
}

function part(score: Score, id: string): ScoreComponent | undefined {
  return score.components.find((c) => c.id === id);
}

describe('score components', () => {
  it('adds up: value is the base plus the points, clamped', () => {
    const score = scored(named('Ana Ruiz'), sourcesSay(), anonymous(), declined(), named('Bo Lee'));
    const sum = score.components.reduce((total, c) => total + c.points, 0);
    expect(score.value).toBe(Math.min(100, Math.max(0, SCORE_BASE + sum)));
    for (const c of score.components) expect(Number.isInteger(c.points)).toBe(true);
  });

  it('on-record share spans -10 (all anonymous) to +30 (all named) and counts follow-ups', () => {
    expect(part(scored(named('Ana Ruiz'), named('Bo Lee')), 'on-record-share')?.points).toBe(30);
    expect(part(scored(sourcesSay(), sourcesSay()), 'on-record-share')?.points).toBe(-10);
    const withFollowUps = scored(named('Ana Ruiz'), anonymous(), followUp(), followUp());
    expect(part(withFollowUps, 'on-record-share')?.points).toBe(0);
    expect(part(withFollowUps, 'on-record-share')?.detail).toContain('1 of 4');
  });

  it('named sources count distinct names, people more than institutions, capped', () => {
    const repeated = scored(named('Ana Ruiz'), named('ana ruiz'), institution('the Harbour Authority'));
    expect(part(repeated, 'named-sources')?.points).toBe(3);
    const many = scored(...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((n) => named(`Person ${n}`)));
    expect(part(many, 'named-sources')?.points).toBe(10);
  });

  it('documents earn points (S11), capped', () => {
    expect(part(scored(named('Ana Ruiz'), document('court filings')), 'documents')?.points).toBe(2);
    const many = scored(...['a', 'b', 'c', 'd', 'e'].map((n) => document(`filing ${n}`)));
    expect(part(many, 'documents')?.points).toBe(6);
  });

  it('a bare "sources say" costs more than a described source, which costs more than nothing', () => {
    const bare = scored(named('Ana Ruiz'), sourcesSay());
    const described = scored(named('Ana Ruiz'), anonymous({ vantage: 'described' }));
    const bareCost = part(bare, 'undescribed-sources')!.points;
    const describedCost = part(described, 'described-sources')!.points;
    expect(bareCost).toBeLessThan(describedCost);
    expect(describedCost).toBeLessThan(0);
    expect(part(bare, 'undescribed-sources')?.detail).toContain('1 of 1 anonymous source');
  });

  it('follow-ups do not cost like new sources', () => {
    const one = scored(named('Ana Ruiz'), sourcesSay());
    const withFollowUps = scored(named('Ana Ruiz'), sourcesSay(), followUp('the sources'), followUp('the sources'));
    expect(part(withFollowUps, 'undescribed-sources')?.points).toBe(part(one, 'undescribed-sources')?.points);
    const three = scored(named('Ana Ruiz'), sourcesSay(), sourcesSay(), sourcesSay());
    expect(withFollowUps.value).toBeGreaterThan(three.value);
  });

  it('anonymity cost is bounded: forty sources cost no more than the cap', () => {
    const many = scored(...Array.from({ length: 40 }, () => sourcesSay()));
    expect(part(many, 'undescribed-sources')?.points).toBe(-30);
    expect(part(many, 'undescribed-sources')?.findingIds).toHaveLength(40);
  });

  it('a specific reason earns more than a stock phrase, and the detail counts the silent ones', () => {
    const specific = scored(named('Ana Ruiz'), describedWithReason(), anonymous(), anonymous());
    const stock = scored(named('Ana Ruiz'), anonymous({ reason: { text: 'given the sensitivity', specific: false } }),
      anonymous(), anonymous());
    expect(part(specific, 'anonymity-reasons')?.points).toBe(3);
    expect(part(stock, 'anonymity-reasons')?.points).toBe(1);
    expect(part(specific, 'anonymity-reasons')?.detail).toMatch(/^2 of 3 anonymous sources give no reason/);
    const silent = scored(named('Ana Ruiz'), anonymous(), anonymous());
    expect(part(silent, 'anonymity-reasons')?.points).toBe(0);
    expect(part(silent, 'anonymity-reasons')?.detail).toContain('None of the 2');
  });

  it('groups and "reportedly" are not asked for a reason', () => {
    const score = scored(named('Ana Ruiz'), anonymous({ descriptor: 'critics' }, 'generic_group'),
      anonymous({ descriptor: 'reportedly', vantage: 'none' }, 'vague_attribution'));
    expect(part(score, 'anonymity-reasons')).toBeUndefined();
  });

  it('a stated motive is a small plus, capped', () => {
    const one = scored(named('Ana Ruiz'), anonymous({ motive: 'an ally of the mayor' }));
    expect(part(one, 'stated-motives')?.points).toBe(1);
    const five = scored(...Array.from({ length: 5 }, () => anonymous({ motive: 'who opposes the plan' })));
    expect(part(five, 'stated-motives')?.points).toBe(3);
  });

  it('claims on one unnamed source cost (S6); plural and follow-ups do not', () => {
    const single = scored(named('Ana Ruiz'), anonymous({ count: 1 }), followUp());
    expect(part(single, 'single-source-claims')?.points).toBe(-2);
    expect(part(single, 'single-source-claims')?.findingIds).toEqual(['f0']);
    const pair = scored(named('Ana Ruiz'), anonymous({ count: 2 }));
    expect(part(pair, 'single-source-claims')).toBeUndefined();
    const many = scored(...Array.from({ length: 9 }, () => anonymous({ count: 1 })));
    expect(part(many, 'single-source-claims')?.points).toBe(-8);
  });

  it('leading with an anonymous source costs a little (S5)', () => {
    const leads = scored(sourcesSay(), named('Ana Ruiz'));
    const follows = scored(named('Ana Ruiz'), sourcesSay());
    expect(part(leads, 'anonymous-lead')?.points).toBe(-4);
    expect(part(follows, 'anonymous-lead')).toBeUndefined();
    expect(leads.value).toBeLessThan(follows.value);
  });

  it('non-answers earn a small capped credit (S10), more when it says who', () => {
    const unknown = scored(named('Ana Ruiz'), named('Bo Lee'), declined({ who: null, whoKind: 'unknown' }));
    const known = scored(named('Ana Ruiz'), named('Bo Lee'), declined());
    expect(part(unknown, 'right-of-reply')?.points).toBe(1);
    expect(part(known, 'right-of-reply')?.points).toBe(2);
    const many = scored(named('Ana Ruiz'), named('Bo Lee'), declined(), declined(), declined());
    expect(part(many, 'right-of-reply')?.points).toBe(4);
  });

  it('an organisation that declines yet speaks anonymously is flagged and earns no reply credit (S7)', () => {
    const score = scored(named('Ana Ruiz'),
      anonymous({ descriptor: 'a senior Harbour Authority official', vantage: 'described' }),
      declined({ who: 'A Harbour Authority spokeswoman', whoKind: 'spokesperson' }));
    const doubleRole = part(score, 'declined-and-anonymous');
    expect(doubleRole?.points).toBe(0);
    expect(doubleRole?.detail).toMatch(/^Harbour Authority declined/);
    expect(doubleRole?.findingIds.sort()).toEqual(['f0', 'f1']);
    expect(part(score, 'right-of-reply')?.points).toBe(0);
    const unrelated = scored(named('Ana Ruiz'), anonymous({ descriptor: 'a senior port official' }),
      declined({ who: 'A Harbour Authority spokeswoman', whoKind: 'spokesperson' }));
    expect(part(unrelated, 'declined-and-anonymous')).toBeUndefined();
    expect(part(unrelated, 'right-of-reply')?.points).toBe(2);
  });

  it('only institutional non-answers are compared with anonymous descriptors', () => {
    const person = scored(named('Ana Ruiz'), anonymous({ descriptor: 'an aide to Mayor Dana Cole' }),
      declined({ who: 'Mayor Dana Cole', whoKind: 'named_person' }));
    expect(part(person, 'declined-and-anonymous')).toBeUndefined();
  });

  it('every component cites a rule and explains itself in a sentence', () => {
    const score = scored(sourcesSay(), named('Ana Ruiz'), describedWithReason(), document('the audit'),
      anonymous({ motive: 'a rival' }), declined(), institution('the Harbour Authority'));
    for (const c of score.components) {
      expect(c.standards.length).toBeGreaterThan(0);
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.detail).toMatch(/^[A-Z0-9].*\.$/);
    }
  });
});
