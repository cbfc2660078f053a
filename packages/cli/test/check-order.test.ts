import { GitFixture } from '../../../action-tests/harness/git-fixture.ts';
import type { CliIo } from '../src/io.ts';
import { runCli } from '../src/program.ts';

// Issue 73, item 9: `lockstep check` on a pull request that changes a chart folder outside `charts:`. stdout, read
// alone (piped, saved), says the reason before the verdict; stderr says it first as every refusal does; on one
// screen (both a terminal) it is said once, in the report, just before the verdict.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const REASON =
  'platform/gateway/Chart.yaml: chart folder platform/gateway changed, and no `charts:` entry covers it: its version is not checked — add `- platform/gateway` to charts: (.github/lockstep.yml:1), or to charts-ignore: to leave it out on purpose';

let f: GitFixture;
let base: string;
beforeAll(() => {
  f = GitFixture.create({
    '.github/lockstep.yml': 'charts: [charts/*]\n',
    'charts/api/Chart.yaml': chart('api', '1.0.0'),
    'platform/gateway/Chart.yaml': chart('gateway', '2.1.0'),
    'platform/gateway/templates/ingress.yaml': 'kind: Ingress\n',
  });
  base = f.git('rev-parse', 'HEAD');
  f.commit('feat(gateway): ingress class', { 'platform/gateway/templates/ingress.yaml': 'kind: Ingress\nspec: {}\n' });
});
afterAll(() => f.cleanup());

function io(oneScreen: boolean): CliIo & { out: string; err: string } {
  const o = {
    cwd: f.dir,
    env: {},
    out: '',
    err: '',
    color: false,
    oneScreen,
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t),
    readStdin: () => '',
  };
  return o;
}

test('piped: stdout says the reason, then the verdict naming the folder; stderr says the reason', async () => {
  const piped = io(false);
  expect(await runCli(['check', '--base', base], piped)).toBe(1);
  const out = piped.out.split('\n');
  const reason = out.indexOf(`error: ${REASON}`);
  const verdict = out.findIndex((l) => l.endsWith('The check failed.'));
  expect(reason).toBeGreaterThanOrEqual(0);
  expect(verdict).toBeGreaterThan(reason);
  expect(out[verdict]).toContain('No chart that charts: covers changed; the chart folder platform/gateway outside it changed.');
  expect(piped.out).not.toContain('No chart changed');
  expect(piped.err.split('\n')).toContain(REASON);
});

test('one screen: the reason is said once, in the report before the verdict', async () => {
  const screen = io(true);
  expect(await runCli(['check', '--base', base], screen)).toBe(1);
  expect(screen.err).not.toContain(REASON);
  expect(screen.out).toContain(`error: ${REASON}\n\nCompared head`);
});
