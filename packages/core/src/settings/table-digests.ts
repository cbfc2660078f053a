// digests's settings table (see table.ts), in a file of its own so that an action's entry chunk
// carries its own table only (it names the secret inputs masked first). Edit here, then run
// `npm run settings`: it rewrites the action.yml `inputs:` block and the README tables.
import type { SettingsTable } from './table.ts';

/** capture-digests / lockstep digests. */
export const DIGESTS = {
  operation: 'digests',
  action: 'capture-digests',
  settings: [
    {
      input: 'images',
      kind: 'list',
      docs: 'Images to capture as name=registry/repository:tag, one per line or comma-separated (e.g. api=ghcr.io/acme/api:1.7.3).',
    },
    {
      input: 'services',
      kind: 'list',
      docs: 'Instead of images: service names from the config services map, one per line or comma-separated (all or empty = every service), each with tag applied.',
    },
    { input: 'tag', kind: 'string', docs: 'Tag applied to each configured service image when services is used (e.g. 1.7.3).' },
    { input: 'output', kind: 'path', default: 'image-digests.json', docs: 'Digests file to write, relative to working-directory.' },
    {
      input: 'merge',
      kind: 'bool',
      default: 'false',
      docs: "Keep the existing entries and fail when this run records a name already there with another digest (for matrix jobs that each add their service), unless overwrite. Without merge or replace, the existing entries are kept and this run's names updated.",
    },
    {
      input: 'overwrite',
      kind: 'bool',
      default: 'false',
      docs: 'With merge, replace an existing entry of the same name that has another digest instead of failing.',
    },
    {
      input: 'replace',
      kind: 'bool',
      default: 'false',
      docs: "Write only this run's entries: every other entry of an existing output file is dropped, and the dropped names are listed.",
    },
    {
      input: 'sha',
      kind: 'string',
      docs: 'Commit recorded with each entry; defaults to the first 7 characters of GITHUB_SHA, else the short HEAD commit of working-directory (git rev-parse --short HEAD).',
    },
    {
      input: 'platform',
      kind: 'string',
      docs: "Record this platform's manifest digest (os/arch[/variant], e.g. linux/amd64) instead of the multi-arch index digest; a single-platform image must be built for it (checked against its image config).",
    },
    {
      input: 'username',
      kind: 'string',
      docs: 'Registry username, used for every registry in the list; else ~/.docker/config.json (docker/login-action), else anonymous.',
    },
    { input: 'password', kind: 'secret', docs: 'Registry password or token (masked); given together with username.' },
    {
      input: 'dry-run',
      kind: 'bool',
      default: 'false',
      docs: 'Resolve the digests and print the diff of the output file, but write nothing.',
    },
    {
      input: 'working-directory',
      kind: 'workdir',
      default: '.',
      docs: 'Folder inside the workspace that output and config are relative to.',
    },
    {
      input: 'config',
      kind: 'path',
      default: '.github/lockstep.yml',
      docs: 'Path of the lockstep configuration file, relative to working-directory.',
    },
  ],
} as const satisfies SettingsTable;
