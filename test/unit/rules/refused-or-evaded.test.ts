import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'refused-or-evaded';

describe(RULE, () => {
  it('finds refusals and evasions', () => {
    expect(texts('The agency would not say whether anyone was fired.', RULE)).toEqual(['would not say whether']);
    expect(texts('The sheriff has refused to disclose the names of the officers.', RULE)).toHaveLength(1);
    expect(texts('She did not answer the question directly.', RULE)).toHaveLength(1);
    expect(texts('He said it was too early to speculate about a cause.', RULE)).toEqual(['it was too early to speculate']);
  });

  it('skips answers given', () => {
    expect(texts('She answered every question.', RULE)).toEqual([]);
    expect(texts('He said the store would not open on Sunday.', RULE)).toEqual([]);
  });
});
