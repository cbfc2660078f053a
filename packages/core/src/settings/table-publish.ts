// publish's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import type { SettingsTable } from './table.ts';

/** publish-chart / lockstep publish. */
export const PUBLISH = {
  operation: 'publish',
  action: 'publish-chart',
  settings: [
    {
      input: 'registry',
      kind: 'oci-ref',
      config: {
        key: 'chart-registry',
        where: 'top',
        reader: 'oci-path',
        docs: 'OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published.',
      },
      docs: 'OCI registry and path to push to (e.g. oci://ghcr.io/acme/charts); each chart becomes <registry>/<name>:<version>. Default: the config chart-registry.',
    },
    {
      input: 'charts',
      kind: 'path-list',
      config: { key: 'charts', where: 'top' },
      docs: 'Chart folders or globs, one per line or comma-separated; default the config charts (its [] means none), else every chart under working-directory.',
    },
    {
      input: 'digests-file',
      kind: 'path',
      docs: "Digests file to add each chart's entry to (name → digest, image, sha, tag: the format promote-env reads), relative to working-directory; empty writes none.",
    },
    {
      input: 'sha',
      kind: 'string',
      docs: 'Commit recorded in the digests file; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory.',
    },
    {
      input: 'signing-key',
      kind: 'secret',
      docs: 'PEM private key (ECDSA P-256, RSA or Ed25519; masked) to sign each chart with as cosign sign --key does: the signature goes to <registry>/<name>:sha256-<hex>.sig.',
    },
    { input: 'username', kind: 'string', docs: 'Registry username; else ~/.docker/config.json (docker/login-action), else anonymous.' },
    { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Package the charts and compare them with the registry, but push and write nothing.',
    },
    {
      input: 'working-directory',
      kind: 'workdir',
      default: '.',
      docs: 'Folder inside the workspace that charts, digests-file and config are relative to.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
  ],
} as const satisfies SettingsTable;
