import { runAction } from '../../../packages/core/src/action/run.ts';
import { main } from './main.ts';

await runAction(main);
