// Flattens NDJSON records to the CSV pg-copy.js copies: uid, version, class, the record. Not timed.
// Usage: node flatten-csv.js <file.ndjson> <file.csv>
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
const cell = (text) => `"${String(text).replaceAll('"', '""')}"`;
for await (const line of createInterface({ input: createReadStream(input), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  const r = JSON.parse(line);
  if (!out.write(`${cell(r.record_uid)},${r.version_number},${cell(r.record_type)},${cell(line)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
