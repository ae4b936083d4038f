import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'party-member';

describe(RULE, () => {
  it('finds an unnamed partisan in both orders', () => {
    expect(texts('“He will lose badly,” a Texas Democrat predicted.', RULE)).toEqual(['a Texas Democrat predicted']);
    expect(texts('“It is a landslide,” said an Ohio Republican.', RULE)).toEqual(['said an Ohio Republican']);
    expect(texts('Several Republicans said they would vote no.', RULE)).toEqual(['Several Republicans said']);
  });

  it('skips caucuses and named partisans', () => {
    expect(texts('Senate Republicans said they would block the bill.', RULE)).toEqual([]);
    expect(texts('Republican Senator Jane Roe said the bill was dead.', RULE)).toEqual([]);
    expect(texts('The Republicans won the House.', RULE)).toEqual([]);
  });

  it('follows up an anonymous lawmaker, and finds a caucus that speaks privately', () => {
    const text = 'A Republican lawmaker, who asked not to be named, said the vote was close. “It is grim,” the lawmaker said.';
    expect(texts(text, RULE)).toContain('the lawmaker said');
    expect(texts('Senate Democrats privately grumble that the plan is thin.', RULE)).toEqual(['Senate Democrats privately grumble']);
    expect(texts('Senate Democrats said the plan was thin.', RULE)).toEqual([]);
    expect(texts('The lawmaker, Sen. Jo Park, said the plan was thin.', RULE)).toEqual([]);
  });
});
