// "Tester, considered one of the most vulnerable incumbents, …": a reputation in a reduced clause set off
// by a comma, held by nobody in particular.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { AGENT_FOLLOWS, DEFINITION } from './parts';

export const cls: AgentlessClass = {
  id: 'reduced-regard',
  description: 'A reputation in a reduced clause: "Tester, considered one of the most vulnerable, …".',
  steps: [
    { name: 'comma', words: [',', '—', '–', '('], context: true },
    { name: 'adverb', words: LEX.reputationAdverb, optional: true },
    { name: 'regard', words: LEX.regard.filter((w) => w !== 'tipped to') },
    // What the reputation is: "one of", "a", "the", "among": a noun phrase, not a procedure.
    { name: 'what', words: ['one of', 'a', 'an', 'the', 'among', 'by far', 'likely', 'the most', 'perhaps'] },
  ],
  trigger: 'regard',
  unless: [AGENT_FOLLOWS, DEFINITION],
  examples: [
    { text: 'Holt, considered one of the most vulnerable incumbents, needs donors.', match: 'considered one of' },
    { text: 'The fund, widely seen as a bellwether, lost money.', match: 'widely seen as a' },
  ],
  counterExamples: [
    'The fund, seen as a bellwether by traders, lost money.',
    'A string, considered a palindrome if it reads the same both ways, is returned.',
  ],
};
