import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../harness/run-action.ts';
import { buildTestPath, removeTestPath, testPath } from '../harness/tool-path.mjs';

// Issue 52 item 16: `npm test` passes on a machine with Helm and kubectl on PATH, as a contributor's
// machine and GitHub's Ubuntu runners have them. Every test decides which tools it sees.

describe('buildTestPath: the machine PATH less Helm, kubectl and kustomize', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'lockstep-tp-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function exe(path: string): void {
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
  }

  test('a folder holding kubectl is replaced by links to its other programs; a folder without is kept; each tool gets a folder of its own', () => {
    const usrBin = join(dir, 'usr-bin');
    const local = join(dir, 'local');
    const kube = join(dir, 'kube');
    for (const d of [usrBin, local, kube]) mkdirSync(d);
    for (const n of ['git', 'kubectl', 'ssh']) exe(join(usrBin, n));
    exe(join(local, 'jq'));
    for (const n of ['helm', 'kubectl']) exe(join(kube, n));
    mkdirSync(join(dir, 'kube4'));
    exe(join(dir, 'kube4', 'helm'));
    const built = buildTestPath(`${local}:${usrBin}:${join(dir, 'missing')}:${kube}`, {
      helm: join(kube, 'helm'),
      helm4: join(dir, 'kube4', 'helm'),
      kubectl: join(kube, 'kubectl'),
    });
    try {
      const entries = built.path.split(':');
      expect(entries).toEqual([local, join(built.root, 'path-1'), join(dir, 'missing'), join(built.root, 'path-3')]);
      expect(readdirSync(entries[1]).sort()).toEqual(['git', 'ssh']);
      expect(readlinkSync(join(entries[1], 'git'))).toBe(join(usrBin, 'git'));
      expect(readdirSync(entries[3])).toEqual([]);
      expect(readdirSync(built.toolDirs.helm)).toEqual(['helm']);
      expect(readlinkSync(join(built.toolDirs.kubectl, 'kubectl'))).toBe(join(kube, 'kubectl'));
      // Helm 4 is served as `helm` in a folder of its own: testPath('helm4') is a runner that set up Helm 4.
      expect(readdirSync(built.toolDirs.helm4)).toEqual(['helm']);
      expect(readlinkSync(join(built.toolDirs.helm4, 'helm'))).toBe(join(dir, 'kube4', 'helm'));
    } finally {
      removeTestPath(built.root);
    }
  });

  test('a kustomize of its own is taken out too', () => {
    mkdirSync(join(dir, 'bin'));
    exe(join(dir, 'bin', 'kustomize'));
    exe(join(dir, 'bin', 'git'));
    const kube = join(dir, 'kube');
    mkdirSync(kube);
    symlinkSync(join(dir, 'bin', 'git'), join(kube, 'helm'));
    const built = buildTestPath(join(dir, 'bin'), { helm: join(kube, 'helm'), kubectl: join(kube, 'helm') });
    try {
      expect(readdirSync(built.path)).toEqual(['git']);
    } finally {
      removeTestPath(built.root);
    }
  });
});

describe('the jest run itself', () => {
  test('PATH finds no helm, kubectl or kustomize; testPath("helm") finds the Helm 3.17.3 the setup installed, testPath("helm4") its Helm 4.1, and no kubectl', () => {
    const which = (name: string, PATH: string) =>
      spawnSync('sh', ['-c', `command -v ${name}`], { env: { PATH }, encoding: 'utf8' }).stdout.trim();
    expect(['helm', 'kubectl', 'kustomize'].map((n) => which(n, process.env.PATH!))).toEqual(['', '', '']);
    expect(which('git', process.env.PATH!)).not.toBe('');
    const withHelm = testPath('helm');
    expect(spawnSync('helm', ['version', '--template', '{{.Version}}'], { env: { PATH: withHelm }, encoding: 'utf8' }).stdout).toBe(
      'v3.17.3',
    );
    expect(which('kubectl', withHelm)).toBe('');
    const withHelm4 = testPath('helm4');
    expect(spawnSync('helm', ['version', '--template', '{{.Version}}'], { env: { PATH: withHelm4 }, encoding: 'utf8' }).stdout).toBe(
      'v4.1.4',
    );
    expect(which('kubectl', withHelm4)).toBe('');
  });

  test("the two tests that inherited the machine's Helm and kubectl pass with both first on PATH", () => {
    // A contributor's machine: the real Helm 3.17.3 and kubectl 1.31 in a folder first on PATH. Before, these
    // failed: chart-bump-check's summary gained a "Rendered changes" heading, promote-env two more git ls-tree.
    const machine = mkdtempSync(join(tmpdir(), 'lockstep-machine-'));
    try {
      symlinkSync(process.env.LOCKSTEP_HELM!, join(machine, 'helm'));
      symlinkSync(process.env.LOCKSTEP_KUBECTL!, join(machine, 'kubectl'));
      const r = spawnSync(
        process.execPath,
        [
          '--experimental-vm-modules',
          join(repoRoot, 'node_modules', 'jest', 'bin', 'jest.js'),
          '--ci',
          '--runInBand',
          'action-tests/test/chart-bump-check.test.ts',
          'action-tests/test/promote-env.test.ts',
          '-t',
          'a Chart.yaml name written to forge the summary|a new PR starts 27 git processes',
        ],
        { cwd: repoRoot, env: { ...process.env, PATH: `${machine}:${process.env.PATH}` }, encoding: 'utf8', timeout: 280_000 },
      );
      expect(r.stdout.match(/^tests: .*$/m)?.[0]).toBe('tests: 2 passed, 0 failed, 96 skipped');
      expect(r.status).toBe(0);
    } finally {
      rmSync(machine, { recursive: true, force: true });
    }
  }, 300_000);
});
