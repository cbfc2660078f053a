import { runAction } from '@lockstep/core';
import { main } from './main.ts';

await runAction(main);
