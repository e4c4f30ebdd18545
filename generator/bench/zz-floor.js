// floor experiment: read, split, JSON.parse, accepts only
import { openSync, readSync, closeSync } from 'node:fs';
const accept = await import('../../generated/typescript/accept.js');
const errors = process.argv.includes('--errors');
const full = errors ? await import('../../generated/typescript/standalone.js') : undefined;
const byFull = new Map(); let errs = 0;
const byType = new Map();
const pascal = (s) => s.split('_').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const path = process.argv[2];
const fd = openSync(path, 'r');
const chunk = Buffer.allocUnsafe(1024 * 1024);
let head = Buffer.alloc(0);
let records = 0, ok = 0;
const check = (text) => { const v = JSON.parse(text); records++; let f = byType.get(v.record_type); if (!f) byType.set(v.record_type, (f = accept[`accepts${pascal(v.record_type)}`])); if (f(v)) ok++; else if (full) { let g = byFull.get(v.record_type); if (!g) byFull.set(v.record_type, (g = full[`validate${pascal(v.record_type)}`])); if (!g(v)) errs += g.errors.length; } };
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  const bytes = n === 0 ? head : Buffer.concat([head, chunk.subarray(0, n)]);
  let start = 0;
  for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) { if (nl > start) check(bytes.toString('utf8', start, nl)); start = nl + 1; }
  if (n === 0) { if (start < bytes.length) check(bytes.toString('utf8', start)); break; }
  head = Buffer.from(bytes.subarray(start));
}
closeSync(fd);
process.stdout.write(`${records} ${ok} ${errs}\n`);
