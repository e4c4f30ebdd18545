// A floor under the validate benchmark, run as a process: what any complete check of an NDJSON file must at least do
// here, and no more. Read the file, split it into lines, JSON.parse each, and ask the schema of the record's class
// for a yes or no (accept.js, the validators validate asks first); where it says no, ajv's validator of the class
// lists the errors (standalone.js, as validate does). No rules, no references, no findings, no report.
//
// With --threads 2 the file is cut at the newline nearest its middle and a worker thread does the second half, as
// the pool would at best: each thread reads its own half, so nothing is copied between them.
// Usage: node floor-schema.js FILE.ndjson --threads 1|2
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

// Loaded on first use, as validate loads it (Node 20.19 on can require an ES module).
const require = createRequire(import.meta.url);

const classFunction = (prefix, type) => `${prefix}${type.split('_').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;

/** Lines of [from, to) of the file: parsed, and each record asked of its class's schema. */
async function check(path, from, to) {
  const accept = await import('../../generated/typescript/accept.js');
  let full;
  const fd = openSync(path, 'r');
  const chunk = Buffer.allocUnsafe(1024 * 1024);
  let head = Buffer.alloc(0);
  let records = 0;
  let refused = 0;
  let errors = 0;
  const one = (text) => {
    const value = JSON.parse(text);
    records += 1;
    const type = typeof value?.record_type === 'string' ? value.record_type : '';
    if (accept[classFunction('accepts', type)]?.(value)) return;
    refused += 1;
    full ??= require('../../generated/typescript/standalone.js');
    const validate = full[classFunction('validate', type)];
    if (validate && !validate(value)) errors += validate.errors.length;
  };
  for (let at = from; ; ) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, to - at), at);
    at += n;
    const bytes = n === 0 ? head : Buffer.concat([head, chunk.subarray(0, n)]);
    let start = 0;
    for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) {
      if (nl > start) one(bytes.toString('utf8', start, nl));
      start = nl + 1;
    }
    if (n === 0) {
      if (start < bytes.length) one(bytes.toString('utf8', start));
      break;
    }
    head = Buffer.from(bytes.subarray(start));
  }
  closeSync(fd);
  return { records, refused, errors };
}

/** The offset just after the newline nearest the middle of the file (its size when there is none). */
function middle(path) {
  const fd = openSync(path, 'r');
  const size = fstatSync(fd).size;
  const window = Buffer.allocUnsafe(1024 * 1024);
  const n = readSync(fd, window, 0, window.length, size >> 1);
  closeSync(fd);
  const nl = window.subarray(0, n).indexOf(10);
  return { size, cut: nl === -1 ? size : (size >> 1) + nl + 1 };
}

if (isMainThread) {
  const [path, flag, count] = process.argv.slice(2);
  if (!path || flag !== '--threads' || (count !== '1' && count !== '2')) throw new Error('usage: node floor-schema.js FILE.ndjson --threads 1|2');
  const { size, cut } = middle(path);
  const worker = count === '2' ? new Worker(new URL(import.meta.url), { workerData: { path, from: cut, to: size } }) : undefined;
  const second = worker ? new Promise((resolve, reject) => (worker.once('message', resolve), worker.once('error', reject))) : undefined;
  const first = await check(path, 0, worker ? cut : size);
  const rest = (await second) ?? { records: 0, refused: 0, errors: 0 };
  await worker?.terminate();
  process.stdout.write(`${first.records + rest.records} records, ${first.refused + rest.refused} refused, ${first.errors + rest.errors} errors\n`);
} else {
  parentPort.postMessage(await check(workerData.path, workerData.from, workerData.to));
}
