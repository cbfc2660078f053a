#!/usr/bin/env node
// First: refuses a Node older than the CLI needs before any other module runs.
import './node-version.ts';
import { nodeIo } from './io.ts';
import { runCli } from './program.ts';

process.exitCode = await runCli(process.argv.slice(2), nodeIo());
