import { runOperation } from '@lockstep/core/action/present';
import { release } from '@lockstep/core/operations/release/index';
await runOperation(release);
