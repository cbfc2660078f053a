import type { WindowRules } from '../../src/config/config.ts';
import { parseConfigText } from '../../src/config/config.ts';
import { UserError } from '../../src/errors.ts';
import { gateLines, gateVerdict } from '../../src/promote/gates.ts';
import { formatUtc, hydratedSoakHolds, pinnedSince, soakHolds } from '../../src/promote/gates/soak.ts';
import { window } from '../../src/promote/gates/window.ts';
import { checkWindows } from '../../src/config/window-crons.ts';
import { formatAt, windowHold } from '../../src/promote/windows.ts';
import { formatDuration, parseDuration } from '../../src/text/duration.ts';

const at = (iso: string) => Date.parse(iso);
const H = 3_600_000;
const win = (cron: string, duration: string, timezone = 'UTC') => ({ cron, duration, durationMs: parseDuration(duration)!, timezone });
const rules = (r: Partial<WindowRules>): WindowRules => ({ allow: [], deny: [], freeze: [], ...r });

test.each([
  ['30m', 30 * 60_000],
  ['1h', H],
  ['2d', 48 * H],
  ['1h30m', 90 * 60_000],
  ['0m', 0],
])('parseDuration(%s)', (text, ms) => expect(parseDuration(text)).toBe(ms));

test.each(['', '1', '1.5h', '1 h', '30s', '1m1h', 'h', '-1h', '1h 30m', '1w'])('parseDuration refuses %j', (text) =>
  expect(parseDuration(text)).toBeUndefined(),
);

test.each([
  [30 * 60_000, '30m'],
  [29 * 60_000 + 10_000, '30m'],
  [H, '1h'],
  [H + 5 * 60_000, '1h 5m'],
  [51 * H, '2d 3h'],
  [0, '0m'],
])('formatDuration(%d) = %s, rounded up to the minute', (ms, text) => expect(formatDuration(ms)).toBe(text));

