// The copy Readability reads references nothing outside itself: no attribute, inline style or style
// text that names a resource survives the copy, its text nodes still pair with the page's, and the
// live page keeps every attribute.
import { describe, expect, it } from 'vitest';
import { INERT_IMAGE } from '../../../src/page/clone-inert';
import { analyzeDocument } from '../../../src/page/index';
import { clonePhase } from '../../../src/page/document-phases';
import { documentFromHtml } from '../../helpers/fixture-pages';

const OFF = 'http://127.0.0.1:9';
const PROSE = 'Two officials familiar with the negotiations said the deal had been close for weeks, and the harbour board met again on Tuesday.';

// Every kind of reference the copy must drop, inside a story long enough to be narrowed to.
const RESOURCES = `
  <img src="${OFF}/img.png" srcset="${OFF}/a.png 1x, ${OFF}/b.png 2x" alt="Pier">
  <img data-src="${OFF}/lazy.jpg" class="lazy" loading="lazy" alt="Lazy">
  <picture><source srcset="${OFF}/s.webp" type="image/webp"><img src="${OFF}/p.jpg" alt=""></picture>
  <table background="${OFF}/table.png"><tr><td background="${OFF}/td.png">Cell</td></tr></table>
  <video poster="${OFF}/poster.png" src="${OFF}/v.mp4"><track src="${OFF}/t.vtt"></video>
  <audio src="${OFF}/a.mp3"></audio>
  <link rel="preload" as="image" href="${OFF}/preload.png" imagesrcset="${OFF}/pre.png 1x">
  <link rel="stylesheet" href="${OFF}/style.css">
  <div style="display:none; background-image:url(${OFF}/style.png)">Hidden box</div>
  <div style="background: IMAGE-SET('${OFF}/set.png' 1x)">Set</div>
  <div style="background: u\\72l(${OFF}/escaped.png)">Escaped</div>
  <object data="${OFF}/object.swf">Object</object><embed src="${OFF}/embed.swf">
  <iframe src="${OFF}/frame.html" srcdoc="<img src=${OFF}/srcdoc.png>"></iframe>
  <input type="image" src="${OFF}/input.png" alt="Go">
  <svg><image href="${OFF}/svg.png"/><image xlink:href="${OFF}/xlink.png"/><rect fill="url(${OFF}/f.svg#g)"/></svg>
  <style>@import url(${OFF}/import.css); p { background: url(${OFF}/rule.png) }</style>
  <noscript><img src="${OFF}/noscript.png"></noscript>
  <template><img src="${OFF}/template.png"></template>
  <a href="/elsewhere" ping="${OFF}/ping">A link</a>
  <img src="${OFF}/odd.png" v-bind:title="caption" "ui",roboto="">
  <script src="${OFF}/script.js"></script>`;

function page(): Document {
  return documentFromHtml(`<!doctype html><html manifest="${OFF}/app.manifest"><head><title>Harbour</title>
    <meta http-equiv="refresh" content="0; url=${OFF}/refresh"><meta name="author" content="Ann Lee"></head>
    <body background="${OFF}/body.png"><article><h1>Harbour deal</h1>${Array.from({ length: 6 }, () => `<p>${PROSE}</p>`).join('')}
    ${RESOURCES}</article></body></html>`);
}

/** Everything in the copy that still mentions the off-site host: attributes, and text of style/noscript/template. */
function references(doc: Document): string[] {
  const found: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) if (attr.value.includes(OFF)) found.push(`${el.localName}[${attr.name}]`);
    if (/^(style|noscript)$/.test(el.localName) && el.textContent?.includes(OFF)) found.push(`${el.localName} text`);
    if (el.localName === 'template' && (el as HTMLTemplateElement).content.childNodes.length > 0) found.push('template content');
  }
  return found;
}

describe('the inert copy', () => {
  for (const narrowed of [true, false]) {
    it(`carries no resource reference (${narrowed ? 'narrowed to the story' : 'whole body'})`, () => {
      const doc = page();
      if (!narrowed) doc.querySelector('article')!.replaceWith(...Array.from(doc.querySelector('article')!.childNodes));
      const live = references(doc);
      const { clone, scope } = clonePhase(doc, 100_000);
      expect(scope !== null).toBe(narrowed);
      expect(references(clone)).toEqual([]);
      // The live page is untouched.
      expect(references(doc)).toEqual(live);
      expect(live.length).toBeGreaterThan(20);
    });
  }

  it('keeps what Readability judges by: images with a source, links, visibility, metadata', () => {
    const { clone } = clonePhase(page(), 100_000);
    const images = Array.from(clone.querySelectorAll('img'));
    expect(images.map((img) => img.getAttribute('src'))).toEqual(images.map(() => INERT_IMAGE));
    expect(clone.querySelector('a')?.getAttribute('href')).toBe('/elsewhere');
    expect((clone.querySelector('div[style]') as HTMLElement).style.display).toBe('none');
    expect(clone.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Ann Lee');
  });

  it('still maps every finding back to the live text', () => {
    const doc = page();
    const report = analyzeDocument(doc);
    expect(report.isArticle).toBe(true);
    expect(report.report?.findings.length).toBeGreaterThan(0);
  });
});
