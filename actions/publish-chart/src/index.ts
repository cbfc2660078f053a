import { runOperation } from '@lockstep/core/action/present';
import { publish } from '@lockstep/core/operations/publish/index';

await runOperation(publish);
