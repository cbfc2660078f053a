import { runOperation } from '@lockstep/core/action/present';
import { check } from '@lockstep/core/operations/check/index';

await runOperation(check);
