// The rule registry: one line per rule. Order does not matter; overlaps are merged afterwards.
import type { Rule } from './rule';
import { rule as unnamedSource } from './unnamed-source';
import { rule as partyMember } from './party-member';
import { rule as unnamedOfficial } from './unnamed-official';
import { rule as unnamedSpokesperson } from './unnamed-spokesperson';
import { rule as unnamedIndividual } from './unnamed-individual';
import { rule as unnamedOrganisation } from './unnamed-organisation';
import { rule as anonymityClause } from './anonymity-clause';
import { rule as genericGroup } from './generic-group';
import { rule as vagueAttribution } from './vague-attribution';
import { rule as followUpReference } from './follow-up-reference';
import { rule as declinedToComment } from './declined-to-comment';
import { rule as noResponse } from './no-response';
import { rule as unableOrUnavailable } from './unable-or-unavailable';
import { rule as refusedOrEvaded } from './refused-or-evaded';
import { rule as evasiveReply } from './evasive-reply';
import { rule as unnamedVoice } from './unnamed-voice';
import { rule as pseudonym } from './pseudonym';
import { rule as agentlessAttribution } from './agentless-attribution';

export const RULES: readonly Rule[] = [
  unnamedSource,
  partyMember,
  unnamedOfficial,
  unnamedSpokesperson,
  unnamedIndividual,
  unnamedOrganisation,
  anonymityClause,
  genericGroup,
  vagueAttribution,
  followUpReference,
  declinedToComment,
  noResponse,
  unableOrUnavailable,
  refusedOrEvaded,
  evasiveReply,
  unnamedVoice,
  pseudonym,
  agentlessAttribution,
];

export type { Rule, RuleMatch, SentenceContext, SpeakerEvent } from './rule';
