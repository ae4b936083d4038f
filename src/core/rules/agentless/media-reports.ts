// "media reports", "press reports in the region": outlets nobody names, wherever they stand in the
// sentence. "the Herald's press reports" and "media reports by the state broadcaster" name theirs.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { DEFINITE_BEFORE, SOURCE_AFTER_NOUN } from './parts';

export const cls: AgentlessClass = {
  id: 'media-reports',
  description: 'Reports of outlets nobody names: "media reports", "local press reports".',
  steps: [
    { name: 'modifier', words: ['local', 'unconfirmed', 'several', 'multiple', 'some', 'other', 'foreign', 'state', 'conflicting'], optional: true, max: 2 },
    { name: 'media', words: ['media', 'press', 'news'] },
    { name: 'noun', words: LEX.discourse.filter((w) => w !== 'speculation') },
  ],
  trigger: 'media',
  unless: [DEFINITE_BEFORE, SOURCE_AFTER_NOUN],
  examples: [
    { text: 'Local media reports put the toll at twelve.', match: 'Local media reports' },
    { text: 'The couple married in May, press reports said.', match: 'press reports' },
  ],
  counterExamples: [
    'The Herald’s press reports were syndicated.',
    'Media reports by the state broadcaster were cut.',
  ],
};
