import { readFileSync } from 'node:fs';
import type { Face } from '@lockstep/core/errors';
import { redact, secretForms } from '@lockstep/core/text/secrets';
import { isTerminal, stderr, stdout } from '@lockstep/core/text/stdio';
import { type ProgressLine, ttyProgress } from './progress.ts';

/** The terminal a command talks to; tests pass a plain object that records what was written. */
export interface CliIo {
  /** The folder the command runs in: the workspace that working-directory is relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout(text: string): void;
  /**
   * The same as stdout for text already encoded as UTF-8 (a document of hundreds of MB written from one reused
   * buffer: metrics --json), done with the bytes when it returns. Absent: the caller decodes them for stdout.
   */
  stdoutBytes?(bytes: Uint8Array): void;
  stderr(text: string): void;
  /** Colour on stdout: a TTY and NO_COLOR unset. */
  color: boolean;
  /** stdout and stderr are both a terminal (one screen): a report that says its reasons itself needs no copy on stderr. */
  oneScreen?: boolean;
  /** Everything on standard input (for --password-stdin). */
  readStdin(): string;
  /** The progress line on stderr; absent when stderr is not a terminal (then no progress is shown). */
  progress?: ProgressLine;
  /** The words errors are said in: the inputs as the flags of the command that runs (set by runCli); absent: every input a flag. */
  face?: Face;
}

/**
 * The real process: stdout/stderr, colour only on a TTY without NO_COLOR (https://no-color.org).
 * Written with text/stdio.ts, so a run whose output is piped never creates process.stdout/stderr;
 * on a terminal stderr goes through process.stderr, which the progress line draws on, to keep their order.
 */
export function nodeIo(): CliIo {
  const noColor = process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '';
  const errTerminal = isTerminal(2);
  if (errTerminal) stderr.viaStream();
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => stdout.write(t),
    stdoutBytes: (b) => stdout.writeBytes(b),
    stderr: (t) => stderr.write(t),
    color: !noColor && isTerminal(1),
    oneScreen: errTerminal && isTerminal(1),
    readStdin: () => readFileSync(0, 'utf8'),
    progress: errTerminal ? ttyProgress(process.stderr) : undefined,
  };
}

/**
 * Wraps an io so that every registered secret is replaced by `***` in
 * whatever is written, as the runner's add-mask does for the actions. Every
 * line passes here, so it also erases a progress line before writing one.
 */
export function maskingIo(io: CliIo): CliIo & { secret(value: string): void } {
  const secrets = new Set<string>();
  // Every form of each secret (raw, URL-encoded, base64, as Basic credentials), as the actions' failure path redacts them.
  const mask = (t: string) => redact(t, secrets);
  const write = (to: (t: string) => void) => (t: string) => {
    io.progress?.clear();
    to(mask(t));
  };
  const out = write(io.stdout);
  const raw = io.stdoutBytes;
  // Bytes holding no form of a secret go as they are (UTF-8 is self-synchronising: a form's bytes are found
  // exactly where the text holds the form); bytes that hold one are masked as text.
  const stdoutBytes = raw
    ? (b: Uint8Array) => {
        const view = Buffer.from(b.buffer, b.byteOffset, b.length);
        if ([...secrets].flatMap(secretForms).some((f) => view.includes(f, 0, 'utf8'))) out(view.toString('utf8'));
        else {
          io.progress?.clear();
          raw(b);
        }
      }
    : undefined;
  return {
    ...io,
    stdout: out,
    ...(stdoutBytes ? { stdoutBytes } : {}),
    stderr: write(io.stderr),
    secret: (v) => void (v !== '' && secrets.add(v)),
  };
}
