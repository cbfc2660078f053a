import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffMismatches, printedDiff } from '../demo/diff-check.ts';
import { renderSummary } from '../demo/render.ts';
import { node24, repoRoot } from '../harness/run-action.ts';

describe('job summary rendered for a terminal', () => {
  test('tags stripped, entities decoded, Markdown and HTML tables aligned, fences indented', () => {
    const summary = [
      '<h3>lockstep: failed</h3>',
      '<ul><li>charts/a/Chart.yaml:3: version &lt;0.1&gt; did not move</li><li>second</li></ul>',
      '### bump-chart',
      '',
      '| Chart | Version | Files |',
      '| --- | --- | --- |',
      '| `charts/myapp` | 0.13.0 → **0.14.0** | a.yaml<br>b.yaml |',
      '| x &#124; y | ✅ ok | \\| z |',
      '',
      '<table><tr><th>Image</th><th>Digest</th></tr><tr><td>api</td><td>sha256:abc</td></tr></table>',
      '```diff',
      '-version: 0.13.0',
      '+version: 0.14.0',
      '```',
    ].join('\n');
    expect(renderSummary(summary)).toBe(
      [
        '### lockstep: failed',
        '',
        '- charts/a/Chart.yaml:3: version <0.1> did not move',
        '- second',
        '',
        '### bump-chart',
        '',
        'Chart        │ Version         │ Files',
        '─────────────┼─────────────────┼────────────────',
        'charts/myapp │ 0.13.0 → 0.14.0 │ a.yaml ⏎ b.yaml',
        'x | y        │ ✅ ok           │ | z',
        '',
        'Image │ Digest',
        '──────┼───────────',
        'api   │ sha256:abc',
        '',
        '    -version: 0.13.0',
        '    +version: 0.14.0',
      ].join('\n'),
    );
  });
});

describe("the demo's dry-run diff check", () => {
  const git = [
    'diff --git a/CHANGELOG.md b/CHANGELOG.md',
    'index 1111111..2222222 100644',
    '--- a/CHANGELOG.md',
    '+++ b/CHANGELOG.md',
    '@@ -1,3 +1,5 @@ # Changelog',
    ' # Changelog',
    '+## 1.1.0',
    '+',
    ' ## 1.0.0',
    ' ',
    '@@ -14,2 +16,3 @@',
    ' [1.0.0]: a',
    '+[1.1.0]: b',
    ' ',
    '',
  ].join('\n');
  // As the action prints it: indented by two spaces, among other log lines.
  const printed = (lines: string[]) => ['::group::diff', ...lines.map((l) => `  ${l}`), '::endgroup::', 'done'].join('\n');
  const same = [
    '--- a/CHANGELOG.md',
    '+++ b/CHANGELOG.md',
    '@@ -1,3 +1,5 @@',
    ' # Changelog',
    '+## 1.1.0',
    '+',
    ' ## 1.0.0',
    ' ',
    '@@ -14,2 +16,3 @@',
    ' [1.0.0]: a',
    '+[1.1.0]: b',
    ' ',
  ];

  test('the same hunks agree, whatever index lines and function context git adds', () => {
    expect(printedDiff(printed(same))).toBe(same.join('\n'));
    expect(diffMismatches(printedDiff(printed(same)), git)).toEqual([]);
    // git leaves out a count of 1; the dry run writes it.
    expect(
      diffMismatches(
        '--- a/.version\n+++ b/.version\n@@ -1,1 +1,1 @@\n-1.0.0\n+1.1.0',
        'diff --git a/.version b/.version\n--- a/.version\n+++ b/.version\n@@ -1 +1 @@\n-1.0.0\n+1.1.0\n',
      ),
    ).toEqual([]);
  });
  test('a hunk that drops lines, a line changed, and a file only one side has are told apart', () => {
    expect(diffMismatches(printedDiff(printed(same.slice(0, -2))), git)).toEqual([
      'b/CHANGELOG.md: line 11 of its diff: dry run undefined, git diff "+[1.1.0]: b"',
    ]);
    expect(diffMismatches(printedDiff(printed(same.map((l) => l.replace('+[1.1.0]: b', '-[1.1.0]: b')))), git)).toEqual([
      'b/CHANGELOG.md: line 11 of its diff: dry run "-[1.1.0]: b", git diff "+[1.1.0]: b"',
    ]);
    expect(
      diffMismatches(printedDiff(printed([...same, '--- a/.version', '+++ b/.version', '@@ -1,1 +1,1 @@', '-1.0.0', '+1.1.0'])), git),
    ).toEqual(["b/.version: in the dry run's diff, unchanged by the real run"]);
  });
});

