// "there is a widespread perception among fans that", "there is a common understanding within the
// party that": a view held by nobody in particular.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { inList } from './parts';

export const cls: AgentlessClass = {
  id: 'shared-view',
  description: 'A view held by nobody in particular: "there is a widespread perception that".',
  steps: [
    { name: 'there', words: LEX.thereIs },
    { name: 'article', words: ['a', 'an', 'now a', 'also a', 'still a'], optional: true },
    { name: 'adjective', words: LEX.sharedAdjective, optional: true, max: 2 },
    { name: 'view', words: LEX.sharedView },
    { name: 'link', words: LEX.sharedViewLink, context: true },
  ],
  trigger: 'view',
  unless: [
    {
      why: '"an understanding that", "a view across the bay": without an adjective of many these are an agreement or a scene',
      test: (hit) => !hit.steps.get('adjective') && inList(LEX.sharedViewNeedsAdjective, hit.tokens[hit.steps.get('view')!.from]),
    },
  ],
  examples: [
    { text: 'There is a widespread perception among fans that the owner holds a grudge.', match: 'There is a widespread perception' },
    { text: 'There is a common understanding within the party that the rules must change.', match: 'common understanding' },
  ],
  counterExamples: [
    'There is an understanding that the loan will be repaid in May.',
    'There is a view across the bay from the terrace.',
  ],
};
