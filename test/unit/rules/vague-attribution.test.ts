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
    expect(texts("We're told the house was empty.", RULE)).toEqual(["We're told"]);
  });

  it('skips technical and attributed uses', () => {
    expect(texts('Execution is said to be complete when the callback returns.', RULE)).toEqual([]);
    expect(texts('The job is said to be done once the queue drains.', RULE)).toEqual([]);
    expect(texts('The loss was described as “tragic” by the mayor.', RULE)).toEqual([]);
    expect(texts('The rate rise was widely expected.', RULE)).toEqual([]);
  });
});
