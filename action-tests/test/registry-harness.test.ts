import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDockerRegistry, htpasswdLine } from '../harness/registry.ts';

// Tests never install system packages: a missing tool fails at once, naming the package and
// the command, and nothing like apt-get runs (a fake apt-get first on PATH would leave a mark).
describe('registry harness: missing system tools', () => {
  let dir: string;
  let savedPath: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-tools-'));
    for (const tool of ['apt-get', 'apt', 'sudo']) {
      writeFileSync(join(dir, tool), `#!/bin/sh\necho "$0 $*" >> ${JSON.stringify(join(dir, 'ran'))}\n`);
      chmodSync(join(dir, tool), 0o755);
    }
    savedPath = process.env.PATH;
    process.env.PATH = `${dir}:${savedPath ?? ''}`;
  });
  afterEach(() => {
    process.env.PATH = savedPath;
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    [
      'docker-registry',
      () => ensureDockerRegistry(dir),
      'docker-registry is not installed (Debian package docker-registry, distribution 2.8): run `apt-get install docker-registry` as root (npm test does it first: scripts/test-prereqs.mjs)',
    ],
    [
      'htpasswd',
      () => htpasswdLine('ci', 's3cret', dir),
      'htpasswd is not installed (Debian package apache2-utils): run `apt-get install apache2-utils` as root (npm test does it first: scripts/test-prereqs.mjs)',
    ],
  ])('%s missing: fails fast, installs nothing', (_tool, call, message) => {
    expect(call).toThrow(message);
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });

  test('a tool that is there is found without installing anything', () => {
    writeFileSync(join(dir, 'docker-registry'), '#!/bin/sh\n');
    chmodSync(join(dir, 'docker-registry'), 0o755);
    expect(ensureDockerRegistry(dir)).toBe(join(dir, 'docker-registry'));
    expect(existsSync(join(dir, 'ran'))).toBe(false);
  });
});
