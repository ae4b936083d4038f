// test/helpers/serve.ts is what the e2e tests serve pages with: check it does what they rely on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type Served } from '../../helpers/serve';
import { buildSeedPage } from '../../helpers/seed-page';

describe('serve()', () => {
  let server: Served;
  let hits = 0;
  beforeAll(async () => {
    server = await serve(
      {
        '/a.html': '<p>café</p>',
        '/count': () => `<p>${++hits}</p>`,
        '/csp.html': { body: '<p>x</p>', headers: { 'content-security-policy': "default-src 'none'" } },
      },
      { '/a.html': { 'x-test': 'yes' } },
    );
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 and serves UTF-8 HTML with per-route headers', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.origin}/a.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-test')).toBe('yes');
    expect(await response.text()).toBe('<p>café</p>');
  });

  it('calls function routes per request, sets route headers, 404s unknown paths', async () => {
    expect(await (await fetch(`${server.origin}/count`)).text()).toBe('<p>1</p>');
    expect(await (await fetch(`${server.origin}/count?again`)).text()).toBe('<p>2</p>');
    const csp = await fetch(`${server.origin}/csp.html`);
    expect(csp.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect((await fetch(`${server.origin}/missing`)).status).toBe(404);
  });
});

describe('buildSeedPage()', () => {
  const html = buildSeedPage();
  it.skipIf(html === null)('wraps the seed in a page with an article and a comments section', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<article class="story">');
    expect(html).toContain('<section class="comments" id="comments">');
    expect(html?.indexOf('<section class="comments"')).toBeGreaterThan(html?.indexOf('</article>') ?? Infinity);
    expect(html).not.toMatch(/<script/i);
  });
});
