import { writeMetricsJson } from '../../src/operations/metrics/json.ts';
import type { MetricsResult } from '../../src/operations/metrics/run.ts';
import type { Figures } from '../../src/records/figures.ts';
import type { Landing } from '../../src/records/history.ts';

// metrics --json written in pieces: the pieces join to one line of JSON that JSON.parse reads back value for
// value, names an attacker wrote into a commit trailer or the config included, and no piece splits a value.

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const HOSTILE = 'x"y\\z\u2028\u0001</script>';

const landing = (commit: string, at: number): Landing => ({
  commit,
  index: 1,
  at,
  environment: HOSTILE,
  services: [{ name: HOSTILE, tag: '1.0.0' }, { name: 'web' }],
  from: 'ref:"v1"',
  rollback: true,
  inferred: false,
  source: 'deployment',
  deployment: { id: 7, state: 'success' },
});

function figures(n: number): Figures {
  const landings = Array.from({ length: n }, (_, k) => landing(k % 2 ? A : B, 1_700_000_000 + k));
  const into = landing(B, 1_700_000_000 + n);
  const changes = Array.from({ length: n }, (_, k) => ({ commit: A, index: k, at: 1_700_000_000 + k }));
  return {
    landings,
    inferred: 0,
    perDay: 0.1 + 0.2,
    perWeek: 2.1,
    leads: n,
    leadTimes: () => changes.map((c, k) => ({ commit: c.commit, merged: c.at, landing: into.commit, seconds: k })),
    eachLeadTime: (visit) => changes.forEach((c, k) => visit(c, k, into, k)),
    leadMedian: 1.5,
    leadP90: 3,
    failures: [{ commit: A, at: 1, rule: 'rollback', service: HOSTILE, replacedBy: B, recovery: 60 }],
    changeFailureRate: 1 / 3,
    recoveryMedian: 60,
    rework: [landings[0]],
    reworkRate: 1 / 3,
  };
}

const result = (n: number, changes = true): MetricsResult => ({
  base: 'main',
  tip: A,
  from: 1_700_000_000,
  to: 1_700_086_400,
  window: 'last 1d',
  commits: 3,
  environments: [{ name: HOSTILE, figures: figures(n), services: [{ name: HOSTILE, figures: figures(2) }] }],
  inferred: 0,
  notes: [`a note with "${HOSTILE}"`],
  deployments: { read: false, reason: `not read: "${HOSTILE}"` },
  changes,
  fixWindow: 259200,
});

