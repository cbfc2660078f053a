// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.

import type { EnvironmentConfig, RenderConfig, VerifyConfig } from '../config/config.ts';
import { named, setting, theInput, throwAll, UserError, words } from '../errors.ts';
import { didYouMean } from '../text/suggest.ts';
import { defaultsOf, type InputsOf, type ResolvedOf } from '../settings/read.ts';
import { PROMOTE } from '../settings/table-promote.ts';
import type { FieldForm } from '../deploy/pins/pin-fields.ts';
import { environmentSettings, type EnvironmentSettings, type RunSettings, type ValuesDriftMode } from './environment-settings.ts';
import { PromotionBranch } from './publish/branch.ts';
import { predecessors } from './graph.ts';
import { deployerResource } from '../deploy/kind.ts';

/**
 * One environment in promotion order: the config's environment (config/config.ts's EnvironmentConfig, generated
 * from the settings declarations, so a new environment key needs no line here) as layout.ts resolves it: its
 * pin file in `values` (for an overlay environment without one, its kustomization path; for a Flux one, its
 * places, deploy/flux/flux.ts), the config lines errors name, and without the promote settings an environment may
 * set, which are resolved apart (`settingsByEnvironment`, environment-settings.ts).
 */
export type PromoteEnvironment = Omit<EnvironmentConfig, 'values' | keyof EnvironmentSettings> & {
  /** Values file, relative to the repository promoted in; for an overlay environment without one, its kustomization path. */
  values: string;
  /** The config line of `values`, when it came from the config file (for errors about the file it names). */
  valuesLine?: number;
  /** The config line of `kustomization`. */
  kustomizationLine?: number;
  /** The config line of `helm-version`. */
  helmVersionLine?: number;
  /** The config line of `registry`. */
  registryLine?: number;
};

export type { ValuesDriftMode };

/** An environment's hydrated branches, from its `hydrate:` (a branch written in the config; promote/hydrated.ts). */
export interface HydratedTarget {
  /** The active branch the proposed one is promoted into. */
  active: string;
  /** The branch hydrate-env writes (`<active>-next`, `<active>-next/<path>`, or hydrate-to). */
  proposed: string;
  /** The hydrator.metadata naming the DRY commit (under the activePath when there is one). */
  metadata: string;
  /** Who promotes the proposed branch: lockstep (promote-env) or GitOps Promoter. */
  promote: 'gitops-promoter' | 'lockstep';
}

/** One service: its image repository (when known) and where each values file pins it. */
export interface PromoteService {
  name: string;
  image?: string;
  /** Values key, `{env}` / `{service}` already substituted except `{env}`; undefined when every environment is an overlay. */
  valuesKey?: string;
  /** What must vouch for a digest before it is pinned (the config's `verify:`); absent: nothing. */
  verify?: VerifyConfig;
  /** Where this service's `verify: {}` turns the top-level policy off (`file:line`): its pins are written unverified, and the run says so. */
  verifyOptOut?: string;
  /** The Flux ImagePolicy (`namespace:name`) whose image automation markers name its fields (image-policy; deploy/pins/pin-fields.ts). */
  imagePolicy?: string;
  /** The Flux Kustomization's postBuild.substitute variables holding its image, by what each holds (flux-substitute). */
  substitute?: Partial<Record<FieldForm, string>>;
}

/** Where the new pins come from. */
export type PromoteSource = { kind: 'env'; env: string } | { kind: 'ref'; ref: string } | { kind: 'none' };

/**
 * What to promote as asked, before the config is read: the promote-env
 * action's inputs and `lockstep promote`'s flags both become this, read by
 * settings/read.ts from settings/table-promote.ts (each field the input's
 * camel-case name, typed by its kind; the token stays in the World). `to`
 * and `record` are the request's cross-field rules' (operations/promote/request.ts);
 * a session (session.ts) turns this and the config into a PromoteRequest.
 */
export type PromoteInputs = Omit<InputsOf<typeof PROMOTE>, 'to' | 'record'> & {
  /** Required unless `record` is given (then it limits the record to that environment, '' for every one). */
  to: string;
  /** `deployments`: record the landed promotion as a GitHub Deployment instead of promoting (promote/publish/record.ts). */
  record?: 'deployments';
  /** The key notifications are signed with (the secret input notify-secret, masked as read: publish/notify.ts). */
  notifySecret?: string;
  /** The secret input signing-key: an SSH private key the promotion commit is signed with in git mode (git/signing.ts). */
  signingKey?: string;
};

/**
 * The inputs a request does not carry as given: what the layout, the source and the session resolve
 * (environments, services, from, base). The config-backed settings are not carried as given either:
 * the request holds them resolved in `settings` and `settingsByEnvironment` (their names are the table's).
 */
export const LAID_OUT = [
  'workingDirectory',
  'config',
  'from',
  'environments',
  'services',
  'valuesFile',
  'valuesKey',
  'record',
  'base',
] as const satisfies readonly (keyof PromoteInputs)[];
type Resolved = (typeof LAID_OUT)[number] | keyof ResolvedOf<typeof PROMOTE>;

