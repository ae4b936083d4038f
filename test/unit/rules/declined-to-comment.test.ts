import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'declined-to-comment';

describe(RULE, () => {
  it('finds declines and names who declined (S10)', () => {
    const [f] = findings('City Hall spokesperson Rita Moss declined to comment.', RULE);
    expect(f?.text).toBe('declined to comment');
    expect(f?.subtype).toBe('declined_to_comment');
    expect(f?.details).toMatchObject({ who: 'City Hall spokesperson Rita Moss', whoKind: 'spokesperson', quoted: false });
    expect(texts('The bank had no immediate comment.', RULE)).toEqual(['had no immediate comment']);
    expect(texts('Mr. Park declined to be interviewed for this article.', RULE)).toEqual(['declined to be interviewed']);
  });

  it('skips look-alikes', () => {
    expect(texts('Sales declined sharply in March.', RULE)).toEqual([]);
    expect(texts('The site has no comment section.', RULE)).toEqual([]);
  });

  it('knows the British "declined to be drawn" and leaves anonymity requests alone', () => {
    expect(texts('The minister declined to be drawn on the date.', RULE)).toEqual(['declined to be drawn']);
    expect(texts('A neighbour, who did not want to be named, said the house was empty.', RULE)).toEqual([]);
  });

  it('keeps an institution’s own quoted refusal', () => {
    expect(texts('“The firm does not comment on pending cases,” a spokesman said.', RULE)).toHaveLength(1);
  });

  it('does not count a request for anonymity as a refusal to comment', () => {
    expect(texts('The courier declined to give his name.', RULE)).toEqual([]);
    expect(texts('A guard declined to identify himself.', RULE)).toEqual([]);
    expect(texts('The driver declined to be named.', RULE)).toEqual([]);
    expect(texts('The firm declined to give details of the settlement.', RULE)).toEqual(['declined to give details']);
    expect(texts('The police declined to identify the officers.', RULE)).toEqual(['declined to identify']);
  });
});
