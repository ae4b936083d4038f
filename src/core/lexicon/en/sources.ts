// English words that tell what kind of source a noun phrase is: an institution, a document, a
// publication, a pronoun to resolve, or a title before a name. The attribution layer classifies
// with these sets; the grammar never names a word.

/** Heads of noun phrases that name an institution speaking as such ("the ministry said", "police said"). */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  'department', 'ministry', 'office', 'agency', 'house', 'company', 'corp', 'corporation', 'inc', 'ltd', 'llc',
  'police', 'committee', 'commission', 'council', 'bureau', 'service', 'administration', 'government', 'court',
  'bank', 'university', 'association', 'union', 'party', 'army', 'navy', 'military', 'fed', 'reserve', 'board',
  'authority', 'authorities', 'prosecutors', 'prosecutor', 'campaign', 'group', 'firm', 'hospital', 'airline',
  'school', 'district', 'sheriff', 'fbi', 'cia', 'nasa', 'un', 'nato', 'kremlin', 'pentagon', 'vatican',
  'parliament', 'congress', 'senate', 'embassy', 'regulator', 'club', 'team', 'league', 'federation',
  'foundation', 'institute', 'organisation', 'organization', 'coalition', 'alliance', 'network', 'studio',
  'label', 'brand', 'retailer', 'manufacturer', 'maker', 'operator', 'insurer', 'lender', 'charity', 'trust',
  'council', 'centre', 'center', 'lab', 'laboratory', 'church', 'diocese', 'prison', 'force', 'forces', 'guard',
  'commissioner', 'secretariat', 'cabinet', 'presidency', 'palace', 'spokesperson', 'management', 'industry',
  'states', 'country', 'city', 'county', 'state', 'province', 'region', 'town', 'village',
]);

/** Heads of noun phrases that name a document or data ("court documents show", "the report said"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'document', 'documents', 'record', 'records', 'report', 'reports', 'filing', 'filings', 'complaint', 'data',
  'survey', 'study', 'studies', 'memo', 'memos', 'letter', 'letters', 'affidavit', 'indictment', 'transcript',
  'transcripts', 'email', 'emails', 'statement', 'statements', 'lawsuit', 'suit', 'poll', 'polls', 'figures',
  'minutes', 'analysis', 'review', 'audit', 'paper', 'papers', 'research', 'findings', 'estimates', 'forecast',
  'guidance', 'notice', 'order', 'ruling', 'judgment', 'judgement', 'verdict', 'release', 'website', 'post',
  'tweet', 'video', 'footage', 'photos', 'images', 'map', 'chart', 'table', 'index', 'census', 'budget', 'bill',
  'law', 'plan', 'proposal', 'draft', 'text', 'summary', 'assessment', 'warrant', 'motion', 'brief', 'testimony',
  'evidence', 'results', 'numbers', 'statistics', 'log', 'logs', 'message', 'messages', 'note', 'book', 'article',
]);

/** Pronouns that can be the source of an attribution, with the antecedent each needs. */
export const SOURCE_PRONOUNS: ReadonlyMap<string, 'person' | 'group' | 'thing' | 'speaker' | 'relative'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'group'], ['it', 'thing'], ['i', 'speaker'], ['we', 'speaker'],
  ['who', 'relative'], ['which', 'relative'],
]);

/** Titles before a name: "Mr. Lee", "Sen. Roe", "President Ames". */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.',
  'lt', 'lt.', 'prof', 'prof.', 'president', 'senator', 'governor', 'mayor', 'judge', 'justice', 'minister',
  'secretary', 'chancellor', 'premier', 'sheriff', 'chief', 'director', 'professor', 'coach', 'captain', 'sir',
  'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'pope', 'rabbi', 'imam', 'bishop', 'father',
]);

/** Words that are never part of a source's noun phrase: they end the walk from the cue. */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'when', 'while', 'after', 'before', 'as', 'if', 'because',
  'since', 'though', 'although', 'where', 'whether', 'than', 'so', 'yet', 'to', 'in', 'on', 'at', 'for', 'with',
  'by', 'from', 'into', 'about', 'over', 'under', 'also', 'not', 'is', 'are', 'was', 'were', 'be', 'been', 'has',
  'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'do', 'does', 'did', 'then',
  'now', 'still', 'there', 'here', 'this', 'these', 'those', 'what', 'how', 'why', 'said', 'says', 'say', 'told',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'however', 'meanwhile',
]);

/**
 * Roles a story uses to point back to someone it has named: "the president said", "the billionaire
 * told Reuters" after "Ann Lee". Only a definite description ("the", "this") points back; the
 * attribution layer gives it the named antecedent, and leaves it out when there is none.
 */
export const PERSON_ROLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'candidate', 'nominee', 'senator', 'governor', 'congressman', 'congresswoman', 'mayor', 'judge',
  'justice', 'magnate', 'tycoon', 'mogul', 'billionaire', 'businessman', 'businesswoman', 'frontrunner',
  'front-runner', 'hopeful', 'contender', 'challenger', 'incumbent', 'lawmaker', 'republican', 'democrat',
  'socialist', 'independent', 'neurosurgeon', 'surgeon', 'actor', 'actress', 'singer', 'rapper', 'comedian',
  'host', 'anchor', 'author', 'novelist', 'speaker', 'leader', 'chairman', 'chairwoman', 'secretary', 'rival',
  'opponent', 'veteran', 'star', 'developer', 'investor', 'executive', 'founder', 'ceo', 'lawyer', 'attorney',
  'economist', 'professor', 'scholar', 'historian', 'pastor', 'preacher', 'activist', 'celebrity', 'politician',
  'diplomat', 'general', 'commander', 'prosecutor', 'chancellor', 'premier', 'minister', 'monarch', 'pontiff',
  'conservative', 'liberal', 'progressive', 'populist', 'moderate', 'nominee-in-waiting', 'strategist',
]);

/** Fractions, which are shares only after a count: "a third said", not "the third state". */
export const FRACTIONS: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);

/** Heads of a share of poll respondents: "52 percent say", "a majority said", "half said so". */
export const POLL_SHARE_HEADS: ReadonlySet<string> = new Set([
  'percent', 'cent', 'majority', 'majorities', 'plurality', ...FRACTIONS,
]);

/** Number words, for shares written out: "six in 10", "two in three", "nine out of 10". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

/** Words after which a cue form is a noun, not a verb: "secretary of state", "his support", "a report". */
export const NOUN_MARKERS: ReadonlySet<string> = new Set(['of', 'a', 'an', 'the', 'his', 'its', 'their', 'our', 'my', 'your']);
