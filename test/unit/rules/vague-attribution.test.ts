import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'vague-attribution';

describe(RULE, () => {
  it('finds claims attributed to nobody', () => {
    expect(texts('The singer reportedly left the label.', RULE)).toEqual(['reportedly']);
    expect(texts('The minister Mr. Dale is said to have a temper.', RULE)).toEqual(['is said to have']);
    expect(texts('It is understood the board will meet again.', RULE)).toEqual(['It is understood']);
    expect(texts('The coach is widely believed to be leaving.', RULE)).toEqual(['is widely believed']);
    expect(texts('Ten people died, according to local media reports.', RULE)).toEqual(['according to local media reports']);
    expect(texts('Ten people died, according to reports from The Courier and Radio Ashby.', RULE)).toEqual([]);
    expect(texts("We're told the house was empty.", RULE)).toEqual(["We're told"]);
  });

  it('skips technical and attributed uses', () => {
    expect(texts('Execution is said to be complete when the callback returns.', RULE)).toEqual([]);
    expect(texts('The job is said to be done once the queue drains.', RULE)).toEqual([]);
    expect(texts('The loss was described as “tragic” by the mayor.', RULE)).toEqual([]);
    expect(texts('The rate rise was widely expected.', RULE)).toEqual([]);
  });

  it('finds hedged passives after names, appositives and definite nouns', () => {
    const text = 'Sen. Ray Holt spoke on Monday. Holt is said to be weighing an exit.';
    expect(texts(text, RULE)).toEqual(['is said to be']);
    expect(texts('Her deputy, Mia Lund, is said to be leaving.', RULE)).toEqual(['is said to be']);
    expect(texts('The driver is thought to have fled on foot.', RULE)).toEqual(['is thought to have']);
    expect(texts('The Courier understands the vote will be delayed.', RULE)).toEqual(['The Courier understands']);
  });

  it('skips definitions, attributed hedges and reports an outlet already names', () => {
    expect(texts('In this protocol, a commit is said to be durable once logged.', RULE)).toEqual([]);
    expect(texts('Execution is said to be complete when the queue drains.', RULE)).toEqual([]);
    expect(texts('The leak is believed to have started in May, according to a lab report.', RULE)).toEqual([]);
    expect(texts('The Globe reports that the mayor is reportedly planning to resign.', RULE)).toEqual([]);
  });

  it('leaves a hedge inside reported speech to its speaker', () => {
    expect(texts('The mayor added that no residents were believed to have been hurt.', RULE)).toEqual([]);
  });

  it('finds the hedge after a coordinated clause and on a group noun', () => {
    expect(texts('Okafor skipped the vote and is said to be weighing a run for governor.', RULE)).toEqual(['is said to be']);
    expect(texts('She quit the board in May and is said to have sold her shares.', RULE)).toEqual(['is said to have']);
    expect(texts('The nurses are said to be holding out for better shifts.', RULE)).toEqual(['are said to be']);
    expect(texts('The owner, who bought the club in 2019 and is said to be furious, has gone quiet.', RULE)).toHaveLength(1);
    expect(texts('The function returns a list and is said to be pure.', RULE)).toEqual([]);
    expect(texts('The job is said to be running when its state is R.', RULE)).toEqual([]);
    expect(texts('A lock is said to be held while a thread owns it.', RULE)).toEqual([]);
  });
});
