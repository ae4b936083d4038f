// The English cue lexicon of the attribution layer: verbs that make their subject the source of a
// statement (speech), a belief (cognition) or a stance. Each verb is listed once, as a lemma; its
// forms come from the inflector. The grammar that finds a cue's source never names a word: it
// reads these sets, so another language is another lexicon folder.

import { verbForms } from './inflect';

export type CueFamily = 'speech' | 'cognition' | 'stance';

/** Verbs of saying, writing and telling: they report a statement. */
const SPEECH = [
  'say', 'tell', 'add', 'state', 'announce', 'declare', 'explain', 'note', 'observe', 'remark', 'comment',
  'mention', 'write', 'tweet', 'post', 'report', 'testify', 'claim', 'assert', 'allege', 'contend', 'maintain',
  'insist', 'argue', 'stress', 'emphasise', 'emphasize', 'underline', 'warn', 'caution', 'predict', 'forecast',
  'estimate', 'project', 'suggest', 'propose', 'recommend', 'urge', 'demand', 'acknowledge', 'admit',
  'concede', 'confirm', 'deny', 'dispute', 'counter', 'reply', 'respond', 'retort', 'ask', 'complain',
  'grumble', 'lament', 'protest', 'object', 'criticise', 'criticize', 'condemn', 'denounce', 'blame', 'accuse',
  'praise', 'hail', 'applaud', 'describe', 'characterise', 'characterize', 'portray', 'recount', 'recall',
  'reveal', 'disclose', 'divulge', 'confide', 'whisper', 'shout', 'chant', 'quip', 'joke', 'boast', 'brag',
  'promise', 'pledge', 'vow', 'threaten', 'speculate', 'share', 'echo', 'reiterate', 'repeat', 'clarify',
  'elaborate', 'cite', 'attribute', 'ascribe', 'express', 'press', 'plead', 'implore', 'assure',
  'reassure', 'inform', 'signal', 'indicate', 'hint', 'imply', 'insinuate', 'conclude', 'offer', 'answer',
  'question', 'wonder', 'call', 'point', 'agree', 'disagree', 'rail', 'blast', 'slam', 'decry', 'fume',
  'marvel', 'muse', 'sigh', 'exclaim', 'concur', 'highlight', 'flag', 'acknowledge', 'recount', 'attest',
  'rebut', 'proclaim', 'affirm', 'guarantee', 'advise', 'lobby', 'campaign', 'brand', 'dub', 'voice',
] as const;

/** Verbs of believing, knowing and feeling: they report a belief or a judgement. */
const COGNITION = [
  'believe', 'think', 'feel', 'fear', 'worry', 'hope', 'expect', 'anticipate', 'suspect', 'doubt', 'assume',
  'presume', 'consider', 'regard', 'view', 'see', 'understand', 'recognise', 'recognize', 'figure', 'reckon',
  'guess', 'imagine', 'perceive', 'foresee', 'calculate', 'judge', 'find', 'fret',
] as const;

/** Verbs of wanting, favouring and opposing: they report where the source stands. */
// Verbs of plain wanting ("residents want the road fixed", "fans loved it") are left out: in news they
// describe people far more often than they attribute a view to them.
const STANCE = [
  'prefer', 'favour', 'favor', 'support', 'oppose', 'back', 'endorse', 'resist', 'welcome', 'regret',
] as const;

/**
 * Verbs that attribute only with a given word after them: "pointed to" or "pointed out", not "pointed
 * a gun"; "called for", not "called a meeting"; "found that", not "found the body".
 */
export const NEEDS_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['point', new Set(['to', 'out'])],
  ['call', new Set(['for', 'on', 'it'])],
  ['find', new Set(['that'])],
  // "asked whether", "asked: …": a question put; "asked each other questions", "asked visitors to leave" are acts.
  ['ask', new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', ':', ',', '“', '"'])],
  // "agreed that", "agreed with": a shared view; "agreed a target", "agreed to be interviewed" are acts.
  ['agree', new Set(['that', 'with', ',', '.'])],
  ['judge', new Set(['that'])],
  // "shared that", "shared their fears": a telling; "holds Valeant shares" is a noun.
  ['share', new Set(['that', 'how', 'what', 'why', 'their', 'his', 'her', 'its', 'a', 'an', 'the', 'concerns', 'details', 'stories', 'experiences', ':', ','])],
  ['question', new Set(['whether', 'why', 'how', 'if', 'what', 'the'])],
  // "voiced concerns", "voiced support": a view; the noun "voices" stays a noun.
  ['voice', new Set(['concern', 'concerns', 'fears', 'doubts', 'support', 'opposition', 'frustration', 'anger', 'scepticism', 'skepticism', 'hope', 'hopes', 'optimism', 'worries', 'alarm', 'outrage', 'disappointment', 'dismay', 'reservations', 'criticism'])],
  ['campaign', new Set(['for', 'against'])],
  ['rail', new Set(['against'])],
  ['object', new Set(['to', 'that'])],
  ['lobby', new Set(['for', 'against'])],
  ['back', new Set(['the', 'a', 'his', 'her', 'their', 'calls', 'plans'])],
]);

/** Views held "as" something: "saw the move as a snub", "regard him as"; without "as" or "that" they are acts. */
export const AS_VERBS: ReadonlySet<string> = new Set(['view', 'regard', 'consider', 'see', 'describe', 'characterise', 'characterize', 'portray']);

/**
 * Verbs of manner ("shouted", "chanted", "quipped") report speech only with the words spoken: a quotation
 * in the sentence. Without one they describe what people did ("protesters shouted at the camera").
 */
