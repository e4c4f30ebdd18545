#!/usr/bin/env node
// The installed command. It runs the compiled CLI (built by `npm run build`, which `npm install` runs through `prepare`).
import { main } from '../dist/generator/src/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
});