describe('soak time', () => {
  const now = at('2026-11-23T10:00:00Z');
  test('a pin merged 30 minutes ago with min-soak 1h is held with "30m left"', () => {
    const holds = soakHolds('staging', H, [{ service: 'api', since: now - 30 * 60_000, commit: 'a'.repeat(40) }], now);
    expect(holds).toEqual([
      {
        gate: 'soak',
        message: `api: pinned in staging since 2026-11-23 09:30 UTC (${'a'.repeat(12)}), min-soak 1h: 30m left`,
        until: now + 30 * 60_000,
      },
    ]);
  });
  test('at 61 minutes it goes', () => {
    expect(soakHolds('staging', H, [{ service: 'api', since: now - 61 * 60_000 }], now)).toEqual([]);
  });
  test('a pin whose start the history does not show is held, and says why', () => {
    expect(soakHolds('staging', H, [{ service: 'api' }], now)[0].message).toBe(
      "api: no commit on the base branch's first-parent history pins it in staging, so its soak time (min-soak 1h) cannot be measured",
    );
  });
  test('a shallow history that ends while the pin still matches counts as old enough when it ends min-soak ago', () => {
    expect(soakHolds('staging', H, [{ service: 'api', since: now - 61 * 60_000, atLeast: true }], now)).toEqual([]);
  });
  test('a shallow history that ends later than that is held: how long the pin has been there cannot be told', () => {
    const at = Date.parse('2026-11-23T09:59:00Z');
    expect(soakHolds('staging', H, [{ service: 'api', since: at, commit: 'c'.repeat(40), atLeast: true }], at + 60_000)).toEqual([
      {
        gate: 'soak',
        message:
          "api: pinned in staging at least since 2026-11-23 09:59 UTC (cccccccccccc), where the history at hand ends, so its soak time (min-soak 1h) cannot be measured: fetch the base branch's whole history",
      },
    ]);
  });
  test('a hydrated source: how long its active branch has run the DRY commit, of min-soak, and since when it took it', () => {
    const pin = { service: 'DRY commit 0123456789ab', since: now - 12 * 60_000, commit: 'a'.repeat(40) };
    expect(hydratedSoakHolds('dev', 'environment/dev', H, [{ ...pin, source: { kind: 'merged', pull: 4 } }], now)).toEqual([
      {
        gate: 'soak',
        message:
          'dev has run DRY commit 0123456789ab for 12m of 1h (since its active branch environment/dev took it at 2026-11-23 09:48 UTC, aaaaaaaaaaaa, merged_at of #4): 48m left',
        until: now + 48 * 60_000,
      },
    ]);
    expect(hydratedSoakHolds('dev', 'environment/dev', H, [{ ...pin, since: now - 61 * 60_000 }], now)).toEqual([]);
    expect(hydratedSoakHolds('dev', 'environment/dev', H, [{ service: 'DRY commit 0123456789ab' }], now)).toEqual([
      {
        gate: 'soak',
        message:
          'dev is not seen to run DRY commit 0123456789ab: no commit of its active branch environment/dev runs it, so its soak time (min-soak 1h) cannot be measured',
      },
    ]);
    expect(hydratedSoakHolds('dev', 'environment/dev', H, [{ ...pin, since: now - 60_000, atLeast: true }], now)).toEqual([
      {
        gate: 'soak',
        message:
          "dev has run DRY commit 0123456789ab at least since 2026-11-23 09:59 UTC (aaaaaaaaaaaa), where the history of environment/dev at hand ends, so its soak time (min-soak 1h) cannot be measured: fetch environment/dev's whole history",
      },
    ]);
  });
  test('pinnedSince: the oldest commit of the run at the head of the history with the current pin', async () => {
    const history = [
      { sha: 'c3', time: 3000 },
      { sha: 'c2', time: 2000 },
      { sha: 'c1', time: 1000 },
    ];
    const pins: Record<string, string> = { c3: 'sha256:new', c2: 'sha256:new', c1: 'sha256:old' };
    expect(await pinnedSince('api', 'sha256:new', history, true, async (s) => pins[s])).toEqual({
      service: 'api',
      since: 2000,
      commit: 'c2',
    });
    expect(await pinnedSince('api', 'sha256:new', history.slice(0, 2), false, async (s) => pins[s])).toEqual({
      service: 'api',
      since: 2000,
      commit: 'c2',
      atLeast: true,
    });
    expect(await pinnedSince('api', 'sha256:other', history, true, async (s) => pins[s])).toEqual({ service: 'api' });
  });
  test('refused by default, a draft with wait: draft, refused for push: direct whatever wait says', () => {
    const pins = [{ service: 'api', since: now - 30 * 60_000 }];
    expect(
      gateVerdict({ now, push: 'pr', evidence: { soak: { source: { env: 'staging', minSoak: H, wait: 'refuse', pins } } } }).action,
    ).toBe('refuse');
    expect(
      gateVerdict({ now, push: 'pr', evidence: { soak: { source: { env: 'staging', minSoak: H, wait: 'draft', pins } } } }).action,
    ).toBe('draft');
    expect(
      gateVerdict({ now, push: 'direct', evidence: { soak: { source: { env: 'staging', minSoak: H, wait: 'draft', pins } } } }).action,
    ).toBe('refuse');
  });
  test('a rollback is exempt and says so', () => {
    const v = gateVerdict({ now, push: 'pr', evidence: { soak: { rollbackPast: { env: 'staging', minSoak: H } } } });
    expect(v).toEqual({
      action: 'go',
      holds: [],
      lifted: [],
      notes: ['A rollback (from: ref:) does not wait for the soak time of staging (min-soak 1h).'],
    });
  });
});

