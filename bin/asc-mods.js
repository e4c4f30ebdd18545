#!/usr/bin/env node
// The installed command. It runs the compiled CLI (built by `npm run build`, which `npm install` runs through `prepare`).
import { runProcess } from '../dist/cli/main.js';

await runProcess();
