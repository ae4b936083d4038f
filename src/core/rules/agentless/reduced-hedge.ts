// "countries believed to be helping", "a man thought to be in his 40s", ", said to be the richest": the
// hedge of "is said to" without its "is", on a noun or after a comma.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { ACCORDING_TO_AFTER, DEFINITION, REPORTED_SPEECH_BEFORE, before, inList } from './parts';

/** Words that may stand before a reduced hedge without being its auxiliary or its active subject. */
const NOT_A_NOUN = [...LEX.be, ...LEX.beNonFinite, ...LEX.have, ...LEX.adverb, ...LEX.pronoun, 'be', 'not', 'never', 'and', 'or', 'but'];

export const cls: AgentlessClass = {
  id: 'reduced-hedge',
  description: 'A reduced hedge after a noun or comma: "countries believed to be helping", "a man thought to be".',
  steps: [
    { name: 'hedge', words: LEX.reducedHedge },
    { name: 'to', words: ['to'] },
    { name: 'verb', words: LEX.hedgedInfinitive },
  ],
  trigger: 'hedge',
  unless: [
    {
      why: 'after "is", an adverb or a pronoun the hedge is a full passive or an active verb ("he said to have")',
      test: (hit) => {
        const prev = before(hit);
        return !prev || hit.from === 0 || inList(NOT_A_NOUN, prev) || (prev.isWord && !/^[\p{L}\d'-]+$/u.test(prev.text));
      },
    },
    {
      why: '"the coach said to be careful": a verb of saying reads as active unless a comma sets the hedge off',
      test: (hit) => inList(LEX.activeToo, hit.tokens[hit.from]) && before(hit)?.text !== ',',
    },
    ACCORDING_TO_AFTER,
    REPORTED_SPEECH_BEFORE,
    DEFINITION,
  ],
  examples: [
    { text: 'Sanctions target firms in the region believed to be helping the regime dodge controls.', match: 'believed to be' },
    { text: 'Police want to trace a man thought to be in his 40s.', match: 'thought to be' },
    { text: 'The estate, said to be worth millions, was sold.', match: 'said to be' },
    { text: 'Two pilots feared to have died in the crash were named.', match: 'feared to have' },
  ],
  counterExamples: [
    'The coach said to have fun out there.',
    'She said to be careful on the roads.',
    'He is believed to be abroad, according to his lawyer.',
    'The manual said to be patient while it loads.',
  ],
};
