#!/usr/bin/env node
// The faaslab command line. Its code is TypeScript (cli/main.ts), run through tsx's loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
