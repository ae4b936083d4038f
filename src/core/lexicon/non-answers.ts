// The English words of non-answers, grouped by the part they play in a phrase. The grammar in
// src/core/rules/non-answers/ names these groups and never spells a word itself, so another
// language means another object of this shape, not new grammar files. Apostrophes are written
// straight: matching runs on text whose curly apostrophes were straightened (same length).

export interface NonAnswerLexicon {
  /** Negated past and perfect auxiliaries: the subject did not do something it was asked to. */
  notDone: readonly string[];
  /** Refusal modals: the subject would not do it. */
  wouldNot: readonly string[];
  /** "has yet to": not done so far. */
  yetTo: readonly string[];
  /** Adverbs that may sit between an auxiliary and its verb. */
  manner: readonly string[];
  /** Verbs of replying to a request. */
  reply: readonly string[];
  /** Past forms of the reply verbs (after a negative subject: "nobody replied"). */
  replied: readonly string[];
  /** What a reporter sends: "request", "email", "call". */
  request: readonly string[];
  /** The same, as a plural or mass subject of "went unanswered". */
  contactAttempt: readonly string[];
  /** Attempt nouns: "efforts to reach". */
  attempt: readonly string[];
  /** Verbs of getting in touch: "to reach", "to contact". */
  contact: readonly string[];
  /** How an attempt ended: "failed", "were unsuccessful". */
  attemptFailed: readonly string[];
  /** How a contact attempt stayed unanswered: "went unanswered", "were not returned". */
  unanswered: readonly string[];
  /** Nouns for an answer that was not there: "no response". */
  answerNoun: readonly string[];
  /** Negative or coordinated-negative subjects: "nobody", "no one", "none of". */
  nobody: readonly string[];
  /** Verbs of giving out information. */
  disclose: readonly string[];
  /** Past participles of the telling verbs, after "has not": "has not disclosed". */
  disclosePast: readonly string[];
  /** Verbs of giving something (details, a date). */
  give: readonly string[];
  /** Information a subject can withhold: "details", "a date", "the names". */
  information: readonly string[];
  /** Question words that open what was not said: "when", "whether". */
  whWord: readonly string[];
  /** Verbs that leave a question unanswered: "dodged", "batted away". */
  evade: readonly string[];
  /** What is dodged: "questions", "the question". */
  question: readonly string[];
  /** Quantifiers before "questions": "repeated", "reporters'". */
  questionModifier: readonly string[];
  /** Gerunds after "without": "without taking questions". */
  withoutDoing: readonly string[];
  /** Nouns of refusal: "her refusal to name". */
  refusalNoun: readonly string[];
  /** Adjectives of keeping quiet: "tight-lipped", "cagey". */
  tightLipped: readonly string[];
  /** Passive participles of disclosure: "were not disclosed". */
  disclosed: readonly string[];
  /** "undisclosed", "unspecified". */
  undisclosed: readonly string[];
  /** Amounts and places left undisclosed: "sum", "fee", "location". */
  undisclosedThing: readonly string[];
  /** Deadlines the press gives: "by publication time", "by Friday". */
  deadline: readonly string[];
  /** First-person refusal modals in a quote: "I'm not going to", "we won't". */
  firstPersonWillNot: readonly string[];
  /** First-person habits of not answering: "we don't", "we never". */
  firstPersonDoNot: readonly string[];
  /** What a quoted speaker will not do: "comment on", "get into". */
  deflect: readonly string[];
  /** Objects of "get into" / "go into" that a question has: "details", "hypotheticals". */
  discussionNoun: readonly string[];
  /** Roles that are not the speaker's: "It's not my job to". */
  notMyRole: readonly string[];
  /** Things kept in private: "stays in the building". */
  privateSpace: readonly string[];
  /** Heads of phrases naming someone who can be asked: "spokesman", "club", "lawyer". */
  answerer: readonly string[];
  /** Things that are not speakers: a non-answer needs a person or an institution as subject. */
  notASpeaker: readonly string[];
}

