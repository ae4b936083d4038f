// "is viewed as a successor", "is considered one of the best", "is often called the “…”": a reputation
// told in the passive, held by nobody in particular.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { ADVERB, AGENT_FOLLOWS, DEFINITION, INSIDE_QUOTE, PASSIVE_BE, REPORTED_SPEECH_BEFORE, after, inList, isBreak } from './parts';

export const cls: AgentlessClass = {
  id: 'regarded-as',
  description: 'A reputation in the passive: "is viewed as a successor", "is considered one of the best".',
  steps: [PASSIVE_BE, ADVERB, { name: 'regard', words: LEX.regard }],
  trigger: 'regard',
  unless: [
    AGENT_FOLLOWS,
    REPORTED_SPEECH_BEFORE,
    DEFINITION,
    INSIDE_QUOTE,
    {
      why: '"is considered low", "is considered best": a plain adjective is a rating; a reputation names what one is',
      test: (hit) => hit.tokens[hit.steps.get('regard')!.from]!.lower === 'considered' && !inList(LEX.reputationComplement, after(hit, 'regard')),
    },
    {
      why: '"was considered at the meeting", "seen as he left": a procedure or a sighting, not a verdict',
      test: (hit) => {
        const next = after(hit, 'regard');
        return isBreak(next) || inList(LEX.notAVerdict, next) || inList(LEX.notAReputation, next);
      },
    },
  ],
  examples: [
    { text: 'He is viewed as a likely successor to the chief executive.', match: 'is viewed as' },
    { text: 'The senator, who is considered one of the most vulnerable incumbents, is raising money.', match: 'is considered' },
    { text: 'The deal was widely seen as a snub to the unions.', match: 'was widely seen as' },
    { text: 'The striker is regarded as the best in the league.', match: 'is regarded as' },
  ],
  counterExamples: [
    'The proposal was considered at the meeting on Tuesday.',
    'The suspect was seen as he left the building.',
    'A value is considered truthy if it is not empty.',
    'The bid is seen as weak by most analysts.',
    'Building near the equator is considered best.',
    '“The risk to others is considered a remote one,” the doctor said.',
  ],
};
