// The yardstick of the validate benchmark, run as a process: read an NDJSON file, split it into lines and JSON.parse
// each one, and nothing else. Plain JavaScript, so that it starts as fast as Node can (no build, no loader).
import { openSync, readSync, closeSync } from 'node:fs';

const path = process.argv[2];
if (!path) throw new Error('usage: node baseline-parse.js FILE.ndjson');
const fd = openSync(path, 'r');
const chunk = Buffer.allocUnsafe(1024 * 1024);
let head = Buffer.alloc(0);
let records = 0;
for (;;) {
  const n = readSync(fd, chunk, 0, chunk.length, null);
  const bytes = n === 0 ? head : Buffer.concat([head, chunk.subarray(0, n)]);
  let start = 0;
  for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) {
    if (nl > start) (JSON.parse(bytes.toString('utf8', start, nl)), (records += 1));
    start = nl + 1;
  }
  if (n === 0) {
    if (start < bytes.length) (JSON.parse(bytes.toString('utf8', start)), (records += 1));
    break;
  }
  head = Buffer.from(bytes.subarray(start));
}
closeSync(fd);
process.stdout.write(`${records}\n`);
