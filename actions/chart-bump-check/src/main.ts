import * as core from '@actions/core';
import { envInputs, Inputs } from '@lockstep/core';

export async function main(): Promise<void> {
  const inputs = new Inputs(envInputs());
  core.setOutput('ok', 'true');
  core.info(`working-directory: ${inputs.string('working-directory', '.')}`);
}
