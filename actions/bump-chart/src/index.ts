// @ts-ignore TS2877
import { runAction } from '@lockstep/core/action/run.ts';
import { main } from './main.ts';

await runAction(main);
