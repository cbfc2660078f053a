import { runOperation } from '@lockstep/core/action/present';
import { hydrate } from '@lockstep/core/operations/hydrate/index';

await runOperation(hydrate);
