import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSafe, terminalSafe } from '../../../src/cli/terminal-safe';

const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('terminalSafe', () => {
  it.each([
    ['clear screen', 'a\x1b[2Jb', 'ab'],
    ['window title (OSC, BEL)', 'a\x1b]0;pwned\x07b', 'ab'],
    ['hyperlink (OSC 8, ST)', '\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\', 'link'],
    ['8-bit CSI', 'a\x9b31mb', 'ab'],
    ['carriage return and backspace', 'safe\rEVIL\b', 'safeEVIL'],
    ['tabs and newlines kept', 'a\tb\nc', 'a\tb\nc'],
    ['an unterminated OSC keeps the text after it', 'a\x1b]title and more', 'atitle and more'],
  ])('%s', (_, input, expected) => expect(terminalSafe(input)).toBe(expected));

  it('never leaves a control character, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      expect(terminalSafe(s)).not.toMatch(UNSAFE);
    }));
  });
});

describe('jsonSafe', () => {
  it('escapes DEL and C1 and keeps the JSON and its values', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, s) => {
      const json = jsonSafe(JSON.stringify({ value, s }, null, 2));
      expect(json).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify({ value, s })));
    }));
  });
});
