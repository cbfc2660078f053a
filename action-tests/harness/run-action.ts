import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A workflow command the action printed (`::error file=…,line=…::message`). */
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Other workflow commands seen (setSecret → add-mask, debug …), in order. */
  commands: { command: string; props: Record<string, string>; message: string }[];
  durationMs: number;
}

export interface RunOptions {
  /** Inputs by their action.yml names; each becomes INPUT_<NAME> as the runner sets it. */
  inputs?: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE and the working directory of the process. */
  workspace: string;
  eventName?: string;
  event?: unknown;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Node binary; defaults to the Node 24 the global setup installed. */
  node?: string;
}

/** Path of the Node 24 binary (set by the jest global setup, or installed on demand). */
export async function node24(): Promise<string> {
  if (process.env.LOCKSTEP_NODE24) return process.env.LOCKSTEP_NODE24;
  const { ensureNode24 } = await import('../../scripts/node24.mjs');
  process.env.LOCKSTEP_NODE24 = ensureNode24();
  return process.env.LOCKSTEP_NODE24;
}

/**
 * Runs actions/<action>/dist/index.js as the GitHub runner does: a fresh
 * Node 24 process, INPUT_* variables (spaces → `_`, upper case, dashes kept),
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, and the
 * workflow commands it prints parsed back.
 */
export async function runAction(action: string, opts: RunOptions): Promise<ActionRun> {
  const tmp = mkdtempSync(join(tmpdir(), 'lockstep-runner-'));
  const outputFile = join(tmp, 'output');
  const summaryFile = join(tmp, 'summary');
  const eventFile = join(tmp, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tmp,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'acme/monorepo',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_RUN_ID: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: tmp,
    RUNNER_OS: 'Linux',
    // The pull request check reaches the tests' loopback registries and chart repositories over plain http only
    // with this switch (operations/check/remote-chart.ts); a test of the refusal unsets it. With it, the GitHub
    // client sends mutations to the loopback double without GitHub's one second between them (http/test-switch.ts):
    // the double has no secondary limit, and the spacing itself is tested on the client (client.test.ts).
    LOCKSTEP_TEST_LOOPBACK_HTTP: '1',
  };
  for (const [name, value] of Object.entries(opts.inputs ?? {})) {
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const node = opts.node ?? (await node24());
  const main = join(repoRoot, 'actions', action, 'dist', 'index.js');
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const child = spawn(node, [main], { cwd: opts.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60000);
    child.on('error', fail);
    child.on('close', (c) => {
      clearTimeout(timer);
      done({ code: c, stdout: out, stderr: err });
    });
  });
  const durationMs = performance.now() - started;
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: [],
    commands: [],
    durationMs,
  };
  for (const line of stdout.split(/\r?\n/)) {
    const cmd = parseCommand(line);
    if (!cmd) continue;
    run.commands.push(cmd);
    if (cmd.command === 'error' || cmd.command === 'warning' || cmd.command === 'notice') {
      run.annotations.push({
        level: cmd.command,
        file: cmd.props.file,
        line: cmd.props.line ? Number(cmd.props.line) : undefined,
        title: cmd.props.title,
        message: cmd.message,
      });
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return run;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` blocks, and `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** Parses one `::command prop=v,…::message` line (leading white space allowed, as the runner allows it), undoing the runner's escaping. */
export function parseCommand(line: string): ActionRun['commands'][number] | undefined {
  const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
  if (!m) return undefined;
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProp = (s: string) => unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
  const props: Record<string, string> = {};
  for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = kv.indexOf('=');
    props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
  }
  return { command: m[1], props, message: unescapeData(m[3]) };
}

/**
 * Environment that starts a bundle's clock at `iso` (harness/frozen-clock.mjs, preloaded with `--import`):
 * the committed bundle runs unchanged, "at" that instant, its clock running on from there.
 */
export function clockAt(iso: string): Record<string, string> {
  return { NODE_OPTIONS: `--import=${join(repoRoot, 'action-tests', 'harness', 'frozen-clock.mjs')}`, LOCKSTEP_HARNESS_NOW: iso };
}
