// "as it emerged that", "it has emerged that", "it has been reported that": a fact come to light, or
// told, with nobody named as telling it.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { ACCORDING_TO_AFTER } from './parts';

export const cls: AgentlessClass = {
  id: 'it-emerged',
  description: 'A fact come to light with no teller: "it has emerged that", "as it emerged that".',
  steps: [
    { name: 'lead', words: LEX.emergeLead, optional: true },
    { name: 'it', words: ['it'] },
    { name: 'emerged', words: [...LEX.emerge, ...LEX.itPassiveBe.flatMap((be) => LEX.itPassive.map((p) => `${be} ${p}`))] },
    { name: 'time', words: LEX.time, optional: true, max: 3, context: true },
    { name: 'that', words: ['that'], context: true },
  ],
  trigger: 'it',
  unless: [ACCORDING_TO_AFTER],
  examples: [
    { text: 'A leader condemned racism, as it emerged that nurses had been attacked.', match: 'as it emerged' },
    { text: 'It has emerged that the club owes millions.', match: 'It has emerged' },
    { text: 'It has been reported that the talks collapsed.', match: 'It has been reported' },
  ],
  counterExamples: [
    'As it emerged from the tunnel, the train slowed.',
    'It was reported that the talks collapsed, according to the Herald.',
  ],
};