describe('npm run demo', () => {
  const run = async (args: string[], env: Record<string, string> = {}, timeout = 60_000) =>
    spawnSync(await node24(), [join(repoRoot, 'action-tests', 'demo', 'run.ts'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout,
    });
  /** A PNG's width and height from its IHDR chunk, after checking the 8 signature bytes. */
  const pngSize = (path: string) => {
    const b = readFileSync(path);
    expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
    return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  };

  test('the first step prints the sample repo and its config, then the sample repo is removed', async () => {
    const r = await run(['10-config']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/release v1\.4\.2 on main/);
    expect(r.stdout).toContain('│       ├── Chart.yaml');
    expect(r.stdout).toContain('promotion order: dev → staging → prod [protected]');
    expect(r.stdout).toMatch(/demo finished: 1 step\(s\)/);
    const dir = /sample monorepo at (\S+)/.exec(r.stdout)?.[1];
    expect(dir && existsSync(dir)).toBe(false);
  });

  test('a step that throws fails the demo with a clear message, and the sample repo is still removed', async () => {
    const steps = mkdtempSync(join(tmpdir(), 'lockstep-demo-steps-'));
    try {
      writeFileSync(join(steps, '10-ok.ts'), "export default async (ctx: { log(t: string): void }) => { ctx.log('step one ran'); };\n");
      writeFileSync(join(steps, '20-boom.ts'), "export default async () => { throw new Error('values-prod.yaml still uses latest'); };\n");
      writeFileSync(
        join(steps, '30-never.ts'),
        "export default async (ctx: { log(t: string): void }) => { ctx.log('step three ran'); };\n",
      );
      const r = await run([], { DEMO_STEPS_DIR: steps });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('step one ran');
      expect(r.stdout).not.toContain('step three ran');
      expect(r.stderr).toContain('demo: step 20-boom.ts failed: values-prod.yaml still uses latest');
      const dir = /sample monorepo at (\S+)/.exec(r.stdout)?.[1];
      expect(dir && existsSync(dir)).toBe(false);
    } finally {
      rmSync(steps, { recursive: true, force: true });
    }
  });

  // The whole demo takes over a minute on a shared machine (73-78 s measured with the screenshots).
  test('the whole demo runs every action, then the same flow from the CLI, then screenshots of the delivery report', async () => {
    const shots = mkdtempSync(join(tmpdir(), 'lockstep-demo-shots-'));
    const r = await run(['--screenshots', shots], {}, 230_000);
    expect(r.status).toBe(0);
    for (const action of ['chart-bump-check', 'bump-chart', 'capture-digests', 'prepare-release', 'promote-env'])
      expect(r.stdout).toContain(`uses: ./actions/${action}`);
    const cli = r.stdout.slice(r.stdout.indexOf('$ lockstep status'));
    expect(cli).toMatch(/dev\s.*staging\s.*prod/);
    expect(cli).toMatch(/staging → prod: api 1\.4\.2 → 1\.7\.3/);
    expect(cli).toContain('$ lockstep promote --from staging --to prod');
    expect(cli).toContain('-      targetRevision: 0.13.0');
    expect(cli).toContain('Dry run: 2 files would change; nothing was written, pushed or opened.');
    // What prod will run (issue 72): its Application renders the chart at tag myapp-0.14.0 with prod's values file
    // through $values, so each digest the promotion writes into charts/myapp/values-prod.yaml is the image prod's
    // Deployment runs in the render, the one taken from the values file's diff above it.
    expect(cli).toContain(
      '2 changed, 0 added, 0 removed in prod (chart myapp 0.13.0 from charts/myapp at tag myapp-0.13.0 → chart myapp 0.14.0 from charts/myapp at tag myapp-0.14.0 with Helm 3.17.3)',
    );
    for (const service of ['api', 'worker']) {
      const written = new RegExp(
        `repository: ghcr\\.io/acme/${service}\\n-\\s+tag: "1\\.4\\.2"\\n-\\s+digest: "sha256:[0-9a-f]{64}"\\n\\+\\s+tag: "1\\.7\\.3"\\n\\+\\s+digest: "(sha256:[0-9a-f]{64})"`,
      ).exec(cli.replace(/\n {4}/g, '\n'));
      expect(written?.[1]).toMatch(/^sha256:/);
      expect(cli).toContain(`+        - image: ghcr.io/acme/${service}@${written![1]}`);
    }
    expect(r.stdout).toMatch(/demo finished: 7 step\(s\)/);
    // bump-chart and prepare-release check their dry run's diff against git diff after the real run (a step throws otherwise).
    expect(r.stdout).toContain('The dry run printed this diff, hunk for hunk.');
    expect(r.stdout).toMatch(/git diff main chore\/release-1\.5\.0 is the dry run's diff, hunk for hunk/);
    // The delivery report of the demo's history, drawn in Chromium, light and dark: one line per file.
    expect(cli).toContain('$ lockstep metrics --markdown');
    expect(cli).toContain('$ lockstep status --markdown');
    const files = ['metrics-light', 'metrics-dark', 'status-light', 'status-dark'].map((n) => join(shots, `${n}.png`));
    expect(r.stdout.split('\n').filter((l) => l.includes('screenshot: '))).toEqual(files.map((f) => `  screenshot: ${f}`));
    try {
      for (const f of files) {
        const { width, height } = pngSize(f);
        // The page column (830 px) and its margins; a report is taller than one screen line of text.
        expect({ f, wide: width >= 830 && width <= 1200, tall: height >= 300 }).toEqual({ f, wide: true, tall: true });
        // Drawn pictures, not a blank page: tens of kilobytes at least, and under 5 MB.
        expect({ f, bytes: statSync(f).size > 20_000 && statSync(f).size < 5_000_000 }).toEqual({ f, bytes: true });
      }
    } finally {
      rmSync(shots, { recursive: true, force: true });
    }
  }, 240_000);

  test('a filter that matches no step is an error', async () => {
    const r = await run(['no-such-step']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('demo: no step in action-tests/demo/steps matches no-such-step');
  });
});
