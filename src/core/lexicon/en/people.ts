// English nouns for people who can be a story's unnamed source, grouped by what the reader learns
// of them. A noun's class decides the finding's subtype; its plural comes from the inflector. The
// lists name kinds of people, never a particular story's people.

import { nounForms } from './inflect';

export type PersonClass = 'official' | 'individual' | 'group' | 'spokesperson';

/** People who speak for government, a campaign or an organisation, by role only. */
const OFFICIAL = [
  'official', 'aide', 'adviser', 'advisor', 'staffer', 'diplomat', 'negotiator', 'regulator', 'investigator',
  'policymaker', 'planner', 'commander', 'administrator', 'executive', 'bureaucrat', 'functionary', 'organiser',
  'chief', 'boss', 'leader', 'officer', 'organizer', 'operative', 'envoy', 'delegate', 'manager', 'director', 'insider',
  'lawmaker', 'legislator', 'senator', 'congressman', 'congresswoman', 'councillor', 'councilor', 'mediator',
  'inspector', 'auditor', 'examiner', 'ranger', 'firefighter', 'paramedic',
  'responder', 'rescuer', 'coordinator', 'handler', 'recruiter', 'banker', 'dealmaker', 'lobbyist',
] as const;

/** Private people, known by where they were or who they are to someone. */
const INDIVIDUAL = [
  'resident', 'witness', 'eyewitness', 'neighbour', 'neighbor', 'relative', 'friend', 'parent', 'mother',
  'father', 'mom', 'mum', 'dad', 'brother', 'sister', 'son', 'daughter', 'wife', 'husband', 'uncle', 'aunt',
  'cousin', 'grandmother', 'grandfather', 'grandparent', 'nephew', 'niece', 'girlfriend', 'boyfriend',
  'partner', 'fiancé', 'fiancee', 'widow', 'widower', 'colleague', 'co-worker', 'coworker', 'classmate',
  'roommate', 'teammate', 'acquaintance', 'confidant', 'associate', 'employee', 'worker', 'staff member',
  'doctor', 'nurse', 'physician', 'surgeon', 'medic', 'teacher', 'student', 'pupil', 'patient', 'passenger',
  'customer', 'client', 'shopper', 'shopkeeper', 'vendor', 'trader', 'merchant', 'farmer', 'villager',
  'volunteer', 'survivor', 'victim', 'caregiver', 'guard', 'soldier', 'pilot', 'driver', 'miner',
  'tenant', 'landlord', 'homeowner', 'owner', 'user', 'commenter', 'poster', 'viewer', 'reader', 'listener',
  'caller', 'participant', 'attendee', 'protester', 'protestor', 'demonstrator', 'voter', 'donor', 'tourist',
  'visitor', 'traveller', 'traveler', 'migrant', 'refugee', 'deportee', 'returnee', 'immigrant', 'inmate',
  'prisoner', 'detainee', 'onlooker', 'bystander', 'spectator', 'mourner', 'worshipper', 'pilgrim', 'diner',
  'man', 'woman', 'person', 'lawyer', 'attorney', 'player', 'coach', 'athlete', 'rider', 'runner',
  'applicant', 'contractor', 'entrepreneur', 'founder', 'engineer', 'developer', 'designer', 'programmer',
  'professor', 'lecturer', 'mother-in-law', 'child', 'teen', 'teenager',
  'businessman', 'businesswoman', 'fisherman', 'juror', 'plaintiff', 'defendant',
  'shareholder', 'stakeholder', 'subscriber', 'member',
  'passerby', 'passer-by', 'pensioner', 'retiree', 'veteran', 'commuter', 'motorist', 'cyclist',
] as const;

