// "with reports that the actor would return", "shares rose on reports that": a claim carried along
// by unsourced reports.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { MODIFIERS } from './parts';

export const cls: AgentlessClass = {
  id: 'with-reports',
  description: 'A claim carried by unsourced reports: "with reports that", "on reports that".',
  steps: [
    { name: 'with', words: ['with', 'on', 'amid'] },
    MODIFIERS,
    { name: 'noun', words: LEX.discourseMany },
    { name: 'that', words: ['that'] },
  ],
  trigger: 'noun',
  unless: [],
  examples: [
    { text: 'The sequel was approved in 2016, with reports that the actor would return.', match: 'with reports that' },
    { text: 'Shares rose on reports that a buyer had been found.', match: 'on reports that' },
  ],
  counterExamples: [
    'She came back with the reports that she had written herself.',
  ],
};
