// Short invented news texts for the end-to-end sanity checks of the score. Written for this project;
// no real article's text. Each variant tells the same story with different sourcing.

export const ON_RECORD_ARTICLE = [
  'HARBOUR CITY — The city council voted 7-2 on Tuesday to close the old ferry terminal next spring, Mayor Dana Cole said at a news conference.',
  '"We cannot keep patching a building that is sinking," Cole said.',
  'Council member Ravi Patel, who voted against the plan, said the vote was rushed. "Residents deserved another hearing," Patel said.',
  "According to a 2023 engineering report commissioned by the city, the terminal's pilings have lost a third of their strength.",
  'The Harbour Authority said in a statement that ferries would move to the north pier by May.',
  'Ana Ruiz, who has run a cafe beside the terminal for eleven years, said she expected to lose most of her customers.',
  '"Nobody asked the people who work here," Ruiz said.',
  'The ferry operator, Blue Line, did not respond to a request for comment.',
].join('\n\n');

export const UNDESCRIBED_SOURCES_ARTICLE = [
  'HARBOUR CITY — The city is preparing to close the old ferry terminal, sources said on Tuesday.',
  'The decision was made weeks ago, according to sources, and has been kept quiet since.',
  'Sources say the council vote will be a formality.',
  'The closure could cost hundreds of jobs on the waterfront, sources told the Ledger.',
  'Buyers are reportedly already circling the land.',
  'A city spokesperson did not respond to a request for comment.',
].join('\n\n');

/** The undescribed story, but its anonymous source is described and says why anonymity was granted. */
export const DESCRIBED_SOURCE_ARTICLE = [
  'HARBOUR CITY — The city is preparing to close the old ferry terminal, Mayor Dana Cole said on Tuesday.',
  'The decision was made weeks ago, according to a senior Harbour Authority official who spoke on condition of anonymity because the sale talks are confidential.',
  'Council member Ravi Patel said the council vote would be a formality.',
  'The closure could cost hundreds of jobs on the waterfront, Patel said.',
  'A city spokesperson did not respond to a request for comment.',
].join('\n\n');

export const HOW_TO_TEXT = [
  'How to repot a fern',
  'Choose a pot one size larger than the old one, with a drainage hole in the bottom.',
  'Water the plant a day before so the root ball holds together.',
  'Tip the pot on its side and ease the fern out, loosening circling roots with your fingers.',
  'Set it at the same depth as before, fill around it with fresh compost and water well.',
  'Keep it out of direct sun for a week while it settles.',
].join('\n\n');
