import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'unnamed-source';

describe(RULE, () => {
  it('finds bare and counted sources in both orders', () => {
    expect(texts('Sources say the mayor will resign next week.', RULE)).toEqual(['Sources say']);
    expect(texts('The plan was shelved in May, three sources told the Ledger.', RULE)).toEqual(['three sources told the Ledger']);
    expect(texts('“It is over,” said a source inside the campaign.', RULE)).toEqual(['said a source']);
    expect(texts('The deal is close, according to two people familiar with the negotiations.', RULE)).toEqual(['according to two people']);
  });

  it('runs the highlight to the end of the outlet the source spoke to, but not to a listener', () => {
    expect(texts('Sources tell Channel 9 News the mayor will resign.', RULE)).toEqual(['Sources tell Channel 9 News']);
    expect(texts('Two sources told The Daily Courier that the vote was rigged.', RULE)).toEqual(['Two sources told The Daily Courier']);
    expect(texts('Sources told Mayor Diaz that the vote was rigged.', RULE)).toEqual(['Sources told']);
  });

  it('reads descriptors across relative clauses and knowledge phrases', () => {
    const [f] = findings('A person briefed on the talks, who was not authorized to speak publicly, said the offer was rejected.', RULE);
    expect(f?.subtype).toBe('explicit_anonymous');
    expect(f?.details.vantage).toBe('described');
    expect(f?.details.reason).toEqual({ text: expect.stringContaining('not authorized to speak'), specific: true });
    expect(f?.details.count).toBe(1);
  });

  it('counts plural and numbered sources (S6)', () => {
    expect(findings('Multiple sources said the vote was delayed.', RULE)[0]?.details.count).toBe('many');
    expect(findings('Two sources close to the governor said he was furious.', RULE)[0]?.details.count).toBe(2);
  });

  it('reads "familiar with" after any counted role as the same formula, whatever the role', () => {
    expect(texts('Three councillors familiar with the decision said the vote was close.', RULE)).toEqual(['Three councillors familiar with the decision said']);
    expect(texts('A lawyer briefed on the case said the judge would rule soon.', RULE)).toEqual(['A lawyer briefed on the case said']);
    expect(findings('Two senators familiar with the talks said a deal was near.', RULE)[0]?.details.count).toBe(2);
    // No count, or no reporting verb: not the formula.
    expect(texts('Senators familiar with the rules often complain about them.', RULE)).toEqual([]);
    expect(texts('Two companies familiar with the market have raised prices.', RULE)).toEqual([]);
  });

  it('gives a bare "sources say" no vantage', () => {
    expect(findings('Sources say the talks collapsed.', RULE)[0]?.details.vantage).toBe('none');
  });

  it('ignores look-alikes', () => {
    expect(texts('The project is open source and anyone can say what they want.', RULE)).toEqual([]);
    expect(texts('Sources of revenue said to be growing include tourism.', RULE)).toEqual([]);
    expect(texts('People said hello as the parade went by.', RULE)).toEqual([]);
    expect(texts('The reporter did not say where the sources were kept.', RULE)).toEqual([]);
  });

  it('finds "one of the people" picked out of an earlier group', () => {
    const text = 'Two people briefed on the plan said it was final. It could still change, one of the people said.';
    expect(texts(text, RULE)).toEqual(['Two people briefed on the plan said', 'one of the people said']);
  });

  it('finds the anonymous source behind another outlet’s report', () => {
    expect(texts('The bank is weighing job cuts, the Financial Times reported, citing unnamed people familiar with the board’s thinking.', RULE)).toEqual(['citing unnamed people']);
    expect(texts('The story was first carried by Le Soir, which cited a senior Belgian government source.', RULE)).toEqual(['cited a senior Belgian government source']);
    expect(texts('The figures were cited by the mayor.', RULE)).toEqual([]);
  });
});
