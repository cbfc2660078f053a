// The history of what an environment runs by its render (issue 72), for a service its pin place does not define:
// an image inline in a shared Kustomize base, set by a strategic-merge patch, a tag only the chart's values.yaml
// sets. Its pin's history is not its pin place's: it is the first-parent history of every path the deployer reads
// for the environment (Deployment.inputs, read at the base) and every file its render there read, each commit's pin
// the render at that commit. The soak gate measures such a pin from where its render took it, and the approval gate
// asks which pull request that was; the plan (through PlanWorld.renderedHistory) asks where the source ran a digest
// it no longer runs, and with require-checks and no build sha, where it took the pin it runs (ran-before.ts).

import { deploymentOf } from '../deploy/kind.ts';
import type { PromoteWorld } from './ports.ts';
import { pinKey, type RenderedPins, type RenderedRun } from './rendered-pin.ts';
import type { PromoteEnvironment, PromoteRequest } from './request.ts';

const pinOf = (run: RenderedRun, service: string) => ('pins' in run ? run.pins.get(service) : undefined);

/** A rendered pin as one comparable key, as the soak gate keys a pin (pinKey). */
const keyOf = (run: RenderedRun, service: string): string | undefined => pinKey(pinOf(run, service));

/**
 * `env`'s rendered pins at the base and the history to measure them on; undefined when its deployer names no path
 * to read (an environment of many apps) or its render at the base runs none of the configured services.
 */
export async function renderedPins(
  { req, ports, baseSha }: { req: PromoteRequest; ports: PromoteWorld; baseSha: string },
  env: PromoteEnvironment,
): Promise<RenderedPins | undefined> {
  const reader = {
    read: (p: string) => ports.git.readAt(baseSha, p),
    list: (dir: string) => ports.git.listFiles(baseSha, dir === '' ? undefined : dir),
  };
  const inputs = (await deploymentOf(env)?.inputs({ reader, inRepo: (p) => p, charts: req.charts })) ?? [];
  if (inputs.length === 0) return undefined;
  // The renderers are loaded only here: the config checks load every gate, which need none of them.
  const { renderedRun } = await import('./rendered-run.ts');
  const runs = new Map<string, Promise<RenderedRun>>();
  const runAt = (sha: string) => {
    let run = runs.get(sha);
    if (!run) runs.set(sha, (run = renderedRun(req, env, ports, sha)));
    return run;
  };
  const base = await runAt(baseSha);
  const current = new Map<string, string>();
  for (const s of req.services) {
    const key = keyOf(base, s.name);
    if (key !== undefined) current.set(s.name, key);
  }
  if (current.size === 0 || !('pins' in base)) return undefined;
  // With the files the render read: a chart folder of the repository whose values.yaml sets the tag is no input of
  // the deployer's (a chart lands through a release), but what the render reads is what its pin may change with.
  const paths = [...new Set([...inputs, ...base.sources.map((s) => s.path)])];
  return {
    current,
    log: () => ports.git.firstParentLog(baseSha, paths),
    pinAt: async (sha, service) => keyOf(await runAt(sha), service),
    imageAt: async (sha, service) => pinOf(await runAt(sha), service),
  };
}
