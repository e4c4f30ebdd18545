// `asc-mods validate FILE --format json` as the built command runs it, with the threads forced: `--threads 1` checks on
// this thread alone, `--threads N` starts the pool whatever the file's size. The benchmark runs it as a process to
// compare the two ways on the same file, paired; the command itself chooses (parallel/choice.ts).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..', '..');
const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const [file, flag, count] = process.argv.slice(2);
if (!file || flag !== '--threads' || !/^[1-9]$/.test(count ?? '')) throw new Error('usage: node validate-process.js FILE --threads N');
const { loadRuntimeModel } = await dist('generator/src/runtime/model.js');
const { loadValidators, validateFiles } = await dist('conformance/files/engine.js');
const { collectInputs } = await dist('conformance/files/inputs.js');
const { readerFor } = await dist('conformance/files/readers.js');
const { CheckPool } = await dist('conformance/files/parallel/pool.js');
const { renderValidationJson } = await dist('conformance/report/json.js');
const model = await loadRuntimeModel(root);
const { files, failures } = await collectInputs([{ path: file, display: file }]);
const now = new Date();
const threads = Number(count);
const pool = threads > 1 ? await CheckPool.start({ model, root, now, className: undefined, profile: 'published', workers: threads - 1 }) : undefined;
if (threads > 1 && !pool) throw new Error('the pool did not start');
const result = await validateFiles({ ...(pool ? { pool } : {}), model, validators: await loadValidators(root), files, failures, readerFor: (f) => readerFor(f, model), now, profile: 'published' }).finally(() => pool?.close());
process.stdout.write(renderValidationJson(result));
