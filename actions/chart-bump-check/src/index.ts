import { runAction } from '@lockstep/core/action/run';
import { start } from './start.ts';

// The inputs are read and git starts listing and diffing first; the rest of
// the action (YAML, SemVer, glob libraries) loads while git works.
await runAction(async () => {
  const started = start();
  try {
    const { main } = await import('./main.ts');
    await main(started);
  } finally {
    started.close();
  }
});
