import { runAction } from '@lockstep/core/action/run';
import { main } from './main.ts';

await runAction(main);
