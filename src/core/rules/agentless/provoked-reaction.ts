// "drew considerable criticism", "has faced heavy criticism", "prompting accusations that": a reaction
// told as brought on, with nobody named as reacting. "criticism from Senator X" names its source.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { MODIFIERS, SOURCE_AFTER_NOUN } from './parts';

export const cls: AgentlessClass = {
  id: 'provoked-reaction',
  description: 'A reaction brought on, nobody named: "drew considerable criticism", "prompting accusations".',
  steps: [{ name: 'provoke', words: LEX.provoke }, MODIFIERS, { name: 'noun', words: LEX.reaction }],
  trigger: 'noun',
  unless: [SOURCE_AFTER_NOUN],
  examples: [
    { text: 'The new pricing drew considerable criticism over its lack of clarity.', match: 'drew considerable criticism' },
    { text: 'The minister has faced heavy criticism in the job.', match: 'faced heavy criticism' },
    { text: 'The vote was delayed, prompting accusations that the party had caved.', match: 'prompting accusations' },
    { text: 'The slogan drew a mix of criticism and ridicule online.', match: 'drew a mix of criticism' },
  ],
  counterExamples: [
    'The plan drew criticism from Senator Ray Holt.',
    'The ruling sparked a backlash by farmers in the north.',
  ],
};
