import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_SECONDS, parseArgs } from '../../../src/cli/args';

const analyze = (target: string, extra: Partial<{ json: boolean; timeoutMs: number; allowPrivate: boolean }> = {}) => ({
  kind: 'analyze', target, json: false, timeoutMs: DEFAULT_TIMEOUT_SECONDS * 1000, allowPrivate: false, ...extra,
});

describe('parseArgs', () => {
  it.each([
    [['analyze', 'a.html'], analyze('a.html')],
    [['analyze', '--json', 'a.html', '--allow-private'], analyze('a.html', { json: true, allowPrivate: true })],
    [['analyze', '--timeout', '5', 'a.html'], analyze('a.html', { timeoutMs: 5000 })],
    [['analyze', '--timeout=0.5', 'a.html'], analyze('a.html', { timeoutMs: 500 })],
    [['analyze', '--', '--json'], analyze('--json')],
    [['analyze', '--', '-h'], analyze('-h')],
    [['analyze', '-'], analyze('-')],
    [['analyze', 'a.html', '--help'], { kind: 'help' }],
  ])('%j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

  it.each([
    [['analyze', '--timeout', '0', 'a'], /--timeout needs/],
    [['analyze', '--timeout', '-3', 'a'], /--timeout needs/],
    [['analyze', '-x', 'a'], /unknown option -x/],
    [['analyze', '--', 'a', 'b'], /one file or URL/],
  ])('refuses %j', (argv, message) => expect(() => parseArgs(argv)).toThrow(message));
});