/** A promotion request: the inputs as given, the config-backed settings resolved once, and the layout the config gives. */
export interface PromoteRequest extends Omit<PromoteInputs, Resolved> {
  from: PromoteSource;
  environments: PromoteEnvironment[];
  services: PromoteService[];
  /** Limit to these services (empty: every service the source names). */
  only: string[];
  /** Base branch of the repository promoted in. */
  base: string;
  /**
   * The settings the config backs for the whole run (notify-pulls, commit-mode), resolved
   * once by settings/read.ts: input > top-level key > default.
   */
  settings: RunSettings;
  /**
   * The settings an environment may set (auto-merge, values-drift, validate, min-soak, wait),
   * resolved once per environment of `environments` by the same precedence, the environment's
   * key before the top's; checkRoute puts each routed environment's on it (`route.to.settings`:
   * the target's auto-merge, values-drift, validate and render; `route.from.settings`: the
   * source's min-soak and wait), where the steps read them.
   */
  settingsByEnvironment: Readonly<Record<string, EnvironmentSettings>>;
  /** Config chart folders: hints for picking the Application and its chart source. */
  charts: string[];
  /** The config's chart-registry (registry/path): where values-drift and chart-version find a chart version not in git. */
  chartRegistry?: string;
  /** For error locations. */
  configFile?: string;
  /** The config's waves: a name for a list of environments promoted in order (promote/waves.ts). */
  waves?: Record<string, string[]>;
  /** The config line of each wave's entries (`waves.<name>[k]`), for errors about what they name. */
  waveLines?: Record<string, (number | undefined)[]>;
  /** Release tags' prefix (the config's tag-prefix): where what a promotion ships finds `v1.2.0`. */
  tagPrefix?: string;
  /** The config's render settings (promote/render.ts); undefined: the defaults. */
  renderConfig?: RenderConfig;
  /** The config's crds: globs, and their line: CRD files whose schemas validate the rendered target (promote/validate.ts). */
  crds?: { globs: string[]; line?: number };
  /** Each environment's hydrated branches, when its hydrate: names a branch (promote/hydrated.ts): promoted by pull request between them with promote: lockstep. */
  hydrated?: Readonly<Record<string, HydratedTarget>>;
}

/** The promote inputs that say where the environments and services are (`lockstep status`'s); the others take their defaults. */
export type WhereInputs = Pick<PromoteInputs, 'workingDirectory' | 'environments' | 'services'> &
  Partial<Pick<PromoteInputs, 'config' | 'valuesFile' | 'valuesKey' | 'repository' | 'base'>>;

/**
 * The promote inputs of a command that only reads what runs where (`lockstep
 * status`, `lockstep metrics`): where the environments and services are, and
 * every promotion setting at its read-only value (a dry run, nothing pushed,
 * no gate asked about), so the session they open writes nothing.
 */
export function readOnlyPromoteInputs(where: WhereInputs): PromoteInputs {
  const { record: _record, ...defaults } = defaultsOf(PROMOTE);
  return { ...defaults, ...where, to: '', labels: [], dryRun: true, resolveDigests: false };
}

const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;

/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
export function parseFrom(text: string | undefined): PromoteSource {
  if (text === undefined || text === '') return { kind: 'none' };
  if (text.startsWith('ref:')) {
    const ref = text.slice(4).trim();
    if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
      throw new UserError(`is '${text}', not ref:<sha-or-tag>`, {
        input: 'from',
        hint: 'write ref: followed by a commit sha or a tag, e.g. ref:v1.4.0 or ref:3f2a9c1',
      });
    return { kind: 'ref', ref };
  }
  return { kind: 'env', env: text };
}

/** True when a ref looks like an abbreviated or full commit id. */
export function looksLikeSha(ref: string): boolean {
  return SHA.test(ref);
}

/** Substitutes `{env}` and `{service}` in a template. */
export function fillTemplate(template: string, env: string, service = ''): string {
  return template.replace(/\{env\}/g, env).replace(/\{service\}/g, service);
}

/** An environment of the request as a route holds it: its config, its place in the promotion order and its promote settings, resolved once. */
export type RoutedEnvironment = PromoteEnvironment & {
  /** Its position in the request's environments. */
  index: number;
  /** Its promote settings (the input > its config key > the top-level key > the default), read where each applies. */
  settings: EnvironmentSettings;
};

/**
 * The environments a promotion touches, resolved from `to` and `from` once, by checkRoute, and carried as values
 * from there on: the plan, the gates, the render and the publish read them here and look no environment up by
 * name or index again.
 */
export interface Route {
  /** The target. */
  to: RoutedEnvironment;
  /** The source, when the promotion is from an environment. */
  from?: RoutedEnvironment;
  /** The environment ordered just before the target (none for the first): a new pin is verified there without a source, and a rollback passes its soak. */
  before?: RoutedEnvironment;
  /** The branch a promotion into the target is published on (`promote/<to>`, publish/branch.ts). */
  branch: string;
}

/**
 * The index of environment `name` of the request, as the `to` input names it: the one check that a target
 * exists (a route's, and that of the environment `record: deployments` limits the record to).
 */
