// English verb forms from a lemma, so a cue lexicon lists each verb once ("worry") and the engine
// still meets every tense news uses it in ("worries", "worried", "worrying"). A second language
// brings its own inflector beside its own lexicon.

/** Past forms that no spelling rule gives. */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], think: ['thought'], write: ['wrote', 'written'], see: ['saw', 'seen'],
  know: ['knew', 'known'], feel: ['felt'], hear: ['heard'], speak: ['spoke', 'spoken'], find: ['found'],
  understand: ['understood'], forecast: ['forecast'], foresee: ['foresaw', 'foreseen'], swear: ['swore', 'sworn'],
  take: ['took', 'taken'], give: ['gave', 'given'], hold: ['held'], mean: ['meant'], leave: ['left'],
  put: ['put'], read: ['read'], tweet: ['tweeted'], quip: ['quipped'], admit: ['admitted'],
  regret: ['regretted'], prefer: ['preferred'], commit: ['committed'], plead: ['pleaded', 'pled'],
  rebut: ['rebutted'], submit: ['submitted'], refer: ['referred'], infer: ['inferred'], confer: ['conferred'],
  omit: ['omitted'], fret: ['fretted'], chat: ['chatted'], sob: ['sobbed'], vow: ['vowed'], plan: ['planned'],
  ban: ['banned'], slam: ['slammed'], blog: ['blogged'], quote: ['quoted'], make: ['made'], draw: ['drew', 'drawn'],
  dub: ['dubbed'], come: ['came'], go: ['went', 'gone'], get: ['got', 'gotten'], lead: ['led'], bring: ['brought'],
  seek: ['sought'], teach: ['taught'], buy: ['bought'], fight: ['fought'], win: ['won'], lose: ['lost'], run: ['ran'],
};

/** Verbs that double their last consonant before -ing as they do before -ed. */
const DOUBLING = /^(?:admit|regret|prefer|commit|rebut|submit|refer|infer|confer|omit|fret|chat|sob|plan|ban|slam|blog|quip|dub|run|win)$/;

function thirdPerson(lemma: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function past(lemma: string): string[] {
  const irregular = IRREGULAR_PAST[lemma];
  if (irregular) return [...irregular];
  if (lemma.endsWith('e')) return [`${lemma}d`];
  if (/[^aeiou]y$/.test(lemma)) return [`${lemma.slice(0, -1)}ied`];
  return [`${lemma}ed`];
}

function participle(lemma: string): string {
  if (DOUBLING.test(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !lemma.endsWith('ee')) return `${lemma.slice(0, -1)}ing`;
  return `${lemma}ing`;
}

const FORMS = new Map<string, readonly string[]>();

/** Every form of the verb: base, third person, past (and past participle), and -ing. Computed once per lemma. */
export function verbForms(lemma: string): readonly string[] {
  let forms = FORMS.get(lemma);
  if (!forms) {
    forms = [lemma, thirdPerson(lemma), ...past(lemma), participle(lemma)];
    FORMS.set(lemma, forms);
  }
  return forms;
}

/** Plurals that no spelling rule gives. */
const IRREGULAR_PLURAL: Readonly<Record<string, string>> = {
  man: 'men', woman: 'women', person: 'people', child: 'children', spokesman: 'spokesmen',
  spokeswoman: 'spokeswomen', congressman: 'congressmen', congresswoman: 'congresswomen',
  businessman: 'businessmen', businesswoman: 'businesswomen', fisherman: 'fishermen', policeman: 'policemen',
  chairman: 'chairmen', layman: 'laymen', serviceman: 'servicemen', tradesman: 'tradesmen', craftsman: 'craftsmen',
  passerby: 'passersby', 'passer-by': 'passers-by', wife: 'wives', thief: 'thieves',
};

/** A noun's singular and plural: "resident" → ["resident", "residents"]. */
export function nounForms(lemma: string): [string, string] {
  const irregular = IRREGULAR_PLURAL[lemma];
  if (irregular) return [lemma, irregular];
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}
