import { runOperation } from '@lockstep/core/action/present';
import { digests } from '@lockstep/core/operations/digests/index';

await runOperation(digests);
