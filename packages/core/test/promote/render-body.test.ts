import type { PromotionPlan } from '../../src/promote/plan.ts';
import { PULL_BODY_CAP, pullBody } from '../../src/promote/publish/report.ts';
import type { EnvironmentRender } from '../../src/render/report.ts';

// The pull request body with a "Rendered changes" section at GitHub's size limit: the objects that fit are
// folded in full, the rest counted in a note, and the body's own parts (the rollback command) are all there.

const plan = (rendered: EnvironmentRender): PromotionPlan => ({
  changes: [{ service: 'api', file: 'values-prod.yaml', line: 6, oldTag: '1.0.0', newTag: '1.1.0', verified: 'staging' }],
  files: [],
  services: ['api'],
  unchanged: [],
  sourceLabel: 'staging',
  checks: [],
  drift: { environments: ['staging', 'prod'], rows: [] },
  notes: [],
  rendered,
});

/** `n` ConfigMaps added, each a 3,000-character diff. */
function added(n: number): EnvironmentRender {
  const changes = Array.from({ length: n }, (_, i) => ({
    object: `ConfigMap prod/cm-${i}`,
    key: `v1/ConfigMap/prod/cm-${i}`,
    change: 'added' as const,
    diff: [
      '@@ -0,0 +1,5 @@',
      '+apiVersion: v1',
      '+data:',
      `+  blob: ${'x'.repeat(2950)}`,
      '+kind: ConfigMap',
      `+metadata: {name: cm-${i}}`,
    ].join('\n'),
  }));
  return {
    environment: 'prod',
    status: 'rendered',
    diff: {
      changes,
      counts: { changed: 0, added: n, removed: 0 },
      unchanged: 0,
      ignoredLines: 0,
      nondeterministic: 0,
      unread: [],
      appliedOnSync: 0,
    },
  };
}

const body = (rendered: EnvironmentRender) =>
  pullBody({ plan: plan(rendered), fromLabel: 'staging', to: 'prod', baseSha: 'b'.repeat(40), base: 'main' });

describe('pull request body: Rendered changes at the size limit', () => {
  test('50 objects of 3,000 characters: under 65,536 with the cut said; the rollback command kept', () => {
    const b = body(added(50));
    expect(Buffer.byteLength(b, 'utf8')).toBeLessThanOrEqual(PULL_BODY_CAP);
    expect(PULL_BODY_CAP - Buffer.byteLength(b, 'utf8')).toBeLessThan(3200);
    const shown = b.split('<details><summary>added: ConfigMap').length - 1;
    expect(shown).toBe(20);
    expect(b).toContain(
      "> [!NOTE]\n> 30 objects' diffs cut to fit the 65,536 characters GitHub allows; `lockstep promote --dry-run` prints them all.",
    );
    expect(b).toContain(
      '### Rendered changes\n\n- 0 changed, 50 added, 0 removed in prod\n\n<details><summary>added: ConfigMap prod/cm-0</summary>',
    );
    expect(b).toContain('gh workflow run rollback.yml -f to=prod');
    expect(b.endsWith('<!-- lockstep:promote-env -->')).toBe(true);
  });

  test('a few objects: every one folded in full, no note', () => {
    const b = body(added(3));
    expect(b.split('<details><summary>added: ConfigMap').length - 1).toBe(3);
    expect(b).not.toContain('cut to fit');
  });

  test('no Helm on PATH (auto): nothing in the body; a chart that does not render: Helm message', () => {
    expect(body({ environment: 'prod', status: 'skipped', noHelm: true, message: 'no helm on PATH; add it' })).not.toContain(
      'Rendered changes',
    );
    expect(
      body({
        environment: 'prod',
        status: 'failed',
        message: 'Error: execution error at (myapp/templates/ingress.yaml:7:23): ingress.className is required',
      }),
    ).toContain(
      [
        '### Rendered changes',
        '',
        '- prod: the chart does not render after the change: Error: execution error at (myapp/templates/ingress.yaml:7:23): ingress.className is required',
        '',
        "Helm's message for prod:",
        '',
        '```',
        'Error: execution error at (myapp/templates/ingress.yaml:7:23): ingress.className is required',
        '```',
      ].join('\n'),
    );
  });
});
