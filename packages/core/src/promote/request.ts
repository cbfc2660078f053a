// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.

import {
  configLine,
  type RenderConfig,
  type Config,
  type VerifyConfig,
  verifyFor,
  verifyOptOut,
  type WindowRules,
  type ApprovalRule,
} from '../config/config.ts';
import { named, setting, theInput, throwAll, UserError, words } from '../errors.ts';
import { didYouMean } from '../text/suggest.ts';
import { parseValuesKey } from './pins.ts';
import { fluxPlaces, pinKey } from './flux.ts';
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
  /** `deployments`: record the landed promotion as a GitHub Deployment instead of promoting (promote/record.ts). */
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

/** What the action's inputs say about environments and services, before the config fills the gaps. */
export interface LayoutInputs {
  environments: string[];
  valuesFile?: string;
  valuesKey?: string;
  services: string[];
}

/**
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
export function layoutFrom(
  config: Config,
  inputs: LayoutInputs,
  digestsServices: string[] = [],
): { environments: PromoteEnvironment[]; services: PromoteService[] } {
  // The keys an environment sets for promote's settings are resolved apart (environment-settings.ts).
  const configured: PromoteEnvironment[] = config.environments.map(
    ({ values, autoMerge, valuesDrift, minSoak, wait, render, ...e }, i) => ({
      ...e,
      ...fluxPlaces(e),
      values: values ?? e.kustomization ?? fluxPlaces(e).kustomization ?? fluxPlaces(e).values!,
      valuesLine: configLine(config, ['environments', i, values !== undefined ? 'values' : pinKey(e)]),
      ...(e.kustomization !== undefined || e.fluxKustomization !== undefined
        ? { kustomizationLine: configLine(config, ['environments', i, pinKey(e)]) }
        : {}),
      ...(e.helmVersion !== undefined ? { helmVersionLine: configLine(config, ['environments', i, 'helm-version']) } : {}),
    }),
  );
  let environments: PromoteEnvironment[];
  if (configured.length > 0) {
    if (inputs.environments.length > 0) {
      const errors: UserError[] = [];
      environments = [];
      for (const name of inputs.environments) {
        const env = configured.find((e) => e.name === name);
        if (env) environments.push(env);
        else
          errors.push(
            new UserError(
              `names '${name}', which the config does not list${didYouMean(
                name,
                configured.map((e) => e.name),
              )}`,
              { input: 'environments', file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` },
            ),
          );
      }
      throwAll(errors);
    } else environments = configured;
  } else {
    if (!inputs.valuesFile)
      throw new UserError(words`no environments: the config lists none and ${named('values-file')} is not set`, {
        file: config.file,
        hint: words`add environments to .github/lockstep.yml, or ${setting('values-file')} (e.g. ${named('values-file', 'environments/{env}/values.yaml')})`,
      });
    const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
    environments = names.map((name) => ({ name, values: fillTemplate(inputs.valuesFile!, name), protected: false }));
  }
  if (inputs.valuesFile && configured.length > 0)
    environments = environments.map((e) => ({ ...e, values: fillTemplate(inputs.valuesFile!, e.name), valuesLine: undefined }));
  const seen = new Set<string>();
  for (const e of environments) {
    // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
      throw new UserError(`environment name '${e.name}' cannot be part of a branch name`, {
        file: config.file,
        hint: 'use letters, digits, ".", "_" and "-"',
      });
    if (seen.has(e.name))
      throw new UserError(`environment '${e.name}' appears twice`, {
        file: config.file,
        hint: 'list each environment once, in promotion order',
      });
    seen.add(e.name);
  }

  const serviceNames = Object.keys(config.services);
  let services: PromoteService[];
  if (serviceNames.length > 0) {
    services = serviceNames.map((name) => {
      const svc = config.services[name];
      const key = inputs.valuesKey ?? svc.valuesKey;
      // values-key says where the image sits in a values file: an overlay finds the service's entry by its image.
      if (!key && environments.some((e) => e.kustomization === undefined))
        throw new UserError(`service '${name}' has no values-key`, {
          file: config.file,
          hint: words`add values-key (e.g. services.${name}.image) to services.${name}, or ${setting('values-key')}`,
        });
      const verify = verifyFor(config, name);
      const optOut = verifyOptOut(config, name);
      return {
        name,
        image: svc.image,
        ...(key ? { valuesKey: fillTemplate(key, '{env}', name) } : {}),
        ...(verify ? { verify } : {}),
        ...(optOut ? { verifyOptOut: `${optOut.file ?? '.github/lockstep.yml'}${optOut.line ? `:${optOut.line}` : ''}` } : {}),
      };
    });
  } else {
    const names = inputs.services.length > 0 ? inputs.services : digestsServices;
    if (names.length === 0)
      throw new UserError(words`no services: the config lists none, and neither ${named('services')} nor a digests file names any`, {
        file: config.file,
        hint: words`add services to .github/lockstep.yml, or ${setting('services')}`,
      });
    if (!inputs.valuesKey)
      throw new UserError('is required without services in the config', {
        input: 'values-key',
        hint: words`${setting('values-key')}, e.g. image or services.{service}.image`,
      });
    services = names.map((name) => ({
      name,
      valuesKey: fillTemplate(inputs.valuesKey!, '{env}', name),
      ...(config.verify && verifyFor(config, name) ? { verify: config.verify } : {}),
    }));
  }
  for (const s of services)
    if (s.valuesKey !== undefined) parseValuesKey(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
  return { environments, services };
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
  let from: PromoteEnvironment | undefined;
  let fromIndex: number | undefined;
  if (req.from.kind === 'env') {
    fromIndex = names.indexOf(req.from.env);
    if (fromIndex < 0)
      throw new UserError(`is '${req.from.env}', an unknown environment${didYouMean(req.from.env, names)}`, {
        input: 'from',
        file: req.configFile,
        hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
      });
    from = req.environments[fromIndex];
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
  } else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
    throw new UserError(`is required to promote into ${to.name}`, {
      input: 'from',
      hint: words`use ${named('from', names[toIndex - 1])}, or give ${named('digests')}, ${named('version')} or ${named('chart-version')}`,
    });
  }
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

/** True when tags must be resolved to digests before writing. */
export function mustResolve(req: PromoteRequest, to: PromoteEnvironment): boolean {
  return req.resolveDigests ?? to.protected;
}