describe('metrics --json in pieces', () => {
  test('one line that JSON.parse reads back, hostile names included, keys in the documented order', () => {
    const pieces: string[] = [];
    writeMetricsJson(result(3), (t) => pieces.push(t));
    const text = pieces.join('');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.slice(0, -1)).not.toContain('\n');
    const out = JSON.parse(text) as Record<string, unknown> & {
      environments: { name: string; promotions: { services: { name: string; tag: string | null; digest: string | null }[] }[] }[];
    };
    expect(Object.keys(out)).toEqual([
      'schema-version',
      'command',
      'outcome',
      'errors',
      'base',
      'base-sha',
      'from',
      'to',
      'commits',
      'inferred',
      'deployments',
      'failure-rule',
      'notes',
      'environments',
    ]);
    expect(out.deployments).toEqual({ read: false, reason: 'not read: "x"y\\z\u2028\u0001</script>"' });
    expect(out.notes).toEqual(['a note with "x"y\\z\u2028\u0001</script>"']);
    const [e] = out.environments;
    expect(e.name).toBe(HOSTILE);
    expect(e.promotions[0]).toEqual({
      commit: B,
      landed: '2023-11-14T22:13:20Z',
      services: [
        { name: HOSTILE, tag: '1.0.0', digest: null },
        { name: 'web', tag: null, digest: null },
      ],
      from: 'ref:"v1"',
      rollback: true,
      inferred: false,
      source: 'deployment',
      deployment: { id: 7, state: 'success' },
    });
    expect(Object.keys(e)).toEqual([
      'name',
      'promotions',
      'inferred',
      'deployment-frequency',
      'lead-time',
      'change-failure-rate',
      'recovery-time',
      'rework-rate',
      'services',
    ]);
    expect((e as unknown as { 'deployment-frequency': unknown })['deployment-frequency']).toEqual({
      'per-day': 0.30000000000000004,
      'per-week': 2.1,
    });
    // A service's lead time names no changes: they are its environment's, listed there once.
    const services = (e as unknown as { services: { 'lead-time': unknown }[] }).services;
    expect(services[0]['lead-time']).toEqual({ 'median-seconds': 1.5, 'p90-seconds': 3 });
    // Written the way JSON.stringify writes it: no blank anywhere.
    expect(`${JSON.stringify(out)}\n`).toBe(text);
  });

  test('a large result leaves in pieces of at most 64 KB of UTF-8, each ending between two values', () => {
    const pieces: string[] = [];
    writeMetricsJson(result(5000), (t) => pieces.push(t));
    expect(pieces.length).toBeGreaterThan(10);
    const text = pieces.join('');
    // Where each piece ends, a scan of the JSON text is between values, never inside a string.
    const ends = new Set<number>();
    let offset = 0;
    for (const p of pieces.slice(0, -1)) {
      expect(Buffer.byteLength(p)).toBeLessThanOrEqual(65536);
      expect(Buffer.byteLength(p)).toBeGreaterThan(65536 - 2000);
      ends.add((offset += p.length));
    }
    let inString = false;
    const inside: number[] = [];
    for (let k = 0; k < text.length; k++) {
      if (ends.has(k) && inString) inside.push(k);
      if (inString && text[k] === '\\') k++;
      else if (text[k] === '"') inString = !inString;
    }
    expect(inside).toEqual([]);
    expect(JSON.parse(pieces.join('')).environments[0]['lead-time'].changes).toHaveLength(5000);
  });

  test('written as bytes (the CLI on a pipe or a file), the document is the same, byte for byte', () => {
    const texts: string[] = [];
    writeMetricsJson(result(3000), (t) => texts.push(t));
    const chunks: Buffer[] = [];
    const asText: string[] = [];
    writeMetricsJson(
      result(3000),
      (t) => asText.push(t),
      (b) => chunks.push(Buffer.from(b)),
    );
    expect(asText).toEqual([]);
    expect(chunks.every((b) => b.length <= 65536)).toBe(true);
    expect(Buffer.concat(chunks).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
  });

  test("a change that reached two environments is written the same in both; another records' change at its position is its own", () => {
    const at = 1_700_000_000;
    const change = { commit: A, index: 0, at };
    const other = { commit: B, index: 0, at: at + 60 };
    const into = (commit: string, when: number): Landing => ({ ...landing(commit, when), environment: 'prod' });
    const env = (name: string, c: typeof change, l: Landing) => {
      const f = figures(1);
      return {
        name,
        figures: { ...f, eachLeadTime: (visit: Parameters<Figures['eachLeadTime']>[0]) => visit(c, 0, l, l.at - c.at) },
        services: [],
      };
    };
    const r = {
      ...result(0),
      environments: [env('dev', change, into(B, at + 100)), env('prod', change, into(A, at + 200)), env('edge', other, into(A, at + 300))],
    };
    const pieces: string[] = [];
    writeMetricsJson(r, (t) => pieces.push(t));
    const out = JSON.parse(pieces.join('')) as { environments: { 'lead-time': { changes: unknown[] } }[] };
    expect(out.environments.map((e) => e['lead-time'].changes)).toEqual([
      [{ commit: A, merged: '2023-11-14T22:13:20Z', 'landed-by': B, seconds: 100 }],
      [{ commit: A, merged: '2023-11-14T22:13:20Z', 'landed-by': A, seconds: 200 }],
      [{ commit: B, merged: '2023-11-14T22:14:20Z', 'landed-by': A, seconds: 240 }],
    ]);
  });

  test("a change's merge time: midnight, the last second of a day, a leap day, before 1970, a fraction of a second", () => {
    const into: Landing = { ...landing(B, 2_000_000_000), environment: 'prod' };
    const times = [1_772_236_800, 1_772_323_199, 1_709_164_800 + 3_723, -1, 1_700_000_000.5];
    const r = {
      ...result(0),
      environments: [
        {
          name: 'prod',
          figures: {
            ...figures(1),
            eachLeadTime: (visit: Parameters<Figures['eachLeadTime']>[0]) =>
              times.forEach((at, k) => visit({ commit: A, index: k, at }, k, into, 1)),
          },
          services: [],
        },
      ],
    };
    const pieces: string[] = [];
    writeMetricsJson(r, (t) => pieces.push(t));
    const out = JSON.parse(pieces.join('')) as { environments: { 'lead-time': { changes: { merged: string }[] } }[] };
    expect(out.environments[0]['lead-time'].changes.map((c) => c.merged)).toEqual([
      '2026-02-28T00:00:00Z',
      '2026-02-28T23:59:59Z',
      '2024-02-29T01:02:03Z',
      '1969-12-31T23:59:59Z',
      '2023-11-14T22:13:20.500Z',
    ]);
  });

  test('without --changes no change is listed, nor visited, and a note says how many were left out', () => {
    let visited = 0;
    const r = result(3000, false);
    expect(r.environments[0].figures.leads).toBe(3000);
    const env = r.environments[0];
    const counted = {
      ...env.figures,
      eachLeadTime: (visit: Parameters<Figures['eachLeadTime']>[0]) => (visited++, env.figures.eachLeadTime(visit)),
    };
    const pieces: string[] = [];
    writeMetricsJson(
      {
        ...r,
        environments: [
          { ...env, figures: counted },
          { ...env, name: 'prod', figures: figures(1234) },
        ],
      },
      (t) => pieces.push(t),
    );
    const text = pieces.join('');
    expect(visited).toBe(0);
    expect(text).not.toContain('"changes"');
    expect(text).not.toContain('landed-by');
    const out = JSON.parse(text) as { notes: string[]; environments: { 'lead-time': unknown }[] };
    expect(out.notes).toEqual([
      'a note with "x"y\\z\u2028\u0001</script>"',
      'Lead-time changes are not listed (4,234 in all, each once per environment it reached): --changes lists each with its lead time under lead-time.changes.',
    ]);
    expect(out.environments.map((e) => e['lead-time'])).toEqual([
      { 'median-seconds': 1.5, 'p90-seconds': 3 },
      { 'median-seconds': 1.5, 'p90-seconds': 3 },
    ]);
    expect(`${JSON.stringify(out)}\n`).toBe(text);
    // A window in which no change reached an environment leaves nothing out: no note.
    const none: string[] = [];
    writeMetricsJson({ ...result(0, false), environments: [{ ...env, figures: { ...figures(1), leads: 0 } }] }, (t) => none.push(t));
    expect((JSON.parse(none.join('')) as { notes: string[] }).notes).toEqual(['a note with "x"y\\z\u2028\u0001</script>"']);
  });
});
