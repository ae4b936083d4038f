// "did not provide details", "didn't give a date for the launch", "did not provide the paper with
// further information": information, named as a noun, that the subject did not hand over.
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { ANY_NEGATION, MANNER, MANNER_2, SUBJECT_IS_NOT_A_SPEAKER } from './parts';

export const cls: NonAnswerClass = {
  id: 'withheld-details',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject did not give details, a date, a figure or a reason.',
  parts: [
    ANY_NEGATION,
    MANNER,
    MANNER_2,
    { name: 'give', words: [...LEX.give, 'given', 'provided', 'offered', 'released', 'shared', 'supplied', 'disclosed', 'revealed', 'published'] },
    // "provide the Courier with", "give reporters": who the details were kept from.
    { name: 'recipient', pattern: "(?:(?:[Tt]he\\s+)?[A-Z][\\w&.'-]*(?:\\s+[A-Z][\\w&.'-]*){0,3}\\s+with|reporters|journalists|us|me|him|her|them)", optional: true },
    { name: 'quantity', words: [
        'any', 'any other', 'any further', 'any more', 'other', 'further', 'more', 'additional', 'exact', 'specific', 'precise',
        'full', 'immediate', 'fresh', 'new', 'much', 'many'
      ], optional: true },
    { name: 'information', words: LEX.information },
  ],
  trigger: 'information',
  unless: [
    SUBJECT_IS_NOT_A_SPEAKER,
    { why: '"did not give his name" asks for anonymity, which anonymity-clause.ts reads', span: /\bgive\s+(?:his|her|their)\s+(?:full\s+)?names?$/ },
  ],
  examples: [
    { text: 'Officials did not immediately provide any other details.', match: 'did not immediately provide any other details' },
    { text: 'She didn’t give a date for the first crewed flight.', match: 'didn’t give a date' },
    { text: 'The senator’s office did not provide the Courier with further information.', match: 'did not provide the Courier with further information' },
    { text: 'The club has yet to give a reason for the sacking.', match: 'has yet to give a reason' },
  ],
  counterExamples: [
    'The report did not provide details on its method.',
    'The council did not give up on the scheme.',
    'The company said it would provide details next week.',
  ],
};
