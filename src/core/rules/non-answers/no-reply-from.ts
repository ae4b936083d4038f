// "There was no response from the club", "no word yet from the ministry": the missing answer is the
// noun, and who did not give it comes after "from".
import { LEX } from '../../lexicon/non-answers';
import type { NonAnswerClass } from '../../phrases/non-answer-matches';
import { ANSWERER, CLAUSE_GOES_ON, SHORT_PHRASE } from './parts';

export const cls: NonAnswerClass = {
  id: 'no-reply-from',
  rule: 'no-response',
  subtype: 'no_response',
  description: 'No answer came from the subject, named after "from".',
  parts: [
    { name: 'no', words: ['no'] },
    { name: 'timing', words: ['immediate', 'further', 'official', 'public', 'formal'], optional: true },
    { name: 'answer', words: LEX.answerNoun },
    { name: 'so-far', words: ['yet', 'as yet', 'so far'], optional: true },
    { name: 'received', words: ['was received', 'has been received', 'had been received', 'was forthcoming', 'came'], optional: true },
    { name: 'from', words: ['from'] },
    { name: 'who', pattern: SHORT_PHRASE, capture: 'who' },
  ],
  trigger: 'answer',
  followedBy: CLAUSE_GOES_ON,
  whoMustBe: ANSWERER,
  unless: [
    { why: 'no word from the missing is news of them, not a refused answer', before: /\b(?:missing|trapped|stranded|kidnapped|abducted|lost|captive|hostages?)\b/i },
    { why: 'no word from the missing is news of them, not a refused answer', after: /^\s*(?:since|about (?:his|her|their) (?:fate|whereabouts|condition))\b/ },
  ],
  examples: [
    { text: 'There was no response from the club on Tuesday.', match: 'no response from the club', who: 'the club' },
    { text: 'There has been no word yet from the ministry.', match: 'no word yet from the ministry' },
    { text: 'No immediate comment was received from Harlow Logistics.', match: 'No immediate comment was received from Harlow Logistics' },
    { text: 'By Thursday evening there was still no reply from her lawyer, despite several emails.', match: 'no reply from her lawyer' },
  ],
  counterExamples: [
    'There has been no word from the missing climbers since Tuesday.',
    'There was no response from the crowd when the band walked off.',
    'The patient showed no response from the second dose onwards.',
    'Applause came from the stands, not a word from the visitors’ end.',
    'The agency said no comment from the ministry was needed.',
  ],
};
