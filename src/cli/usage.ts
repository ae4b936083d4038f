export const USAGE = `Usage: sourcelight analyze [options] [--] <file.html | file.txt | file: or http(s) URL>

Highlights what a news article rests on: claims from unnamed sources and non-answers.
Prints the article's transparency score (0-100), each finding with its sentence and why it matters,
the named sources counted, and the outlet's published sourcing policy when the page names one.

  file.html   a saved web page; the article is extracted as the extension does
  file.txt    plain text, analysed as it is (offsets index into the file's text)
  URL         fetched once (the only network request Sourcelight makes, because you asked)

Options:
  --json              print the full report as JSON (a PageReport for pages, a Report for text)
  --timeout SECONDS   give up after this long, reading and analysing together (default 60)
  --allow-private     let a URL or its redirects reach loopback, link-local or private addresses
  --                  end of options: what follows is the file or URL, even if it starts with -
  -h, --help          print this help

Inputs over 50 MB are refused; very long or very deeply nested pages are analysed in part and the
report says so.

Exit codes: 0 analysed; 1 the input could not be read or analysed (missing, empty, too large,
binary, a failed or refused fetch); 2 wrong command line; 3 the page is not an article (nothing to
score); 4 the time limit was reached.
`;
