import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'generic-group';

describe(RULE, () => {
  it('finds vague groups speaking', () => {
    expect(texts('Analysts say the merger will raise prices.', RULE)).toEqual(['Analysts say']);
    expect(texts('The glacier is shrinking fast, climatologists warned.', RULE)).toEqual(['climatologists warned']);
    expect(texts('Critics have long blamed the council for the delays.', RULE)).toEqual(['Critics have long blamed']);
    expect(texts('Many in the league saw the trade as a mistake.', RULE)).toEqual(['Many in the league saw']);
  });

  it('skips poll respondents and groups that only appear', () => {
    expect(texts('Most economists in a recent survey expected a cut.', RULE)).toEqual([]);
    expect(texts('The conference drew analysts from 12 countries.', RULE)).toEqual([]);
    expect(texts('Experts were invited to the hearing.', RULE)).toEqual([]);
  });

  it('finds plural organisations and groups that accuse, dispute or grumble', () => {
    expect(texts('Press freedom groups have accused the ministry of stalling.', RULE)).toEqual(['Press freedom groups have accused']);
    expect(texts('Some observers privately expressed doubts about the tally.', RULE)).toEqual(['Some observers privately expressed']);
    expect(texts('The groups said they would appeal.', RULE)).toEqual([]);
  });
});
