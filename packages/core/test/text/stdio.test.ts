import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../../../action-tests/harness/run-action.ts';
import { fdWriter, isTerminal } from '../../src/text/stdio.ts';

const STDIO = join(repoRoot, 'packages', 'core', 'src', 'text', 'stdio.ts');

let tmp: string;
beforeAll(() => (tmp = mkdtempSync(join(tmpdir(), 'lockstep-stdio-'))));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A child (Node strips stdio.ts's types) running `body` with the module imported as `io`. */
function script(name: string, body: string): string {
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, `import * as io from ${JSON.stringify(STDIO)};\n${body}\n`);
  return file;
}

/** Line i of the test text: numbered, with two-byte characters so that a partial write can split one. */
const line = (i: number) => `${i} ${'é'.repeat(i % 97)} ::notice::${i}\n`;

describe('standard output without process.stdout', () => {
  test('on pipes, lines reach stdout and stderr in order and neither net nor tty is loaded', () => {
    const child = script(
      'pipes',
      `for (let i = 0; i < 3; i++) { io.stdout.write('out ' + i + '\\n'); io.stderr.write('err ' + i + '\\n'); }
io.stdout.write('');
process.on('exit', () => io.stderr.write('loaded: ' + process.moduleLoadList.filter((m) => /^NativeModule (net|tty)$/.test(m)).join(',') + '|streamed: ' + io.stdout.streamed + '\\n'));`,
    );
    const r = spawnSync(process.execPath, [child], { encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 0,
      stdout: 'out 0\nout 1\nout 2\n',
      stderr: 'err 0\nerr 1\nerr 2\nloaded: |streamed: false\n',
    });
  });

  test('a non-blocking pipe its reader leaves full: every byte arrives once and in order, the rest through process.stdout', async () => {
    // Creating process.stdout on a pipe sets O_NONBLOCK on it (libuv), as a parent or sibling sharing
    // the pipe can: writeSync then fails with EAGAIN once the 64 KiB pipe buffer is full.
    const child = script(
      'nonblocking',
      `void process.stdout.writableLength;
const line = ${line.toString()};
// Texts of 1, 3 and 6,000 lines (~600 KB, more than the pipe takes: written in part, then EAGAIN).
for (let i = 0, n = 0; i < 20000; n++) {
  const k = Math.min([1, 3, 6000][n % 3], 20000 - i);
  io.stdout.write(Array.from({ length: k }, (_, j) => line(i + j)).join(''));
  i += k;
}
io.stderr.write('streamed: ' + io.stdout.streamed + '\\n');`,
    );
    const c = spawn(process.execPath, [child], { stdio: ['ignore', 'pipe', 'pipe'] });
    const closed = new Promise((r) => c.on('close', r));
    let err = '';
    c.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    // Not read for a while: the child fills the pipe and meets EAGAIN.
    c.stdout.pause();
    await new Promise((r) => setTimeout(r, 400));
    const chunks: Buffer[] = [];
    c.stdout.on('data', (d: Buffer) => chunks.push(d));
    c.stdout.resume();
    const code = await closed;
    const expected = Array.from({ length: 20000 }, (_, i) => line(i)).join('');
    const got = Buffer.concat(chunks).toString('utf8');
    expect({ code, err, bytes: Buffer.byteLength(got) }).toEqual({
      code: 0,
      err: 'streamed: true\n',
      bytes: Buffer.byteLength(expected),
    });
    expect(got === expected).toBe(true);
  });

  test('a write that fails hands the whole text, and every later one, to the stream in order', () => {
    const fd = openSync(join(tmp, 'closed'), 'w');
    closeSync(fd);
    const got: string[] = [];
    const w = fdWriter(fd, () => ({
      write: (c: string | Uint8Array) => got.push(typeof c === 'string' ? `s:${c}` : `b:${Buffer.from(c).toString()}`),
    }));
    expect(w.streamed).toBe(false);
    w.write('first é\n');
    w.write('second\n');
    expect({ got, streamed: w.streamed }).toEqual({ got: ['b:first é\n', 's:second\n'], streamed: true });
  });

  test('bytes written to a descriptor that fails reach the stream as a copy of their own: the caller may reuse its buffer', () => {
    const fd = openSync(join(tmp, 'closed-bytes'), 'w');
    closeSync(fd);
    const given: Uint8Array[] = [];
    const w = fdWriter(fd, () => ({ write: (c: string | Uint8Array) => void given.push(c as Uint8Array) }));
    const buf = Buffer.from('reused é\n');
    w.writeBytes(buf);
    buf.fill(0x2a);
    w.writeBytes(buf.subarray(0, 2));
    buf.fill(0x2d);
    expect(given.map((b) => Buffer.from(b).toString())).toEqual(['reused é\n', '**']);
    expect(w.streamed).toBe(true);
  });

  test('bytes written to a file arrive as they are, between text written before and after', () => {
    const file = join(tmp, 'bytes.txt');
    const fd = openSync(file, 'w');
    try {
      const w = fdWriter(fd, () => {
        throw new Error('no stream on a file');
      });
      w.write('a ');
      w.writeBytes(Buffer.from('b é '));
      w.writeBytes(new Uint8Array(0));
      w.write('c\n');
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(file, 'utf8')).toBe('a b é c\n');
  });

  test('a file, a pipe and /dev/null are not terminals', () => {
    const file = join(tmp, 'out.txt');
    const fd = openSync(file, 'w');
    const nul = openSync('/dev/null', 'w');
    try {
      expect([isTerminal(fd), isTerminal(nul), isTerminal(999)]).toEqual([false, false, false]);
      const w = fdWriter(fd, () => {
        throw new Error('no stream on a file');
      });
      w.write('a file line\n');
      expect(readFileSync(file, 'utf8')).toBe('a file line\n');
    } finally {
      closeSync(fd);
      closeSync(nul);
    }
    const child = script('tty', `io.stdout.write(String(io.isTerminal(1)) + ',' + String(io.isTerminal(2)));`);
    expect(spawnSync(process.execPath, [child], { encoding: 'utf8' }).stdout).toBe('false,false');
  });
});
