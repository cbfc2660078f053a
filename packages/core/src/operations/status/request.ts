import type { Inputs } from '../../contract/inputs.ts';
import { resolveInside } from '../../fs/workspace.ts';
import type { PromoteInputs } from '../../promote/request.ts';
import type { World } from '../../contract/world.ts';

// `lockstep status` loads this module first (light, as every request): the config loader, YAML and git
// are in run.ts, loaded once the working directory was accepted.

/** What `lockstep status` asks: the promote-env inputs that say where the environments and services are. */
export type StatusInputs = Pick<
  PromoteInputs,
  'workingDirectory' | 'config' | 'environments' | 'services' | 'valuesFile' | 'valuesKey' | 'repository' | 'base'
>;

/** Reads the promote-env inputs status takes (the CLI's flags), then checks the working directory. */
export function statusRequest(inputs: Inputs, world: World): StatusInputs {
  const request: StatusInputs = {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    environments: inputs.list('environments'),
    services: inputs.list('services'),
    valuesFile: inputs.optional('values-file'),
    valuesKey: inputs.optional('values-key'),
    repository: inputs.optional('repository'),
    base: inputs.optional('base'),
  };
  resolveInside(world.workspace, request.workingDirectory, 'working-directory');
  return request;
}
