import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'unnamed-organisation';

describe(RULE, () => {
  it('finds an organisation that is described but not named', () => {
    expect(texts('A group representing dairy farmers said the tariff would hurt.', RULE)).toEqual(['A group representing dairy farmers said']);
  });

  it('skips institutions speaking as such', () => {
    expect(texts('The company said profits rose.', RULE)).toEqual([]);
    expect(texts('The group met on Tuesday.', RULE)).toEqual([]);
  });
});
