// @ts-ignore TS2877: a deep import keeps its .ts extension (see main.ts)
import { runAction } from '@lockstep/core/action/run.ts';
import { main } from './main.ts';

await runAction(main);
