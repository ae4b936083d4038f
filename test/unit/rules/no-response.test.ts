import { describe, expect, it } from 'vitest';
import { findings, texts } from '../helpers';

const RULE = 'no-response';

describe(RULE, () => {
  it('finds unanswered requests', () => {
    expect(findings('The ministry did not respond to a request for comment.', RULE)[0]?.details.whoKind).toBe('institution');
    expect(texts('Mr. Lane did not immediately respond to an email.', RULE)).toHaveLength(1);
    expect(texts('The union has not responded to repeated requests for comment.', RULE)).toHaveLength(1);
    expect(texts('The campaign ignored a request for comment.', RULE)).toHaveLength(1);
  });

  it('skips responses that happened', () => {
    expect(texts('Firefighters responded to the call within minutes.', RULE)).toEqual([]);
    expect(texts('The patient did not respond to treatment.', RULE)).toEqual([]);
  });

  it('counts a text message as a request', () => {
    expect(texts('The coach did not respond to texts seeking comment on Sunday.', RULE)).toHaveLength(1);
  });

  it('counts calls and messages that went unanswered', () => {
    expect(texts('The clinic owner did not answer phone calls or emails on Friday.', RULE)).toEqual(['did not answer phone calls or emails on Friday']);
    expect(texts('His agent has not answered repeated text messages.', RULE)).toHaveLength(1);
    expect(texts('She did not answer the questions about the audit.', RULE)).toEqual([]);
  });
});
