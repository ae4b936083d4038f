// Broad news phrasing, written for these tests: what a reader would call an anonymous source or
// a non-answer is found, and what newsrooms treat as on the record is not.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index';

const kinds = (text: string) => analyzeText(text).findings.map((f) => `${f.kind}:${f.subtype}`);

describe('news phrasing', () => {
  it.each([
    ['Officials in Ohio said the water was safe.', 'anonymous_source:unnamed_official'],
    ['Several people were injured, officials said.', 'anonymous_source:unnamed_official'],
    ['One official told CNN the president was furious.', 'anonymous_source:unnamed_official'],
    ['Residents said the water smelled odd.', 'anonymous_source:unnamed_individual'],
    ['A lawyer for the family said they would sue.', 'anonymous_source:unnamed_individual'],
    ['A person who attended the meeting said the tone was tense.', 'anonymous_source:explicit_anonymous'],
    ['The deal could close Monday, said the people, who asked not to be identified because the talks are private.', 'anonymous_source:explicit_anonymous'],
    ['Experts warn that the virus could spread.', 'anonymous_source:generic_group'],
    ['The company did not immediately respond to an emailed request for comment.', 'non_answer:no_response'],
    ['Mr. Brown did not return messages seeking comment.', 'non_answer:no_response'],
    ['The senator has not commented on the report.', 'non_answer:declined_to_comment'],
    ['Representatives for the band could not be reached.', 'non_answer:unable_or_unavailable'],
    ['She declined to say how much she was paid.', 'non_answer:declined_to_comment'],
  ])('finds %s', (sentence, expected) => {
    expect(kinds(sentence)).toEqual([expected]);
  });

  it.each([
    'Police said two people were arrested.',
    'Prosecutors said the man fled the scene.',
    'Authorities said the fire was contained.',
    'The White House said the trip was postponed.',
    'The minister told parliament the budget was balanced.',
    'Her attorney, Sam Green, said she was innocent.',
    'Sales declined 4 percent in the quarter.',
    'It was a familiar sight for commuters.',
    'The company has been a source of jobs for the region.',
    'He did not know how to swim.',
    'The police officers were told to stand down.',
    'The officials met for three hours.',
    'Our policy on anonymous sources: we use them only when the information is essential.',
  ])('finds nothing in %s', (sentence) => {
    expect(kinds(sentence)).toEqual([]);
  });

  it('reads a reason for anonymity as specific or boilerplate (S1)', () => {
    const [specific] = analyzeText('The deal is off, said the people, who asked not to be identified because the talks are private.').findings;
    expect(specific?.kind === 'anonymous_source' && specific.details.reason?.specific).toBe(true);
    const [stock] = analyzeText('An aide, who spoke on condition of anonymity, said the deal was off.').findings;
    expect(stock?.kind === 'anonymous_source' && stock.details.reason?.specific).toBe(false);
  });

  it('explains each finding in one sentence that names the rule', () => {
    const [anonymous, nonAnswer] = analyzeText('Sources say the deal is off. The Treasury spokesperson declined to comment.').findings;
    expect(anonymous?.explanation).toMatch(/no description.*no reason.*AP and SPJ/);
    expect(nonAnswer?.explanation).toMatch(/^The Treasury spokesperson declined to answer \(“declined to comment”\) — .*right of reply/);
    expect(anonymous?.standards).toEqual(expect.arrayContaining(['S1', 'S2']));
    expect(nonAnswer?.standards).toContain('S10');
  });
});
