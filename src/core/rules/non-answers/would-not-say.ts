// "wouldn't confirm whether", "did not say when", "has yet to disclose how many", "would not say.":
// an act of telling that did not happen, followed by what was asked or by nothing at all. A content
// clause ("did not say that he would resign") reports what was said and is left out.
import { LEX } from '../../lexicon/non-answers';
import { anyOf, type NonAnswerClass } from '../../phrases/non-answer-matches';
import { ANY_NEGATION, CLAUSE_END, FIRST_PERSON_DENIAL, MANNER, MANNER_2, SUBJECT_IS_NOT_A_SPEAKER } from './parts';

/** What may follow: a question word, "so"/"that"/"it" ending the clause, or the clause's end itself. */
const WHAT_WAS_ASKED = `(?:\\s+${anyOf(LEX.whWord)}|(?:\\s+(?:so|that|it|this|either|more|much|further|exactly|publicly|anything))?(?=${CLAUSE_END}))`;

export const cls: NonAnswerClass = {
  id: 'would-not-say',
  rule: 'refused-or-evaded',
  subtype: 'refused_or_evaded',
  description: 'The subject would not say, confirm or disclose what was asked.',
  parts: [
    { name: 'negation', words: [...(ANY_NEGATION.words ?? []), 'does not', "doesn't", 'do not', "don't"] },
    MANNER,
    MANNER_2,
    { name: 'tell', words: [...LEX.disclose, ...LEX.disclosePast.filter((w) => !LEX.give.includes(w) && w !== 'given' && w !== 'provided' && w !== 'offered' && w !== 'supplied' && w !== 'put')] },
    { name: 'asked', pattern: WHAT_WAS_ASKED, glued: true },
  ],
  trigger: 'tell',
  unless: [
    SUBJECT_IS_NOT_A_SPEAKER,
    FIRST_PERSON_DENIAL,
    { why: '"did not name a successor" is a decision not taken, not information withheld', span: /\b(?:name|release|publish)(?:\s+(?:it|that|this|so))?$/ },
    { why: '"did not explain" with nothing after it often closes a list of failings', span: /\bexplain$/ },
  ],
  examples: [
    { text: 'The firm wouldn’t confirm whether the plant will close.', match: 'wouldn’t confirm whether' },
    { text: 'It didn’t say when the model will go on sale.', match: 'didn’t say when' },
    { text: 'The agency has yet to disclose how many staff were affected.', match: 'has yet to disclose how' },
    { text: 'Asked about the bonus, the chief executive would not say.', match: 'would not say' },
    { text: 'The two companies have not disclosed how much the deal is worth.', match: 'have not disclosed how' },
  ],
  counterExamples: [
    'He did not say that he would resign.',
    '“I did not say that,” the mayor told reporters.',
    'The study did not say why the rates fell.',
    'The dictionary does not say how the word is pronounced.',
    'Our grandparents wouldn’t say to go out in a storm like that.',
  ],
};
