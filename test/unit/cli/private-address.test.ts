import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../../src/cli/private-address';
import { redactCredentials } from '../../../src/cli/redact';

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe'])(
    '%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));
  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', 'example.org'])(
    '%s is not', (ip) => expect(isPrivateAddress(ip)).toBe(false));
});

describe('redactCredentials', () => {
  it.each([
    ['cannot fetch https://user:pa%40ss@example.org/x: 404', 'cannot fetch https://***@example.org/x: 404'],
    ['http://token@example.org/', 'http://***@example.org/'],
    ['http://example.org/a@b', 'http://example.org/a@b'],
    ['no url here', 'no url here'],
  ])('%s', (input, expected) => expect(redactCredentials(input)).toBe(expected));
});
