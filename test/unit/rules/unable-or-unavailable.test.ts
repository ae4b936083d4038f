import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'unable-or-unavailable';

describe(RULE, () => {
  it('finds subjects who could not be reached or could not say', () => {
    expect(texts('Her lawyer could not be reached for comment.', RULE)).toEqual(['could not be reached for comment']);
    expect(texts('A district representative said she was not immediately available.', RULE)).toHaveLength(1);
    expect(texts('He could not say.', RULE)).toEqual(['He could not say']);
    expect(texts('The clerk was unable to recall the date.', RULE)).toEqual(['was unable to recall']);
  });

  it('skips questions and unrelated uses', () => {
    expect(texts('“So you could not say whether it was safe?” she asked.', RULE)).toEqual([]);
    expect(texts('Tickets are not available online.', RULE)).toEqual([]);
  });

  it('needs "could not say" to leave a question open, not to take an object', () => {
    expect(texts('The crew could not say goodbye to the fans.', RULE)).toEqual([]);
    expect(texts('The pupils could not say thanks in person.', RULE)).toEqual([]);
    expect(texts('She could not say how many had left.', RULE)).toEqual(['She could not say']);
    expect(texts('The agency could not say, citing the inquiry.', RULE)).toEqual(['could not say']);
  });
});
