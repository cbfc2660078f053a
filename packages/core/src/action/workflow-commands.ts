import { appendFileSync, statSync } from 'node:fs';
import { EOL } from 'node:os';
import { describeOmitted, fitToBytes, OUTPUT_CAP, SUMMARY_CAP } from '../text/cap.ts';
import type { Text } from '../text/parts.ts';
import { stdout } from '../text/stdio.ts';

/**
 * How every lockstep action talks to the runner: outputs, annotations, the job
 * summary, masking, log groups. These write exactly what @actions/core writes
 * (same escaping, same GITHUB_OUTPUT heredoc form), so the runner cannot tell
 * the difference — but without loading @actions/core, whose HTTP client
 * (undici, for OIDC) costs 60–100 ms of every action's start-up, more than a
 * whole chart check takes. Inputs are read by contract/inputs.ts. Lines go to
 * standard output through text/stdio.ts (no process.stdout on the start-up path).
 */

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Prints `::command k=v,…::message` with the runner's escaping. */
export function issueCommand(command: string, props: Record<string, string | number | undefined>, message: string): void {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  stdout.write(`::${command}${list ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

/** An error, warning or notice annotation at a file and line. */
export function annotate(
  level: 'error' | 'warning' | 'notice',
  message: string,
  where: { file?: string; line?: number; col?: number; title?: string } = {},
): void {
  issueCommand(level, { title: where.title, file: where.file, line: where.line, col: where.col }, message);
}

/**
 * Sets a step output (GITHUB_OUTPUT when present, else the legacy command).
 * A value over GitHub's 1 MB output limit is cut at a line boundary with a
 * last line saying so (`where`: where the full text is), and a warning names
 * the output: the runner would otherwise drop or cut it silently.
 */
export function setOutput(name: string, given: Text, where?: string): void {
  // A value in parts is fitted as their concatenation; only what is written is joined.
  const fitted = fitToBytes(
    given,
    OUTPUT_CAP,
    (o) => `… ${describeOmitted(o)} left out: GitHub limits a step output to 1 MB${where ? `; the full text is in ${where}` : ''}.`,
  );
  if (fitted.omitted) {
    warning(
      `The output '${name}' was cut to fit GitHub's 1 MB limit: the last ${describeOmitted(fitted.omitted)} were left out${where ? ` (the full text is in ${where})` : ''}.`,
    );
  }
  const value = fitted.text;
  const file = process.env.GITHUB_OUTPUT;
  if (file) {
    // A delimiter the value does not contain (checked, so its randomness is not what keeps it safe;
    // node:crypto is not loaded for it).
    let delimiter: string;
    do delimiter = `ghadelimiter_${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    while (value.includes(delimiter) || name.includes(delimiter));
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  } else {
    issueCommand('set-output', { name }, value);
  }
}

/** Bytes of the summary file this process has seen (what was there at its first append, plus its writes). */
let summaryBytes: { file: string; bytes: number } | undefined;

/**
 * Appends Markdown to the job summary; prints it when the runner gives no
 * summary file. The file never grows past SUMMARY_CAP (GitHub drops a whole
 * summary over 1 MiB): what does not fit is cut at a line boundary, open code
 * fences and <details> closed, and a last line says what was left out and
 * where the full text is (`where`, e.g. "the release PR's CHANGELOG.md").
 * Markdown given in parts is appended as their concatenation (a long
 * release's notes are not copied into one string to keep their first MiB).
 */
export function appendSummary(markdown: Text, where?: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) {
    if (typeof markdown === 'string') stdout.write(`${markdown}${EOL}`);
    else {
      for (const part of markdown) stdout.write(part);
      stdout.write(EOL);
    }
    return;
  }
  if (summaryBytes?.file !== file) summaryBytes = { file, bytes: sizeOf(file) };
  const room = SUMMARY_CAP - summaryBytes.bytes - Buffer.byteLength(EOL);
  const fitted = fitToBytes(
    markdown,
    room,
    (o) =>
      `> **Note:** ${describeOmitted(o)} of this summary were left out to stay under GitHub's 1 MiB job summary limit${where ? `; the full text is in ${where}` : ''}.`,
  );
  if (fitted.text === '' && fitted.omitted) return;
  const text = `${fitted.text}${EOL}`;
  appendFileSync(file, text, 'utf8');
  summaryBytes.bytes += Buffer.byteLength(text);
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A plain log line. */
export function info(line: string): void {
  stdout.write(`${line}${EOL}`);
}

/** A debug line (shown when the workflow enables step debug logging). */
export function debug(line: string): void {
  issueCommand('debug', {}, line);
}

/** Starts a collapsible log group. */
export function group(title: string): void {
  issueCommand('group', {}, title);
}

/** Starts a collapsible log group (the @actions/core name). */
export const startGroup = group;

/** A warning annotation, optionally at a file and line. */
export function warning(message: string, where: { file?: string; line?: number; title?: string } = {}): void {
  annotate('warning', message, where);
}

const secrets = new Set<string>();

/** Registers a secret: the runner masks it in every later log line, and the failure path redacts every form of it. */
export function setSecret(secret: string): void {
  if (secret === '') return;
  secrets.add(secret);
  issueCommand('add-mask', {}, secret);
  // The runner matches a mask against one log line at a time: each line of a multi-line secret (an SSH key) is one too.
  const lines = secret.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) for (const line of new Set(lines)) if (line.length >= 8) setSecret(line);
}

/** The secrets registered so far (setSecret). */
export function registeredSecrets(): readonly string[] {
  return [...secrets];
}

/** Ends the current log group. */
export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}
