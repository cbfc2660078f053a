import { GitFixture } from '../../../../action-tests/harness/git-fixture.ts';
import { Inputs, mapInputs } from '../../src/contract/inputs.ts';
import { checkRequest } from '../../src/operations/check/request.ts';
import { run } from '../../src/operations/check/run.ts';
import { checkFailure } from '../../src/operations/check/view.ts';
import { testWorld } from '../test-world.ts';

// Issue 73, item 8: a merge queue entry is judged on its own change. #43, ahead in the group, bumped chart shop to
// 1.1.0; #44 touches only worker. Checking #44's entry (gh-readonly-queue/main/pr-44-<#43's group commit>) compares
// with the entry's base only the charts that changed between that commit and the head: worker, not shop.

const chart = (name: string, version: string) => `apiVersion: v2\nname: ${name}\nversion: ${version}\n`;
const fixtures: GitFixture[] = [];
afterAll(() => fixtures.forEach((f) => f.cleanup()));

/** main with shop and worker at 1.0.0; the group's commit for #43 (shop 1.1.0), then #44's `changes` on top, on its queue branch. */
function queue(changes: Record<string, string>) {
  const f = GitFixture.create({
    'charts/shop/Chart.yaml': chart('shop', '1.0.0'),
    'charts/shop/templates/a.yaml': 'kind: ConfigMap\n',
    'charts/worker/Chart.yaml': chart('worker', '1.0.0'),
    'charts/worker/templates/a.yaml': 'kind: ConfigMap\n',
  });
  fixtures.push(f);
  const base = f.git('rev-parse', 'HEAD');
  f.git('checkout', '--quiet', '-b', 'queue');
  const ahead = f.commit('feat(shop): a new page (#43)', {
    'charts/shop/Chart.yaml': chart('shop', '1.1.0'),
    'charts/shop/templates/a.yaml': 'kind: ConfigMap\ndata: {}\n',
  });
  f.commit('fix(worker): retries (#44)', changes);
  const branch = `gh-readonly-queue/main/pr-44-${ahead}`;
  f.git('branch', '--quiet', '-m', branch);
  return { f, base, ahead, branch };
}

const check = (f: GitFixture, base: string, head: string) =>
  run(checkRequest(new Inputs(mapInputs({ base, head })), testWorld(f.dir)), testWorld(f.dir));

describe("a merge queue entry is judged on its own change (the entry's base counts only for the charts it changes)", () => {
  test('#44 touched only worker, bumped: passes, though shop holds the version #43 set on the entry’s base', async () => {
    const { f, base, branch } = queue({
      'charts/worker/Chart.yaml': chart('worker', '1.0.1'),
      'charts/worker/templates/a.yaml': 'kind: ConfigMap\ndata: { retries: "3" }\n',
    });
    const r = await check(f, base, branch);
    expect(checkFailure(r)).toBeUndefined();
    expect(r.charts.map((c) => [c.path, c.base, c.head, c.ok])).toEqual([
      ['charts/shop', '1.0.0', '1.1.0', true],
      ['charts/worker', '1.0.0', '1.0.1', true],
    ]);
  });

  test('#44 bumped shop to the version #43 took: still refused, naming #43', async () => {
    const { f, base, ahead, branch } = queue({
      'charts/shop/Chart.yaml': chart('shop', '1.1.0'),
      'charts/shop/templates/b.yaml': 'kind: Service\n',
    });
    const r = await check(f, base, branch);
    expect(checkFailure(r)?.errors.map((e) => e.format())).toEqual([
      `charts/shop/Chart.yaml:3: version 1.1.0 is not greater than 1.1.0 on the merge queue entry's base ${ahead.slice(0, 12)} for #44; 1.1.0 was taken by #43 (commit ${ahead.slice(0, 12)}) — needs 1.1.1 or higher`,
    ]);
  });

  test('#44 changed shop without a bump: refused against the entry’s base, as its own change', async () => {
    const { f, base, ahead, branch } = queue({ 'charts/shop/templates/b.yaml': 'kind: Service\n' });
    const r = await check(f, base, branch);
    expect(checkFailure(r)?.errors.map((e) => e.format())).toEqual([
      `charts/shop/Chart.yaml:3: version 1.1.0 is not greater than 1.1.0 on the merge queue entry's base ${ahead.slice(0, 12)} for #44; 1.1.0 was taken by #43 (commit ${ahead.slice(0, 12)}) — needs 1.1.1 or higher`,
    ]);
  });
});
