// Rough, rule-of-thumb classes for PolNeAR attributions, used only to split the recall figures.
// The word lists below are general English, written by hand; none is drawn from the corpus.

// ---- Cue kind --------------------------------------------------------------------------------
//
// The cue's head is its first word once leading auxiliaries, modals, negation, adverbs, clitics
// ("’s", "'ve"), determiners and prepositions are skipped ("has also said" → said, "was later
// confirmed by" → confirmed, "in a statement" → statement, "to say" → say). A cue that starts
// (after the skips) with "according to" has the head "according to". The head is lemmatised by a
// small irregular-verb table plus suffix stripping (-s, -es, -ies, -ed, -ied, -ing). The cue is
// "speech" when the lemma is say, tell or "according to"; "other" otherwise (including a cue that
// is only punctuation, such as a colon before a quotation).

const SKIP = new Set([
  'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'has', 'have', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', "n't", 'never', 'also',
  'first', 'later', 'then', 'again', 'just', 'still', 'even', 'already', 'often', 'further', 'once', 'ever',
  'only', 'now', 'long', 'since', 'too', 'so', 'as', 'well', 'soon', 'yet',
  "'s", "'ve", "'re", "'d", "'ll", "'m", 's', 've', 're', 'd', 'll', 'm',
  'a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
  'in', 'on', 'at', 'to', 'for', 'by', 'with', 'of', 'from', 'into', 'during', 'after', 'before',
]);

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', saying: 'say', told: 'tell', tells: 'tell', telling: 'tell',
  thought: 'think', wrote: 'write', written: 'write', knew: 'know', known: 'know', spoke: 'speak', spoken: 'speak',
  felt: 'feel', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give', found: 'find',
  began: 'begin', begun: 'begin', saw: 'see', seen: 'see', heard: 'hear', meant: 'mean', held: 'hold',
  brought: 'bring', sought: 'seek', taught: 'teach', led: 'lead', got: 'get', gotten: 'get', came: 'come',
  went: 'go', gone: 'go', kept: 'keep', left: 'leave', won: 'win', lost: 'lose', paid: 'pay', laid: 'lay',
  broke: 'break', broken: 'break', chose: 'choose', chosen: 'choose', shown: 'show', drew: 'draw', drawn: 'draw',
  grew: 'grow', threw: 'throw', stood: 'stand', understood: 'understand', forgot: 'forget', forgotten: 'forget',
  swore: 'swear', sworn: 'swear', fought: 'fight', bought: 'buy', sent: 'send', spent: 'spend', built: 'build',
  put: 'put', set: 'set', let: 'let', read: 'read', hit: 'hit', quit: 'quit', ran: 'run', rang: 'ring',
  sang: 'sing', hid: 'hide', hidden: 'hide', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  became: 'become', did: 'do', done: 'do', does: 'do', has: 'have', had: 'have', is: 'be', was: 'be', were: 'be',
  are: 'be', been: 'be', used: 'use', quoted: 'quote', quoting: 'quote', created: 'create', creating: 'create', wants: 'want', sees: 'see', goes: 'go', believes: 'believe',
};

