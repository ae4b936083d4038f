#!/usr/bin/env node
// Entry point of `npx sourcelight`: loads the TypeScript CLI through tsx (a dependency), so the
// CLI runs the very same source as the extension without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv.slice(2));
// Exit explicitly once output is flushed: after a time-out, a FIFO still waiting for a writer holds
// a thread of the event loop that would otherwise keep the process alive.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
