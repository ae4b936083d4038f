// Words that name or end the name of a news organisation ("Reuters", "The Washington Post", "ABC
// News"). One list for both readers of outlet names: the attribution classifier ("Reuters reported")
// and the highlight that runs to the end of the outlet a source spoke to ("sources told ABC News").
// Each adds words only its own context makes safe.

export const OUTLET_NAME_WORDS: readonly string[] = [
  'reuters', 'ap', 'afp', 'bloomberg', 'times', 'post', 'journal', 'news', 'cnn', 'bbc', 'guardian', 'telegraph',
  'magazine', 'politico', 'axios', 'tmz', 'abc', 'nbc', 'cbs', 'fox', 'npr', 'wire', 'tribune', 'herald', 'daily',
];
