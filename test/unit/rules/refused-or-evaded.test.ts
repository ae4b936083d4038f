import { describe, expect, it } from 'vitest';
import { texts } from '../helpers';

const RULE = 'refused-or-evaded';

describe(RULE, () => {
  it('finds refusals and evasions', () => {
    expect(texts('The agency would not say whether anyone was fired.', RULE)).toEqual(['would not say whether']);
    expect(texts('The sheriff has refused to disclose the names of the officers.', RULE)).toHaveLength(1);
    expect(texts('She did not answer the question directly.', RULE)).toHaveLength(1);
    expect(texts('He said it was too early to speculate about a cause.', RULE)).toEqual(['it was too early to speculate']);
  });

  it('skips answers given', () => {
    expect(texts('She answered every question.', RULE)).toEqual([]);
    expect(texts('He said the store would not open on Sunday.', RULE)).toEqual([]);
  });

  it('does not count a quoted witness describing what third parties did not say', () => {
    expect(texts('“They would not say why,” said Ama Boateng, whose brother was held.', RULE)).toEqual([]);
    expect(texts('The ministry would not say why the vote was delayed.', RULE)).toHaveLength(1);
  });

  it('finds an answer pointedly limited to one point', () => {
    expect(texts('The club would say only that talks were ongoing.', RULE)).toEqual(['would say only']);
    expect(texts('He said only that the two “speak often.”', RULE)).toHaveLength(1);
    expect(texts('She said only the first line of the poem.', RULE)).toEqual([]);
  });

  it('knows the British "would not be drawn"', () => {
    expect(texts('The chancellor would not be drawn on tax rises.', RULE)).toEqual(['would not be drawn']);
  });

  it('finds a deferral to a later day', () => {
    expect(texts('A league spokesman said it would “have more to say next week.”', RULE)).toEqual(['have more to say next week']);
    expect(texts('“We’ll have more to share later,” she said.', RULE)).toHaveLength(1);
    expect(texts('Players have more to say about tactics than fans think.', RULE)).toEqual([]);
  });

  it('finds questions not answered or not addressed, but not a door left unanswered', () => {
    expect(texts('The governor did not address questions about the pipeline during the visit.', RULE)).toEqual(['did not address questions about the pipeline during the visit']);
    expect(texts('The league would not address the allegations made by former referees.', RULE)).toHaveLength(1);
    expect(texts('The treasurer did not answer the questions on the missing funds.', RULE)).toEqual(['did not answer the questions on the missing funds']);
    expect(texts('The striker sidestepped the question about his contract.', RULE)).toHaveLength(1);
    expect(texts('Nobody answered when I knocked, and she did not answer the door.', RULE)).toEqual([]);
    expect(texts('The new plan did not address the shortage of nurses in rural areas.', RULE)).toEqual([]);
  });

  it('leaves unanswered calls to the no-response rule', () => {
    expect(texts('The builder did not answer phone calls from the council.', RULE)).toEqual([]);
  });
});
