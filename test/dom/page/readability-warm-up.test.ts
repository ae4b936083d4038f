// The warm-up parses a made-up article in a document of its own: the page is never touched, and the
// real analysis that follows is the same as without it.
import { describe, expect, it } from 'vitest';
import { warmUpReadability } from '../../../src/page/readability-warm-up';
import { analyzeDocument } from '../../../src/page/index';
import { documentFromHtml, readFixturePage } from '../../helpers/fixture-pages';

describe('warmUpReadability', () => {
  it('leaves the page as it was and changes no report', () => {
    const html = readFixturePage('anonymous-heavy-article');
    const before = analyzeDocument(documentFromHtml(html));
    const doc = documentFromHtml(html);
    const markup = doc.documentElement.outerHTML;
    warmUpReadability(doc);
    warmUpReadability(doc); // the second call in a world does nothing at all
    expect(doc.documentElement.outerHTML).toBe(markup);
    expect(analyzeDocument(doc)).toEqual(before);
    expect(before.report?.findings.length).toBeGreaterThan(0);
  });
});
