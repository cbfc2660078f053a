// A repository promoted in for the tests of what runs by the render (issue 72): a clone of a bare origin whose
// main holds the given files, its world seeing the real kubectl and Helm 3 on PATH (or neither), and status and a
// dry-run promotion run on it from source.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from '@jest/globals';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { promoteRequest } from '../../src/operations/promote/request.ts';
import { runPromote } from '../../src/operations/promote/run.ts';
import { runStatus } from '../../src/operations/status/run.ts';
import { GIT_ENV, runGit } from '../helpers.ts';
import { testWorld } from '../test-world.ts';

const inputs = (values: Record<string, string>) => new Inputs(mapInputs(values));
const dirs: string[] = [];
afterAll(() => dirs.forEach((x) => rmSync(x, { recursive: true, force: true })));

/** A clone of a bare origin whose main holds `files`; its world sees kubectl and Helm 3 on PATH, or neither (`tools: false`). */
export function repo(files: Record<string, string>, tools = true) {
  const dir = mkdtempSync(join(tmpdir(), 'lockstep-rendered-'));
  const origin = mkdtempSync(join(tmpdir(), 'lockstep-rendered-origin-'));
  dirs.push(dir, origin);
  runGit(origin, 'init', '-q', '--bare', '-b', 'main');
  runGit(dir, 'init', '-q', '-b', 'main');
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  runGit(dir, 'add', '.');
  runGit(dir, 'commit', '-qm', 'environments');
  runGit(dir, 'remote', 'add', 'origin', origin);
  runGit(dir, 'push', '-q', 'origin', 'main');
  const toolDirs = tools ? [dirname(process.env.LOCKSTEP_KUBECTL!), dirname(process.env.LOCKSTEP_HELM!)] : [];
  return testWorld(dir, { env: { ...GIT_ENV, PATH: [...toolDirs, process.env.PATH].join(':') } });
}

export const status = (w: ReturnType<typeof repo>) => runStatus({ workingDirectory: '.', environments: [], services: [] }, w);
export const dryRun = (w: ReturnType<typeof repo>, from: string, to: string) =>
  runPromote(promoteRequest(inputs({ from, to, 'dry-run': 'true', 'resolve-digests': 'false' }), w), w);