/** Whole classes of people whose view is reported as a class: "analysts say", "fans speculated". */
const GROUP = [
  'analyst', 'expert', 'scientist', 'researcher', 'critic', 'supporter', 'opponent', 'observer', 'economist', 'strategist', 'commentator', 'pundit', 'activist',
  'skeptic', 'sceptic', 'politician', 'historian', 'follower', 'watcher', 'specialist', 'academic', 'scholar',
  'detractor', 'defender', 'advocate', 'campaigner', 'conservationist', 'environmentalist', 'theorist',
  'fan', 'investor', 'broker', 'brokerage', 'consumer', 'taxpayer', 'proponent', 'backer', 'naysayer',
  'purist', 'admirer', 'believer', 'hardliner', 'loyalist', 'nationalist', 'traditionalist', 'reformer', 'insurer', 'lender', 'employer', 'landowner',
  'climatologist', 'epidemiologist', 'sociologist', 'psychologist', 'ethicist', 'futurist', 'forecaster',
  'pollster',
] as const;

// The press (reporter, journalist, correspondent) is left out on purpose: a reporter who "spoke to
// residents" is the listener, and "reporters said" is an outlet's own word.

/**
 * Nouns that are people only in the plural: the singular is an adjective ("a local shop", "moderate
 * voices") or a title that names one known person ("the fire chief", "a transit chief says").
 */
const PLURAL_ONLY: readonly (readonly [string, PersonClass])[] = [
  ['locals', 'individual'], ['conservatives', 'group'], ['liberals', 'group'], ['progressives', 'group'],
  ['moderates', 'group'], ['unions', 'group'],
];

/** People who speak for an organisation by office: "a Sussex spokesperson", "a company representative". */
const SPOKESPERSON = ['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'press officer', 'press secretary'] as const;

const CLASS_OF = new Map<string, PersonClass>(PLURAL_ONLY);
for (const [cls, lemmas] of [['spokesperson', SPOKESPERSON], ['official', OFFICIAL], ['individual', INDIVIDUAL], ['group', GROUP]] as const) {
  for (const lemma of lemmas) for (const form of nounForms(lemma)) if (!CLASS_OF.has(form)) CLASS_OF.set(form, cls);
}

/** Plural professions no list can hold: "oceanographers", "statisticians", "epidemiologists". */
const PROFESSION_PLURAL = /(?:ologists|ographers|icians|nomists)$/;

/** The class of a person noun (lower case), or undefined when the noun names no person. */
export function personClass(lower: string): PersonClass | undefined {
  // The suffix test runs only on long plurals: it is the hottest check, made for every word of every sentence.
  const known = CLASS_OF.get(lower) ?? (lower.length > 8 && lower.endsWith('s') && PROFESSION_PLURAL.test(lower) ? 'group' : undefined);
  if (known !== undefined) return known;
  // "ex-friends", "counter-protesters", "co-founders": a compound ending in a person noun is that person.
  const dash = lower.indexOf('-') < 0 ? -1 : lower.lastIndexOf('-');
  return dash > 0 ? CLASS_OF.get(lower.slice(dash + 1)) : undefined;
}

/** Whether a person noun is plural ("residents", "people", "men"). */
export function isPluralPerson(lower: string): boolean {
  return lower.endsWith('s') ? !/(?:ss|ous)$/.test(lower) : /^(?:people|men|women|children|spokesmen|folk)$/.test(lower);
}

/**
 * Quantifiers that stand alone for people: "several warned", "many hope", "another wondered".
 * Each carries the class its findings take.
 */
export const PEOPLE_QUANTIFIERS: ReadonlyMap<string, PersonClass> = new Map([
  ['many', 'group'], ['most', 'group'], ['others', 'group'], ['few', 'group'],
  ['some', 'individual'], ['several', 'individual'], ['another', 'individual'], ['one', 'individual'],
  ['someone', 'individual'], ['somebody', 'individual'], ['those', 'group'],
]);

/** Bodies whose members are unnamed officials, not a named group speaking: "members of Congress". */
export const LEGISLATURES: ReadonlySet<string> = new Set([
  'congress', 'parliament', 'senate', 'house', 'assembly', 'council', 'cabinet', 'legislature', 'bundestag',
  'knesset', 'duma', 'diet', 'commons', 'lords', 'european',
]);
