// hydrate's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only. Edit here, then run `npm run settings`: it rewrites the action.yml
// `inputs:` block and the README tables.
import { SIGNING_SETTINGS } from './signing.ts';
import { VALIDATE_KEY, type SettingsTable } from './table.ts';

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
    ...SIGNING_SETTINGS,
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Render and say which hydrated branches would change, but commit and push nothing.',
    },
    {
      input: 'mode',
      kind: 'choice',
      choices: ['hydrate', 'check'],
      default: 'hydrate',
      docs: "hydrate (write each <branch>-next) or check (refuse, at the file and line, a hydrated branch that differs from a fresh render of the drySha its hydrator.metadata names: a hand edit); a promotion pull request's check.",
    },
    {
      input: 'commit',
      kind: 'ref',
      docs: "With mode: check, the hydrated commit to check (e.g. the pull request's head SHA) instead of the tip of the environment's proposed branch on origin; one environment (env).",
    },
    {
      input: 'shard',
      kind: 'string',
      docs: "This job's share of a workflow matrix, i/n (e.g. 2/8, n at most 256): only the chosen environments whose name hashes to i are hydrated (an environment's branch is written by exactly one shard; an environment of many apps is one branch, hydrated whole).",
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
  // Read from the config with no input: each environment's validate (operations/hydrate/validate.ts), and the
  // chart folders a values file outside any chart renders with (deploy/chart-values.ts).
  reads: [VALIDATE_KEY, { key: 'charts', where: 'top' }],
} as const satisfies SettingsTable;