/** A rough English lemma of one lower-case word (good enough to group cue heads). */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3) return w;
  let stem: string | null = null;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('eed')) return w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) stem = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) stem = w.slice(0, -2);
  else if (/(?:ss|us|is)$/.test(w)) return w;
  else if (/(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  else if (w.endsWith('s')) return w.slice(0, -1);
  if (stem === null) return w;
  // Undouble a final consonant after a single vowel ("planned" → plan, "admitting" → admit), not ll/ss/zz.
  if (/[^aeiou][aeiou]([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|zz)$/.test(stem)) return stem.slice(0, -1);
  // Restore a silent e: "announced" → announce, "believed" → believe, "argued" → argue, "praised" →
  // praise, "endorsed" → endorse, "described" → describe, "declined" → decline, "declared" → declare,
  // "stated" → state, "disputed" → dispute, "tackled" → tackle, "urged" → urge, "changed" → change.
  if (SILENT_E.test(stem) && !/ss$/.test(stem)) return `${stem}e`;
  // Short consonant-vowel-consonant stems: "noted" → note, "cited" → cite, "hoped" → hope.
  if (stem.length <= 4 && /[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(stem)) return `${stem}e`;
  return stem;
}

const SILENT_E = /(?:[cvzu]|[aeiou]s|[^aeious]s|ib|ir|ur|[^aeiou][ai]r|[^aeiou]in|[^aeiou]at|[^aeiou]ut|[bcdfgkpt]l|[bcdfgkpt]r|[^aeioun]g|[ae]ng)$/;

const words = (s: string): string[] =>
  s.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z]+(?:'[a-z]+)?|'[a-z]+|n't/g) ?? [];

export interface CueHead {
  /** The lemma of the head ("say", "according to", "statement"), or the cue's text when it has no word. */
  lemma: string;
  kind: 'speech' | 'other';
}

const SPEECH = new Set(['say', 'tell', 'according to']);

export function cueHead(cueText: string): CueHead {
  const ws = words(cueText).flatMap((w) => (w.endsWith("n't") && w !== "n't" ? [w.slice(0, -3), "n't"] : [w]));
  let i = 0;
  while (i < ws.length && (SKIP.has(ws[i]!) || (ws[i]!.endsWith('ly') && ws[i]!.length > 4))) {
    if (ws[i] === 'according') break;
    i++;
  }
  let head: string;
  if (ws[i] === 'according' && ws[i + 1] === 'to') head = 'according to';
  else if (i < ws.length) head = lemma(ws[i]!);
  else if (ws.length) head = lemma(ws[ws.length - 1]!);
  else head = cueText.trim() || '(empty)';
  return { lemma: head, kind: SPEECH.has(head) ? 'speech' : 'other' };
}

// ---- Source kind -----------------------------------------------------------------------------
//
// From the source span's text, in this order:
//   pronoun     the whole span is one pronoun: personal (he, she, they, I, we, you, it, him, them,
//               us, me), possessive (his, her, their, its, our, my, your), reflexive, or relative
//               (who, whom, whose, which, that)
//   name        the first word is capitalised and is not a determiner — "Ortiz", "Sen. Ada Pike",
//               "Press secretary Jo Lam", "Ortiz's office", "NASA", "Democrats" — unless the
//               span opens a sentence and that first word is a common (lower-case) source noun
//               ("Officials", "Aides", "Critics", …), in which case it falls through
//   determiner  the first word is a determiner, possessive or quantifier: "a spokesman", "the
//               campaign", "his aides", "some Republicans", "two officials", "the New York Times"
//   other       the rest: bare common nouns and plurals ("officials", "polls show"), lower-case
//               titles, and anything else

export type SourceKind = 'pronoun' | 'name' | 'determiner' | 'other';
export const SOURCE_KINDS: SourceKind[] = ['pronoun', 'name', 'determiner', 'other'];

const PRONOUNS = new Set([
  'he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'them', 'us', 'me', 'his', 'her', 'their', 'its', 'our',
  'my', 'your', 'hers', 'theirs', 'ours', 'mine', 'yours', 'himself', 'herself', 'themselves', 'itself',
  'ourselves', 'myself', 'yourself', 'who', 'whom', 'whose', 'which', 'that', 'one', 'someone', 'somebody', 'everyone',
  'nobody', 'anyone',
]);
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'several', 'most', 'all', 'both', 'each',
  'every', 'any', 'no', 'other', 'another', 'few', 'various', 'numerous', 'such', 'his', 'her', 'their', 'its',
  'our', 'my', 'your', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens',
  'hundreds', 'thousands', 'more', 'fewer', 'half', 'nearly', 'about', 'at', 'least', 'only',
]);
/** Common nouns that open a sentence capitalised yet name nobody; general newsroom vocabulary. */
const COMMON_SOURCE_NOUNS = new Set([
  'officials', 'official', 'sources', 'source', 'aides', 'aide', 'advisers', 'adviser', 'advisors', 'experts',
  'analysts', 'critics', 'supporters', 'opponents', 'people', 'voters', 'observers', 'polls', 'poll', 'reports',
  'report', 'documents', 'records', 'data', 'studies', 'study', 'research', 'researchers', 'witnesses',
  'investigators', 'prosecutors', 'lawmakers', 'leaders', 'members', 'residents', 'activists', 'staffers',
  'insiders', 'allies', 'friends', 'colleagues',
  'economists', 'scientists', 'doctors', 'lawyers', 'attorneys', 'police', 'authorities', 'spokesmen',
  'spokespeople', 'surveys', 'survey', 'figures', 'statistics', 'estimates', 'emails', 'filings', 'someone',
  'many', 'others', 'several', 'some', 'most', 'few', 'both', 'all',
]);

/** True when offset `at` begins a sentence or paragraph in `text` (only spaces and opening quotes between). */
export function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(\[—–-]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;]/.test(text[i]!);
}

export function sourceKind(sourceText: string, opensASentence: boolean): SourceKind {
  const raw = sourceText.trim().replace(/[’‘]/g, "'");
  const ws = raw.split(/\s+/).filter(Boolean);
  const first = ws[0] ?? '';
  const firstBare = first.replace(/^[^A-Za-z]+|[^A-Za-z.']+$/g, '');
  const firstLower = firstBare.toLowerCase().replace(/'s$/, '');
  if (ws.length === 1 && PRONOUNS.has(firstLower)) return 'pronoun';
  if (/^[A-Z]/.test(firstBare) && !DETERMINERS.has(firstLower)) {
    const commonAtStart = opensASentence && COMMON_SOURCE_NOUNS.has(firstLower) && !/^[A-Z]{2,}$/.test(firstBare);
    if (!commonAtStart) return 'name';
  }
  if (DETERMINERS.has(firstLower)) return 'determiner';
  return 'other';
}
