import { GIT_ENV } from '../harness/git-fixture.ts';
import { buildPatchHistory, type PatchHistory } from '../harness/patch-history.ts';
import { runCli } from '../harness/run-cli.ts';

// `lockstep metrics` through the committed CLI bundle on a team's history
// (harness/patch-history.ts): a patch release every Monday carrying the
// week's fix: commits, and one real rollback. A patch release a week after
// the landing it replaces is no failure's repair (the fix window is 72h by
// default); the change failure rate is the rollback alone, the figure a team
// would count. Every figure below is worked out by hand from the dates.

const ENV = { ...GIT_ENV };
const RULE =
  'A landing failed when a rollback replaced it, or a fix release (same major and minor, higher patch) landed within 3d of it ' +
  '(fix-window) or carrying a change marked Lockstep-Fixes: its version, or when its GitHub Deployment failed.';

interface Failed {
  commit: string;
  rule: string;
  service: string;
  'replaced-by': string;
  'recovery-seconds': number;
}
interface Env {
  name: string;
  promotions: { commit: string }[];
  'change-failure-rate': { rate: number; failed: Failed[] };
  'rework-rate': { rate: number; promotions: string[] };
}
interface Doc {
  'failure-rule': { text: string; 'fix-window-seconds': number; 'fix-marker': string };
  environments: Env[];
}

let plain: PatchHistory;
let marked: PatchHistory;
beforeAll(() => {
  plain = buildPatchHistory();
  marked = buildPatchHistory({ mark: true });
});
afterAll(() => {
  plain.fx.cleanup();
  marked.fx.cleanup();
});

describe('a weekly patch release and one rollback', () => {
  const WINDOW = ['--from', '2026-09-28', '--to', '2026-11-15'];

  test('--json: the rollback is the one failure of prod (1 of 8), dev has none (0 of 7); the rule is named', async () => {
    const r = await runCli(['metrics', ...WINDOW, '--json'], { cwd: plain.fx.dir, env: ENV });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Doc;
    expect(out['failure-rule']).toEqual({ text: RULE, 'fix-window-seconds': 259200, 'fix-marker': 'Lockstep-Fixes' });
    const [dev, prod] = out.environments;
    const l = plain.landings;
    expect(prod.promotions.map((p) => p.commit)).toEqual(
      ['prod 2.0.0', 'prod 2.0.1', 'prod 2.0.2', 'prod 2.0.3', 'prod 2.0.4', 'prod rollback', 'prod 2.0.5', 'prod 2.0.6'].map((k) =>
        l.get(k),
      ),
    );
    expect(prod['change-failure-rate']).toEqual({
      rate: 0.125,
      failed: [
        { commit: l.get('prod 2.0.4'), rule: 'rollback', service: 'api', 'replaced-by': l.get('prod rollback'), 'recovery-seconds': 14400 },
      ],
    });
    expect(prod['rework-rate']).toEqual({ rate: 0.125, promotions: [l.get('prod rollback')] });
    expect(dev.promotions).toHaveLength(7);
    expect(dev['change-failure-rate']).toEqual({ rate: 0, failed: [] });
    expect(dev['rework-rate']).toEqual({ rate: 0, promotions: [] });
  });

  test('the table and --markdown: 12.5% in prod, 0% in dev, under a header that names the rule', async () => {
    const [table, markdown] = await Promise.all([
      runCli(['metrics', ...WINDOW], { cwd: plain.fx.dir, env: ENV }),
      runCli(['metrics', ...WINDOW, '--markdown'], { cwd: plain.fx.dir, env: ENV }),
    ]);
    expect([table.code, markdown.code]).toEqual([0, 0]);
    const lines = table.stdout.split('\n');
    expect(lines.find((x) => x.startsWith('prod ') && x.includes(' all '))).toMatch(/ 12\.5% \(1\) +4h +12\.5% \(1\)$/);
    expect(lines.find((x) => x.startsWith('dev ') && x.includes(' all '))).toMatch(/ 0% \(0\) +— +0% \(0\)$/);
    expect(lines.find((x) => x.startsWith('Delivery figures'))).toMatch(
      / \(\d+ commits read\)\. A landing failed when a rollback replaced it, /,
    );
    expect(table.stdout).toContain(`(fix-window)`);
    const heading = markdown.stdout.split('\n\n')[1];
    expect(heading).toContain(
      'A landing failed when a rollback replaced it, or a fix release (same major and minor, higher patch) landed within 3d of it',
    );
    expect(heading).toContain('Lockstep-Fixes: its version');
  });
});

test('a patch release marked Lockstep-Fixes: 2.0.6 in a fix commit it carries repairs 2.0.6 a week later, in each environment', async () => {
  const r = await runCli(['metrics', '--from', '2026-09-28', '--to', '2026-11-22', '--json'], { cwd: marked.fx.dir, env: ENV });
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
  const [dev, prod] = (JSON.parse(r.stdout) as Doc).environments;
  const l = marked.landings;
  const week = 7 * 86400;
  expect(prod['change-failure-rate']).toEqual({
    rate: 2 / 9,
    failed: [
      { commit: l.get('prod 2.0.4'), rule: 'rollback', service: 'api', 'replaced-by': l.get('prod rollback'), 'recovery-seconds': 14400 },
      { commit: l.get('prod 2.0.6'), rule: 'fix-release', service: 'api', 'replaced-by': l.get('prod 2.0.7'), 'recovery-seconds': week },
    ],
  });
  expect(dev['change-failure-rate']).toEqual({
    rate: 1 / 8,
    failed: [
      { commit: l.get('dev 2.0.6'), rule: 'fix-release', service: 'api', 'replaced-by': l.get('dev 2.0.7'), 'recovery-seconds': week },
    ],
  });
});
