// Line breaks drawn with empty elements (a CMS's <span class="br"></span>, styled as a block by the
// site's CSS) end a line in the analysed text, as <br> does, so the sentences on either side stay
// apart; an empty element that sits next to a space, or a void one (<wbr>, <img>), changes nothing.
import { describe, expect, it } from 'vitest';
import { buildArticleText } from '../../../src/page/article-text';
import { analyzeDocument } from '../../../src/page/index';
import { documentFromHtml } from '../../helpers/fixture-pages';

const textOf = (inner: string) => {
  const doc = documentFromHtml(`<body><div id="story">${inner}</div></body>`);
  return buildArticleText(doc.getElementById('story')!, 10_000).text;
};

describe('buildArticleText and empty elements', () => {
  it('breaks the line at an empty element between two words', () => {
    expect(textOf('The mill closed in March.<span class="br"></span>Its owners blamed energy costs.'))
      .toBe('The mill closed in March.\nIts owners blamed energy costs.');
  });

  it('gives one line break for a run of empty elements, including after a heading-like span', () => {
    expect(textOf('<span class="strong">Closure</span><span class="br"></span><span class="br"></span>The mill closed.'))
      .toBe('Closure\nThe mill closed.');
  });

  it('changes nothing when a space already separates the words', () => {
    expect(textOf('The mill closed. <span class="br"></span>Its owners <i class="icon"></i> blamed costs.'))
      .toBe('The mill closed. Its owners blamed costs.');
  });

  it('keeps words whole across void elements', () => {
    expect(textOf('A super<wbr>long word and an emoji<img alt="" src="data:,">inline.'))
      .toBe('A superlong word and an emojiinline.');
  });

  it('keeps each stretch mapped to its own text node', () => {
    const doc = documentFromHtml('<body><div id="story">First line.<span></span>Second line.</div></body>');
    const story = doc.getElementById('story')!;
    const { text, segments } = buildArticleText(story, 10_000);
    for (const segment of segments) {
      if (!segment.node) continue;
      expect(segment.node.data.slice(segment.offset, segment.offset + segment.end - segment.start)).toBe(text.slice(segment.start, segment.end));
    }
    expect(segments.find((s) => s.node === null)).toMatchObject({ start: 11, end: 12 });
  });
});

describe('analyzeDocument on a story whose lines end in empty spans', () => {
  it('keeps a non-answer\'s sentence apart from the next one', () => {
    const sentences = [
      'The county council voted on Tuesday to close two of its five libraries by the end of the year.',
      'The closures will save about two hundred thousand pounds a year, according to the budget papers.',
      'The contractor that runs the buildings declined to comment.',
      'Residents have started a petition, which had more than three thousand names by Wednesday night.',
      'A public meeting is planned for next month at the town hall, where the plans will be explained.',
      'The libraries were built in the nineteen-sixties and both need new roofs within five years.',
    ];
    const doc = documentFromHtml(`<!doctype html><html><head><title>Libraries to close</title>
      <meta property="og:type" content="article"></head><body><article><h1>Libraries to close</h1>
      <div class="body">${sentences.join('<span class="br"></span>')}</div></article></body></html>`);
    const result = analyzeDocument(doc);
    expect(result.isArticle).toBe(true);
    const declined = result.report?.findings.find((f) => f.kind === 'non_answer');
    expect(declined?.sentence).toBe('The contractor that runs the buildings declined to comment.');
  });
});
