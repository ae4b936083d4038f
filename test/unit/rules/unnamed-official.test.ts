import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'unnamed-official';

describe(RULE, () => {
  it('finds officials, aides and investigators in any tense and order', () => {
    expect(texts('Officials said the bridge would reopen on Friday.', RULE)).toEqual(['Officials said']);
    expect(texts('The budget will be cut, a senior Treasury official said.', RULE)).toEqual(['a senior Treasury official said']);
    expect(texts('Investigators believe the fire started in the kitchen.', RULE)).toEqual(['Investigators believe']);
    expect(texts('Campaign aides have quietly argued for a softer tone.', RULE)).toEqual(['Campaign aides have quietly argued']);
    expect(texts('State officials are worried about the drought.', RULE)).toEqual(['State officials are worried']);
  });

  it('describes the vantage point (S2)', () => {
    expect(findings('A senior Treasury official said the cut was final.', RULE)[0]?.details.vantage).toBe('described');
    expect(findings('An aide said the cut was final.', RULE)[0]?.details.vantage).toBe('partial');
  });

  it('tells a specific reason from boilerplate (S1)', () => {
    const specific = findings('An official, speaking on condition of anonymity to discuss private deliberations, said the plan changed.', RULE)[0];
    expect(specific?.details.reason?.specific).toBe(true);
    const stock = findings('An official said the plan changed, speaking because of the sensitivity of the matter.', RULE)[0];
    expect(stock?.details.reason).toEqual({ text: expect.stringContaining('sensitivity of the matter'), specific: false });
  });

  it('marks a definite reference as a follow-up', () => {
    expect(findings('The official said the memo was never sent.', RULE)[0]?.details.followUp).toBe(true);
  });

  it('skips named officials, objects, passives and negations', () => {
    expect(texts('White House official Maria Lopez said the meeting went well.', RULE)).toEqual([]);
    expect(texts('The mayor met with officials on Tuesday.', RULE)).toEqual([]);
    expect(texts('Officials were told to leave the building.', RULE)).toEqual([]);
    expect(texts('Officials did not say when the road would reopen.', RULE)).toEqual([]);
    expect(texts('She criticized an official who wrote a memo.', RULE)).toEqual([]);
    expect(texts('The director said investigators had found nothing.', RULE)).toEqual([]);
  });
});
