// release's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import { SIGNING_SETTINGS } from './signing.ts';
import type { SettingsTable } from './table.ts';

/** prepare-release / lockstep release. */
export const RELEASE = {
  operation: 'release',
  action: 'prepare-release',
  settings: [
    {
      input: 'version',
      kind: 'semver',
      docs: 'Explicit release version (SemVer, greater than the last release); overrides the computed one.',
    },
    {
      input: 'prerelease',
      kind: 'string',
      docs: 'Pre-release identifier (e.g. rc) to release X.Y.Z-rc.N, N counted up from existing tags.',
    },
    { input: 'initial-version', kind: 'semver', default: '0.1.0', docs: 'Version of the first release, when no release tag exists yet.' },
    {
      input: 'tag-prefix',
      kind: 'string',
      config: { key: 'tag-prefix', where: 'top', default: 'v', docs: 'Prefix of release tags.' },
      docs: 'Prefix of release tags (default config tag-prefix, else v).',
    },
    {
      input: 'version-file',
      kind: 'file',
      config: { key: 'version-file', where: 'top', default: '.version', docs: 'File holding the release version X.Y.Z on one line.' },
      docs: 'File holding X.Y.Z on one line (default config version-file, else .version).',
    },
    {
      input: 'charts',
      kind: 'path-list',
      config: {
        key: 'charts',
        where: 'top',
        docs: 'Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error.',
      },
      docs: "Chart folders or globs to bump, one per line (default config charts, else every chart; the config's [] means none).",
    },
    {
      input: 'packages',
      kind: 'list',
      config: {
        key: 'packages',
        where: 'top',
        default: [],
        docs: 'Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).',
      },
      docs: 'pyproject.toml or package.json files whose own version becomes X.Y.Z, one per line (default config packages).',
    },
    {
      input: 'pins',
      kind: 'yaml',
      config: {
        key: 'pins',
        where: 'top',
        default: [],
        reader: 'pins',
        docs: 'Dependency pins set to X.Y.Z at release.',
        schema: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['files', 'names'],
            properties: {
              files: { type: 'string', minLength: 1, description: 'Glob of files holding the pins.' },
              table: { type: 'string', description: 'TOML table (dotted) or JSON object path holding the pins.' },
              names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Dependency names to pin.' },
            },
          },
        },
      },
      docs: 'Dependency pins set to X.Y.Z, as YAML like the config key (a list of {files, table, names}); default config pins.',
    },
    {
      input: 'lock-command',
      kind: 'yaml',
      config: {
        key: 'lock-command',
        where: 'top',
        docs: 'argv run in each folder whose pins changed (no shell).',
        schema: { type: 'array', items: { type: 'string' }, minItems: 1 },
      },
      docs: 'Command run (no shell) in each folder whose pins changed, as a YAML/JSON list, e.g. [poetry, lock, --no-update]; default config lock-command.',
    },
    {
      input: 'changelog',
      kind: 'choice',
      choices: ['auto', 'required', 'off'],
      config: {
        key: 'changelog',
        where: 'top',
        default: 'auto',
        docs: 'auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.',
      },
      docs: 'Chart changelogs (auto, required or off; default config changelog, else auto). The root CHANGELOG.md always gets the release notes.',
    },
    { input: 'branch-prefix', kind: 'ref', default: 'chore/release-', docs: 'Release branch prefix; the branch is <prefix>X.Y.Z.' },
    {
      input: 'base',
      kind: 'ref',
      docs: 'Branch releases are made from and the release PR targets (default the branch the workflow runs on).',
    },
    { input: 'labels', kind: 'list', default: 'release', docs: 'Labels of the release PR, one per line or comma-separated.' },
    {
      input: 'freeze-label',
      kind: 'string',
      default: 'release-freeze',
      docs: 'A release PR with this label is left alone and no new one is opened.',
    },
    {
      input: 'pre-major',
      kind: 'choice',
      choices: ['minor', 'major'],
      default: 'minor',
      docs: 'What a breaking change does below 1.0.0 (minor or major).',
    },
    { input: 'author', kind: 'identity', docs: 'Author of the release commit, as Name <email> (default github-actions[bot]).' },
    {
      input: 'committer',
      kind: 'identity',
      docs: 'Committer of the release commit and tagger of the release tag, as Name <email> (default github-actions[bot]).',
    },
    {
      input: 'github-token',
      kind: 'secret',
      default: '${{ github.token }}',
      docs: 'Token for git pushes and the GitHub API (a GitHub App or PAT token makes the release PR trigger other workflows).',
    },
    {
      input: 'notify-pulls',
      kind: 'bool',
      config: {
        key: 'notify-pulls',
        where: 'top',
        default: false,
        docs: 'prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place ("Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"). Needs pull-requests: write.',
      },
      docs: 'After publishing a release, comment "Released in v1.5.0" on every pull request its notes cite (one lockstep comment per pull request, edited in place by later promotions). Needs pull-requests: write. Default: the config\'s notify-pulls (false).',
    },
    {
      input: 'assets',
      kind: 'path-list',
      docs: 'Files or globs attached to the GitHub Release, one per line (relative to working-directory): uploaded to the draft before it is published once, as immutable releases need. A line matching no file is an error before anything is written.',
    },
    {
      input: 'commit-mode',
      kind: 'choice',
      choices: ['git', 'api'],
      config: {
        key: 'commit-mode',
        where: 'top',
        default: 'git',
        docs: 'prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for "require signed commits" rulesets.',
      },
      docs: "How the release commit and the release tag are written: git pushes them; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, as a 'require signed commits' ruleset needs. Empty: the config's commit-mode, else git.",
    },
    ...SIGNING_SETTINGS,
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Print the next version, the notes and the unified diff; write, push and call nothing that mutates. On pull_request and merge_group events every run is a dry run.',
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
