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

  it('finds counted ministers and ambassadors, but not a minister by title', () => {
    expect(texts('One former defence minister said: “This is a mess.”', RULE)).toEqual(['One former defence minister said']);
    expect(texts('The prime minister said the budget was fair.', RULE)).toEqual([]);
    expect(texts('Foreign Minister Ana Reyes said talks would resume.', RULE)).toEqual([]);
  });

  it('finds a source coordinated after "according to" and one picked out of a group', () => {
    expect(texts('The cap will be dropped, according to a memo seen by this paper and two Nordic diplomats.', RULE)).toEqual(['and two Nordic diplomats']);
    expect(texts('Four officials described the raid. It began at dawn, one of the officials said.', RULE)).toEqual(['Four officials described', 'one of the officials said']);
  });

  it('broadens the verbs a source may use', () => {
    expect(texts('Hospital administrators have disputed that account.', RULE)).toEqual(['Hospital administrators have disputed']);
    expect(texts('Two officials privately expressed doubts about the count.', RULE)).toEqual(['Two officials privately expressed']);
    expect(texts('“Where is the money?” an aide replied.', RULE)).toHaveLength(1);
  });

  it('skips passives and reduced relatives: officials who were told or blamed', () => {
    expect(texts('Officials in the finance ministry have been told to prepare.', RULE)).toEqual([]);
    expect(texts('The strike killed a commander blamed for the attacks.', RULE)).toEqual([]);
    expect(texts('Two aides accused of leaking were fired.', RULE)).toEqual([]);
    expect(texts('Officials from the bloc were expected to publish a report.', RULE)).toEqual([]);
  });

  it('finds a cited source at the start of a sentence, but not a possessive', () => {
    expect(texts('Citing officials in the capital, the agency said the depot was hit.', RULE)).toEqual(['Citing officials']);
    expect(texts('The paper cited the officials’ own records.', RULE)).toEqual([]);
  });

  it('finds aides described by the politician they serve', () => {
    expect(texts('Aides to Senator Rosa Quint said she would oppose the bill.', RULE)).toEqual(['Aides to Senator Rosa Quint said']);
    expect(texts('Advisers to the prime minister say the summit is off.', RULE)).toHaveLength(1);
    expect(texts('The mayor asked aides to say nothing about the audit.', RULE)).toEqual([]);
  });
});