export function targetNamed(req: Pick<PromoteRequest, 'environments' | 'configFile'>, name: string): number {
  const names = req.environments.map((e) => e.name);
  const index = names.indexOf(name);
  if (index < 0)
    throw new UserError(`is '${name}', an unknown environment${didYouMean(name, names)}`, {
      input: 'to',
      file: req.configFile,
      hint: `environments, in order: ${names.join(', ')}`,
    });
  return index;
}

/** The request's environment at `index`, routed: with its index and its resolved settings. */
function routed(req: PromoteRequest, index: number): RoutedEnvironment {
  const e = req.environments[index];
  return { ...e, index, settings: environmentSettings(req, e.name) };
}

/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step along an edge of the promotion graph
 * (graph.ts: from the environment before the target, or from one of its
 * after: environments) unless allow-skip, no promotion backwards or onto
 * itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 * After the request, the route it returns is the one place `to` is read.
 */
export function checkRoute(req: PromoteRequest): Route {
  const names = req.environments.map((e) => e.name);
  const errors: UserError[] = [];
  const toIndex = targetNamed(req, req.to);
  const to = routed(req, toIndex);
  const fromIndex = routeSource(req, names, to, toIndex);
  if (req.push === 'direct' && to.protected)
    errors.push(
      new UserError(words`${named('push', 'direct')} is refused for the protected environment ${to.name}`, {
        hint: words`use ${named('push', 'pr')} (the default): protected promotions go through a reviewed pull request`,
      }),
    );
  if (req.chartVersion !== undefined && !deployerResource(to))
    errors.push(
      new UserError(words`${named('chart-version')} is set but environment ${to.name} has no application`, {
        file: req.configFile,
        hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
      }),
    );
  if (to.settings.autoMerge && to.protected)
    errors.push(
      new UserError(`auto-merge is refused for the protected environment ${to.name}`, {
        hint: 'protected promotions are draft pull requests merged by a person',
      }),
    );
  const known = new Set(req.services.map((s) => s.name));
  for (const s of req.only)
    if (!known.has(s))
      errors.push(
        new UserError(`service '${s}' is not configured${didYouMean(s, known)}`, {
          file: req.configFile,
          hint: `configured services: ${[...known].join(', ') || 'none'}`,
        }),
      );
  if (req.digests && req.version)
    errors.push(
      new UserError(words`${theInput('digests')} and ${theInput('version')} were both given`, { hint: 'use one source of new pins' }),
    );
  if (req.from.kind === 'ref' && (req.digests || req.version))
    errors.push(
      new UserError(
        words`a rollback (${named('from', 'ref:…')}) takes its pins from that ref; drop ${named('digests')} and ${named('version')}`,
        {
          hint: words`roll back with ${named('from')} and ${named('to')} only`,
        },
      ),
    );
  throwAll(errors);
  const before = predecessors(req.environments, toIndex)[0];
  return {
    to,
    ...(fromIndex !== undefined ? { from: routed(req, fromIndex) } : {}),
    ...(before !== undefined ? { before: routed(req, names.indexOf(before)) } : {}),
    branch: PromotionBranch.of(to.name),
  };
}

/**
 * The environment a promotion comes from, checked: known, before the target, skipping none (but the other
 * environments of a fan-in step) unless allow-skip; a source required past the first environment.
 */
function routeSource(req: PromoteRequest, names: string[], to: PromoteEnvironment, toIndex: number): number | undefined {
  if (req.from.kind === 'env') {
    const fromIndex = names.indexOf(req.from.env);
    if (fromIndex < 0)
      throw new UserError(`is '${req.from.env}', an unknown environment${didYouMean(req.from.env, names)}`, {
        input: 'from',
        file: req.configFile,
        hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
      });
    const from = req.environments[fromIndex];
    if (fromIndex >= toIndex)
      throw new UserError(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
        hint: words`promotion order: ${names.join(' → ')}; to roll back use ${named('from', 'ref:<sha-or-tag>')}`,
      });
    // A step along an edge of the graph (graph.ts): from the environment before it, or from one of its after:
    // environments (fan-out and fan-in, whose gate holds it until every one it lists runs its pins).
    const sources = predecessors(req.environments, toIndex);
    if (sources.includes(from.name) || req.allowSkip) return fromIndex;
    if (to.after?.length)
      throw new UserError(
        `cannot promote from ${from.name} to ${to.name}: ${to.name} is promoted from ${sources.join(', ')} (its after:)`,
        { hint: words`promote ${sources.map((n) => `${n} → ${to.name}`).join(' or ')}, or ${setting('allow-skip', 'true')}` },
      );
    throw new UserError(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
      hint: words`promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or ${setting('allow-skip', 'true')}`,
    });
  } else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
    throw new UserError(`is required to promote into ${to.name}`, {
      input: 'from',
      hint: words`use ${named('from', predecessors(req.environments, toIndex)[0])}, or give ${named('digests')}, ${named('version')} or ${named('chart-version')}`,
    });
  }
  return undefined;
}

/** True when tags must be resolved to digests before writing. */
export function mustResolve(req: PromoteRequest, to: PromoteEnvironment): boolean {
  return req.resolveDigests ?? to.protected;
}