export const EN: NonAnswerLexicon = {
  notDone: ['did not', "didn't", 'has not', "hasn't", 'have not', "haven't", 'had not', "hadn't"],
  wouldNot: ['would not', "wouldn't", 'will not', "won't"],
  yetTo: ['has yet to', 'have yet to', 'had yet to', 'is yet to', 'are yet to', 'was yet to', 'were yet to'],
  manner: ['immediately', 'yet', 'publicly', 'directly', 'specifically', 'officially', 'further', 'initially', 'still', 'repeatedly', 'independently'],
  reply: ['respond', 'responded', 'reply', 'replied', 'return', 'returned', 'answer', 'answered', 'acknowledge', 'acknowledged'],
  replied: ['responded', 'replied', 'answered', 'commented', 'returned calls', 'returned messages', 'returned emails'],
  request: ['request', 'requests', 'email', 'emails', 'e-mail', 'e-mails', 'call', 'calls', 'phone call', 'phone calls',
    'message', 'messages', 'text', 'texts', 'text message', 'text messages', 'inquiry', 'inquiries', 'enquiry', 'enquiries',
    'question', 'questions', 'voicemail', 'voicemails', 'letter', 'letters', 'query', 'queries'],
  contactAttempt: ['calls', 'phone calls', 'emails', 'e-mails', 'messages', 'voicemails', 'texts', 'text messages', 'requests',
    'repeated requests', 'inquiries', 'enquiries', 'queries', 'letters', 'a call', 'a phone call', 'an email',
    'a message', 'a voicemail', 'a request', 'an inquiry', 'an enquiry', 'a query', 'a letter', 'a text'],
  attempt: ['efforts', 'attempts', 'an effort', 'an attempt', 'repeated efforts', 'repeated attempts', 'several attempts', 'multiple attempts'],
  contact: ['reach', 'contact', 'get hold of', 'speak to', 'speak with', 'talk to', 'interview'],
  attemptFailed: ['failed', 'were unsuccessful', 'was unsuccessful', 'have been unsuccessful', 'had been unsuccessful',
    'were not successful', 'was not successful', 'proved unsuccessful', 'went unanswered', 'were unanswered'],
  unanswered: ['went unanswered', 'have gone unanswered', 'had gone unanswered', 'has gone unanswered', 'were unanswered',
    'was unanswered', 'remain unanswered', 'remained unanswered', 'were not returned', 'was not returned', 'were not answered',
    'was not answered', 'have not been returned', 'had not been returned', 'has not been returned', 'have not been answered',
    'had not been answered', 'went unreturned', 'were unreturned', 'was unreturned'],
  answerNoun: ['response', 'reply', 'answer', 'comment', 'word', 'statement', 'acknowledgement', 'acknowledgment', 'callback'],
  nobody: ['nobody', 'no one', 'no-one', 'none'],
  disclose: ['say', 'disclose', 'reveal', 'confirm', 'specify', 'identify', 'name', 'release', 'detail', 'divulge', 'explain',
    'elaborate', 'discuss', 'share', 'state', 'clarify', 'publish', 'make public', 'break down', 'quantify'],
  disclosePast: ['said', 'disclosed', 'revealed', 'confirmed', 'specified', 'identified', 'named', 'released', 'detailed', 'divulged',
    'explained', 'elaborated', 'discussed', 'shared', 'stated', 'clarified', 'published', 'made public', 'broken down', 'quantified',
    'given', 'provided', 'offered', 'supplied', 'put'],
  give: ['give', 'provide', 'offer', 'release', 'share', 'supply', 'put', 'disclose', 'reveal', 'publish'],
  information: ['details', 'detail', 'information', 'specifics', 'a date', 'dates', 'a timeline', 'a timetable', 'a figure', 'figures',
    'numbers', 'a number', 'a breakdown', 'a reason', 'reasons', 'an explanation', 'an estimate', 'estimates', 'a cost', 'costs',
    'a price', 'the price', 'names', 'the names', 'the name', 'a name', 'the identity', 'the identities', 'the cause', 'a cause',
    'the amount', 'an amount', 'the terms', 'terms', 'the value', 'the location', 'a location', 'a motive',
    'a comment', 'comment', 'data', 'the figure', 'the figures', 'the number', 'the date', 'a deadline', 'an update', 'updates'],
  whWord: ['why', 'whether', 'how', 'what', 'when', 'where', 'who', 'whom', 'which', 'if'],
  evade: ['dodged', 'dodges', 'dodging', 'ducked', 'ducks', 'ducking', 'sidestepped', 'sidesteps', 'sidestepping', 'side-stepped',
    'deflected', 'deflects', 'deflecting', 'evaded', 'evades', 'evading', 'parried', 'parries', 'parrying',
    'batted away', 'bats away', 'batting away', 'brushed off', 'brushes off', 'brushing off', 'brushed aside', 'brushes aside',
    'brushing aside', 'waved off', 'waves off', 'waving off', 'waved away', 'waves away', 'swatted away', 'swatted aside',
    'shrugged off', 'shrugs off', 'fended off', 'fends off', 'rebuffed', 'rebuffs', 'stonewalled', 'stonewalls', 'dismissed',
    'dismisses', 'deflected away', 'skirted', 'skirts', 'skirting', 'avoided', 'avoids', 'avoiding', 'ignored', 'ignores', 'ignoring'],
  question: ['questions', 'question', 'queries', 'query', 'inquiries', 'enquiries'],
  questionModifier: ['a', 'the', 'several', 'repeated', 'numerous', 'multiple', 'many', 'further', 'follow-up', 'pointed',
    'direct', 'tough', 'awkward', 'difficult', 'all', 'any', 'most', 'those', 'these', 'such', "reporters'", "journalists'",
    'media', 'press', 'shouted', 'specific', 'his', 'her', 'their', 'our', 'my', 'two', 'three', 'persistent', 'subsequent'],
  withoutDoing: ['taking', 'answering', 'responding to', 'addressing', 'fielding', 'acknowledging'],
  refusalNoun: ['refusal', 'refusals', 'reluctance', 'unwillingness', 'failure'],
  tightLipped: ['tight-lipped', 'tightlipped', 'cagey', 'cagy', 'coy', 'mum', 'silent', 'reticent', 'quiet', 'vague', 'evasive', 'guarded'],
  disclosed: ['disclosed', 'released', 'revealed', 'made public', 'provided', 'given', 'announced', 'published', 'specified', 'confirmed', 'offered'],
  undisclosed: ['undisclosed', 'unspecified', 'unrevealed'],
  undisclosedThing: ['sum', 'amount', 'fee', 'number', 'price', 'figure', 'location', 'settlement', 'payment', 'value',
    'date', 'stake', 'salary', 'compensation', 'terms', 'reasons', 'reason', 'cost', 'costs'],
  deadline: ['publication', 'publication time', 'press time', 'deadline', 'the deadline', 'the time of publication',
    'the time of writing', 'time of writing', 'the time this story was published', 'the time this article was published',
    'late afternoon', 'late morning', 'late evening', 'late in the day', 'the end of the day', 'midday', 'noon', 'evening',
    'the evening', 'tonight', 'this morning', 'this afternoon', 'this evening', 'today', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday', 'the weekend', 'early afternoon', 'mid-afternoon', 'nightfall', 'then'],
  firstPersonWillNot: ["i'm not going to", 'i am not going to', "we're not going to", 'we are not going to', "i won't", 'i will not',
    "we won't", 'we will not', "i wouldn't", 'i would not', "we wouldn't", 'we would not', "i can't", 'i cannot', 'i can not',
    "we can't", 'we cannot', 'we can not', "i don't want to", 'i do not want to', "we don't want to", 'we do not want to',
    "i'm not able to", 'i am not able to', "we're not able to", 'we are not able to', "i'm not in a position to",
    'i am not in a position to', "we're not in a position to", 'we are not in a position to', "i'm not at liberty to",
    'i am not at liberty to', "we're not at liberty to", 'we are not at liberty to', "i'm not prepared to", 'i am not prepared to',
    "we're not prepared to", 'we are not prepared to'],
  firstPersonDoNot: ["we don't", 'we do not', 'we never', "i don't", 'i do not', 'i never'],
  deflect: ['comment on', 'comment', 'speculate', 'discuss', 'get into', 'go into', 'talk about', 'get ahead of', 'weigh in',
    'prejudge', 'characterise', 'characterize', 'get drawn into', 'be drawn into', 'be drawn on', 'provide', 'give', 'share',
    'disclose', 'reveal', 'release', 'confirm', 'go there', 'go down that road', 'go down that path', 'elaborate', 'expand on',
    'get involved in', 'engage in', 'offer', 'detail', 'name', 'identify', 'break down', 'put a number on', 'put a figure on',
    'put a timeline on', 'put a date on', 'answer'],
  discussionNoun: ['details', 'detail', 'specifics', 'hypotheticals', 'hypothetical', 'speculation', 'matters', 'matter', 'issues',
    'questions', 'conversations', 'discussions', 'that', 'it', 'this', 'those', 'these', 'all that', 'all of that', 'any of that',
    'any of this', 'the weeds', 'numbers', 'figures', 'names', 'particulars', 'the ins and outs', 'individual cases', 'cases',
    'comment', 'information', 'advice', 'guidance', 'predictions', 'a prediction', 'forecasts', 'timelines', 'a timeline',
    'a running commentary', 'commentary', 'personnel', 'rumours', 'rumors', 'reports', 'speculation', 'operational', 'security'],
  notMyRole: ['job', 'place', 'role', 'business', 'position', 'call', 'department'],
  privateSpace: ['in the building', 'in the room', 'in the dressing room', 'in the locker room', 'in the changing room',
    'in the family', 'in-house', 'internal', 'private', 'between us', 'between me and him', 'between me and her',
    'between me and them', 'between him and me', 'between her and me', 'between them and me', 'behind closed doors',
    'between me and', 'between us and', 'between ourselves'],
  answerer: ['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative',
    'representatives', 'rep', 'reps', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'counsel', 'solicitor', 'solicitors', 'office',
    'offices', 'company', 'companies', 'firm', 'firms', 'agency', 'agencies', 'ministry', 'department', 'council', 'club', 'clubs',
    'family', 'relatives', 'owner', 'owners', 'team', 'campaign', 'official', 'officials', 'school', 'district', 'hospital',
    'police', 'force', 'board', 'university', 'government', 'embassy', 'consulate', 'organisers', 'organizers', 'landlord',
    'developer', 'operator', 'employer', 'manager', 'agent', 'publicist', 'union', 'party', 'church', 'authority', 'authorities',
    'administration', 'airline', 'bank', 'group', 'management', 'executives', 'staff', 'maker', 'manufacturer', 'retailer',
    'platform', 'chain', 'business', 'restaurant', 'store', 'clinic', 'prison', 'sheriff', 'mayor', 'governor', 'minister',
    'senator', 'coach', 'player', 'director', 'chief', 'founder', 'chairman', 'chairwoman', 'president', 'secretary', 'regulator',
    'watchdog', 'committee', 'commission', 'court', 'prosecutor', 'prosecutors', 'label', 'studio', 'network', 'broadcaster',
    'publisher', 'foundation', 'charity', 'trust', 'association', 'federation', 'league', 'brand', 'husband', 'wife', 'son',
    'daughter', 'mother', 'father', 'parents', 'brother', 'sister', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'spokes',
    'press office', 'press team', 'press secretary', 'headquarters', 'palace', 'military', 'army', 'navy', 'ceo', 'owner',
    'suspect', 'defendant', 'accused', 'candidate', 'lawmaker', 'legislator', 'mp', 'councillor', 'councilman', 'councilwoman',
    'contractor', 'supplier', 'insurer', 'hotel', 'developer', 'provider', 'service', 'services', 'teams', 'parties'],
  notASpeaker: ['study', 'survey', 'paper', 'research', 'data', 'analysis', 'model', 'law', 'bill', 'rule', 'rules', 'regulation',
    'policy', 'plan', 'budget', 'proposal', 'map', 'film', 'book', 'movie', 'show', 'game', 'app', 'device', 'report', 'constitution',
    'treaty', 'statute', 'act', 'dictionary', 'manual', 'handbook', 'guide', 'sign', 'label on', 'guidance', 'guidelines', 'document', 'documents', 'filing', 'website', 'video', 'trailer', 'patch', 'update'],
};

/** The lexicon the grammar reads: one language at a time for now. */
export const LEX: NonAnswerLexicon = EN;
