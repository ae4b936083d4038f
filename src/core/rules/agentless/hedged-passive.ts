// "is said to have", "are believed to remain", "is also said to have broken out": a claim hedged on
// somebody's word, with nobody named. "is expected to" and "is set to" are not hedges and are not listed.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { ACCORDING_TO_AFTER, ADVERB, BE, DEFINITION, REPORTED_SPEECH_BEFORE, inList } from './parts';

export const cls: AgentlessClass = {
  id: 'hedged-passive',
  description: 'A passive hedge with an infinitive and no agent: "is said to have", "are believed to remain".',
  steps: [
    BE,
    ADVERB,
    { name: 'hedge', words: LEX.hedge },
    { name: 'to', words: ['to'] },
    // The infinitive's verb, highlighted with the hedge: "is said to have".
    { name: 'verb', words: LEX.notInfinitive, anyWord: true },
  ],
  trigger: 'hedge',
  unless: [
    ACCORDING_TO_AFTER,
    REPORTED_SPEECH_BEFORE,
    DEFINITION,
    {
      why: '"is widely believed" is the vague-attribution rule\'s own phrase; it highlights it without the infinitive',
      test: (hit) => inList(['widely', 'generally', 'commonly'], hit.tokens[hit.from + 1]),
    },
  ],
  examples: [
    { text: 'The singer is said to have quarrelled with her label.', match: 'is said to have' },
    { text: 'About forty soldiers are believed to remain at the outpost.', match: 'are believed to remain' },
    { text: 'A brawl is also said to have broken out near the stage.', match: 'is also said to have' },
    { text: 'Both brothers were said to have had debts.', match: 'were said to have' },
    { text: 'The two hikers are suspected to have eaten wild mushrooms.', match: 'are suspected to have' },
    { text: 'The virus is believed to have originated in bats.', match: 'is believed to have' },
  ],
  counterExamples: [
    'The bridge is expected to open in May.',
    'The toll is estimated to exceed 300.',
    'The leak is believed to have started in May, according to a lab report.',
    'The mayor added that no residents were believed to have been hurt.',
    'A graph is said to be connected if every pair of nodes is joined.',
    'The theft was reported to the police on Monday.',
    'Once a build is said to be green, it ships to the beta channel.',
  ],
};
