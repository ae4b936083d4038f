// One plain sentence per finding: what it is, and which newsroom rule it touches.

import type { AnonymousDetails, AnonymousSubtype, NonAnswerDetails, NonAnswerSubtype } from './types';

const WHO: Record<AnonymousSubtype, [singular: string, plural: string]> = {
  explicit_anonymous: ['An anonymous source', 'Anonymous sources'],
  unnamed_official: ['An unnamed official', 'Unnamed officials'],
  unnamed_spokesperson: ['An unnamed spokesperson', 'Unnamed spokespeople'],
  unnamed_individual: ['An unnamed person', 'Unnamed people'],
  generic_group: ['An unidentified group', 'An unidentified group'],
  vague_attribution: ['A claim with no source', 'A claim with no source'],
  unnamed_organisation: ['An unnamed organisation', 'Unnamed organisations'],
};

export function explainAnonymous(subtype: AnonymousSubtype, d: AnonymousDetails): string {
  if (subtype === 'vague_attribution') {
    return `“${d.descriptor}” attributes the claim to no one — AP asks that a claim say who made it, in the same sentence.`;
  }
  const [one, many] = WHO[subtype];
  const who = d.count === 1 ? one : many;
  const again = d.followUp ? ' (cited again)' : '';
  const description =
    d.vantage === 'none' ? 'with no description'
    : d.vantage === 'partial' ? `described only as “${d.descriptor}”`
    : `described as “${d.descriptor}”`;
  const reason =
    d.reason === null ? 'no reason given for anonymity'
    : d.reason.specific ? `a stated reason (“${d.reason.text}”)`
    : `only a stock reason (“${d.reason.text}”)`;
  const joiner = d.vantage === 'none' ? ' and' : ', with';
  // The rule sentence follows what the story gave: praise a stated reason rather than repeat the
  // rule it already meets, and call out a stock phrase as the weaker form it is (S1).
  const rule = subtype === 'generic_group'
    ? 'a whole group cannot be checked or asked, and AP wants information from identifiable people, not a crowd’s opinion'
    : d.reason?.specific
      ? 'the story says why anonymity was granted, as AP and SPJ ask, though readers still cannot check the source'
      : d.reason
        ? 'a stock phrase tells readers little; AP and SPJ ask for the specific reason a source was not named'
        : 'AP and SPJ ask reporters to say who a source is and why they were not named';
  return `${who}${again} ${description}${joiner} ${reason} — ${rule}.`;
}

const HOW: Record<NonAnswerSubtype, string> = {
  declined_to_comment: 'declined to answer',
  no_response: 'did not respond when asked',
  refused_or_evaded: 'refused or avoided the question',
  unable_or_unavailable: 'could not be reached or could not say',
};

export function explainNonAnswer(subtype: NonAnswerSubtype, d: NonAnswerDetails, phrase: string): string {
  const rule = 'the story shows the subject had a chance to reply, and NPR and CredCo ask that non-answers be reported precisely (right of reply)';
  if (d.quoted) {
    return `${d.who ?? 'The speaker'} avoided the question in their own words (“${phrase}”) — ${rule}.`;
  }
  const who = d.who && d.whoKind !== 'unknown' ? d.who : 'The subject';
  return `${who} ${HOW[subtype]} (“${phrase}”) — ${rule}.`;
}