export const QUOTE_ONLY: ReadonlySet<string> = new Set(['whisper', 'shout', 'chant', 'quip', 'joke', 'sigh', 'exclaim', 'muse', 'marvel', 'fume', 'boast', 'brag']);

function formsOf(lemmas: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const lemma of lemmas) for (const form of verbForms(lemma)) if (!map.has(form)) map.set(form, lemma);
  return map;
}

const FAMILY_OF = new Map<string, CueFamily>();
for (const [family, lemmas] of [['speech', SPEECH], ['cognition', COGNITION], ['stance', STANCE]] as const) {
  for (const form of formsOf(lemmas).keys()) if (!FAMILY_OF.has(form)) FAMILY_OF.set(form, family);
}

const LEMMA_OF = formsOf([...SPEECH, ...COGNITION, ...STANCE]);

/** Every form of every cue verb. */
export const CUE_FORMS: ReadonlySet<string> = new Set(FAMILY_OF.keys());

/** The cue family of a verb form, or undefined when it is no cue. */
export function cueFamily(form: string): CueFamily | undefined {
  return FAMILY_OF.get(form);
}

/** The lemma a form belongs to ("worried" → "worry"). */
export function cueLemma(form: string): string | undefined {
  return LEMMA_OF.get(form);
}

/** Cognition and stance forms whose negation still reports a view: "most analysts don't see a threat". */
export const NEGATABLE_FORMS: ReadonlySet<string> = new Set([...FAMILY_OF].filter(([, f]) => f !== 'speech').map(([form]) => form));

/**
 * Past participles that take their source as agent ("criticised by analysts", "dismissed by critics"),
 * and the nouns of statements that do ("a statement by a spokesperson").
 */
/** Perception is no claim: "seen by other users", "heard by neighbours". */
const PERCEIVED = new Set(['seen', 'heard', 'felt', 'known', 'found', 'watched', 'followed', 'read', 'noticed', 'sensed', 'perceived']);
/** Taken, not said: "the task was claimed by another worker", "the attack was claimed by a group". */
const TAKEN = new Set(['claimed']);

export const AGENT_PARTICIPLES: ReadonlySet<string> = new Set([
  ...[...FAMILY_OF.keys()].filter((f) => (f.endsWith('ed') || f.endsWith('en') || f === 'told' || f === 'said' || f === 'thought') && !PERCEIVED.has(f) && !TAKEN.has(f)),
  'received', 'welcomed', 'greeted', 'questioned', 'ridiculed', 'mocked', 'panned', 'lauded', 'held', 'raised',
]);
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'declaration', 'remarks', 'comments', 'claims', 'claim', 'criticism', 'concerns',
  'complaints', 'accusations', 'allegations', 'warning', 'warnings', 'assessment', 'account', 'accounts',
  'testimony', 'announcement', 'post', 'posts', 'tweet', 'tweets', 'praise', 'reply', 'replies', 'response',
  'responses', 'email', 'word', 'confirmation', 'denial', 'explanation',
]);
/** Nouns of talk held in a group, read with "among": "discussions among pilots", "speculation among traders". */
export const GROUP_TALK_NOUNS: ReadonlySet<string> = new Set([
  'discussions', 'discussion', 'debate', 'debates', 'speculation', 'consensus', 'chatter', 'talk', 'fears', 'concern',
  'concerns', 'frustration', 'anger', 'unease',
]);
/** Verbs of causing whose object goes on to speak: "prompted some users to argue", "led one woman to slam". */
export const PROMPTING_VERBS: ReadonlySet<string> = new Set(['prompted', 'prompting', 'prompts', 'led', 'leading', 'spurred', 'moved', 'inspired', 'forced', 'caused', 'pushed']);
/** Nouns of a view held: "of the view that", "of the opinion that". */
export const HELD_VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'belief']);

/** Verbs after which a person is the one the reporter interviewed: "spoke to one mother", "interviewed residents". */
export const INTERVIEW_VERBS: ReadonlySet<string> = new Set(['spoke', 'spoken', 'talked', 'speaking', 'talking', 'interviewed', 'interviewing']);

/**
 * Verbs that attribute an on-record view often enough to count it, but that describe people too often
 * to flag an unnamed one: "Lee wants a recount" counts for Lee; "residents want the road fixed" is no
 * anonymous source. Only the on-record reader uses them.
 */
const ON_RECORD_ONLY = ['want', 'wish', 'seek', 'know', 'talk', 'show', 'realise', 'realize', 'learn', 'discover', 'notice', 'determine', 'reject', 'dismiss', 'swear', 'mourn', 'celebrate', 'embrace'] as const;

/** Every cue form the on-record reader accepts: the shared cues and ON_RECORD_ONLY. */
export const ON_RECORD_CUE_FORMS: ReadonlySet<string> = new Set([...FAMILY_OF.keys(), ...ON_RECORD_ONLY.flatMap((l) => verbForms(l))]);

/** Lemmas whose particle check the on-record reader skips: any question asked or name called counts. */
export const ON_RECORD_FREE: ReadonlySet<string> = new Set(['ask', 'call', 'agree']);

/** Speech verbs in the past and present, which may stand before their subject after a quote: "…,” quipped one user. */
export const INVERTING_FORMS: ReadonlySet<string> = new Set(
  SPEECH.flatMap((lemma) => verbForms(lemma).filter((f) => !f.endsWith('ing') && f !== lemma)),
);
