import { parseConfigText } from '../../src/config/config.ts';
import { UserError, UserErrors } from '../../src/errors.ts';
import { checkConfig, type ConfigCheck, type ConfigFiles } from '../../src/settings/validate.ts';

const FILE = '.github/lockstep.yml';

async function problems(text: string, checks?: ConfigCheck[], files?: ConfigFiles): Promise<{ line?: number; message: string }[]> {
  try {
    await checkConfig(parseConfigText(text, FILE), files, checks);
    return [];
  } catch (e) {
    const all = e instanceof UserErrors ? e.errors : [e as UserError];
    return all.map((x) => ({ line: x.line, message: x.message }));
  }
}

const windows = (...crons: string[]) =>
  [
    'environments:',
    '  - name: prod',
    '    values: p.yaml',
    '    windows:',
    '      allow:',
    ...crons.map((c) => `        - { cron: "${c}", duration: 8h }`),
    '',
  ].join('\n');

describe('checkConfig: what any command refuses, each problem at its line', () => {
  test('every bad window cron at once, each on its line', async () => {
    expect(await problems(windows('0 9 * * 1-5', '0 25 * * *', '0 9 * *', '0 9 * * 1-8', '60 9 * * 1'))).toEqual([
      { line: 7, message: expect.stringMatching(/^the allow window cron '0 25 \* \* \*' of environment prod is not a cron expression: /) },
      { line: 8, message: "the allow window cron '0 9 * *' of environment prod is not a cron expression: has 4 fields, not 5" },
      { line: 9, message: expect.stringMatching(/^the allow window cron '0 9 \* \* 1-8' of environment prod is not a cron expression: /) },
      { line: 10, message: expect.stringMatching(/^the allow window cron '60 9 \* \* 1' of environment prod is not a cron expression: /) },
    ]);
  });

  test('a wave naming no environment, every wave (not only the one promoted to)', async () => {
    const text =
      'environments:\n  - { name: eu, values: e.yaml }\n  - { name: us, values: u.yaml }\nwaves:\n  a: [eu, us]\n  b: [eu, uss]\n';
    expect(await problems(text)).toEqual([{ line: 6, message: "wave 'b' names 'uss', which is not an environment (did you mean us?)" }]);
  });

  test('a check added to the list runs too (the hook another check, e.g. charts:, plugs into)', async () => {
    const extra: ConfigCheck = (c) =>
      c.charts?.length === 0 ? [new UserError('charts: [] selects no chart', { file: c.file, line: 1 })] : [];
    expect(await problems('charts: []\n', [extra])).toEqual([{ line: 1, message: 'charts: [] selects no chart' }]);
    expect(await problems('charts: [a]\n', [extra])).toEqual([]);
  });
});

describe('every config error at once (issue 52 item 10)', () => {
  test('a key typo no longer hides a bad min-soak: both, each at its line, in the order of the file', async () => {
    const text = 'servicez: {}\nenvironments:\n  - name: prod\n    values: p.yaml\n    min-soak: soon\n';
    expect(await problems(text)).toEqual([
      { line: 1, message: "unknown key 'servicez'" },
      { line: 5, message: "'environments.prod.min-soak' is 'soon', not a duration" },
    ]);
  });

  test('two typos in two places: two errors; an unknown key alone says its mapping, not what the mapping then lacks', async () => {
    const text = 'tag-prefx: v\nenvironments:\n  - name: prod\n    value: p.yaml\n';
    expect((await problems(text)).map((p) => [p.line, p.message])).toEqual([
      [1, "unknown key 'tag-prefx'"],
      [4, "unknown key 'environments.0.value'"],
    ]);
  });

  test('a private key in verify.keys (top level or a service) is refused at its line; a public key passes', async () => {
    const priv = '"-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEE\\n-----END EC PRIVATE KEY-----\\n"';
    const pub = '"-----BEGIN PUBLIC KEY-----\\nMFkwEw\\n-----END PUBLIC KEY-----\\n"';
    const text = `verify:\n  keys:\n    - ${pub}\n    - ${priv}\nservices:\n  api:\n    image: ghcr.io/acme/api\n    verify:\n      keys: [${priv}]\n`;
    expect(await problems(text)).toEqual([
      {
        line: 4,
        message:
          'verify.keys[1] is a private key (-----BEGIN EC PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it',
      },
      {
        line: 9,
        message:
          'services.api.verify.keys[0] is a private key (-----BEGIN EC PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it',
      },
    ]);
    expect(await problems(`verify:\n  keys: [${pub}]\n`)).toEqual([]);
  });

  test('a verify.keys path is read when files are given: a private key, a missing file and a file with no PEM block, each at its line', async () => {
    const tree: Record<string, string> = {
      '.github/cosign.pub': '-----BEGIN PUBLIC KEY-----\nMFkwEw\n-----END PUBLIC KEY-----\n',
      '.github/cosign.key': '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nxyz\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n',
      '.github/notes.txt': 'see the wiki for the key\n',
    };
    const files: ConfigFiles = (path, what) => {
      if (path in tree) return tree[path];
      throw new UserError(`${what}: ${path} does not exist`);
    };
    const text =
      'verify:\n  keys:\n    - .github/cosign.pub\n    - .github/cosign.key\nservices:\n  api:\n    image: ghcr.io/acme/api\n    verify:\n      keys: [.github/gone.pub, .github/notes.txt]\n';
    expect(await problems(text, undefined, files)).toEqual([
      {
        line: 4,
        message:
          'verify.keys[1]: .github/cosign.key is a private key (-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----), not a public key: whoever reads the repository can sign with it',
      },
      { line: 9, message: 'verify.keys: .github/gone.pub does not exist' },
      { line: 9, message: 'services.api.verify.keys[1]: .github/notes.txt holds no PEM block, so no public key' },
    ]);
    // Without files (what every other command runs before its network requests), a path is not read.
    expect(await problems(text)).toEqual([]);
  });
});
