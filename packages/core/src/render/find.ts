// The kustomize an overlay is rendered with: a `kustomize` binary on PATH,
// else `kubectl kustomize` (kubectl 1.21 and later carry kustomize v4+; the
// GitHub-hosted Ubuntu runners ship kubectl). Kept apart from kustomize.ts so
// an action's entry chunk carries the finder only, not the renderer.

import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { coerce } from 'semver';

/** A kustomize found: the program, the arguments before the overlay's folder, and how the output names it. */
export interface Kustomize {
  path: string;
  /** `['build']` for kustomize, `['kustomize']` for kubectl. */
  args: string[];
  /** `kustomize build` or `kubectl kustomize`: the command the messages name. */
  command: string;
  /** The kustomize version (`5.4.2`). */
  version: string;
  /** `kubectl kustomize (kustomize v5.4.2)`, `kustomize v5.4.2`: said in the output. */
  label: string;
}

/** The first executable `name` on PATH. */
function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const path = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** A version query run with nothing of the runner's but PATH, 10 s at most. */
function ask(path: string, args: string[]): string | undefined {
  const home = tmpdir();
  const run = spawnSync(path, args, {
    encoding: 'utf8',
    timeout: 10_000,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, KUBECONFIG: join(home, 'lockstep-no-kubeconfig') },
  });
  return run.status === 0 ? run.stdout : undefined;
}

/** `kustomize` on PATH, else `kubectl` on PATH whose kustomize is v4 or later; undefined when neither answers. */
export function findKustomize(env: NodeJS.ProcessEnv = process.env): Kustomize | undefined {
  const k = onPath('kustomize', env);
  if (k) {
    // `kustomize version` prints `v5.4.2` (v5) or `{Version:kustomize/v4.5.7 …}` (v4).
    const version = coerce(ask(k, ['version'])?.match(/v?\d+\.\d+\.\d+/)?.[0])?.version;
    if (version) return { path: k, args: ['build'], command: 'kustomize build', version, label: `kustomize v${version}` };
  }
  const kubectl = onPath('kubectl', env);
  if (!kubectl) return undefined;
  let parsed: { kustomizeVersion?: unknown } | undefined;
  try {
    parsed = JSON.parse(ask(kubectl, ['version', '--client', '-o', 'json']) ?? 'null') as typeof parsed;
  } catch {
    return undefined;
  }
  const version = coerce(typeof parsed?.kustomizeVersion === 'string' ? parsed.kustomizeVersion : undefined)?.version;
  // kubectl before 1.21 carries kustomize v2.0.3, which names no version here: not used.
  if (!version || Number(version.split('.')[0]) < 4) return undefined;
  return { path: kubectl, args: ['kustomize'], command: 'kubectl kustomize', version, label: `kubectl kustomize (kustomize v${version})` };
}
