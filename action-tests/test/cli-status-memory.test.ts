import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitopsFiles } from '../bench/promote-env.bench.ts';
import { GitFixture } from '../harness/git-fixture.ts';
import { runCli } from '../harness/run-cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lockstep-status-memory-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Loaded into the run: every V8 flag the run sets through node:v8's setFlagsFromString. The bundle calls it on the
// module object it required, so the wrapper sees each call; each is passed on.
const FLAGS_PROBE = `import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const v8 = createRequire(import.meta.url)('node:v8');
const original = v8.setFlagsFromString;
const flags = [];
v8.setFlagsFromString = (flag) => { flags.push(flag); return original(flag); };
process.on('exit', () => writeFileSync(process.env.FLAGS_FILE, JSON.stringify(flags)));
`;

/** A CLI command run on the gitops fixture (30 services) with the probe loaded: its result and the flags it set. */
async function withFlags(name: string, args: string[]): Promise<{ r: Awaited<ReturnType<typeof runCli>>; flags: string[] }> {
  const fixture = GitFixture.create(gitopsFiles(30, 'oci://127.0.0.1:9/charts'));
  try {
    const preload = join(dir, `${name}.mjs`);
    const file = join(dir, `${name}.json`);
    writeFileSync(preload, FLAGS_PROBE);
    const r = await runCli(args, { cwd: fixture.clone('main'), env: { NODE_OPTIONS: `--import=${preload}`, FLAGS_FILE: file } });
    return { r, flags: JSON.parse(readFileSync(file, 'utf8')) as string[] };
  } finally {
    fixture.cleanup();
  }
}

test('status holds the young generation and the small heap growth, not memory-saver mode (issues 46, 58)', async () => {
  const { r, flags } = await withFlags('status', ['status']);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect(r.stdout).toMatch(/^service +dev +staging +prod$/m);
  expect(r.stdout).toMatch(/^svc-000 +/m);
  // Since its pins are read through the pin index, status peaks at 110–116 MB at 100,000 commits × 1,000 services ×
  // 10 environments and 127–132 MB at 100 environments × 300 services without memory-saver mode, whose extra
  // collections cost a fifth of its CPU (the fleet bench's figures; young-generation.ts). Issue 46's bundle set it.
  expect(flags).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20']);
}, 120_000);

test('promote puts V8 in memory-saver mode too: its dry run at L peaked at up to 151 MB without it (issue 46)', async () => {
  // The fixture's chart registry is a closed port: no values-drift comparison, nor values contract, which would refuse.
  const { r, flags } = await withFlags('promote', [
    'promote',
    '--from',
    'staging',
    '--to',
    'prod',
    '--values-drift',
    'off',
    '--values-contract',
    'off',
  ]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect(r.stdout).toContain('+++ b/environments/prod/values.yaml');
  expect(flags).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20', '--memory-saver-mode']);
}, 120_000);

test('check grows the heap by a small factor too: at 100,000 commits × 1,000 services with renders it peaked at 185–188 MB (issue 76)', async () => {
  const { r, flags } = await withFlags('check', ['check', '--base', 'HEAD', '--head', 'HEAD']);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  expect(flags).toContain('--heap-growing-percent=20');
  expect(flags).not.toContain('--memory-saver-mode');
}, 120_000);
