// The project's own HTML pages (test/fixtures/pages) and the demo article, for dom and e2e tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { repoRoot } from './shared-dir';

export const fixturePagesDir = path.join(repoRoot, 'test/fixtures/pages');
export const demoArticlePath = path.join(repoRoot, 'demo/article.html');

/** The HTML of test/fixtures/pages/<name>.html. */
export function readFixturePage(name: string): string {
  return readFileSync(path.join(fixturePagesDir, `${name}.html`), 'utf8');
}

/** A jsdom Document for `html` at `url`; scripts never run and nothing is fetched. */
export function documentFromHtml(html: string, url = 'https://news.example.org/story'): Document {
  return new JSDOM(html, { url }).window.document;
}
