// Rendered manifest diffs (issue 42): what rendering adds to a promotion, against the helm template runs it
// needs. A chart moved 4.0.0 → 4.1.0 (with the pins) into three environments, one `lockstep promote` dry run
// each through the committed CLI bundle, with the real Helm 3.17.3 on PATH: render on minus render off is
// what rendering adds. The floor is the helm template runs those renders are (before, after, after again per
// environment), each run directly on the same chart folder and values, one after the other.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { application, chartFiles, chartRepo, serviceValues, type ChartShape } from '../harness/chart-repo.ts';
import type { Bench, BenchRow } from './context.ts';
import { formatMs, timeFn, timeSpawn, type Timing } from './measure.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'packages', 'cli', 'dist', 'lockstep.js');
const ENVS = ['prod-eu', 'prod-us', 'prod-ap'];
const RELEASED: [string, ChartShape][] = [
  ['4.0.0', { ingress: true, pdb: true }],
  ['4.1.0', { ingress: true, pdb: true }],
];

const bench: Bench = async (ctx) => {
  const helm = process.env.LOCKSTEP_HELM ?? join(repoRoot, 'tools', 'kube', 'bin', 'helm');
  const path = `${dirname(helm)}:${process.env.PATH ?? '/usr/bin:/bin'}`;
  const repoURL = 'oci://127.0.0.1:1/acme/charts';
  const config = [
    'charts: [charts/*]',
    'services:',
    '  api: { image: ghcr.io/acme/api, values-key: services.api.image }',
    '  worker: { image: ghcr.io/acme/worker, values-key: services.worker.image }',
    '  web: { image: ghcr.io/acme/web, values-key: services.web.image }',
    'environments:',
    '  - { name: dev, values: environments/dev/values.yaml, application: apps/dev/myapp.yaml }',
    ...ENVS.map((e) => `  - { name: ${e}, values: environments/${e}/values.yaml, application: apps/${e}/myapp.yaml }`),
    '',
  ].join('\n');
  const files: Record<string, string> = {
    '.github/lockstep.yml': config,
    'environments/dev/values.yaml': serviceValues('dev', '1.9.0', [
      'ingress:',
      '  enabled: true',
      '  className: nginx',
      '  host: dev.acme.example',
    ]),
    'apps/dev/myapp.yaml': application('dev', '4.1.0', repoURL),
  };
  for (const e of ENVS) {
    files[`environments/${e}/values.yaml`] = serviceValues(e, '1.8.0', [
      'ingress:',
      '  enabled: true',
      '  className: nginx',
      `  host: ${e}.acme.example`,
    ]);
    files[`apps/${e}/myapp.yaml`] = application(e, '4.0.0', repoURL);
  }
  const fixture = chartRepo(RELEASED, ['4.1.0', { ingress: true, pdb: true }], files);
  try {
    const ws = fixture.clone('main');
    const promote = (env: string, render: string) =>
      timeSpawn(ctx.node, [cli, 'promote', '--from', 'dev', '--to', env, '--allow-skip', '--render', render], {
        cwd: ws,
        env: { PATH: path, HOME: ctx.tmp, LANG: 'C.UTF-8' },
      });
    const check = (env: string, t: { stdout: string }, rendered: boolean) => {
      if (rendered !== t.stdout.includes(`in ${env} (chart myapp 4.0.0 from charts/myapp at tag myapp-4.0.0 → chart myapp 4.1.0`))
        throw new Error(`promote to ${env} (render ${rendered ? 'on' : 'off'}) printed:\n${t.stdout}`);
    };
    const sum = async (render: string) =>
      timeFn(ctx.runs, async () => {
        let ms = 0;
        let last: Timing | undefined;
        for (const e of ENVS) {
          last = await promote(e, render);
          check(e, last, render === 'on');
          ms += last.ms;
        }
        return { ...last!, ms };
      });
    const off = await sum('off');
    const on = await sum('on');

    // The floor: the same nine helm template runs, one after the other, on the charts at their tags.
    const charts = join(ctx.tmp, 'charts');
    for (const [v] of RELEASED)
      for (const [p, text] of Object.entries(chartFiles(v, { ingress: true, pdb: true }, v)))
        if (text !== null) {
          mkdirSync(dirname(join(charts, p)), { recursive: true });
          writeFileSync(join(charts, p), text);
        }
    const valuesAt = (e: string, ref: string) => {
      const f = join(ctx.tmp, `${e}-${ref.replace(/\W/g, '_')}.yaml`);
      writeFileSync(f, execFileSync('git', ['-C', ws, 'show', `${ref}:environments/${e}/values.yaml`], { encoding: 'utf8' }));
      return f;
    };
    const devValues = valuesAt('dev', 'HEAD');
    const helmRuns: string[][] = ENVS.flatMap((e) => {
      const before = [
        'template',
        `myapp-${e}`,
        join(charts, '4.0.0'),
        '--include-crds',
        '--namespace',
        `acme-${e}`,
        '--values',
        valuesAt(e, 'HEAD'),
      ];
      // After: prod's file with dev's pins is what the plan writes; dev's values stand in for it (same keys and size).
      const after = ['template', `myapp-${e}`, join(charts, '4.1.0'), '--include-crds', '--namespace', `acme-${e}`, '--values', devValues];
      return [before, after, after];
    });
    const floor = await timeFn(ctx.runs, async () => {
      let ms = 0;
      let last: Timing | undefined;
      for (const args of helmRuns) {
        last = await timeSpawn(helm, args, { env: { PATH: path, HOME: ctx.tmp } });
        ms += last.ms;
      }
      return { ...last!, ms };
    });
    const added = on.ms - off.ms;
    ctx.log(
      `render: 3 promotions ${formatMs(off.ms)} without rendering, ${formatMs(on.ms)} with; adds ${formatMs(added)}; the 9 helm template runs take ${formatMs(floor.ms)} one after the other (${(added / floor.ms).toFixed(2)}×)`,
    );
    const row: BenchRow = {
      case: 'promote, chart 4.0.0 → 4.1.0 into 3 environments: time rendering adds (render on − off)',
      oursMs: added,
      floorMs: floor.ms,
      peakMB: on.peakRssMB,
      target: '≤ 2× the helm template runs it needs',
      met: added <= 2 * floor.ms,
    };
    return [row];
  } finally {
    fixture.cleanup();
  }
};

export default bench;
