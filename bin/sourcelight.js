#!/usr/bin/env node
// Entry point of `npx sourcelight`: loads the TypeScript CLI through tsx (a dependency), so the
// CLI runs the very same source as the extension without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
