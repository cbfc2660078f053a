import { main } from './main.ts';

// The one failure path is runAction's reportFailure. It is loaded only when
// something was thrown: it brings @actions/core (and its HTTP client), whose
// start-up cost would otherwise dominate a passing check.
try {
  await main();
} catch (e: unknown) {
  // @ts-ignore TS2877
  const { reportFailure } = await import('@lockstep/core/action/run.ts');
  await reportFailure(e);
}
