// "is often called the “Switzerland of the Middle East”", "is widely recognised as": a name or a
// standing that many are said to give. Without the adverb of many, "is called" is only a name.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { AGENT_FOLLOWS, PASSIVE_BE } from './parts';

export const cls: AgentlessClass = {
  id: 'reputed-epithet',
  description: 'An epithet many are said to use: "is often called the “…”", "is widely recognised as".',
  steps: [
    PASSIVE_BE,
    { name: 'many', words: LEX.reputationAdverb },
    { name: 'reputation', words: LEX.reputation },
  ],
  trigger: 'reputation',
  unless: [AGENT_FOLLOWS],
  examples: [
    { text: 'The island is often called the “Monaco of the north”.', match: 'is often called' },
    { text: 'She is widely recognised as the best player of her generation.', match: 'is widely recognised as' },
  ],
  counterExamples: [
    'The app is called “Lumen” and costs nothing.',
    'The island is often called at by cruise ships.',
  ],
};
