// "Reports say", "reports arise that", "unconfirmed media reports suggest": talk with no source, doing
// the telling. "the reports", "Reuters reports" and "police reports" have theirs and are left out.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { DEFINITE_BEFORE, MODIFIERS, before, inList, isBreak } from './parts';

export const cls: AgentlessClass = {
  id: 'reports-say',
  description: 'Reports or rumours with no source doing the telling: "reports say", "rumours suggest".',
  steps: [MODIFIERS, { name: 'noun', words: LEX.discourseMany }, { name: 'verb', words: LEX.discourseVerb }],
  trigger: 'noun',
  unless: [
    DEFINITE_BEFORE,
    {
      why: '"police reports say", "earnings reports suggest": a word before the noun names whose reports they are',
      test: (hit) => {
        const prev = before(hit);
        return hit.from > 0 && !!prev && !isBreak(prev) && prev.isWord && !inList(LEX.clauseOpener, prev);
      },
    },
  ],
  examples: [
    { text: 'Reports say stones and bottles were thrown.', match: 'Reports say' },
    { text: 'Today, reports arise that the general will be dismissed.', match: 'reports arise' },
    { text: 'Unconfirmed media reports suggest the deal is off.', match: 'Unconfirmed media reports suggest' },
    { text: 'The talks stalled, and rumours swirled that the chairman would quit.', match: 'rumours swirled' },
  ],
  counterExamples: [
    'The reports say nothing about the cause.',
    'Police reports say the car was stolen.',
    'Earnings reports suggest a slowdown.',
    'His reports indicate a rise in cases.',
  ],
};
