// "amid rumours of a march", "despite criticism that", "following reports of attacks": a claim set
// against talk or a verdict that nobody is named as giving.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { MODIFIERS, SOURCE_AFTER_NOUN } from './parts';

export const cls: AgentlessClass = {
  id: 'amid-reports',
  description: 'A claim set against unsourced talk: "amid rumours of", "despite criticism", "after reports of".',
  steps: [
    { name: 'against', words: LEX.against },
    MODIFIERS,
    { name: 'noun', words: [...LEX.discourseMany, ...LEX.verdict] },
  ],
  trigger: 'noun',
  unless: [
    SOURCE_AFTER_NOUN,
    {
      why: '"after claims" of money (insurance, benefits) and "over claims" of land are not talk: talk is "of" or "that"',
      test: (hit) => hit.tokens[hit.to - 1]!.lower === 'claims' && !['of', 'that', 'he', 'she', 'it', 'they'].includes(hit.tokens[hit.to]?.lower ?? ''),
    },
  ],
  examples: [
    { text: 'A crowd gathered outside the hotel amid rumours of a march.', match: 'amid rumours' },
    { text: 'The agency has held firm despite criticisms that it is too slow.', match: 'despite criticisms' },
    { text: 'Amid growing criticism of the platforms, the firm hid its like counts.', match: 'Amid growing criticism' },
    { text: 'Nurses were told to travel in pairs after reports of attacks on staff.', match: 'after reports' },
    { text: 'The plan was cut back amid criticism of its cost.', match: 'amid criticism' },
  ],
  counterExamples: [
    'The bill passed despite criticism from Senator Ray Holt.',
    'The firm paid out after claims for storm damage rose.',
    'The shares fell after reports by the auditor.',
  ],
};
