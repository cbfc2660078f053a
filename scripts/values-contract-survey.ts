// The values contract run over a folder of charts, each chart's own
// values.yaml taken as an environment's values: per chart, the keys set, those
// no template reads (with the line and the suggestion) and those read only
// through a computed name (not traced). The issue's false-alarm figure.
//
//   node scripts/node24.mjs scripts/values-contract-survey.ts <folder of charts> [--list]
//
// Each direct subfolder holding a Chart.yaml is a chart; its charts/ folder
// and file:// dependencies are read as a render would (remote ones not
// vendored are said as such).

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { UserError } from '../packages/core/src/errors.ts';
import { chartMeta, readChartValues, type ChartTree } from '../packages/core/src/values/chart-files.ts';
import { valuesContract } from '../packages/core/src/values/contract.ts';

const [folder, ...flags] = process.argv.slice(2);
if (!folder) throw new Error('usage: values-contract-survey.ts <folder of charts> [--list]');
const list = flags.includes('--list');

const tree = (base: string): ChartTree => ({
  text: (p) =>
    Promise.resolve(existsSync(join(base, p)) && statSync(join(base, p)).isFile() ? readFileSync(join(base, p), 'utf8') : undefined),
  list: (dir) => Promise.resolve(walk(join(base, dir)).map((f) => relative(base, f))),
  bytes: (p) => Promise.resolve(existsSync(join(base, p)) ? new Uint8Array(readFileSync(join(base, p))) : undefined),
});

function walk(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

let keys = 0;
let unread = 0;
let notTraced = 0;
let charts = 0;
for (const name of readdirSync(folder).sort()) {
  const dir = join(folder, name);
  if (!existsSync(join(dir, 'Chart.yaml'))) continue;
  const meta = chartMeta(readFileSync(join(dir, 'Chart.yaml'), 'utf8'));
  if (!meta.name || !meta.version) continue;
  const started = performance.now();
  try {
    // The chart's folder is the tree's root, and its parent is reachable for file:// dependencies.
    const files = await readChartValues(tree(folder), name, { ...meta, name: meta.name, version: meta.version });
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
