// The DNS lookup the CLI's requests connect through: it resolves the host and refuses the
// connection when any of its addresses is blocked (private ones, unless --allow-private).
// Checking the address actually connected to, not a separate earlier lookup, leaves no window for
// a DNS answer that changes between the check and the connection.
import dns, { type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';

export class PrivateAddressError extends Error {
  constructor(readonly address: string) {
    super(`private address ${address}`);
    this.name = 'PrivateAddressError';
  }
}

export function privateRefusal(shown: string, address: string): string {
  return `refused to fetch ${shown}: it leads to ${address}, a private or local address (use --allow-private to allow it)`;
}

export function guardedLookup(blocks: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const blocked = addresses.find((a) => blocks(a.address));
      if (blocked) return callback(new PrivateAddressError(blocked.address) as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };
}
