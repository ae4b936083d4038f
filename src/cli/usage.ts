export const USAGE = `Usage: sourcelight analyze <file.html | file.txt | http(s) URL> [--json]

Highlights what a news article rests on: claims from unnamed sources and non-answers.
Prints the article's transparency score (0-100), each finding with its sentence and why it matters,
the named sources counted, and the outlet's published sourcing policy when the page names one.

  file.html   a saved web page; the article is extracted as the extension does
  file.txt    plain text, analysed as it is (offsets index into the file's text)
  URL         fetched once (the only network request Sourcelight makes, because you asked)

Options:
  --json      print the full report as JSON (a PageReport for pages, a Report for text)
  -h, --help  print this help

Exit codes: 0 analysed; 1 the input could not be read or analysed; 2 wrong command line;
3 the page is not an article (nothing to score).
`;
