// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.

import { type RenderConfig, type VerifyConfig, type WindowRules, type ApprovalRule } from '../config/config.ts';
import { named, setting, theInput, throwAll, UserError, words } from '../errors.ts';
import { didYouMean } from '../text/suggest.ts';
import { defaultsOf, type InputsOf, type ResolvedOf } from '../settings/read.ts';
import { PROMOTE } from '../settings/table-promote.ts';
import { environmentSettings, type EnvironmentSettings, type RunSettings, type ValuesDriftMode } from './environment-settings.ts';

/** One environment in promotion order. */
export interface PromoteEnvironment {
  name: string;
  /** Values file, relative to the repository promoted in; for an overlay environment without one, its kustomization path. */
  values: string;
  /** Kustomize overlay holding the pins (a kustomization file, its folder, or an Argo CD Application with kustomize.images). */
  kustomization?: string;
  /** The config line of `kustomization`. */
  kustomizationLine?: number;
  /** Application file and optional `#name` selector; for a Flux environment, the OCIRepository's or else the HelmRelease's file (promote/flux.ts). */
  application?: string;
  /** Flux HelmRelease file (and optional `#name`) whose spec.values hold the pins unless values names another file. */
  helmrelease?: string;
  /** Flux OCIRepository file (and optional `#name`) whose spec.ref is the chart's or the manifests' artifact. */
  ocirepository?: string;
  protected: boolean;
  /** Where the environment is reached (its deployments' environment_url). */
  url?: string;
  /** The Kubernetes version its rendered objects are validated for (kube-version; undefined: the schemas' own). */
  kubeVersion?: string;
  /** The Helm major its charts render with (helm-version; undefined: the first helm on PATH), and its config line. */
  helmVersion?: 3 | 4;
  helmVersionLine?: number;
  /** A preview environment: its deployments are transient. */
  preview?: boolean;
  /** The config line of `values`, when it came from the config file (for errors about the file it names). */
  valuesLine?: number;
  /** When promotions into this environment may land (promote/gates.ts). */
  windows?: WindowRules;
  /** The fan-in gate's environments (promote/gates/fan-in.ts): promoted only from pins each of them runs. */
  after?: string[];
  /** The approval gate's rule (promote/gates/approval.ts): who must approve the promotion into the source. */
  approval?: ApprovalRule;
}

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
   * key before the top's; read through environmentSettings (environment-settings.ts) at the
   * environment where each applies: the target's auto-merge, values-drift and validate, the
   * source's min-soak and wait.
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

/** The environments a promotion touches: its index pair, after the rules. */
export interface Route {
  to: PromoteEnvironment;
  toIndex: number;
  from?: PromoteEnvironment;
  fromIndex?: number;
}

/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step adjacent (dev→staging, staging→prod; or from
 * one of the target's after: environments past the others it lists) unless
 * allow-skip, no promotion backwards or onto itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 */
export function checkRoute(req: PromoteRequest): Route {
  const names = req.environments.map((e) => e.name);
  const errors: UserError[] = [];
  const toIndex = names.indexOf(req.to);
  if (toIndex < 0)
    throw new UserError(`is '${req.to}', an unknown environment${didYouMean(req.to, names)}`, {
      input: 'to',
      file: req.configFile,
      hint: `environments, in order: ${names.join(', ')}`,
    });
  const to = req.environments[toIndex];
  const { from, fromIndex } = routeSource(req, names, to, toIndex);
  if (req.push === 'direct' && to.protected)
    errors.push(
      new UserError(words`${named('push', 'direct')} is refused for the protected environment ${to.name}`, {
        hint: words`use ${named('push', 'pr')} (the default): protected promotions go through a reviewed pull request`,
      }),
    );
  if (req.chartVersion !== undefined && !to.application)
    errors.push(
      new UserError(words`${named('chart-version')} is set but environment ${to.name} has no application`, {
        file: req.configFile,
        hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
      }),
    );
  if (environmentSettings(req, to.name).autoMerge && to.protected)
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
  return { to, toIndex, from, fromIndex };
}

/**
 * The environment a promotion comes from, checked: known, before the target, skipping none (but the other
 * environments of a fan-in step) unless allow-skip; a source required past the first environment.
 */
function routeSource(
  req: PromoteRequest,
  names: string[],
  to: PromoteEnvironment,
  toIndex: number,
): { from?: PromoteEnvironment; fromIndex?: number } {
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
    // A fan-in step (from is one of to's after: environments) skips none of the others it lists: the fan-in
    // gate holds it until they all run its pins.
    const fanIn = to.after?.includes(from.name) ? to.after : [];
    const skipped = names.slice(fromIndex + 1, toIndex).filter((n) => !fanIn.includes(n));
    if (skipped.length > 0 && !req.allowSkip)
      throw new UserError(`promotion ${from.name} → ${to.name} skips ${skipped.join(', ')}`, {
        hint: words`promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or ${setting('allow-skip', 'true')}`,
      });
    return { from, fromIndex };
  } else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
    throw new UserError(`is required to promote into ${to.name}`, {
      input: 'from',
      hint: words`use ${named('from', names[toIndex - 1])}, or give ${named('digests')}, ${named('version')} or ${named('chart-version')}`,
    });
  }
  return {};
}

/** True when tags must be resolved to digests before writing. */
export function mustResolve(req: PromoteRequest, to: PromoteEnvironment): boolean {
  return req.resolveDigests ?? to.protected;
}
