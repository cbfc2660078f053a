import type { Inputs } from '../../contract/inputs.ts';
import { resolveInside } from '../../fs/workspace.ts';
import type { WhereInputs } from '../../promote/request.ts';
import { readSettings } from '../../settings/read.ts';
import { STATUS } from '../../settings/tables.ts';
import type { World } from '../../contract/world.ts';

// `lockstep status` loads this module first (light, as every request): the config loader, YAML and git
// are in run.ts, loaded once the working directory was accepted.

/** What `lockstep status` asks: the promote-env inputs that say where the environments and services are. */
export type StatusInputs = WhereInputs;

/** Reads the promote-env inputs status takes (the CLI's flags; settings/tables.ts's STATUS), then checks the working directory. */
export function statusRequest(inputs: Inputs, world: World): StatusInputs {
  const request: StatusInputs = readSettings(STATUS, inputs);
  resolveInside(world.workspace, request.workingDirectory, 'working-directory');
  return request;
}
