// Where a bundle finds the schemas' validators: the one copy in packages/cli/schemas/ (schemas-entry.ts, bundled
// once by scripts/bundle.mjs), beside the CLI's dist/ (in the repository, and in the CLI's npm package, whose
// `files` carry it) and three folders up from an action's dist/ (actions/<name>/dist → the repository's root, which
// the runner checks out whole for `uses: …/actions/<name>@…`). The import is left to Node (webpackIgnore): ncc
// would otherwise copy the validators into every bundle again. From the sources (the unit tests), the entry
// module itself.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type * as SchemasEntry from './schemas-entry.ts';

export type SchemaModules = typeof SchemasEntry;

/** The shared bundle, relative to a bundle's chunk: the CLI's dist/, then an action's dist/. */
const SHARED = ['../schemas/index.js', '../../../packages/cli/schemas/index.js'];

let loaded: Promise<SchemaModules> | undefined;

/** The schemas' module, loaded once per process. */
export function schemaModules(): Promise<SchemaModules> {
  return (loaded ??= load());
}

async function load(): Promise<SchemaModules> {
  for (const rel of SHARED) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return (await import(/* webpackIgnore: true */ url.href)) as SchemaModules;
  }
  if (import.meta.url.endsWith('.ts')) return import(/* webpackIgnore: true */ './schemas-entry.ts');
  throw new Error(
    `the Kubernetes schemas are not beside this bundle (looked for ${SHARED.join(' and ')} from ${fileURLToPath(import.meta.url)})`,
  );
}
