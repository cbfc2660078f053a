import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LocalRegistry } from '../harness/registry.ts';
import { runAction } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep publish`, the bundled CLI, against the local registry: the same operation as publish-chart.

let reg: LocalRegistry;
const dirs: string[] = [];
const KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

beforeAll(async () => (reg = await LocalRegistry.start()), 60000);
afterAll(async () => {
  await reg?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'lockstep-cli-publish-'));
  dirs.push(d);
  const files = {
    'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 2.0.0\n',
    'charts/web/templates/svc.yaml': 'kind: Service\n',
  };
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(d, p)), { recursive: true });
    writeFileSync(join(d, p), t);
  }
  return d;
}

test('--dry-run pushes nothing; then the action and the CLI, in two checkouts, agree on the digest and the CLI pushes no chart, only its new signature', async () => {
  const registry = `oci://${reg.host}/charts`;
  const dry = await runCli(['publish', '--registry', registry, '--dry-run'], { cwd: workspace(), env: { HOME: tmpdir() } });
  expect(dry.code).toBe(0);
  expect(dry.stdout).toMatch(
    new RegExp(`^web +2\\.0\\.0 +${reg.host}/charts/web:2\\.0\\.0 +sha256:[0-9a-f]{64} +would push \\(dry run\\)`, 'm'),
  );
  expect((await fetch(`${reg.url}/v2/charts/web/manifests/2.0.0`, { method: 'HEAD' })).status).toBe(404);

  const a = workspace();
  const action = await runAction('publish-chart', { workspace: a, inputs: { registry }, env: { HOME: a } });
  expect(action.code).toBe(0);
  const pushed = JSON.parse(action.outputs.charts).web;
  expect(pushed.status).toBe('pushed');

  const c = workspace();
  writeFileSync(join(c, 'key.pem'), KEY);
  const cli = await runCli(
    ['publish', '--registry', registry, '--signing-key-file', 'key.pem', '--digests-file', 'd.json', '--sha', 'abc1234', '--json'],
    { cwd: c, env: { HOME: c } },
  );
  expect(cli.stderr).not.toContain(KEY.split('\n')[1]);
  expect(cli.code).toBe(0);
  const result = JSON.parse(cli.stdout);
  expect(
    result.charts.map((r: { name: string; digest: string; status: string; signature: { status: string } }) => [
      r.name,
      r.digest,
      r.status,
      r.signature.status,
    ]),
  ).toEqual([['web', pushed.digest, 'unchanged', 'pushed']]);
  expect(JSON.parse(readFileSync(join(c, 'd.json'), 'utf8'))).toEqual({
    web: { digest: pushed.digest, image: `${reg.host}/charts/web`, sha: 'abc1234', tag: '2.0.0' },
  });
  expect([result['schema-version'], result.command, result['dry-run']]).toEqual([2, 'publish', false]);
}, 60000);

test('the signing key is never a flag: --signing-key is an unknown option', async () => {
  const r = await runCli(['publish', '--registry', `oci://${reg.host}/charts`, '--signing-key', KEY], { cwd: workspace() });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("error: unknown option '--signing-key'");
});