// DST days of 2027: Europe/Berlin springs forward 2027-03-28 02:00 → 03:00 (01:00Z) and falls back 2027-10-31
// 03:00 → 02:00 (01:00Z); America/New_York 2027-03-14 02:00 → 03:00 (07:00Z) and 2027-11-07 02:00 → 01:00 (06:00Z);
// Australia/Sydney 2027-10-03 02:00 → 03:00 (2027-10-02 16:00Z) and 2027-04-04 03:00 → 02:00 (2027-04-03 16:00Z).
describe('deny windows on DST days: a start the clock skips is in force from the first instant after the gap; the duration is wall-clock time', () => {
  test.each([
    // zone, cron, duration, instant, held?, opens at (wall clock of the zone)
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-03-28T00:59:00Z', false, undefined],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-03-28T01:00:00Z', true, '2027-03-28 04:00 Europe/Berlin'],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-03-28T01:30:00Z', true, '2027-03-28 04:00 Europe/Berlin'],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-03-28T02:00:00Z', false, undefined],
    // Wholly inside the gap: in force from 03:00 for its duration, as cron runs a skipped job then.
    ['Europe/Berlin', '30 2 * * *', '30m', '2027-03-28T01:10:00Z', true, '2027-03-28 03:30 Europe/Berlin'],
    ['America/New_York', '30 2 * * *', '2h', '2027-03-14T07:30:00Z', true, '2027-03-14 04:30 America/New_York'],
    ['America/New_York', '30 2 * * *', '2h', '2027-03-14T06:59:00Z', false, undefined],
    ['Australia/Sydney', '0 2 * * *', '2h', '2027-10-02T16:30:00Z', true, '2027-10-03 04:00 Australia/Sydney'],
    ['Australia/Sydney', '0 2 * * *', '2h', '2027-10-02T15:59:00Z', false, undefined],
    // Autumn: the repeated hour is inside the window both times; it ends at its wall-clock end.
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-10-31T00:30:00Z', true, '2027-10-31 04:00 Europe/Berlin'],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-10-31T01:30:00Z', true, '2027-10-31 04:00 Europe/Berlin'],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-10-31T02:30:00Z', true, '2027-10-31 04:00 Europe/Berlin'],
    ['Europe/Berlin', '0 2 * * *', '2h', '2027-10-31T03:00:00Z', false, undefined],
    ['America/New_York', '30 1 * * *', '1h', '2027-11-07T06:45:00Z', true, '2027-11-07 02:30 America/New_York'],
    ['America/New_York', '30 1 * * *', '1h', '2027-11-07T07:30:00Z', false, undefined],
    ['Australia/Sydney', '30 2 * * *', '1h', '2027-04-03T16:45:00Z', true, '2027-04-04 03:30 Australia/Sydney'],
    ['Australia/Sydney', '30 2 * * *', '1h', '2027-04-03T17:30:00Z', false, undefined],
  ])('%s %s for %s at %s: held %s', (zone, cron, duration, iso, held, opens) => {
    const h = windowHold('prod', rules({ deny: [win(cron, duration, zone)] }), at(iso));
    if (!held) expect(h).toBeUndefined();
    else
      expect(h?.message).toBe(
        `promotions into prod are closed: inside the deny window '${cron}' for ${duration} (${zone}); opens at ${opens}`,
      );
  });

  test('an allow window whose start the clock skips opens at the first instant after the gap', () => {
    const h = windowHold('prod', rules({ allow: [win('30 2 * * *', '1h', 'Europe/Berlin')] }), at('2027-03-28T00:30:00Z'));
    expect(h?.until).toBe(at('2027-03-28T01:00:00Z'));
    expect(h?.message).toMatch(/opens at 2027-03-28 03:00 Europe\/Berlin$/);
    expect(windowHold('prod', rules({ allow: [win('30 2 * * *', '1h', 'Europe/Berlin')] }), at('2027-03-28T01:00:00Z'))).toBeUndefined();
  });
});

describe('promotion windows', () => {
  const paris = rules({ allow: [win('0 9 * * 1-5', '8h', 'Europe/Paris')] });
  test('before an allow window (Monday 07:30 Paris) it opens at 09:00 Paris', () => {
    const now = at('2026-11-23T06:30:00Z');
    expect(window.holds({ closed: windowHold('prod', paris, now) }, now)).toEqual([
      {
        gate: 'window',
        message:
          "promotions into prod are closed: outside the allow window '0 9 * * 1-5' for 8h (Europe/Paris); opens at 2026-11-23 09:00 Europe/Paris",
        until: at('2026-11-23T08:00:00Z'),
      },
    ]);
  });
  test('inside the allow window it is open; at its end it is closed until the next weekday', () => {
    expect(windowHold('prod', paris, at('2026-11-23T08:00:00Z'))).toBeUndefined();
    expect(windowHold('prod', paris, at('2026-11-23T15:59:00Z'))).toBeUndefined();
    expect(windowHold('prod', paris, at('2026-11-27T16:00:00Z'))?.message).toMatch(/opens at 2026-11-30 09:00 Europe\/Paris$/);
  });
  test('inside a deny window it opens when the window ends', () => {
    const friday = rules({ deny: [win('0 16 * * 5', '64h', 'Europe/Paris')] });
    expect(windowHold('prod', friday, at('2026-11-28T12:00:00Z'))?.message).toBe(
      "promotions into prod are closed: inside the deny window '0 16 * * 5' for 64h (Europe/Paris); opens at 2026-11-30 08:00 Europe/Paris",
    );
    expect(windowHold('prod', friday, at('2026-11-30T07:00:00Z'))).toBeUndefined();
  });
  test('a freeze holds from the start of its first day to the end of its last, then the allow window decides', () => {
    const frozen = rules({ ...paris, freeze: [{ from: '2026-12-21', to: '2027-01-01', timezone: 'Europe/Paris', reason: 'year end' }] });
    const h = windowHold('prod', frozen, at('2026-12-21T10:00:00Z'));
    expect(h?.message).toBe(
      'promotions into prod are closed: frozen from 2026-12-21 to 2027-01-01 (Europe/Paris): year end; opens at 2027-01-04 09:00 Europe/Paris',
    );
    expect(windowHold('prod', frozen, at('2026-12-18T10:00:00Z'))).toBeUndefined();
  });
  test('a break-glass label lifts a window hold and the verdict records who added it', () => {
    const v = gateVerdict({
      now: at('2026-11-23T06:30:00Z'),
      push: 'pr',
      evidence: { window: { closed: windowHold('prod', paris, at('2026-11-23T06:30:00Z')) } },
      breakGlass: { label: 'break-glass', pull: 7, by: 'oncall-alice', at: '2026-11-23T06:20:00Z' },
    });
    expect(v.action).toBe('go');
    expect(v.notes).toEqual([
      "Break glass: the label 'break-glass' on #7 was added by @oncall-alice at 2026-11-23T06:20:00Z; it lifted: promotions into prod are closed: outside the allow window '0 9 * * 1-5' for 8h (Europe/Paris); opens at 2026-11-23 09:00 Europe/Paris.",
    ]);
  });
  test('outside a window: a draft for a pull request, refused for push: direct', () => {
    const now = at('2026-11-23T06:30:00Z');
    const pr = gateVerdict({ now, push: 'pr', evidence: { window: { closed: windowHold('prod', paris, now) } } });
    expect(pr.action).toBe('draft');
    expect(gateLines(pr)).toEqual([
      "Held by a promotion window: promotions into prod are closed: outside the allow window '0 9 * * 1-5' for 8h (Europe/Paris); opens at 2026-11-23 09:00 Europe/Paris.",
    ]);
    expect(gateVerdict({ now, push: 'direct', evidence: { window: { closed: windowHold('prod', paris, now) } } }).action).toBe('refuse');
  });
  test('formatAt shows the wall clock of the time zone', () => {
    expect(formatAt(at('2026-07-01T07:00:00Z'), 'Europe/Paris')).toBe('2026-07-01 09:00 Europe/Paris');
  });
  test('formatUtc (the soak gate, without cron-parser) writes what formatAt writes for UTC', () => {
    for (const iso of ['2026-07-01T07:05:59.999Z', '2026-12-31T23:59:00Z', '2027-01-01T00:00:00Z', '2028-02-29T12:30:00Z'])
      expect(formatUtc(at(iso))).toBe(formatAt(at(iso), 'UTC'));
    expect(formatUtc(at('2026-07-01T07:05:59Z'))).toBe('2026-07-01 07:05 UTC');
  });
});

