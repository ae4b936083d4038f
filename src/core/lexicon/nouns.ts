// Words that build the description of a source: determiners that count it, modifiers that place
// it ("senior", "law enforcement"), and prepositions that mark a noun as an object, not a speaker.

/** Determiners and quantifiers, with the number of sources they claim ('many' = unquantified). */
export const DETERMINERS: ReadonlyMap<string, number | 'many' | 'definite'> = new Map<string, number | 'many' | 'definite'>([
  ['a', 1], ['an', 1], ['one', 1], ['another', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5],
  ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['several', 'many'], ['multiple', 'many'],
  ['many', 'many'], ['some', 'many'], ['few', 'many'], ['numerous', 'many'], ['various', 'many'], ['most', 'many'],
  ['other', 'many'], ['both', 2], ['the', 'definite'], ['these', 'definite'], ['those', 'definite'],
  ['his', 'definite'], ['her', 'definite'], ['their', 'definite'], ['its', 'definite'], ['our', 'many'],
]);

/** "a couple of", "a number of", "a handful of": quantifier nouns before "of". */
export const QUANTIFIER_NOUNS: ReadonlySet<string> = new Set(['couple', 'number', 'handful', 'group', 'pair', 'dozen', 'series']);

/** Lower-case modifiers that may precede a source noun. Capitalised words are accepted anyway. */
export const MODIFIERS: ReadonlySet<string> = new Set([
  'senior', 'top', 'former', 'current', 'administration', 'government', 'federal', 'state', 'local', 'city',
  'county', 'law', 'enforcement', 'security', 'intelligence', 'military', 'defense', 'defence', 'health',
  'party', 'campaign', 'election', 'transition', 'congressional', 'foreign', 'political', 'economic', 'trade',
  'company', 'industry', 'union', 'school', 'district', 'hospital', 'airline', 'court', 'justice', 'legal',
  'unnamed', 'anonymous', 'regional', 'national', 'international', 'diplomatic', 'ministry', 'department',
  'agency', 'rescue', 'search', 'aviation', 'safety', 'fire', 'emergency', 'public', 'junior', 'key',
  'veteran', 'longtime', 'prominent', 'influential', 'independent', 'private', 'sector', 'financial',
  'market', 'bank', 'banking', 'opposition', 'conservative', 'liberal', 'progressive', 'moderate', 'rural',
  'technology', 'tech', 'energy', 'oil', 'white', 'house', 'western', 'european', 'american', 'police',
  'investigative', 'administrative', 'legislative', 'knowledgeable', 'informed', 'reliable', 'trusted',
  'familiar', 'close', 'well-placed', 'whale', 'indigenous', 'islamist', 'republican', 'democratic', 'gop',
  'staff', 'office', 'press', 'communications', 'cabinet', 'embassy', 'border', 'customs', 'immigration',
  'nuclear', 'environmental', 'medical', 'education', 'other', 'additional', 'more', 'independent',
  // Compound modifiers of groups and witnesses: "a local human rights organization", "unidentified people".
  'unidentified', 'human', 'rights', 'civil', 'advocacy', 'aid', 'humanitarian', 'community', 'student',
  'labor', 'labour', 'business', 'consumer', 'research', 'crossing', 'retired', 'liberties', 'freedom',
  'watchdog', 'farm', 'lobby', 'relief', 'welfare', 'patient', 'tenant',
]);

/** A noun right after one of these is an object ("met with officials"), not a speaker. */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with', 'to', 'by', 'from', 'of', 'for', 'among', 'against', 'about', 'between', 'on', 'at', 'in', 'into',
  'than', 'like', 'over', 'under', 'toward', 'towards', 'through', 'via', 'without', 'upon', 'onto',
]);

/** Capitalised function words that start sentences but never describe a source. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'as', 'but', 'and', 'in', 'on', 'when', 'while', 'after', 'before', 'if', 'so', 'yet', 'meanwhile', 'still',
  'now', 'then', 'although', 'though', 'because', 'since', 'until', 'where', 'whether', 'what', 'who', 'why',
  'how', 'at', 'for', 'with', 'by', 'from', 'to', 'of', 'that', 'this', 'there', 'here', 'it', 'he', 'she',
  'they', 'we', 'i', 'you', 'also', 'even', 'only', 'just', 'once', 'over', 'under', 'about', 'asked',
  'said', 'says', 'told', 'according', 'citing', 'quoting', 'however', 'or', 'nor', 'not', 'is', 'are', 'was', 'were', 'be',
]);

/** What follows a source noun to describe its vantage: "familiar with", "briefed on", "close to". */
export const COMPLEMENT_STARTERS: ReadonlySet<string> = new Set([
  'familiar', 'close', 'briefed', 'with', 'for', 'of', 'at', 'in', 'from', 'on', 'who', 'knowledgeable',
  'involved', 'working', 'based', 'speaking', 'inside', 'within', 'near', 'representing', 'aware', 'privy',
  'across', 'tracking', 'following', 'monitoring', 'investigating', 'overseeing', 'handling', 'that',
]);
