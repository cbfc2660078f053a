import { runOperation } from '@lockstep/core/action/present';
import { bump } from '@lockstep/core/operations/bump/index';

await runOperation(bump);
