// The values contract run over a folder of charts, each chart's own
// values.yaml taken as an environment's values: per chart, the keys set, those
// no template reads (with the line and the suggestion) and those read only
// through a computed name (not traced). The issue's false-alarm figure.
//
//   node scripts/node24.mjs scripts/values-contract-survey.ts <folder of charts> [--list] [--siblings] [--only a,b,c]
//
// Each direct subfolder holding a Chart.yaml is a chart; its charts/ folder
// and file:// dependencies are read as a render would (remote ones not
// vendored are said as such). With --siblings, a dependency its charts/ folder
// does not hold is read from the folder's chart of that name, as
// `helm dependency build` would vendor it from the same repository (bitnami's
// `common`, kube-prometheus-stack's kube-state-metrics). --only picks charts.
// The charts come from a snapshot of their repository, e.g.
//   git -C <mirror> archive HEAD charts | tar -x -C /tmp/prom

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../packages/core/src/errors.ts';
import { chartMeta, readChartValues, type ChartTree } from '../packages/core/src/values/chart-files.ts';
import { valuesContract } from '../packages/core/src/values/contract.ts';

const [folder, ...flags] = process.argv.slice(2);
if (!folder) throw new Error('usage: values-contract-survey.ts <folder of charts> [--list] [--siblings] [--only a,b,c]');
const list = flags.includes('--list');
const siblings = flags.includes('--siblings');
const onlyAt = flags.indexOf('--only');
const only = onlyAt >= 0 ? new Set(flags[onlyAt + 1].split(',')) : undefined;

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/** A path of the tree on disk: `x/charts/<dep>/…` that does not exist is the sibling chart `<dep>/…` (with --siblings). */
function real(p: string): string {
  if (!siblings || existsSync(join(folder, p))) return p;
  const parts = p.split('/');
  for (let i = parts.length - 1; i > 0; i--)
    if (parts[i - 1] === 'charts' && isDir(join(folder, parts[i])) && isFile(join(folder, parts[i], 'Chart.yaml')))
      return real(parts.slice(i).join('/'));
  return p;
}

/** The dependencies a chart's charts/ folder lacks that a sibling chart provides, by name. */
function siblingDeps(chartDir: string): string[] {
  if (!siblings) return [];
  const meta = chartMeta(readFileSync(join(folder, real(chartDir), 'Chart.yaml'), 'utf8'));
  return meta.dependencies
    .map((d) => d.name)
    .filter((n) => !existsSync(join(folder, real(chartDir), 'charts', n)) && isFile(join(folder, n, 'Chart.yaml')));
}

const tree: ChartTree = {
  text: (p) => Promise.resolve(isFile(join(folder, real(p))) ? readFileSync(join(folder, real(p)), 'utf8') : undefined),
  list: (dir) => {
    const here = real(dir);
    const own = walk(join(folder, here)).map((f) => `${dir}/${relative(join(folder, here), f)}`);
    // charts/ of a chart: the sibling charts it depends on, as if vendored there.
    const chartDir = dir.endsWith('/charts') ? dir.slice(0, -'/charts'.length) : undefined;
    const extra = chartDir && isFile(join(folder, real(chartDir), 'Chart.yaml')) ? siblingDeps(chartDir) : [];
    return Promise.resolve([
      ...own,
      ...extra.flatMap((d) => walk(join(folder, d)).map((f) => `${dir}/${d}/${relative(join(folder, d), f)}`)),
    ]);
  },
  bytes: (p) => Promise.resolve(isFile(join(folder, real(p))) ? new Uint8Array(readFileSync(join(folder, real(p)))) : undefined),
};

function walk(dir: string): string[] {
  if (!isDir(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

let keys = 0;
let unread = 0;
let notTraced = 0;
let charts = 0;
for (const name of readdirSync(folder).sort()) {
  const dir = join(folder, name);
  if (!existsSync(join(dir, 'Chart.yaml')) || (only && !only.has(name))) continue;
  const meta = chartMeta(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));
  if (!meta.name || !meta.version) continue;
  const started = performance.now();
  try {
    // The chart's folder is the tree's root, and its parent is reachable for file:// dependencies.
    const files = await readChartValues(tree, name, { ...meta, name: meta.name, version: meta.version });
    const report = valuesContract(files, files.values ?? '', `${name}/values.yaml`);
    const ms = Math.round(performance.now() - started);
    const remote = files.dependencies.filter((d) => d.unread).map((d) => d.key);
    console.log(
      `${name}\tkeys ${report.checked}\tunread ${report.unread.length}\tnot traced ${report.notTraced}\t${ms} ms${remote.length ? `\t(not vendored: ${remote.join(', ')})` : ''}`,
    );
    if (list)
      for (const u of report.unread)
        console.log(`  ${u.file}:${u.line}: ${u.key}${u.suggestion ? ` (did you mean ${u.suggestion}?)` : ''}`);
    charts++;
    keys += report.checked;
    unread += report.unread.length;
    notTraced += report.notTraced;
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    console.log(`${name}\terror: ${e.file}:${e.line}: ${e.message}`);
  }
}
console.log(`total: ${charts} charts, keys ${keys}, unread ${unread}, not traced ${notTraced}`);
