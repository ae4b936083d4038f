// "had not by late afternoon issued any comment", "has not made a statement": no word at all
// from the subject, told as something it did not put out.
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { LEX } from '../../lexicon/non-answers';
import { MANNER, NOT_DONE } from './parts';

export const cls: NonAnswerClass = {
  id: 'statement-not-issued',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'The subject issued no comment, response or statement.',
  parts: [
    NOT_DONE,
    MANNER,
    // "had not by late afternoon issued": a deadline may sit between the auxiliary and the verb.
    { name: 'by', words: ['by', 'as of'], optional: true },
    { name: 'deadline', words: LEX.deadline, optional: true },
    { name: 'issued', words: [
        'issued', 'made', 'released', 'put out', 'offered', 'given', 'provided', 'issue', 'make', 'release', 'put out', 'offer',
        'give', 'provide'
      ] },
    { name: 'any', words: ['any', 'a', 'an'] },
    { name: 'kind', words: ['public', 'official', 'formal', 'immediate', 'further'], optional: true },
    { name: 'answer', words: ['comment', 'comments', 'response', 'reply', 'statement', 'answer'] },
  ],
  trigger: 'answer',
  unless: [
    { why: 'a suspect’s statement to police is evidence, not an answer to the press', after: /^\s+to\s+(?:the\s+)?(?:police|detectives|investigators|officers|the court)\b/i },
    { why: '"did not give a direct answer" is an evasion (refused-or-evaded)', after: /^\s+(?:to\s+(?:that|the|this)\s+question)/ },
    { why: 'an answer qualified by direct/clear is an evasion, left to refused-or-evaded', span: /\b(?:direct|clear|straight|specific)\s+(?:answer|response)$/ },
    { why: 'a statement of intent, not an answer withheld', after: /^\s+(?:that|of)\b/ },
  ],
  examples: [
    { text: 'The senator had not by late afternoon issued any comment on the ruling.', match: 'had not by late afternoon issued any comment' },
    { text: 'The club has not made any public comment.', match: 'has not made any public comment' },
    { text: 'The star did not offer a response when asked about the fine.', match: 'did not offer a response' },
  ],
  counterExamples: [
    'The suspect did not make a statement to police.',
    'The bank has issued a statement saying that the outage is over.',
  ],
};
