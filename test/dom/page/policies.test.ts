import { describe, expect, it } from 'vitest';
import { findSourcingPolicies } from '../../../src/page/index';
import { documentFromHtml } from '../../helpers/fixture-pages';

const page = (...blocks: string[]) => documentFromHtml(
  `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  'https://paper.example.org/2024/story',
);

describe('findSourcingPolicies (S12)', () => {
  it('reads a URL string on the article and a policy object on the publisher', () => {
    const doc = page(JSON.stringify({
      '@type': 'NewsArticle', publishingPrinciples: 'https://paper.example.org/principles',
      publisher: { '@type': 'Organization', unnamedSourcesPolicy: { '@id': 'https://paper.example.org/anon' } },
    }));
    expect(findSourcingPolicies(doc)).toEqual([
      { kind: 'publishingPrinciples', url: 'https://paper.example.org/principles' },
      { kind: 'unnamedSourcesPolicy', url: 'https://paper.example.org/anon' },
    ]);
  });

  it('walks top-level arrays, @graph and lists of values, and dedupes across blocks', () => {
    const doc = page(
      JSON.stringify([{ '@graph': [{ publisher: { publishingPrinciples: ['https://a.example.org/p', { url: 'https://a.example.org/q' }] } }] }]),
      JSON.stringify({ publishingPrinciples: 'https://a.example.org/p' }),
    );
    expect(findSourcingPolicies(doc).map((p) => p.url)).toEqual(['https://a.example.org/p', 'https://a.example.org/q']);
  });

  it('resolves relative URLs against the page and accepts only http(s)', () => {
    const doc = page(JSON.stringify({
      publishingPrinciples: ['/ethics', 'javascript:alert(1)', 'data:text/html,x', 'ftp://paper.example.org/x', 42, null],
    }));
    expect(findSourcingPolicies(doc)).toEqual([{ kind: 'publishingPrinciples', url: 'https://paper.example.org/ethics' }]);
  });

  it('ignores broken JSON-LD, other script types and pages without any', () => {
    expect(findSourcingPolicies(page('{ not json', '"just a string"', '[]'))).toEqual([]);
    const doc = documentFromHtml('<script type="application/json">{"publishingPrinciples":"https://x.example.org/"}</script>');
    expect(findSourcingPolicies(doc)).toEqual([]);
  });

  it('survives deeply nested and cyclic-looking data without running away', () => {
    let deep: Record<string, unknown> = { publishingPrinciples: 'https://deep.example.org/' };
    for (let i = 0; i < 200; i++) deep = { child: deep };
    expect(findSourcingPolicies(page(JSON.stringify(deep)))).toEqual([]);
  });
});
