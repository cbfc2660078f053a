import { execFileSync } from 'node:child_process';
import { clockAt } from '../harness/run-action.ts';
import { runCli } from '../harness/run-cli.ts';
import { expectOk, hydratedWorld, REPO, type HydratedWorld } from '../harness/hydrated-promotion.ts';

// Issue 59 item 2, the gates end to end: promotions of hydrated branches (hydrate: promote: lockstep) through the
// committed hydrate-env and promote-env bundles, real git, the real Helm and the GitHub double, held and let
// through by the same gates as promotions of pins, in the same words: soak time measured on the source's active
// branch, promotion windows (a draft, lifted by the break-glass label), approval of the pull request that last
// merged into the source's active branch (a named team, a GitHub Environment's reviewers), fan-in (each after:
// environment's active branch runs the DRY commit), and waves of hydrated environments (one pull request per
// member, each member gated on the one before it). A DRY commit that leaves the source as it is: hydrate-env's note
// (refs/notes/hydrator.metadata) says the source runs it. And lockstep metrics counts the merged promotion.

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** An environment of the fixture's chart, hydrated to environment/<name>, promoted by lockstep, with `extra` lines. */
const env = (name: string, values: string, extra: string[] = []) => [
  `  - name: ${name}`,
  `    values: charts/guestbook/values-${values}.yaml`,
  `    hydrate: { branch: environment/${name}, promote: lockstep }`,
  ...extra.map((l) => `    ${l}`),
];
const config = (...envs: string[][]) => ['environments:', ...envs.flat(), ''].join('\n');

let w: HydratedWorld | undefined;

afterEach(async () => {
  expect(w?.double.violations ?? []).toEqual([]);
  await w?.stop();
  w = undefined;
});

