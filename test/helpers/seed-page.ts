// Builds a realistic news page around the seed document (../shared/seed), read at test time.
// The seed file is an article followed by a reader's comment, as one text: first line the headline,
// then paragraphs separated by blank lines. The page puts the article in <article> and the comment
// in a comments section, as a news site would, so tests can check that nothing in the comment is
// reported.
//
// Where the article ends: the seed's article has SEED_ARTICLE_PARAGRAPHS paragraphs after the
// headline, and the comment's first paragraph opens with "Honestly,". Both are checked: the split is
// taken at the first paragraph, at or after that count, that opens the comment; if no paragraph
// opens that way, at the count alone.
import { readFileSync } from 'node:fs';
import { sharedFile } from './shared-dir';

export const SEED_PATH = 'seed/000_43deded564f98e40.txt';
const SEED_ARTICLE_PARAGRAPHS = 9;
const COMMENT_OPENING = /^Honestly,/;

export interface SeedParts {
  headline: string;
  articleParagraphs: string[];
  commentParagraphs: string[];
}

/** The seed split into headline, article and comment; null when ../shared is absent. */
export function readSeedParts(): SeedParts | null {
  const file = sharedFile(SEED_PATH);
  if (!file) return null;
  const raw = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n').trim();
  const newline = raw.indexOf('\n');
  const headline = raw.slice(0, newline).trim();
  const paragraphs = raw.slice(newline + 1).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const byOpening = paragraphs.findIndex((p, i) => i >= SEED_ARTICLE_PARAGRAPHS - 1 && COMMENT_OPENING.test(p));
  const split = byOpening >= 0 ? byOpening : Math.min(SEED_ARTICLE_PARAGRAPHS, paragraphs.length);
  return { headline, articleParagraphs: paragraphs.slice(0, split), commentParagraphs: paragraphs.slice(split) };
}

/** The seed as a full news page (HTML), or null when ../shared is absent. */
export function buildSeedPage(): string | null {
  const parts = readSeedParts();
  if (!parts) return null;
  const paragraphs = (list: string[]) => list.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(parts.headline)} - The Daily Ledger</title>
  <meta property="og:site_name" content="The Daily Ledger">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Daily Ledger</a>
    <nav class="site-nav"><ul>
      <li><a href="/politics">Politics</a></li><li><a href="/world">World</a></li>
      <li><a href="/business">Business</a></li><li><a href="/opinion">Opinion</a></li>
    </ul></nav>
  </header>
  <main>
    <article class="story">
      <h1>${escapeHtml(parts.headline)}</h1>
      <p class="byline">By Morgan Ellery</p>
${paragraphs(parts.articleParagraphs)}
    </article>
    <section class="comments" id="comments">
      <h2>Reader comments</h2>
      <div class="comment">
        <p class="comment-author">quietriver_88 wrote:</p>
${paragraphs(parts.commentParagraphs)}
      </div>
    </section>
  </main>
  <footer class="site-footer"><p>&copy; The Daily Ledger. <a href="/about">About us</a> · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
