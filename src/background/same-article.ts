// Whether two URLs of one tab show the same article. A plain #fragment is a jump inside the article
// (footnotes, sections); hash routes ("#/story/2", "#!story") name another one. Mirrors the content
// script's watcher (src/content/watch/url.ts), which the background may not import.
function articlePart(href: string): string {
  const hashAt = href.indexOf('#');
  if (hashAt < 0) return href;
  const hash = href.slice(hashAt);
  return hash.startsWith('#/') || hash.startsWith('#!') ? href : href.slice(0, hashAt);
}

export function sameArticle(a: string, b: string): boolean {
  return articlePart(a) === articlePart(b);
}
