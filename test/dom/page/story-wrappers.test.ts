// A narrowed story whose own layout wrappers carry names Readability discards as furniture
// ("sidebar-grid"): the copy's wrappers lose those names (story-wrappers.ts) so Readability reads the
// story, not the teaser list beneath it; real furniture and comment threads keep theirs.
import { describe, expect, it } from 'vitest';
import Readability from '@mozilla/readability/Readability.js';
import { articleScope } from '../../../src/page/article-scope';
import { analysedText, analyzeDocument } from '../../../src/page/index';
import {
  OK_MAYBE_CANDIDATE, UNLIKELY_CANDIDATES, UNLIKELY_ROLES, keepStoryWrappers,
} from '../../../src/page/story-wrappers';
import { documentFromHtml } from '../../helpers/fixture-pages';

const STORY = [
  'The university will close its observatory on the hill to the public from next spring, two members of '
    + 'staff familiar with the plan said, ending more than eighty years of open nights.',
  'The telescope dome needs a new roof and the access road has been closed twice this winter after '
    + 'landslips, according to a report prepared for the estates committee in January.',
  'A spokesperson for the university declined to comment on the closure, saying only that a decision on '
    + 'the future of the site would be announced after the committee meets in March.',
  'Volunteers from the astronomy society, who run the open nights, said they had not been consulted. '
    + 'Critics say the university has let the building decay for a decade.',
  'The observatory was given to the city by a local shipping family in 1938 on the condition that it '
    + 'stayed open to anyone who wanted to look at the sky, one evening a week.',
  'Its main telescope, a refractor with a lens of nearly half a metre, is one of the largest of its kind '
    + 'still in use in the country, and draws school groups from across the region.',
];

const paragraphs = (list: string[]) => list.map((text) => `<p>${text}</p>`).join('\n');

/** The story in three runs, each inside the CMS's "sidebar-grid" layout, and a teaser list under it. */
function gridPage(): Document {
  const run = (list: string[], n: number) => `<div class="sidebar-grid sidebar-grid--narrow">
    <div class="sidebar-grid__main">${paragraphs(list)}</div>
    <aside class="sidebar-grid__rail"><div class="ad-slot">Advertisement ${n}</div></aside></div>`;
  const teasers = Array.from({ length: 6 }, (_, i) => `<div class="teaser-card"><div class="teaser-card__text">
    <a href="/science/${i}">Teaser headline number ${i} about another science story from the region</a>
    <div>A short summary of that other story, written to tempt a reader into clicking through to it.</div></div></div>`).join('');
  return documentFromHtml(`<!doctype html><html lang="en"><head><title>Observatory to close | The Hill Courier</title></head>
    <body><header><a href="/">The Hill Courier</a><nav><a href="/science">Science</a></nav></header>
    <article class="story-page"><h1>Hilltop observatory to close to the public</h1>
    ${run(STORY.slice(0, 2), 1)}${run(STORY.slice(2, 4), 2)}${run(STORY.slice(4), 3)}
    <footer class="article__footer"><h2>Read next</h2><div class="teaser-list">${teasers}</div></footer></article>
    <footer><p>© The Hill Courier</p></footer></body></html>`);
}

describe('analyzeDocument on a narrowed story laid out in furniture-named wrappers', () => {
  it('reads the story rather than the teasers, and finds its sources', () => {
    const doc = gridPage();
    const before = doc.documentElement.outerHTML;
    expect(articleScope(doc)).toBe(doc.querySelector('article'));
    const result = analyzeDocument(doc);
    const text = analysedText(result) ?? '';
    for (const paragraph of STORY) expect(text).toContain(paragraph);
    expect(text).not.toContain('Teaser headline');
    expect(result.report?.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['anonymous_source', 'non_answer']));
    // The live page keeps its class names: only the copy is changed.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('keepStoryWrappers', () => {
  const root = (inner: string) => documentFromHtml(`<body><article id="root">${inner}</article></body>`).getElementById('root')!;

  it('drops the furniture words from the wrappers holding the story, keeping their other names', () => {
    const scope = root(`<div class="sidebar-grid layout-wide" id="story-header-wrap"><div class="sidebar-grid__inner">
      <div class="sidebar-grid__main">${paragraphs(STORY)}</div></div></div>`);
    keepStoryWrappers(scope);
    expect(scope.firstElementChild!.getAttribute('class')).toBe('layout-wide');
    expect(scope.firstElementChild!.hasAttribute('id')).toBe(false);
    expect(scope.querySelector('div > div')!.getAttribute('class')).toBe('');
    // "main" already tells Readability to keep this one: its name is left as it is.
    expect(scope.querySelector('div > div > div')!.getAttribute('class')).toBe('sidebar-grid__main');
  });

  it('drops a furniture role from a wrapper holding the story', () => {
    const scope = root(`<div role="complementary" class="body-copy">${paragraphs(STORY)}</div>`);
    keepStoryWrappers(scope);
    expect(scope.firstElementChild!.hasAttribute('role')).toBe(false);
  });

  it('leaves real furniture alone when most of the story is outside it', () => {
    const scope = root(`<div class="story-text">${paragraphs(STORY.slice(0, 4))}</div>
      <aside class="related-stories">${paragraphs(STORY.slice(4))}</aside>`);
    keepStoryWrappers(scope);
    expect(scope.querySelector('aside')!.getAttribute('class')).toBe('related-stories');
  });

  it('never keeps a comment thread, and does not count its text as the story', () => {
    const scope = root(`<div class="sidebar-grid">${paragraphs(STORY)}</div>
      <section class="comments-sidebar">${paragraphs(STORY)}${paragraphs(STORY)}</section>`);
    keepStoryWrappers(scope);
    expect(scope.querySelector('section')!.getAttribute('class')).toBe('comments-sidebar');
    expect(scope.firstElementChild!.getAttribute('class')).toBe('');
  });

  it('mirrors the furniture tests of the Readability it runs with', () => {
    const own = (Readability as unknown as { prototype: { REGEXPS: Record<string, RegExp>; UNLIKELY_ROLES: string[] } }).prototype;
    expect(UNLIKELY_CANDIDATES.source).toBe(own.REGEXPS.unlikelyCandidates!.source);
    expect(OK_MAYBE_CANDIDATE.source).toBe(own.REGEXPS.okMaybeItsACandidate!.source);
    expect(UNLIKELY_ROLES).toEqual(own.UNLIKELY_ROLES);
  });
});
