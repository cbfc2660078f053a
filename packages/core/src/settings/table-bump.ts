// bump's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import type { SettingsTable } from './table.ts';

/** bump-chart / lockstep bump. */
export const BUMP = {
  operation: 'bump',
  action: 'bump-chart',
  settings: [
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: 'Chart folders or globs, one per line or comma-separated (braces in globs keep their commas, e.g. charts/{api,worker}); default config charts; neither given is an error.',
    },
    {
      input: 'level',
      kind: 'choice',
      choices: ['patch', 'minor', 'major'],
      default: 'patch',
      docs: 'How to bump the chart version when no version is given (patch, minor or major), applied to the version at the base; a chart already bumped at least that much is left alone.',
    },
    {
      input: 'base',
      kind: 'ref',
      docs: "Branch, tag or commit whose chart versions the level applies to, so a rerun does not bump twice (default the pull request's base, else the default branch's tip on origin).",
    },
    { input: 'version', kind: 'semver', docs: 'Explicit chart version (SemVer 2, pre-releases allowed, e.g. 1.4.0-rc.2).' },
    { input: 'app-version', kind: 'string', docs: 'New appVersion, or the literal file to read it from the config version-file.' },
    {
      input: 'changelog-entry',
      kind: 'string',
      docs: 'Changelog line for the new version (default names the new appVersion or chart version).',
    },
    {
      input: 'cascade',
      kind: 'bool',
      default: 'true',
      docs: 'Also bump charts that depend on a bumped chart (file:// or charts/ subfolder) and update their dependency version.',
    },
    {
      input: 'artifacthub-changes',
      kind: 'bool',
      default: 'false',
      docs: 'Also write the artifacthub.io/changes annotation in Chart.yaml from the changelog entries.',
    },
    { input: 'dry-run', kind: 'bool', default: 'false', docs: 'Print the unified diff of what would change and write nothing.' },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
    { input: 'working-directory', kind: 'workdir', default: '.', docs: 'Folder to work in, relative to the workspace.' },
  ],
} as const satisfies SettingsTable;
