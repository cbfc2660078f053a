import { join } from 'node:path';

/** Where a bench's action run lives: its workspace, the folder of the runner's output and summary files, its event. */
export interface RunnerPlaces {
  workspace: string;
  /** Holds `output` and `summary` (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
  files: string;
  /** HOME for the run; left unset when absent. */
  home?: string;
  event?: { name: string; path?: string };
}

/**
 * The environment the GitHub runner gives an action's step, as the benches
 * run the committed bundles: PATH, GITHUB_ACTIONS, the workspace, the output
 * and summary files and the event, then `extra` (inputs and anything else).
 */
export function runnerEnv(places: RunnerPlaces, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    ...(places.home === undefined ? {} : { HOME: places.home }),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: places.workspace,
    GITHUB_OUTPUT: join(places.files, 'output'),
    GITHUB_STEP_SUMMARY: join(places.files, 'summary'),
    ...(places.event === undefined ? {} : { GITHUB_EVENT_NAME: places.event.name }),
    ...(places.event?.path === undefined ? {} : { GITHUB_EVENT_PATH: places.event.path }),
    ...extra,
  };
}
