// "have been accused of", "was criticised for", "police have been praised as": somebody's verdict in
// the passive, with nobody named as giving it. With "by <agent>" the agent is the source, and the rule
// for that agent judges it.
import { AGENTLESS as LEX } from '../../lexicon/en/agentless';
import type { AgentlessClass } from './match';
import { ADVERB, AGENT_FOLLOWS, INSIDE_QUOTE, PASSIVE_BE, REPORTED_SPEECH_BEFORE, after, inList } from './parts';

export const cls: AgentlessClass = {
  id: 'judgement-passive',
  description: 'A verdict in the passive with no agent: "have been accused of", "was criticised for".',
  steps: [PASSIVE_BE, ADVERB, { name: 'judgement', words: LEX.judgement }],
  trigger: 'judgement',
  unless: [
    AGENT_FOLLOWS,
    REPORTED_SPEECH_BEFORE,
    {
      why: '"accused", "blamed", "hailed", "dubbed" need their complement ("of", "for", "as", a name) to be a verdict',
      test: (hit) => {
        const verb = hit.tokens[hit.steps.get('judgement')!.from]!.lower;
        const needs = LEX.judgementNeedsComplement[verb];
        return !!needs && !inList(needs, after(hit, 'judgement'));
      },
    },
    {
      // "X is accused of stabbing" is how news names a defendant: the accuser is the prosecution or the
      // plaintiff, an institution or party of the case. "have been accused of" reports critics.
      why: 'a criminal or civil accusation is the case\'s, made by a party the story names as such',
      test: (hit) => {
        if (hit.tokens[hit.steps.get('judgement')!.from]!.lower !== 'accused') return false;
        return inList(['is', 'are'], hit.tokens[hit.from]) || hit.tokens.some((t) => inList(LEX.courtCase, t));
      },
    },
    INSIDE_QUOTE,
    {
      why: '"was condemned to death", "slammed shut", "panned out": a sentence or a motion, not a verdict',
      test: (hit) => inList(['to', 'shut', 'into', 'out', 'down'], after(hit, 'judgement')),
    },
  ],
  examples: [
    { text: 'Both governments have been accused of blocking aid to the camp.', match: 'have been accused of' },
    { text: 'The minister was criticised for skipping the summit.', match: 'was criticised' },
    { text: 'The stewards have been praised as doing a calm job.', match: 'have been praised' },
    { text: 'The tax cuts were blamed for the slump in sales.', match: 'were blamed for' },
    { text: 'Every bill is costed, he said, swiping at the rival whose cuts were blamed for the slump.', match: 'were blamed for' },
    { text: 'Its new targets have been criticized as timid.', match: 'have been criticized' },
    { text: 'She has quit the party, been accused of disloyalty and sued her rival.', match: 'been accused of' },
  ],
  counterExamples: [
    'The plan was criticised by the auditor general.',
    'The driver is accused of manslaughter and appears in court on Monday.',
    'The landlord is accused of harassing his tenants.',
    'The rebel was condemned to death in 1820.',
    'The door was slammed shut.',
    'She was praised by her coach after the match.',
    'The club has been dubbed in the past.',
  ],
};
