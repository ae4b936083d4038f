// "Four killed in strike on hospital – reports": a headline or live-blog entry that leans on
// unnamed outlets for all it says.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { isBreak } from './parts';

export const cls: AgentlessClass = {
  id: 'headline-reports',
  description: 'A headline ending in "– reports": the whole line leans on unnamed outlets.',
  steps: [
    { name: 'dash', words: LEX.headlineDash, context: true },
    { name: 'reports', words: LEX.headlineReports },
  ],
  trigger: 'reports',
  unless: [
    {
      why: 'only a line that ends on "reports" hands its claim over; "– reports of looting" starts a new phrase',
      test: (hit) => hit.from < 2 || !(hit.to === hit.tokens.length || (isBreak(hit.tokens[hit.to]) && hit.to === hit.tokens.length - 1)),
    },
  ],
  examples: [
    { text: 'Four killed in strike on clinic – reports', match: 'reports' },
  ],
  counterExamples: [
    'Looting spread overnight – reports came in later.',
    'The committee published two reports',
  ],
};
