// hydrate's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only. Edit here, then run `npm run settings`: it rewrites the action.yml
// `inputs:` block and the README tables.
import type { SettingsTable } from './table.ts';

/** hydrate-env / lockstep hydrate. */
export const HYDRATE = {
  operation: 'hydrate',
  action: 'hydrate-env',
  settings: [
    {
      input: 'env',
      kind: 'list',
      docs: 'Environments to hydrate, comma-separated or one per line (default every environment with hydrate: in the config): one matrix job per environment or wave.',
    },
    {
      input: 'github-token',
      kind: 'secret',
      default: '${{ github.token }}',
      docs: 'Token to push the hydrated branches (contents: write).',
    },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Render and say which hydrated branches would change, but commit and push nothing.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
} as const satisfies SettingsTable;
