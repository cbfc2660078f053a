// The environments and services a promotion reads from the config, or from the values-file / values-key
// templates when the config has none: every name checked before anything is read.

import { configLine, type Config, verifyFor, verifyOptOut } from '../config/config.ts';
import { named, setting, throwAll, UserError, words } from '../errors.ts';
import { didYouMean } from '../text/suggest.ts';
import { parseValuesKey } from '../deploy/pins/pins.ts';
import { fillTemplate, type PromoteEnvironment, type PromoteService } from './request.ts';
import { deployerResource, deploymentOf } from '../deploy/kind.ts';

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
  const environments = layoutEnvironments(config, inputs);
  return { environments, services: layoutServices(config, inputs, environments, digestsServices) };
}

/** The environments in promotion order, each name one git accepts in a branch and listed once. */
function layoutEnvironments(config: Config, inputs: LayoutInputs): PromoteEnvironment[] {
  // The keys an environment sets for promote's settings are resolved apart (environment-settings.ts).
  const configured: PromoteEnvironment[] = config.environments.map(({ values, autoMerge, valuesDrift, minSoak, wait, render, ...e }, i) => {
    // The config's checks refuse an environment that names no deployer.
    const d = deploymentOf({ ...e, values })!;
    return {
      ...e,
      // The pins' file: the values file when given, else the file or folder the deployer's own key names.
      values: values ?? d.files[0],
      valuesLine: configLine(config, ['environments', i, values !== undefined ? 'values' : d.pinKey]),
      ...(d.renderer === 'kustomize' ? { kustomizationLine: configLine(config, ['environments', i, d.pinKey]) } : {}),
      ...(e.helmVersion !== undefined ? { helmVersionLine: configLine(config, ['environments', i, 'helm-version']) } : {}),
      ...(e.registry !== undefined ? { registryLine: configLine(config, ['environments', i, 'registry']) } : {}),
    };
  });
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

  return environments;
}

/** The services, each with where its pin sits (values-key) and its verify: policy. */
function layoutServices(
  config: Config,
  inputs: LayoutInputs,
  environments: readonly PromoteEnvironment[],
  digestsServices: string[],
): PromoteService[] {
  const serviceNames = Object.keys(config.services);
  let services: PromoteService[];
  if (serviceNames.length > 0) {
    services = serviceNames.map((name) => {
      const svc = config.services[name];
      const key = inputs.valuesKey ?? svc.valuesKey;
      // values-key says where the image sits in a values file: an overlay finds the service's entry by its image.
      // Image automation markers (image-policy) and postBuild.substitute variables (flux-substitute) name the fields themselves.
      const fields = svc.imagePolicy !== undefined || svc.fluxSubstitute !== undefined;
      if (!key && !fields && environments.some((e) => deploymentOf(e)?.renderer !== 'kustomize'))
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
        ...(svc.imagePolicy !== undefined ? { imagePolicy: svc.imagePolicy } : {}),
        ...(svc.fluxSubstitute !== undefined
          ? { substitute: typeof svc.fluxSubstitute === 'string' ? { image: svc.fluxSubstitute } : svc.fluxSubstitute }
          : {}),
        ...(optOut ? { verifyOptOut: `${optOut.file ?? '.github/lockstep.yml'}${optOut.line ? `:${optOut.line}` : ''}` } : {}),
      };
    });
  } else {
    const names = inputs.services.length > 0 ? inputs.services : digestsServices;
    // Every environment promoted from its hydrated branches (promote/hydrated.ts): no pin is edited, no service needed.
    if (names.length === 0 && config.environments.every((e) => e.hydrate?.promote === 'lockstep')) return [];
    // Every environment an Application: a promotion moves its chart version alone (targetRevision), no pin.
    if (names.length === 0 && !inputs.valuesKey && environments.length > 0 && environments.every((e) => deployerResource(e) !== undefined))
      return [];
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
  return services;
}
