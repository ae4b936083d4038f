import { describe, expect, it } from 'vitest';
import { browserTranslator, substitute, translatorFromMessages } from '../../../src/ui/i18n';
import { signedPoints } from '../../../src/ui/format';
import { httpUrlOrNull } from '../../../src/ui/safe-url';
import { reportFileName } from '../../../src/ui/download';

describe('translator', () => {
  const t = translatorFromMessages({ Greeting: { message: 'Hello $1, you owe $$$2' } });
  it('fills $N, keeps $$ as a dollar, and matches names case-insensitively like browsers do', () => {
    expect(t('greeting', ['Ana', '5'])).toBe('Hello Ana, you owe $5');
    expect(t('GREETING', 'Ana')).toBe('Hello Ana, you owe $');
  });
  it('gives "" for an unknown key; the browser adaptor falls back to the key', () => {
    expect(t('missing')).toBe('');
    expect(browserTranslator({ getMessage: () => '' })('missing')).toBe('missing');
    expect(browserTranslator({ getMessage: (k, s) => `${k}:${String(s)}` })('a', 'b')).toBe('a:b');
  });
  it('never interprets substitutions as templates', () => {
    expect(substitute('$1', '$2')).toBe('$2');
  });
});

describe('display helpers', () => {
  it('signedPoints uses a true minus sign', () => {
    expect([signedPoints(4), signedPoints(-10), signedPoints(0), signedPoints(-0.4)]).toEqual(['+4', '\u221210', '0', '0']);
  });
  it('httpUrlOrNull accepts web addresses only', () => {
    expect(httpUrlOrNull('https://example.com/p')).toBe('https://example.com/p');
    expect(httpUrlOrNull('javascript:alert(1)')).toBeNull();
    expect(httpUrlOrNull('data:text/html,x')).toBeNull();
    expect(httpUrlOrNull('/relative')).toBeNull();
  });
  it('reportFileName is safe for any page URL', () => {
    expect(reportFileName('https://news.example.com/a?b')).toBe('sourcelight-news.example.com.json');
    expect(reportFileName('nonsense')).toBe('sourcelight-page.json');
  });
});
