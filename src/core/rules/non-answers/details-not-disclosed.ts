// "Financial terms were not disclosed", "the names have not been released", "the price wasn't
// announced": what was withheld is the subject of a passive.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';

export const cls: NonAnswerClass = {
  id: 'details-not-disclosed',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'Details, terms or names were not disclosed (a passive non-answer).',
  parts: [
    { name: 'what', words: [
        'details', 'terms', 'financial terms', 'the terms', 'names', 'the names', 'the name', 'his name', 'her name',
        'their names', 'identity', 'the identity', 'identities', 'the identities', 'price', 'the price', 'pricing', 'cost',
        'the cost', 'amount', 'the amount', 'value', 'the value', 'sum', 'the sum', 'figures', 'the figures', 'the figure',
        'reason', 'the reason', 'reasons', 'the reasons', 'the location', 'the date', 'a date', 'release date', 'a release date',
        'the fee', 'fee', 'salary', 'the salary', 'specifics', 'further details', 'more details', 'other details', 'the details',
        'price and availability'
      ] },
    { name: 'of', pattern: '(?:of|for)\\s+(?:the\\s+)?[\\w\'-]+(?:\\s+[\\w\'-]+){0,3}?', optional: true },
    { name: 'aux', words: [
        'was not', "wasn't", 'were not', "weren't", 'has not been', "hasn't been", 'have not been', "haven't been",
        'had not been', "hadn't been", 'were never', 'was never', 'has yet to be', 'have yet to be', 'had yet to be',
        'are not being', 'is not being', 'will not be', "won't be", 'are not', 'is not'
      ] },
    { name: 'manner', words: LEX.manner, optional: true },
    { name: 'disclosed', words: LEX.disclosed },
  ],
  trigger: 'disclosed',
  unless: [{ why: '"were not given to the patients" is a treatment, not information', after: /^\s+to\s+(?:the\s+)?(?:patients?|children|pupils|staff|residents)\b/ }],
  examples: [
    { text: 'Financial terms of the deal were not disclosed.', match: 'Financial terms of the deal were not disclosed' },
    { text: 'The names of the two officers have not been released.', match: 'names of the two officers have not been released' },
    { text: 'The price wasn’t announced.', match: 'price wasn’t announced' },
  ],
  counterExamples: [
    'Details were disclosed in a filing on Monday.',
    'The reason was given in the letter.',
  ],
};
