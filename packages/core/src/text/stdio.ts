import { fstatSync, writeSync } from 'node:fs';

/**
 * Standard output and error without process.stdout / process.stderr: on a
 * pipe (how the runner and every caller that captures output start us),
 * creating those streams loads `net` with libuv's socket and pipe handles,
 * 2–3 ms of a start-up that refuses a bad input in ~40. A write goes straight to the descriptor
 * with fs.writeSync, which blocks until the bytes are in the pipe — as
 * process.stdout.write does on a Linux pipe.
 *
 * A descriptor can be non-blocking (a parent or sibling sharing the pipe set
 * O_NONBLOCK, or a stream created on it later: libuv sets it): writeSync then
 * fails with EAGAIN once the pipe is full, after writing part of the text.
 * On that or any other error the rest of the text, and every later write of
 * the process, goes to the stream, which queues what the pipe cannot take yet
 * and is flushed before Node exits (lockstep never calls process.exit). No
 * byte is written twice or lost, and the order stays: until the fallback
 * nothing has gone through the stream, after it nothing goes around it. An
 * error the stream then meets (EPIPE) is the one process.stdout always gave.
 */
export interface StdWriter {
  write(text: string): void;
  /**
   * UTF-8 bytes, written as write writes their text; done with them when it returns (a caller may reuse
   * the buffer): on the fallback the stream is given a copy of what the descriptor did not take.
   */
  writeBytes(bytes: Uint8Array): void;
  /** Sends every later write through the stream (when something else writes to it too, e.g. a progress line on a terminal). */
  viaStream(): void;
  /** True once writes go through the stream. */
  readonly streamed: boolean;
}

/** A writer for `fd`; `stream` is asked for only on the fallback, so the stream is never created on the normal path. */
export function fdWriter(fd: number, stream: () => { write(chunk: string | Uint8Array): unknown }): StdWriter {
  let streamed = false;
  /** Writes `bytes` from `off` on; `copy`: the caller reuses them, so the stream is handed its own. */
  const send = (bytes: Uint8Array, copy: boolean) => {
    let off = 0;
    try {
      while (off < bytes.length) off += writeSync(fd, bytes, off);
    } catch {
      streamed = true;
      stream().write(copy ? Buffer.from(bytes.subarray(off)) : bytes.subarray(off));
    }
  };
  return {
    write(text) {
      if (text === '') return;
      if (streamed) stream().write(text);
      else send(Buffer.from(text, 'utf8'), false);
    },
    writeBytes(bytes) {
      if (bytes.length === 0) return;
      if (streamed) stream().write(Buffer.from(bytes));
      else send(bytes, true);
    },
    viaStream() {
      streamed = true;
    },
    get streamed() {
      return streamed;
    },
  };
}

/** The process's standard output (every runner command and log line of the actions, the CLI's output). */
export const stdout: StdWriter = fdWriter(1, () => process.stdout);

/** The process's standard error. */
export const stderr: StdWriter = fdWriter(2, () => process.stderr);

/**
 * Whether `fd` is a terminal, without loading `tty` (and with it `net`) for
 * what cannot be one: a pipe, a socket or a file is answered by fstat; only a
 * character device (a terminal, or /dev/null) is asked of tty.isatty.
 */
export function isTerminal(fd: number): boolean {
  let chr: boolean;
  try {
    chr = fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
  return chr && process.getBuiltinModule('node:tty').isatty(fd);
}
