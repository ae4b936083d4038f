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

  it('finds an organisation coordinated after "according to", but not a document', () => {
    expect(texts('Dozens were held, according to residents and a regional civil liberties group.', RULE)).toEqual(['and a regional civil liberties group']);
    expect(texts('The deal closed in May, according to a company filing.', RULE)).toEqual([]);
    expect(texts('Profits fell, according to an agency report.', RULE)).toEqual([]);
  });
});
