// "didn't immediately respond to The Ledger's request for comment", "has yet to reply to repeated
// emails": the reply verb with the request it ignored, whoever's request it was.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { MANNER, MANNER_2, OUTLET_POSSESSIVE } from './parts';

export const cls: NonAnswerClass = {
  id: 'no-reply-to-request',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'The subject did not respond to a request, call or email.',
  parts: [
    { name: 'negation', words: [...LEX.notDone, ...LEX.yetTo, 'never'] },
    MANNER,
    MANNER_2,
    { name: 'reply', words: LEX.reply },
    { name: 'to', words: ['to'], optional: true },
    { name: 'whose', pattern: `(?:a|an|the|our|my|his|her|their|its|multiple|repeated|several|numerous|two|three|written|emailed|${OUTLET_POSSESSIVE})`, optional: true },
    { name: 'whose-2', pattern: '(?:multiple|repeated|several|numerous|two|three|written|emailed|further|follow-up|recent|latest)', optional: true },
    { name: 'channel', words: ['phone', 'telephone', 'cell', 'mobile', 'text', 'email', 'e-mail', 'written', 'emailed'], optional: true },
    { name: 'request', words: LEX.request },
    // Words of the request's topic; a dot only inside an abbreviation ("U.S."), so the span never runs
    // over a sentence end that lacks its space ("…for comment.Two officials").
    { name: 'about', pattern: "(?:for|seeking|about|from|on|regarding|sent|left|made|asking)(?:\\s+(?:(?:[A-Za-z]\\.){2,}|[\\w'-]+)){1,6}", optional: true },
  ],
  trigger: 'reply',
  unless: [
    { why: '"did not answer the question" is an evasion (refused-or-evaded)', span: /\banswer(?:ed)?\s+(?:the\s+|that\s+|a\s+|his\s+|her\s+|my\s+|our\s+|their\s+|any\s+|reporters'?\s+|repeated\s+|further\s+|specific\s+)*(?:questions?|quer(?:y|ies))\b/i },
    { why: '"did not return the call" about an emergency line is not a request', after: /^\s+(?:to\s+)?(?:the\s+)?(?:fire|scene|emergency|alarm)\b/ },
  ],
  examples: [
    { text: 'The mayor did not respond to a request for comment.Two aides said the deal was close.', match: 'did not respond to a request for comment' },
    { text: 'The governor’s office didn’t immediately respond to The Ledger’s request for comment.', match: 'didn’t immediately respond to The Ledger’s request for comment' },
    { text: 'The developer has yet to reply to repeated emails.', match: 'has yet to reply to repeated emails' },
    { text: 'His lawyer did not return phone calls on Monday.', match: 'did not return phone calls on Monday' },
  ],
  counterExamples: [
    'The shop did not return the deposit.',
    'The company said it would respond to requests in writing.',
  ],
};
