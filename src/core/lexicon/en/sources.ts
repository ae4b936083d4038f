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
