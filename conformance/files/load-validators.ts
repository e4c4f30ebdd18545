import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CompiledValidator } from './plan.ts';

type Validators = Record<string, CompiledValidator>;

/**
 * Load the validators precompiled into generated/ (they match the spec the package ships): accept.js's yes-or-no
 * answers (`acceptsRisk`), asked first, and ajv's validators (`validateRisk`), which report every error, for what
 * accept.js refuses.
 *
 * ajv's module is 1.6 MB, 28 ms to compile, and a run of valid records never needs it. Where Node can require an ES
 * module (20.19 and 22.12 on), each `validate…` is a stand-in that loads it on first use; elsewhere it is loaded now.
 */
export async function loadValidators(root: string): Promise<Validators> {
  const path = (name: string) => join(root, 'generated', 'typescript', name);
  const accept = (await import(pathToFileURL(path('accept.js')).href)) as Validators;
  if (!canRequireModules()) return { ...((await import(pathToFileURL(path('standalone.js')).href)) as Validators), ...accept };
  let loaded: Validators | undefined;
  const standalone = () => (loaded ??= createRequire(import.meta.url)(path('standalone.js')) as Validators);
  const out: Validators = { ...accept };
  for (const name of Object.keys(accept)) {
    const validatorName = name.replace(/^accepts/, 'validate');
    out[validatorName] = onFirstUse(validatorName, standalone);
  }
  return out;
}

/** A validator that loads the module it is in the first time it is called, and reports its errors as its own. */
function onFirstUse(name: string, load: () => Validators): CompiledValidator {
  let real: CompiledValidator | undefined;
  const validate: CompiledValidator = (data: unknown) => {
    real ??= load()[name];
    if (!real) throw new Error(`standalone.js has no ${name}`);
    const valid = real(data);
    validate.errors = real.errors ?? null;
    return valid;
  };
  return validate;
}

function canRequireModules(): boolean {
  return (process.features as { require_module?: boolean }).require_module === true;
}
