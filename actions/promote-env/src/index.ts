import { runOperation } from '@lockstep/core/action/present';
import { promote } from '@lockstep/core/operations/promote/index';

await runOperation(promote);
