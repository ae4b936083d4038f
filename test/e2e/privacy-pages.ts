// Pages for privacy-no-fetch.test.ts, served on 127.0.0.1, that reference a second local origin (a
// recorder that logs every request) in ways a copy of the page could load: body, table and cell
// backgrounds, images with srcset, lazy images, <picture> sources, video posters, link rel=preload
// and stylesheets, inline style url(), image inputs, SVG hrefs, noscript images. The page itself
// loads almost none of them (author CSS overrides the backgrounds but the unmarked page's body one, the images are lazy in a
// display:none box, the source's and preload's media never match, the stylesheet is disabled,
// noscript is text while scripts run); the few it does load, it loads once per visit (see
// references()). A control load without the extension checks both. All text is invented.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type Served } from '../helpers/serve';

const PROSE = [
  'The harbour authority approved a new budget for the coming year after a long debate on Tuesday evening.',
  'Two officials familiar with the negotiations said the deal had been close for weeks.',
  'Port director Helen Marsh said the figures had been checked twice by outside auditors.',
  'A spokesperson for the union did not respond to a request for comment on Wednesday.',
  'Dock workers said the night shifts would continue through the winter months.',
];

/**
 * The markup that names the recorder; `r` is its origin. Paths under /unseen/ are never requested
 * by the page itself. Posters, SVG images and image inputs load even inside a display:none box, so
 * those, under /seen/, are requested by the page once per visit: a copy that fetched them would be
 * a second request.
 */
function references(r: string): string {
  return `
  <div class="unseen">
    <img loading="lazy" src="${r}/unseen/img.png" srcset="${r}/unseen/img-1x.png 1x, ${r}/unseen/img-2x.png 2x" alt="The pier">
    <img loading="lazy" data-src="${r}/unseen/lazy.jpg" class="lazy" alt="">
    <div style="background-image: url(${r}/unseen/inline-style.png)">Box</div>
    <video poster="${r}/seen/poster.png" preload="none"></video>
    <input type="image" src="${r}/seen/input.png" alt="Search">
    <svg width="1" height="1"><image href="${r}/seen/svg-image.png" width="1" height="1"/></svg>
  </div>
  <picture><source srcset="${r}/unseen/source.webp" media="(max-width: 1px)"><img src="data:," alt=""></picture>
  <link rel="preload" as="image" href="${r}/unseen/preload.png" media="(max-width: 1px)">
  <link rel="stylesheet" href="${r}/unseen/sheet.css" disabled>
  <noscript><img src="${r}/unseen/noscript.png" alt=""></noscript>
  <table background="${r}/unseen/table.png"><tr><td background="${r}/unseen/td.png">Tide table: high water at 06:12.</td></tr></table>`;
}

function pageHtml(r: string, marked: boolean): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${PROSE.map((_, k) => PROSE[(i + k) % PROSE.length]).join(' ')}</p>`).join('\n');
  const story = `<h1>Harbour budget approved</h1>\n${paragraphs}\n${references(r)}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour budget approved</title>
<style>
  /* The page's own CSS wins over the presentational backgrounds: the page never loads them. */
  table, td { background-image: none !important; }
  ${marked ? 'body { background-image: none !important; }' : ''}
  .unseen { display: none; }
</style></head>
<body background="${r}/${marked ? 'unseen' : 'seen'}/body.png">${marked ? `<main><article>${story}</article></main>` : story}</body></html>`;
}


export interface RecordedRequest {
  path: string;
  /** Milliseconds since the recorder started. */
  at: number;
}

export interface PrivacyServers {
  /** The page server's origin. */
  origin: string;
  /** The recorder's origin (another 127.0.0.1 port). */
  recorderOrigin: string;
  /** Every request the recorder has had. */
  recorded: RecordedRequest[];
  url(file: 'marked.html' | 'unmarked.html', visit: number): string;
  close(): Promise<void>;
}

export async function servePrivacyPages(): Promise<PrivacyServers> {
  const recorded: RecordedRequest[] = [];
  const started = Date.now();
  const recorder = http.createServer((request, response) => {
    recorded.push({ path: request.url ?? '', at: Date.now() - started });
    // An empty, undecodable image, never cached: what a blocked or broken off-site image looks like.
    // Chromium leaked with exactly this (it fetched a failed image again for the copy as the tab closed).
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    response.end();
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', () => resolve()));
  const recorderOrigin = `http://127.0.0.1:${(recorder.address() as AddressInfo).port}`;
  const pages: Served = await serve({
    '/marked.html': pageHtml(recorderOrigin, true),
    '/unmarked.html': pageHtml(recorderOrigin, false),
  });
  return {
    origin: pages.origin,
    recorderOrigin,
    recorded,
    // A query per visit: each load is a new URL, so a report is never mistaken for an earlier one.
    url: (file, visit) => `${pages.origin}/${file}?visit=${visit}`,
    close: async () => {
      await pages.close();
      recorder.closeAllConnections();
      await new Promise<void>((resolve) => recorder.close(() => resolve()));
    },
  };
}
