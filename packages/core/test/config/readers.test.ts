import { parseConfigText } from '../../src/config/config.ts';
import { effectiveConfig } from '../../src/config/effective.ts';
import { ENVIRONMENT_READERS, SERVICE_READERS, TOP_READERS } from '../../src/config/raw.generated.ts';
import { UserError, UserErrors } from '../../src/errors.ts';

const parse = (text: string) => parseConfigText(text, '.github/lockstep.yml');

/** The problems a config text is refused with, as `line: message`. */
function refused(text: string): string[] {
  try {
    parse(text);
  } catch (e) {
    const all = e instanceof UserErrors ? e.errors : e instanceof UserError ? [e] : [];
    return all.map((u) => `${u.line}: ${u.message}`);
  }
  return [];
}

describe('a key whose value needs reading is read by the reader its declaration names', () => {
  test('npm run settings lists each such key with its reader, per place', () => {
    expect(TOP_READERS).toEqual({
      verify: 'verify',
      render: 'render',
      'fix-window': 'duration',
      'chart-registry': 'oci-path',
      pins: 'pins',
    });
    expect(ENVIRONMENT_READERS).toEqual({ windows: 'windows', 'min-soak': 'duration' });
    expect(SERVICE_READERS).toEqual({ verify: 'verify' });
  });

  test('the loader reads each listed key through it: durations in milliseconds, windows, registry, pins, verify', () => {
    const c = parse(
      [
        'chart-registry: oci://ghcr.io/acme/charts/',
        'pins: [{files: pyproject.toml, names: [lib]}]',
        'services: {api: {image: ghcr.io/acme/api, verify: {attestation: {trusted-root: r.json, identity: me}}}}',
        'environments:',
        '  - name: staging',
        '    values: v.yaml',
        '    min-soak: 1h30m',
        '    windows: {deny: [{cron: "0 18 * * 5", duration: 2d12h}], freeze: [{from: 2026-12-20, to: 2026-12-31}]}',
        '',
      ].join('\n'),
    );
    expect(c.chartRegistry).toBe('ghcr.io/acme/charts');
    expect(c.pins).toEqual([{ files: 'pyproject.toml', table: undefined, names: ['lib'] }]);
    expect(c.services.api.verify).toEqual({
      attestation: { trustedRoot: 'r.json', issuer: 'https://token.actions.githubusercontent.com', identity: 'me' },
    });
    expect(c.environments[0].minSoak).toBe(5_400_000);
    expect(c.environments[0].windows).toEqual({
      allow: [],
      deny: [{ cron: '0 18 * * 5', duration: '2d12h', durationMs: 216_000_000, timezone: 'UTC', line: 8 }],
      freeze: [{ from: '2026-12-20', to: '2026-12-31', timezone: 'UTC' }],
    });
    // Shown back in the file's spelling through the same readers.
    const shown = effectiveConfig(c);
    expect(shown['chart-registry']).toBe('ghcr.io/acme/charts');
    expect(shown.pins).toEqual([{ files: 'pyproject.toml', names: ['lib'] }]);
    expect((shown.environments as Record<string, unknown>[])[0].windows).toEqual({
      allow: [],
      deny: [{ cron: '0 18 * * 5', duration: '2d12h', timezone: 'UTC' }],
      freeze: [{ from: '2026-12-20', to: '2026-12-31', timezone: 'UTC' }],
    });
  });

  test("metrics' fix-window: 72h when the file leaves it out, else the file's duration; a bad one refused at its line", () => {
    expect(parse('').fixWindow).toBe(259_200_000);
    expect(parse('fix-window: 5d\n').fixWindow).toBe(432_000_000);
    expect(refused('tag-prefix: v\nfix-window: a week\n')).toEqual(["2: 'fix-window' is 'a week', not a duration"]);
  });

  test('a value its reader refuses is an error at its own line, named as the file spells it', () => {
    const env = (lines: string[]) => ['environments:', '  - name: prod', '    values: v.yaml', ...lines, ''].join('\n');
    expect(refused(env(['    min-soak: 90s']))).toEqual(["4: 'environments.prod.min-soak' is '90s', not a duration"]);
    expect(refused(env(['    windows:', '      allow:', '        - cron: "0 9 * * *"', '          duration: 1w']))).toEqual([
      "7: 'environments.prod.windows.allow.0.duration' is '1w', not a duration",
    ]);
    expect(
      refused(
        env(['    windows:', '      deny:', '        - cron: "0 9 * * *"', '          duration: 1h', '          timezone: Mars/Base']),
      ),
    ).toEqual(["8: 'environments.prod.windows.deny.0.timezone' is 'Mars/Base', not a time zone"]);
    expect(refused(env(['    windows:', '      freeze:', '        - from: 2026-12-31', '          to: 2026-12-20']))).toEqual([
      '7: freeze 1 of environment prod ends (2026-12-20) before it starts (2026-12-31)',
    ]);
  });
});
