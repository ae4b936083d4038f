import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'unnamed-individual';

describe(RULE, () => {
  it('finds unnamed relatives, donors and acquaintances', () => {
    expect(texts('He was a quiet boy, according to his mother.', RULE)).toEqual(['according to his mother']);
    expect(texts('Three donors told the paper the dinner was tense.', RULE)).toEqual(['Three donors told']);
    expect(texts('People close to the coach insisted he would stay.', RULE)).toEqual(['People close to the coach insisted']);
    expect(texts('Those who know him believe he will run again.', RULE)).toEqual(['Those who know him believe']);
  });

  it('finds reporting from unattributed interviews', () => {
    expect(texts('The timeline was rebuilt from interviews with staff.', RULE)).toEqual(['from interviews']);
  });

  it('skips named relatives and people who are only mentioned', () => {
    expect(texts('Her father, John Smith, said she loved the sea.', RULE)).toEqual([]);
    expect(texts('She visited her mother on Sunday.', RULE)).toEqual([]);
    expect(texts('His father did not respond to questions.', RULE)).toEqual([]);
  });
});
