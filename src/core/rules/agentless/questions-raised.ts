// "questions are being asked over", "concerns have been raised about", "doubts grow as to whether":
// unease with nobody named as feeling it.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { AGENT_FOLLOWS, DEFINITE_BEFORE } from './parts';

export const cls: AgentlessClass = {
  id: 'questions-raised',
  description: 'Questions asked or doubts growing, nobody named: "questions are being asked", "doubts grow".',
  steps: [
    { name: 'noun', words: [...new Set([...LEX.question, ...LEX.doubt])] },
    { name: 'verb', words: [...LEX.questionPassive, ...LEX.grow] },
  ],
  trigger: 'noun',
  unless: [
    AGENT_FOLLOWS,
    DEFINITE_BEFORE,
    {
      why: '"questions asked" needs a passive; "doubts grow" needs a doubt noun: "questions grew" is a count',
      test: (hit) => {
        const noun = hit.tokens[hit.from]!.lower;
        const verb = hit.tokens[hit.steps.get('verb')!.from]!.lower;
        const grows = (LEX.grow as readonly string[]).some((g) => g.split(' ')[0] === verb) && !['are', 'have', 'were'].includes(verb);
        return grows ? !(LEX.doubt as readonly string[]).includes(noun) : !(LEX.question as readonly string[]).includes(noun);
      },
    },
  ],
  examples: [
    { text: 'As towns clear up, questions are being asked over what can be done.', match: 'questions are being asked' },
    { text: 'Power prices climb and doubts grow as to whether the target can be met.', match: 'doubts grow' },
    { text: 'Concerns have been raised about the cost of the scheme.', match: 'Concerns have been raised' },
  ],
  counterExamples: [
    'Questions were raised by the auditor in her report.',
    'His doubts grew as the night went on.',
  ],
};
