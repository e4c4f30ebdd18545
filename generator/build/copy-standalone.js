// After tsc: copy the precompiled validators and their yes-or-no forms (plain JavaScript with a declaration file, which tsc does not
// copy) next to the compiled validators.js in dist/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const from = join(root, 'generated', 'typescript');
const to = join(root, 'dist', 'generated', 'typescript');
mkdirSync(to, { recursive: true });
for (const file of ['standalone.js', 'standalone.d.ts', 'accept.js', 'accept.d.ts']) copyFileSync(join(from, file), join(to, file));
