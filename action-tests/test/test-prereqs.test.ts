import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePrereqs } from '../../scripts/test-prereqs.mjs';
import { repoRoot } from '../harness/run-action.ts';

// The one setup step the README's test command runs before any test (issue 45), on a PATH that
// lacks the programs. Nothing is really installed: a fake apt-get records its calls and, when
// told to, leaves stand-in programs where the real packages would put them.
const script = join(repoRoot, 'scripts', 'test-prereqs.mjs');

function exe(path: string, body: string): void {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

describe('scripts/test-prereqs.mjs', () => {
  let dir: string;
  let calls: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-prereqs-'));
    calls = join(dir, 'apt-calls');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A fake apt-get that records `$DEBIAN_FRONTEND $*` and, on install, puts a stand-in of each package's program in `dir`. */
  function fakeAptGet(installStatus = 0): void {
    exe(
      join(dir, 'apt-get'),
      [
        `echo "$DEBIAN_FRONTEND $*" >> ${JSON.stringify(calls)}`,
        'case "$1" in install) ;; *) exit 0 ;; esac',
        `[ ${installStatus} = 0 ] || exit ${installStatus}`,
        'for a in "$@"; do',
        `  case "$a" in docker-registry) printf '#!/bin/sh\\n' > ${JSON.stringify(join(dir, 'docker-registry'))}; /bin/chmod 755 ${JSON.stringify(join(dir, 'docker-registry'))} ;;`,
        `  apache2-utils) printf '#!/bin/sh\\n' > ${JSON.stringify(join(dir, 'htpasswd'))}; /bin/chmod 755 ${JSON.stringify(join(dir, 'htpasswd'))} ;;`,
        `  chromium) printf '#!/bin/sh\\n' > ${JSON.stringify(join(dir, 'chromium'))}; /bin/chmod 755 ${JSON.stringify(join(dir, 'chromium'))} ;; esac`,
        'done',
      ].join('\n'),
    );
  }

  test('nothing to install and no apt-get: exit 1 at once, one line naming every package, no test started', () => {
    const r = spawnSync(process.execPath, [script], { env: { PATH: dir }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "lockstep's tests need docker-registry, htpasswd and chromium (Debian packages: docker-registry apache2-utils chromium): run `install the Debian packages docker-registry apache2-utils chromium with your package manager`, or run npm test as root, which installs them\n",
    );
  });

  test('--optional (the demo) with nothing it may install: exit 0 and silent', () => {
    const r = spawnSync(process.execPath, [script, '--optional'], { env: { PATH: dir }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
  });

  test('not root, apt-get present: exit 1 naming the sudo command, apt-get never called', () => {
    fakeAptGet();
    exe(join(dir, 'htpasswd'), '');
    exe(join(dir, 'chromium'), '');
    const r = ensurePrereqs({ env: { PATH: dir }, isRoot: false });
    expect(r).toEqual({
      code: 1,
      line: "lockstep's tests need docker-registry (Debian packages: docker-registry): run `sudo apt-get install -y docker-registry`, or run npm test as root, which installs them",
    });
    expect(existsSync(calls)).toBe(false);
  });

  test('root with apt-get: updates, installs exactly the missing packages non-interactively, and checks they are there', () => {
    fakeAptGet();
    expect(ensurePrereqs({ env: { PATH: dir }, isRoot: true })).toEqual({ code: 0 });
    expect(readFileSync(calls, 'utf8')).toBe(
      'noninteractive update -qq\nnoninteractive install -y -qq --no-install-recommends docker-registry apache2-utils chromium\n',
    );
    expect(['docker-registry', 'htpasswd', 'chromium'].map((p) => existsSync(join(dir, p)))).toEqual([true, true, true]);
  });

  test('root with two programs present: only the third package is installed', () => {
    fakeAptGet();
    exe(join(dir, 'docker-registry'), '');
    exe(join(dir, 'chromium'), '');
    expect(ensurePrereqs({ env: { PATH: dir }, isRoot: true })).toEqual({ code: 0 });
    expect(readFileSync(calls, 'utf8')).toBe(
      'noninteractive update -qq\nnoninteractive install -y -qq --no-install-recommends apache2-utils\n',
    );
  });

  test('everything present: nothing asked of apt-get', () => {
    fakeAptGet();
    exe(join(dir, 'docker-registry'), '');
    exe(join(dir, 'htpasswd'), '');
    exe(join(dir, 'chromium'), '');
    expect(ensurePrereqs({ env: { PATH: dir }, isRoot: true })).toEqual({ code: 0 });
    expect(existsSync(calls)).toBe(false);
  });

  test('a failing install is exit 1 in one line; a program that is not executable counts as missing', () => {
    fakeAptGet(100);
    writeFileSync(join(dir, 'htpasswd'), 'not executable');
    exe(join(dir, 'chromium'), '');
    expect(ensurePrereqs({ env: { PATH: dir }, isRoot: true })).toEqual({
      code: 1,
      line: 'apt-get install exited 100: the tests need the Debian packages docker-registry apache2-utils',
    });
  });

  test('an install that succeeds but leaves a program missing is exit 1 naming it', () => {
    exe(join(dir, 'apt-get'), `echo "$*" >> ${JSON.stringify(calls)}`);
    expect(ensurePrereqs({ env: { PATH: dir }, isRoot: true })).toEqual({
      code: 1,
      line: 'apt-get install left docker-registry apache2-utils chromium missing: the tests need the Debian packages docker-registry apache2-utils chromium',
    });
  });

  test('npm test runs the step before the type-check and jest, the demo asks for it optionally, .ci/run keeps no copy', () => {
    const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test.startsWith('node scripts/test-prereqs.mjs && npm run typecheck && ')).toBe(true);
    expect(scripts.demo.startsWith('node scripts/test-prereqs.mjs --optional && ')).toBe(true);
    const ci = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8');
    expect(ci).not.toMatch(/apt-get|docker-registry \|\|/);
    expect(ci.trimEnd().split('\n').at(-1)).toBe('npm test');
  });
});
