// The fan-in gate (issue 54): `after: [staging-e2e, staging-perf]` on an environment promotes into it only
// pins every listed environment runs: each digest (else tag) the promotion writes, and the chart version
// it brings (its OCIRepository's digest where it pins one). Its evidence is those environments' pins on the
// base (read as status reads them). A hold names which environment lacks which pin, and refuses: nothing is
// written until the next run finds them all there. Break glass does not lift it: fan-in says what was tried
// where, which no label changes.

import type { Config } from '../../config/config.ts';
import { appIdOf, asApp, fleetPaths, isFleet } from '../../deploy/fleet.ts';
import { configLine } from '../../config/config.ts';
import { UserError } from '../../errors.ts';
import { didYouMean } from '../../text/suggest.ts';
import { environmentPins, type EnvironmentPins } from '../status-tables.ts';
import type { PromoteEnvironment } from '../request.ts';
import type { PromotionPlan } from '../plan.ts';
import type { Gate } from './gate.ts';

const NAME = 'fan-in';

/** A pin the promotion writes: a service's digest (else tag), or the chart's OCIRepository digest (else version; no service). */
export interface Wanted {
  service?: string;
  pin: string;
}

/** The fan-in gate's evidence: the target, what the promotion writes, and what each listed environment runs. */
export interface FanInEvidence {
  env: string;
  wants: Wanted[];
  runs: EnvironmentPins[];
  /**
   * Hydrated environments (hydrate: promote: lockstep): the one want is a DRY commit (its full SHA), and what each
   * listed environment runs is the DRY commit its active branch's hydrator.metadata names (in its services' tag).
   */
  hydrated?: boolean;
  /** Hydrated: by listed environment, the notes of refs/notes/hydrator.metadata its branches did not back (promote/hydrated.ts). */
  ignored?: Record<string, string>;
}

/** What `env` runs of `want`, as the hold says it; undefined when it runs it. */
function lacking(env: EnvironmentPins, want: Wanted, hydrated: boolean, ignored?: string): string | undefined {
  if (hydrated) {
    const has = want.service === undefined ? undefined : env.services[want.service]?.tag;
    if (has === want.pin) return undefined;
    return `${env.name} has not run DRY commit ${want.pin.slice(0, 12)} (its active branch runs ${has ? has.slice(0, 12) : 'none'}${ignored ? `; ${ignored}` : ''})`;
  }
  if (want.service === undefined) {
    // A digest is the artifact pulled whatever the range beside it admits: compared alone, as a service's is.
    const digest = want.pin.startsWith('sha256:');
    const has = digest ? env.chartDigest : env.chartVersion;
    return has === want.pin ? undefined : `${env.name} lacks chart ${digest ? 'digest' : 'version'} ${want.pin} (it runs ${has ?? 'none'})`;
  }
  const pin = env.services[want.service];
  const has = want.pin.startsWith('sha256:') ? pin?.digest : pin?.tag;
  return has === want.pin ? undefined : `${env.name} lacks ${want.service} ${want.pin} (it runs ${has ?? 'none'})`;
}

/**
 * Each `after:` entry names another environment of the config listed before it (the list is the promotion graph's
 * order, so the graph has no cycle: promote/graph.ts), at its line (with the nearest name when one is close).
 */
function check(config: Config): UserError[] {
  const names = config.environments.map((e) => e.name);
  return config.environments.flatMap((e, i) =>
    (e.after ?? []).flatMap((name, k) =>
      names.includes(name) && names.indexOf(name) < i
        ? []
        : [
            new UserError(
              name === e.name
                ? `environment ${e.name} lists itself in after:`
                : names.includes(name)
                  ? `environment ${e.name} has after: '${name}', which is listed after it in environments: (list them in promotion order)`
                  : `environment ${e.name} has after: '${name}', which is not an environment${didYouMean(name, names)}`,
              {
                file: config.file,
                line: configLine(config, ['environments', i, 'after', k]),
                hint: `list the environments whose pins ${e.name} is promoted from; environments, in order: ${names.join(', ')}`,
              },
            ),
          ],
    ),
  );
}

/**
 * What a promotion writes, as fan-in compares it (`lockstep status` asks it of each edge's plan too): each digest,
 * else tag, and the chart's OCIRepository digest, else its version (under one range only the digest moves).
 */
export function wantsOf(plan: Pick<PromotionPlan, 'changes' | 'chart'>): Wanted[] {
  return [
    ...plan.changes.flatMap((c) => {
      const pin = c.newDigest ?? c.newTag;
      return pin === undefined ? [] : [{ service: c.service, pin }];
    }),
    ...(plan.chart ? [{ pin: plan.chart.newDigest ?? plan.chart.new }] : []),
  ];
}

/** Fan-in: the target's `after:` environments must all run what it is promoted to. */
export const fanIn: Gate<typeof NAME, FanInEvidence> = {
  name: NAME,
  title: 'fan-in',
  settings: ['after'],
  breakGlass: false,
  check,
  async gather({ req, route, ports, plan, baseSha, cache }) {
    const after = route.to.after ?? [];
    if (after.length === 0) return undefined;
    const wants = wantsOf(plan);
    const named = req.environments.filter((e) => after.includes(e.name));
    // An app of an environment of many apps (deploy/fleet.ts) is promoted from the same app of each listed one.
    const app = appIdOf(route.to);
    const listed =
      app !== undefined && named.some(isFleet) ? asApp(named, app, (await fleetPaths(named, ports.git, baseSha)) ?? []) : named;
    // What each listed environment runs: its file's pins, else (an image inline in a base) its render's.
    // The renderers are loaded here only: the config checks load every gate (fan-in's check needs none of them).
    const { renderedRun } = await import('../rendered-run.ts');
    const rendered = (env: PromoteEnvironment) => renderedRun(req, env, ports, baseSha);
    const runs = await environmentPins({ ...req, environments: listed }, (p) => ports.git.readAt(baseSha, p), cache, rendered);
    return { env: route.to.name, wants, runs };
  },
  holds: (e) =>
    e.runs.flatMap((env) =>
      e.wants.flatMap((w) => {
        const why = lacking(env, w, e.hydrated === true, e.ignored?.[env.name]);
        const what = e.hydrated ? 'DRY commits' : 'pins';
        return why === undefined
          ? []
          : [{ gate: NAME, message: `${e.env} is promoted only from ${what} its after: environments run: ${why}` }];
      }),
    ),
  onHold: () => 'refuse',
};