describe('config', () => {
  const config = (env: string) =>
    parseConfigText(
      ['environments:', '  - name: prod', '    values: prod.yaml', ...env.split('\n').map((l) => `    ${l}`), ''].join('\n'),
      '.github/lockstep.yml',
    );
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e instanceof UserError ? { message: e.message, line: e.line } : e;
    }
    return undefined;
  };
  test('a malformed cron expression is an error at its config line', () => {
    const c = config('windows:\n  deny:\n    - duration: 1h\n      cron: "61 9 * * *"');
    expect(error(() => checkWindows('prod', c.environments[0].windows, c.file))).toEqual({
      message:
        "the deny window cron '61 9 * * *' of environment prod is not a cron expression: Constraint error, got value 61 expected range 0-59",
      line: 7,
    });
    const four = config('windows:\n  allow:\n    - { cron: "0 9 * *", duration: 8h }');
    expect(error(() => checkWindows('prod', four.environments[0].windows, four.file))).toEqual({
      message: "the allow window cron '0 9 * *' of environment prod is not a cron expression: has 4 fields, not 5",
      line: 6,
    });
  });
  test('durations, time zones and freeze days are checked at their line', () => {
    expect(error(() => config('min-soak: 1.5h'))).toEqual({ message: "'environments.prod.min-soak' is '1.5h', not a duration", line: 4 });
    expect(error(() => config('windows:\n  deny:\n    - { cron: "0 9 * * *", duration: 8h, timezone: Mars/Base }'))).toEqual({
      message: "'environments.prod.windows.deny.0.timezone' is 'Mars/Base', not a time zone",
      line: 6,
    });
    expect(error(() => config('windows:\n  freeze:\n    - from: 2026-12-24\n      to: 2026-02-30'))).toEqual({
      message: "'environments.prod.windows.freeze.0.to' is '2026-02-30', not a day",
      line: 7,
    });
  });
  test('the settings read', () => {
    const c = config(
      'min-soak: 1h30m\nwait: draft\nwindows:\n  allow:\n    - { cron: "0 9 * * 1-5", duration: 8h, timezone: Europe/Paris }',
    );
    expect(c.environments[0]).toMatchObject({
      minSoak: 90 * 60_000,
      wait: 'draft',
      windows: {
        allow: [{ cron: '0 9 * * 1-5', duration: '8h', durationMs: 8 * H, timezone: 'Europe/Paris', line: 8 }],
        deny: [],
        freeze: [],
      },
    });
  });
});
