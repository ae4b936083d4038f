import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_PARAGRAPHS, boundMarkup } from '../../../src/cli/bound-markup';

/** Deepest element of the parsed markup, walked without recursion. */
function depthOf(markup: string): number {
  const doc = new JSDOM(markup).window.document;
  let deepest = 0;
  const stack: [Element, number][] = [[doc.documentElement, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('boundMarkup', () => {
  it('leaves ordinary markup alone', () => {
    const page = '<!doctype html><html><head><title>a < b</title><script>if (a<b) x("</div>")</script></head>'
      + '<body><!-- <div> --><div class="x>y"><p>One<p>Two<br/><svg><g/><path d="M0"/></svg></div></body></html>';
    expect(boundMarkup(page)).toEqual({ markup: page, flattened: false, cut: false });
  });

  it('flattens nesting past the limit and keeps the text', () => {
    const { markup, flattened, cut } = boundMarkup(`<body>${'<div>'.repeat(5000)}deep text${'</div>'.repeat(5000)}</body>`);
    expect(flattened).toBe(true);
    expect(cut).toBe(false);
    expect(markup).toContain('deep text');
    expect(depthOf(markup)).toBeLessThanOrEqual(MAX_DEPTH + 3);
  });

  it('cuts at the paragraph budget', () => {
    const { markup, cut } = boundMarkup('<p>x</p>'.repeat(MAX_PARAGRAPHS + 10));
    expect(cut).toBe(true);
    expect(markup.split('<p>').length - 1).toBe(MAX_PARAGRAPHS);
  });

  it('bounds the parsed depth of any mix of nesting tags', () => {
    const tag = fc.constantFrom('<div>', '</div>', '<span>', '</span>', '<b>', '<li>', '<p>', '<table>', '<td>', '<svg>', '<g/>', 'x');
    fc.assert(fc.property(fc.array(tag, { minLength: 600, maxLength: 3000 }), (tags) => {
      expect(depthOf(boundMarkup(tags.join('')).markup)).toBeLessThanOrEqual(2 * MAX_DEPTH + 4);
    }), { numRuns: 25 });
  }, 60_000);
});
