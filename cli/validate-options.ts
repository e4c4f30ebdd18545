/** validate's options, for parseArgs: read by the command and by main.ts's choice of where it runs (hosting.ts). */
export const validateOptions = {
  class: { type: 'string' },
  'report-dir': { type: 'string' },
  format: { type: 'string', default: 'human' },
  'fail-on': { type: 'string', default: 'error' },
  profile: { type: 'string', default: 'published' },
  engine: { type: 'string', default: 'memory' },
  'engine-dir': { type: 'string' },
  'engine-memory': { type: 'string' },
  provider: { type: 'string' },
  'no-progress': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;