const errors = (r: { annotations: { level: string; message: string }[] }) =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** dev promoted and merged (#1): environment/dev runs the first DRY commit. */
async function devRuns(world: HydratedWorld): Promise<string> {
  expectOk(await world.promote({ to: 'dev' }));
  return world.merge(1);
}

/** `YYYY-MM-DD HH:MM` of an instant on the wall clock of `timeZone`. */
function wallClock(ms: number, timeZone: string): { text: string; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(ms))
      .map((p) => [p.type, p.value]),
  );
  return {
    text: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

describe('soak time (dev min-soak: 1h)', () => {
  test('an hour after the merge into environment/dev, the promotion into staging opens its pull request', async () => {
    w = await hydratedWorld(config(env('dev', 'dev', ['min-soak: 1h']), env('staging', 'staging')), ['dev', 'staging']);
    await w.hydrate();
    await devRuns(w);
    const held = await w.promote({ from: 'dev', to: 'staging' });
    expect(held.code).toBe(1);
    expect(w.double.pulls(REPO).map((p) => p.base)).toEqual(['environment/dev']);

    const later = new Date(Date.now() + HOUR + 5 * MINUTE).toISOString();
    const r = await w.promote({ from: 'dev', to: 'staging' }, clockAt(later));
    expectOk(r);
    const opened = w.double.pulls(REPO)[1];
    expect([opened.head, opened.base, opened.draft]).toEqual(['environment/staging-next', 'environment/staging', false]);
    expect(r.summary).not.toContain('Held by');
  });
});

describe('a DRY commit that leaves the source as it is (the git-notes variant)', () => {
  test("a change to staging only: hydrate-env notes dev's hydrated commit as its render too, so dev is seen to run it and its soak counts from its merge", async () => {
    w = await hydratedWorld(config(env('dev', 'dev', ['min-soak: 1h']), env('staging', 'staging')), ['dev', 'staging']);
    const first = w.fixture.git('rev-parse', 'HEAD');
    await w.hydrate();
    await devRuns(w);
    const later = { ...clockAt(new Date(Date.now() + HOUR + 5 * MINUTE).toISOString()) };
    expectOk(await w.promote({ from: 'dev', to: 'staging' }, later));
    await w.merge(2);
    const devNext = w.tip('environment/dev-next');

    const second = w.dryCommit('feat: staging runs 4 replicas', {
      'charts/guestbook/values-staging.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 4\n',
    });
    const hydrated = await w.hydrate();
    // dev's render did not change: no commit on environment/dev-next, a note on its tip naming the new DRY commit,
    // read as GitOps Promoter reads it.
    expect(w.tip('environment/dev-next')).toBe(devNext);
    expect(w.origin('show', `environment/dev-next:hydrator.metadata`)).toContain(`"drySha": "${first}"`);
    expect(w.origin('notes', '--ref=hydrator.metadata', 'show', devNext)).toBe(`{"drySha":"${second}"}`);
    expect(hydrated.stdout).toContain(
      `dev: environment/dev-next unchanged (same manifests) at ${devNext.slice(0, 12)}, noted in refs/notes/hydrator.metadata as the render of ${second.slice(0, 12)} too`,
    );
    // Hydrating the same DRY commit again notes nothing new.
    const notes = w.origin('rev-parse', 'refs/notes/hydrator.metadata');
    await w.hydrate();
    expect(w.origin('rev-parse', 'refs/notes/hydrator.metadata')).toBe(notes);

    // dev runs the new DRY commit's render since #1 merged: an hour on, staging's promotion goes.
    const r = await w.promote({ from: 'dev', to: 'staging' }, later);
    expectOk(r);
    const opened = w.double.pulls(REPO)[2];
    expect([opened.head, opened.base, opened.title]).toEqual([
      'environment/staging-next',
      'environment/staging',
      `promote: dev → staging (hydrated ${second.slice(0, 12)})`,
    ]);
  });

  test('without the note (a hydrator that writes none) dev is not seen to run the new DRY commit: held, naming it', async () => {
    w = await hydratedWorld(config(env('dev', 'dev', ['min-soak: 1h']), env('staging', 'staging')), ['dev', 'staging']);
    await w.hydrate();
    await devRuns(w);
    const later = { ...clockAt(new Date(Date.now() + HOUR + 5 * MINUTE).toISOString()) };
    expectOk(await w.promote({ from: 'dev', to: 'staging' }, later));
    await w.merge(2);
    const second = w.dryCommit('feat: staging runs 4 replicas', {
      'charts/guestbook/values-staging.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 4\n',
    });
    await w.hydrate();
    w.origin('update-ref', '-d', 'refs/notes/hydrator.metadata');
    const held = await w.promote({ from: 'dev', to: 'staging' }, later);
    expect(held.code).toBe(1);
    expect(held.stderr + held.stdout).toContain(
      `dev is not seen to run DRY commit ${second.slice(0, 12)}: no commit of its active branch environment/dev runs it, so its soak time (min-soak 1h) cannot be measured`,
    );
    expect(w.double.pulls(REPO)).toHaveLength(2);
  });
});

describe('promotion windows (staging deny window around now)', () => {
  test('inside the window the pull request is a draft with no auto-merge; the break-glass label takes it out of draft', async () => {
    const start = Math.floor(Date.now() / MINUTE) * MINUTE - 60 * MINUTE;
    const at = wallClock(start, 'Europe/Paris');
    const opensAt = `${wallClock(start + 180 * MINUTE, 'Europe/Paris').text} Europe/Paris`;
    w = await hydratedWorld(
      config(
        env('dev', 'dev'),
        env('staging', 'staging', [
          'auto-merge: true',
          'windows:',
          '  deny:',
          `    - { cron: "${at.minute} ${at.hour} * * *", duration: 3h, timezone: Europe/Paris }`,
        ]),
      ),
      ['dev', 'staging'],
    );
    await w.hydrate();
    await devRuns(w);
    const r = await w.promote({ from: 'dev', to: 'staging' });
    expectOk(r);
    const pull = w.double.pulls(REPO)[1];
    expect([pull.head, pull.base, pull.draft, pull.autoMerge]).toEqual(['environment/staging-next', 'environment/staging', true, null]);
    expect(pull.body).toContain(`opens at ${opensAt}`);
    expect(r.summary).toContain(`opens at ${opensAt}`);

    w.double.labelBy(REPO, pull.number, 'break-glass', 'oncall-alice');
    const glass = await w.promote({ from: 'dev', to: 'staging' });
    expectOk(glass);
    const after = w.double.pulls(REPO)[1];
    expect(after.body).toMatch(
      /Break glass: the label 'break-glass' on #2 was added by @\u200doncall-alice at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ; it lifted: promotions into staging are closed/,
    );
    expect(after.draft).toBe(false);
    expect(after.autoMerge).not.toBeNull();
    expect(glass.summary).toContain('Break glass: #2 is no longer a draft.');
  });
});

describe('approval (staging approval of the promotion into dev)', () => {
  const TEAMS = { 'acme/platform': ['alice'], 'acme/qa': ['bob'] };

  test('the merged promotion into environment/dev unreviewed, then approved by a non-member: held, naming #1 and the team; approved by a member: the pull request opens saying who approved', async () => {
    w = await hydratedWorld(
      config(env('dev', 'dev'), env('staging', 'staging', ['approval: { teams: [acme/platform] }'])),
      ['dev', 'staging'],
      {
        teams: TEAMS,
      },
    );
    await w.hydrate();
    await devRuns(w);
    const unreviewed = await w.promote({ from: 'dev', to: 'staging' });
    expect(unreviewed.code).toBe(1);
    expect(errors(unreviewed)).toEqual([
      expect.stringContaining(
        'promotion held: staging waits for #1 (the promotion into dev) to be approved by a member of acme/platform: not approved yet',
      ),
    ]);
    w.double.addReview(REPO, 1, { login: 'bob', state: 'APPROVED' });
    const bob = await w.promote({ from: 'dev', to: 'staging' });
    expect(bob.code).toBe(1);
    expect(errors(bob)).toEqual([
      expect.stringContaining(
        'promotion held: staging waits for #1 (the promotion into dev) to be approved by a member of acme/platform: approved only by @bob, who may not',
      ),
    ]);
    expect(w.double.pulls(REPO)).toHaveLength(1);

    w.double.addReview(REPO, 1, { login: 'alice', state: 'APPROVED' });
    const r = await w.promote({ from: 'dev', to: 'staging' });
    expectOk(r);
    const opened = w.double.pulls(REPO)[1];
    expect([opened.head, opened.base]).toEqual(['environment/staging-next', 'environment/staging']);
    expect((opened.body ?? '').split('\n')).toContain(
      '> Approved: #1 (the promotion into dev) was approved by @\u200dalice (member of acme/platform).',
    );
  });

  test('approval: { github-environment: staging }: approved by its required reviewer, the pull request opens and names them', async () => {
    w = await hydratedWorld(
      config(env('dev', 'dev'), env('staging', 'staging', ['approval: { github-environment: staging }'])),
      ['dev', 'staging'],
      { teams: { 'acme/sre': ['dave'] }, environments: { 'acme/monorepo:staging': { users: ['carol'], teams: ['sre'] } } },
    );
    await w.hydrate();
    await devRuns(w);
    const unreviewed = await w.promote({ from: 'dev', to: 'staging' });
    expect(unreviewed.code).toBe(1);
    expect(errors(unreviewed)).toEqual([
      expect.stringContaining(
        'promotion held: staging waits for #1 (the promotion into dev) to be approved by a required reviewer of the GitHub Environment staging: not approved yet',
      ),
    ]);
    w.double.addReview(REPO, 1, { login: 'carol', state: 'APPROVED' });
    const r = await w.promote({ from: 'dev', to: 'staging' });
    expectOk(r);
    const opened = w.double.pulls(REPO)[1];
    expect((opened.body ?? '').split('\n')).toContain(
      '> Approved: #1 (the promotion into dev) was approved by @\u200dcarol (required reviewer of the GitHub Environment staging).',
    );
  });
});

describe('fan-in (prod after: [staging, qa])', () => {
  test('qa not yet running the DRY commit holds the promotion into prod, naming qa; once its promotion merged, the pull request opens', async () => {
    w = await hydratedWorld(
      config(env('dev', 'dev'), env('staging', 'staging'), env('qa', 'qa'), env('prod', 'prod', ['after: [staging, qa]'])),
      ['dev', 'staging', 'qa', 'prod'],
      { files: { 'charts/guestbook/values-qa.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 1\n' } },
    );
    const dry = w.fixture.git('rev-parse', 'HEAD');
    await w.hydrate();
    await devRuns(w);
    expectOk(await w.promote({ from: 'dev', to: 'staging' }));
    await w.merge(2);
    const held = await w.promote({ from: 'staging', to: 'prod' });
    expect(held.code).toBe(1);
    expect(errors(held)).toEqual([
      expect.stringContaining(
        `promotion held: prod is promoted only from DRY commits its after: environments run: qa has not run DRY commit ${dry.slice(0, 12)} (its active branch runs none)`,
      ),
    ]);
    expect(w.double.pulls(REPO).map((p) => p.base)).toEqual(['environment/dev', 'environment/staging']);

    expectOk(await w.promote({ from: 'dev', to: 'qa', 'allow-skip': 'true' }));
    await w.merge(3);
    const r = await w.promote({ from: 'staging', to: 'prod' });
    expectOk(r);
    const opened = w.double.pulls(REPO)[3];
    expect([opened.head, opened.base]).toEqual(['environment/prod-next', 'environment/prod']);
  });
});

describe('a forged hydrator note (prod after: [staging, qa])', () => {
  test("a note pushed to refs/notes/hydrator.metadata claiming qa runs the new DRY commit does not open prod: environment/qa-next holds that commit's render after the noted one, so the hold names qa and says the note is ignored", async () => {
    w = await hydratedWorld(
      config(env('dev', 'dev'), env('staging', 'staging'), env('qa', 'qa'), env('prod', 'prod', ['after: [staging, qa]'])),
      ['dev', 'staging', 'qa', 'prod'],
      { files: { 'charts/guestbook/values-qa.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 1\n' } },
    );
    const first = w.fixture.git('rev-parse', 'HEAD');
    await w.hydrate();
    await devRuns(w);
    expectOk(await w.promote({ from: 'dev', to: 'staging' }));
    await w.merge(2);
    expectOk(await w.promote({ from: 'dev', to: 'qa', 'allow-skip': 'true' }));
    await w.merge(3);
    const qaRuns = w.tip('environment/qa-next');
    // A new DRY commit changes qa and prod; staging's render stays, and hydrate-env notes it (a note that agrees).
    const second = w.dryCommit('feat: qa and prod scale up', {
      'charts/guestbook/values-qa.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 2\n',
      'charts/guestbook/values-prod.yaml': 'image: ghcr.io/acme/guestbook:1.0.0\nreplicas: 5\n',
    });
    await w.hydrate();
    const qaNext = w.tip('environment/qa-next');
    expect(w.origin('rev-parse', 'environment/qa-next~1')).toBe(qaRuns);
    // The attacker: one note, pushed where branch protection does not reach, on the commit qa runs.
    execFileSync(
      'git',
      ['--git-dir', w.fixture.origin, 'notes', '--ref=hydrator.metadata', 'add', '-f', '-m', `{"drySha":"${second}"}`, qaRuns],
      {
        env: w.fixture.env(),
      },
    );
    const held = await w.promote({ from: 'staging', to: 'prod' });
    expect(held.code).toBe(1);
    expect(errors(held)).toEqual([
      expect.stringContaining(
        `promotion held: prod is promoted only from DRY commits its after: environments run: qa has not run DRY commit ${second.slice(0, 12)} (its active branch runs ${first.slice(0, 12)}; a note in refs/notes/hydrator.metadata says ${qaRuns.slice(0, 12)} of environment/qa-next is the render of DRY commit ${second.slice(0, 12)}, but environment/qa-next holds ${qaNext.slice(0, 12)} (DRY commit ${second.slice(0, 12)}) after it: the note is ignored)`,
      ),
    ]);
    expect(w.double.pulls(REPO).map((p) => p.base)).toEqual(['environment/dev', 'environment/staging', 'environment/qa']);
  });
});

describe('waves (waves: prod: [prod-eu, prod-us], prod-eu min-soak: 1h)', () => {
  test("one pull request per member: prod-eu's first, prod-us's once prod-eu's merged and soaked", async () => {
    w = await hydratedWorld(
      [
        ...config(env('staging', 'staging'), env('prod-eu', 'prod', ['min-soak: 1h']), env('prod-us', 'prod'))
          .trimEnd()
          .split('\n'),
        'waves:',
        '  prod: [prod-eu, prod-us]',
        '',
      ].join('\n'),
      ['staging', 'prod-eu', 'prod-us'],
    );
    const dry = w.fixture.git('rev-parse', 'HEAD');
    await w.hydrate();
    expectOk(await w.promote({ to: 'staging' }));
    await w.merge(1);

    const first = await w.promote({ from: 'staging', to: 'prod' });
    expectOk(first);
    expect(w.double.pulls(REPO).map((p) => [p.number, p.head, p.base])).toEqual([
      [1, 'environment/staging-next', 'environment/staging'],
      [2, 'environment/prod-eu-next', 'environment/prod-eu'],
    ]);
    expect(first.summary).toContain('prod-us');

    // prod-eu's pull request not merged yet: a rerun opens nothing new.
    expectOk(await w.promote({ from: 'staging', to: 'prod' }));
    expect(w.double.pulls(REPO)).toHaveLength(2);

    const eu = await w.merge(2);
    // prod-eu runs it, but has not soaked an hour: prod-us is held by its soak, naming prod-eu.
    const soaking = await w.promote({ from: 'staging', to: 'prod' });
    expect(soaking.code).toBe(1);
    const took = `${w.double.pulls(REPO)[1].mergedAt!.slice(0, 16).replace('T', ' ')} UTC`;
    expect(soaking.stdout + soaking.stderr).toMatch(
      new RegExp(
        `prod-eu has run DRY commit ${dry.slice(0, 12)} for (0m|1m) of 1h \\(since its active branch environment/prod-eu took it at ${took}, ${eu.slice(0, 12)}, merged_at of #2\\): (1h|59m) left`,
      ),
    );
    expect(w.double.pulls(REPO)).toHaveLength(2);

    const later = new Date(Date.now() + HOUR + 5 * MINUTE).toISOString();
    const r = await w.promote({ from: 'staging', to: 'prod' }, clockAt(later));
    expectOk(r);
    expect(w.double.pulls(REPO).map((p) => [p.number, p.head, p.base])[2]).toEqual([3, 'environment/prod-us-next', 'environment/prod-us']);
  });
});

describe('waves with require-checks: e2e (waves: prod: [prod-eu, prod-us])', () => {
  test("the checks between members are read on prod-eu's hydrated commit on environment/prod-eu, not on the DRY branch: red there stops prod-us, pending waits, green opens it", async () => {
    w = await hydratedWorld(
      [
        ...config(env('staging', 'staging'), env('prod-eu', 'prod'), env('prod-us', 'prod')).trimEnd().split('\n'),
        'waves:',
        '  prod: [prod-eu, prod-us]',
        '',
      ].join('\n'),
      ['staging', 'prod-eu', 'prod-us'],
    );
    // Green on the DRY branch all along: a gate reading prod's values file there would let prod-us through.
    w.double.setCheckRuns(REPO, 'main', [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
    await w.hydrate();
    expectOk(await w.promote({ to: 'staging' }));
    // The first wave reads them on what staging runs (its hydrated commit): green there.
    w.double.setCheckRuns(REPO, await w.merge(1), [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
    const checks = { from: 'staging', to: 'prod', 'require-checks': 'e2e' };
    expectOk(await w.promote(checks));
    expect(w.double.pulls(REPO).map((p) => [p.number, p.head, p.base])[1]).toEqual([2, 'environment/prod-eu-next', 'environment/prod-eu']);

    const eu = await w.merge(2);
    expect(w.tip('environment/prod-eu')).toBe(eu);
    w.double.setCheckRuns(REPO, eu, [{ name: 'e2e', status: 'completed', conclusion: 'failure' }]);
    const red = await w.promote(checks);
    expect(red.code).toBe(1);
    const where = `e2e is failure on prod-eu's hydrated commit ${eu.slice(0, 12)} (environment/prod-eu)`;
    expect(red.stdout).toContain(
      `::error title=lockstep::wave prod-us stopped: ${where} — fix prod-eu first (or roll it back); the next run promotes prod-us once the checks are green there`,
    );
    expect(red.summary).toContain(`| prod-us | stopped | not promoted: ${where} |`);
    expect(red.summary).toContain(`Stopped: wave prod-us stopped: ${where}.`);
    expect(w.double.pulls(REPO)).toHaveLength(2);

    w.double.setCheckRuns(REPO, eu, [{ name: 'e2e', status: 'in_progress' }]);
    const pending = await w.promote(checks);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toContain(
      `wave prod-us: waiting — waits for e2e is pending on prod-eu's hydrated commit ${eu.slice(0, 12)} (environment/prod-eu)`,
    );
    expect(w.double.pulls(REPO)).toHaveLength(2);

    w.double.setCheckRuns(REPO, eu, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
    expectOk(await w.promote(checks));
    expect(w.double.pulls(REPO).map((p) => [p.number, p.head, p.base])[2]).toEqual([3, 'environment/prod-us-next', 'environment/prod-us']);
  });
});

describe('require-checks: e2e on the first step (staging → prod)', () => {
  test("the checks are read on staging's hydrated commit on environment/staging: red there stops prod's pull request, green opens it", async () => {
    w = await hydratedWorld(config(env('staging', 'staging'), env('prod', 'prod')), ['staging', 'prod']);
    // Green on the DRY branch all along: reading them there (or not at all) would open prod's pull request.
    w.double.setCheckRuns(REPO, 'main', [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
    await w.hydrate();
    const checks = { from: 'staging', to: 'prod', 'require-checks': 'e2e' };
    const early = await w.promote(checks);
    expect(early.code).toBe(1);
    expect(errors(early)).toEqual([
      'require-checks: staging runs nothing on environment/staging yet, so no commit of it carries the checks — promote staging first (its pull request into environment/staging merged), then prod',
    ]);
    expectOk(await w.promote({ to: 'staging' }));
    const staging = await w.merge(1);
    w.double.setCheckRuns(REPO, staging, [{ name: 'e2e', status: 'completed', conclusion: 'failure' }]);
    const red = await w.promote(checks);
    expect(red.code).toBe(1);
    expect(errors(red)).toEqual([
      `required checks are not green: e2e is failure on ${staging.slice(0, 12)} — wait for them to pass (the table in the job summary lists every check); nothing was written`,
    ]);
    expect(red.summary).toContain('Stopped: required checks are not green; nothing was written.');
    expect(w.double.pulls(REPO)).toHaveLength(1);

    w.double.setCheckRuns(REPO, staging, [{ name: 'e2e', status: 'completed', conclusion: 'success' }]);
    expectOk(await w.promote(checks));
    expect(w.double.pulls(REPO).map((p) => [p.number, p.head, p.base])[1]).toEqual([2, 'environment/prod-next', 'environment/prod']);
  });
});

describe('lockstep metrics (the committed CLI bundle)', () => {
  test('a merged hydrated promotion is a promotion into dev; the DRY commit it ships is a change landed by its merge', async () => {
    w = await hydratedWorld(config(env('dev', 'dev'), env('staging', 'staging')), ['dev', 'staging']);
    const dry = w.fixture.git('rev-parse', 'HEAD');
    await w.hydrate();
    const landed = await devRuns(w);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const r = await runCli(['metrics', '--from', day(-1), '--to', day(1), '--env', 'dev', '--json', '--changes', '--no-deployments'], {
      cwd: w.ws,
      env: {},
    });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
    const [dev] = (
      JSON.parse(r.stdout) as {
        environments: { promotions: { commit: string }[]; 'lead-time': { changes: { commit: string; 'landed-by': string }[] } }[];
      }
    ).environments;
    expect(dev.promotions.map((p) => p.commit)).toEqual([landed]);
    expect(dev['lead-time'].changes.map((c) => [c.commit, c['landed-by']])).toEqual([[dry, landed]]);
  });
});
