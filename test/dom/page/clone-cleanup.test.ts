// What the clone loses before Readability reads it: text-free image sources and editable regions;
// images themselves and the article's prose stay.
import { describe, expect, it } from 'vitest';
import { prepareClone } from '../../../src/page/clone-cleanup';
import { documentFromHtml } from '../../helpers/fixture-pages';

describe('prepareClone', () => {
  it('drops <source>, keeps <img> and its src, and removes editable regions (srcset goes at copy time: clone-inert.test.ts)', () => {
    const doc = documentFromHtml(`<body><article><p>The pier reopened on Monday.</p>
      <picture><source srcset="/a.webp 1x, /a2.webp 2x" type="image/webp"><img src="/a.jpg" srcset="/a.jpg 1x, /a2.jpg 2x" sizes="100vw" alt=""></picture>
      <div contenteditable="true">Draft comment</div><div contenteditable="false">Kept</div></article></body>`);
    prepareClone(doc);
    expect(doc.querySelectorAll('source')).toHaveLength(0);
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/a.jpg');
    expect(doc.body.textContent).not.toContain('Draft comment');
    expect(doc.body.textContent).toContain('Kept');
    expect(doc.body.textContent).toContain('The pier reopened on Monday.');
  });
});
