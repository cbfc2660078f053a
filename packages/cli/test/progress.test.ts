import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';
import { type ProgressClock, ttyProgress } from '../src/progress.ts';

/** A clock the test moves by hand; `tick()` fires the repeating redraw as the interval would. */
function fakeClock() {
  let now = 0;
  const ticks = new Set<() => void>();
  const clock: ProgressClock & { advance(ms: number): void; tick(): void; running(): number } = {
    now: () => now,
    every(_ms, fn) {
      ticks.add(fn);
      return () => void ticks.delete(fn);
    },
    advance: (ms) => void (now += ms),
    tick: () => ticks.forEach((fn) => fn()),
    running: () => ticks.size,
  };
  return clock;
}

/** A stream that records what is written, a terminal when `tty`. */
function stream(tty: boolean): PassThrough & { isTTY?: boolean; text(): string } {
  const s = Object.assign(new PassThrough(), { isTTY: tty ? true : undefined });
  let text = '';
  s.on('data', (c: Buffer) => void (text += c.toString('utf8')));
  return Object.assign(s, { text: () => text });
}

const CLEAR = '\r\x1b[K';

describe('ttyProgress: one line on a terminal, only for work that runs long', () => {
  test('quiet under the threshold; then `what done/total (s)`, redrawn on each tick; erased when done', async () => {
    const out = stream(true);
    const clock = fakeClock();
    const line = ttyProgress(out, { clock, thresholdMs: 1000 })!;
    line.update({ what: 'image digests resolved', done: 1, total: 40 });
    clock.advance(400);
    line.update({ what: 'image digests resolved', done: 9, total: 40 });
    clock.tick();
    await new Promise((r) => setImmediate(r));
    expect(out.text()).toBe('');
    clock.advance(800);
    line.update({ what: 'image digests resolved', done: 30, total: 40 });
    clock.advance(300);
    clock.tick();
    line.update({ what: 'image digests resolved', done: 40, total: 40 });
    await new Promise((r) => setImmediate(r));
    expect(out.text()).toBe(`${CLEAR}image digests resolved 30/40 (1.2 s)${CLEAR}image digests resolved 30/40 (1.5 s)${CLEAR}`);
    // The stretch ended: its tick stopped.
    expect(clock.running()).toBe(0);
  });

  test('without a count it shows the elapsed time; clear() erases it before another line and the tick redraws it', async () => {
    const out = stream(true);
    const clock = fakeClock();
    const line = ttyProgress(out, { clock, thresholdMs: 1000 })!;
    line.update({ what: 'reading the commits since the last release and planning' });
    clock.advance(2000);
    clock.tick();
    line.clear();
    clock.advance(500);
    clock.tick();
    line.end();
    await new Promise((r) => setImmediate(r));
    const what = 'reading the commits since the last release and planning';
    expect(out.text()).toBe(`${CLEAR}${what} (2.0 s)${CLEAR}${CLEAR}${what} (2.5 s)${CLEAR}`);
    expect(clock.running()).toBe(0);
  });

  test('another kind of work starts its own stretch and threshold', async () => {
    const out = stream(true);
    const clock = fakeClock();
    const line = ttyProgress(out, { clock, thresholdMs: 1000 })!;
    line.update({ what: 'a', done: 1 });
    clock.advance(1500);
    line.update({ what: 'b', done: 1 });
    await new Promise((r) => setImmediate(r));
    expect(out.text()).toBe('');
    expect(clock.running()).toBe(1);
  });

  test('a stream that is not a terminal gets no progress line at all', () => {
    expect(ttyProgress(stream(false), { clock: fakeClock(), thresholdMs: 0 })).toBeUndefined();
  });
});

describe('lockstep digests: progress on a terminal stderr, never on stdout', () => {
  const digest = `sha256:${'ab'.repeat(32)}`;
  let server: Server;
  let port: number;
  let ws: string;
  beforeAll(async () => {
    // A loopback registry: every manifest HEAD answers with one digest.
    server = createServer((req, res) => {
      if (req.method === 'HEAD' && /\/manifests\//.test(req.url ?? '')) {
        res.writeHead(200, { 'docker-content-digest': digest, 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      } else res.writeHead(404);
      res.end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  beforeEach(() => (ws = mkdtempSync(join(tmpdir(), 'lockstep-cli-progress-'))));
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  /** A terminal whose stderr is `err` and whose progress line draws on `tty` (absent: not a terminal). */
  function io(tty: (PassThrough & { isTTY?: boolean }) | undefined): CliIo & { out: string; err: string } {
    const t = {
      cwd: ws,
      env: { HOME: ws },
      out: '',
      err: '',
      color: false,
      stdout: (s: string) => void (t.out += s),
      stderr: (s: string) => void (t.err += s),
      readStdin: () => '',
      progress: tty && ttyProgress(tty, { clock: fakeClock(), thresholdMs: 0 }),
    };
    return t;
  }
  const images = () => Array.from({ length: 5 }, (_, i) => `svc${i}=127.0.0.1:${port}/acme/svc${i}:1.0.${i}`).join(',');

  test('--json on a terminal: stdout is only the JSON; the count went to the progress line on stderr and was erased', async () => {
    const tty = stream(true);
    const t = io(tty);
    const code = await runCli(['digests', '--images', images(), '--sha', 'abc1234', '--dry-run', '--json'], t);
    expect({ code, err: t.err }).toEqual({ code: 0, err: 'Resolving 5 image digests…\n' });
    expect(JSON.parse(t.out).file).toBe('image-digests.json');
    await new Promise((r) => setImmediate(r));
    expect(tty.text()).toContain('image digests resolved 1/5 (0.0 s)');
    expect(tty.text()).toMatch(/\r\x1b\[K$/);
    expect(t.out).not.toContain('resolved');
  });

  test('not a terminal: no progress anywhere', async () => {
    const t = io(undefined);
    const code = await runCli(['digests', '--images', images(), '--sha', 'abc1234', '--dry-run', '--json'], t);
    expect({ code, err: t.err }).toEqual({ code: 0, err: 'Resolving 5 image digests…\n' });
    expect(JSON.parse(t.out).file).toBe('image-digests.json');
    expect(t.out + t.err).not.toContain('image digests resolved');
    expect(t.err).not.toContain('\x1b[K');
  });
});
