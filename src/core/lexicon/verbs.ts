// Verbs that attribute a statement, a view or a judgement to their subject, in every tense a news
// story uses them. "officials said", "investigators believe", "aides have argued" all attribute.

const STEMS: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  add: ['add', 'adds', 'added'],
  describe: ['describe', 'describes', 'described'],
  believe: ['believe', 'believes', 'believed'],
  expect: ['expect', 'expects', 'expected'],
  confirm: ['confirm', 'confirms', 'confirmed'],
  acknowledge: ['acknowledge', 'acknowledges', 'acknowledged'],
  argue: ['argue', 'argues', 'argued'],
  note: ['note', 'notes', 'noted'],
  caution: ['caution', 'cautions', 'cautioned'],
  divulge: ['divulge', 'divulges', 'divulged'],
  insist: ['insist', 'insists', 'insisted'],
  predict: ['predict', 'predicts', 'predicted'],
  observe: ['observe', 'observes', 'observed'],
  ask: ['ask', 'asks', 'asked'],
  answer: ['answered'],
  offer: ['offered'],
  attribute: ['attribute', 'attributes', 'attributed'],
  applaud: ['applaud', 'applauds', 'applauded'],
  protest: ['protested'],
  worry: ['worry', 'worries', 'worried'],
  fear: ['fear', 'fears', 'feared'],
  think: ['think', 'thinks', 'thought'],
  regard: ['regard', 'regards', 'regarded'],
  ascribe: ['ascribe', 'ascribes', 'ascribed'],
  deny: ['deny', 'denies', 'denied'],
  urge: ['urge', 'urges', 'urged'],
  warn: ['warn', 'warns', 'warned'],
  estimate: ['estimate', 'estimates', 'estimated'],
  suggest: ['suggest', 'suggests', 'suggested'],
  explain: ['explain', 'explains', 'explained'],
  claim: ['claim', 'claims', 'claimed'],
  allege: ['allege', 'alleges', 'alleged'],
  contend: ['contend', 'contends', 'contended'],
  maintain: ['maintain', 'maintains', 'maintained'],
  concede: ['concede', 'concedes', 'conceded'],
  admit: ['admit', 'admits', 'admitted'],
  disclose: ['disclose', 'discloses', 'disclosed'],
  reveal: ['reveal', 'reveals', 'revealed'],
  recount: ['recount', 'recounts', 'recounted'],
  recall: ['recall', 'recalls', 'recalled'],
  characterize: ['characterize', 'characterizes', 'characterized', 'characterise', 'characterised'],
  complain: ['complain', 'complains', 'complained'],
  stress: ['stressed'],
  emphasize: ['emphasized', 'emphasised'],
  agree: ['agree', 'agrees', 'agreed'],
  speculate: ['speculate', 'speculates', 'speculated'],
  conclude: ['conclude', 'concludes', 'concluded'],
  indicate: ['indicate', 'indicates', 'indicated'],
  project: ['project', 'projects', 'projected'],
  see: ['see', 'saw', 'sees'],
  call: ['called'],
  provide: ['provided'],
  insinuate: ['insinuated'],
  question: ['question', 'questioned'],
  assert: ['assert', 'asserts', 'asserted'],
  portray: ['portrayed'],
  announce: ['announced'],
  report: ['reported'],
  write: ['wrote'],
  suspect: ['suspect', 'suspects', 'suspected'],
  doubt: ['doubt', 'doubts', 'doubted'],
  blame: ['blame', 'blames', 'blamed'],
  hope: ['hope', 'hopes', 'hoped'],
  forecast: ['forecast', 'forecasts'],
  // Verbs of dispute and complaint voice a source's view as surely as "say" does.
  accuse: ['accuse', 'accuses', 'accused'],
  dispute: ['dispute', 'disputes', 'disputed'],
  grumble: ['grumble', 'grumbles', 'grumbled'],
  express: ['express', 'expresses', 'expressed'],
  reply: ['replied', 'replies'],
  counter: ['countered', 'counters'],
  lament: ['lament', 'laments', 'lamented'],
  criticize: ['criticize', 'criticizes', 'criticized', 'criticise', 'criticises', 'criticised'],
  condemn: ['condemn', 'condemns', 'condemned'],
  praise: ['praised'],
};

export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(Object.values(STEMS).flat());

/** Verbs that may follow a quotation with the speaker after them: "…,” said a senior official. */
export const INVERSION_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'added', 'adds', 'asked', 'told', 'explained', 'noted', 'wrote', 'continued',
  'observed', 'insisted', 'argued', 'warned', 'predicted', 'think', 'believe', 'believes', 'thinks', 'replied',
]);

/** "say goodbye", "said grace": the verb takes a set phrase, not a claim. */
export const SAY_SET_PHRASES: ReadonlySet<string> = new Set(['goodbye', 'good-bye', 'hello', 'thanks', 'grace', 'sorry', 'farewell', 'prayers', 'cheese', 'amen']);

/** "express" voices a source only with a view for its object: "expressed doubts", not "expressed milk". */
export const EXPRESSED_VIEWS: ReadonlySet<string> = new Set([
  'doubt', 'doubts', 'concern', 'concerns', 'frustration', 'support', 'skepticism', 'scepticism', 'worry',
  'worries', 'hope', 'hopes', 'fear', 'fears', 'confidence', 'anger', 'dismay', 'opposition', 'surprise',
  'alarm', 'reservations', 'interest', 'disappointment', 'regret', 'optimism', 'pessimism', 'unease',
  'outrage', 'displeasure', 'misgivings', 'sympathy', 'gratitude', 'irritation',
]);

/** Participles that take their agent after them when passive: "a commander blamed for the attacks". */
export const PASSIVE_PARTICIPLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['blamed', new Set(['for'])], ['accused', new Set(['of'])], ['suspected', new Set(['of'])],
  ['credited', new Set(['with'])],
]);

/** "are worried", "were critical": a state that voices the group's view. */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'worried', 'concerned', 'critical', 'confident', 'skeptical', 'sceptical', 'convinced', 'optimistic',
  'pessimistic', 'hopeful', 'wary', 'unsure', 'adamant', 'alarmed', 'cautious', 'divided', 'furious',
  'frustrated', 'angry', 'upset', 'doubtful', 'certain', 'uncertain', 'vocal', 'unconvinced', 'unhappy',
]);

/** Words that may sit between a subject and its verb: "have", "quietly", "also". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'are', 'is', 'were', 'was', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'also', 'still', 'now', 'later', 'then', 'been', 'do', 'does', 'did', 'not', "n't", 'never', 'already',
  'long', 'first', 'often', 'too', 'all', 'both', 'each', 'however', 'privately', 'publicly', 'initially',
]);

export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "didn't", "don't", "doesn't", "won't", "wouldn't", "haven't", "hasn't", "hadn't", "couldn't", "can't", 'cannot', "weren't", "wasn't", "aren't", "isn't"]);

/** Adverbs between subject and verb: "officials quietly applauded", "seemingly answered". */
export function isAdverb(lower: string): boolean {
  return lower.length > 3 && lower.endsWith('ly') && lower !== 'only' && lower !== 'family' && lower !== 'ally' && lower !== 'july';
}
