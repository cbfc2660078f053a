import { start, type Started } from './start.ts';

// The inputs are read and git starts listing and diffing first; the rest of
// the action (YAML, SemVer, glob libraries) loads while git works. The one
// failure path is runAction's reportFailure, loaded only when something was
// thrown: it brings @actions/core (and its HTTP client), whose start-up cost
// would otherwise dominate a passing check.
let started: Started | undefined;
try {
  started = start();
  const { main } = await import('./main.ts');
  await main(started);
} catch (e: unknown) {
  const { reportFailure } = await import('@lockstep/core/action/run');
  await reportFailure(e);
} finally {
  started?.close();
}
