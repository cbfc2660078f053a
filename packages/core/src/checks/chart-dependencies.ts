import { posix } from 'node:path';
import satisfies from 'semver/functions/satisfies.js';
import valid from 'semver/functions/valid.js';
import validRange from 'semver/ranges/valid.js';
import { looseChart, type LooseChart } from '../charts/bump-rules.ts';
import type { ChartMeta } from '../charts/chart.ts';
import { readChartLock } from '../charts/lock.ts';
import { UserError } from '../errors.ts';
import { join, type ChartContext } from './chart-context.ts';
import { fromUserError, type Problem } from './problem.ts';

/**
 * Consistency of a chart's dependencies with the charts kept in the
 * repository (file:// paths and vendored subcharts): each dependency's
 * version constraint admits the chart there, and Chart.lock names and pins
 * exactly what Chart.yaml declares. Problems are added to `problems`.
 */
export async function checkDependencies(dir: string, meta: ChartMeta, ctx: ChartContext, problems: Problem[]): Promise<void> {
  const { head } = ctx.input;
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  const subDirs = ctx.headDirs.under(prefix).filter((d) => !d.slice(prefix.length).includes('/'));
  const charts = new Map<string, Promise<LooseChart | undefined>>();
  const chartAt = (d: string) => {
    let c = charts.get(d);
    if (!c)
      charts.set(d, (c = ctx.read(head, join(d, 'Chart.yaml')).then((t) => (t === undefined ? undefined : looseChart(t, ctx.cache)))));
    return c;
  };
  const subByName = async (name: string) => {
    for (const d of subDirs) if ((await chartAt(d))?.name === name) return d;
    return undefined;
  };
  const inRepo = async (name: string, repository: string | undefined): Promise<string | undefined> => {
    if (repository?.startsWith('file://')) {
      const target = posix.normalize(posix.join(dir, repository.slice('file://'.length).replace(/\/+$/, '')));
      return head.has(join(target, 'Chart.yaml')) ? target : undefined;
    }
    return subByName(name);
  };

  for (const dep of meta.dependencies) {
    const where = await inRepo(dep.name, dep.repository);
    if (!where) {
      if (dep.localPath !== undefined)
        problems.push({
          level: 'error',
          file: meta.file,
          line: dep.line,
          message: `dependency ${dep.name}: ${dep.repository} has no Chart.yaml`,
          hint: 'fix the file:// path',
        });
      continue;
    }
    const v = (await chartAt(where))?.version;
    if (!dep.version || !v || !valid(v)) continue;
    // Helm's constraints (Masterminds semver) AND comparators with commas: `>= 2.0.0, < 3.0.0`.
    const range = validRange(dep.version.replace(/\s*,\s*/g, ' '));
    if (range === null) continue;
    if (!satisfies(v, range, { includePrerelease: true }))
      problems.push({
        level: 'error',
        file: meta.file,
        line: dep.line,
        message: `dependency ${dep.name} requires version ${dep.version} but ${where} is ${v}`,
        hint: `set the dependency's version to ${v}`,
      });
  }

  const lockFile = join(dir, 'Chart.lock');
  const lockText = await ctx.read(head, lockFile);
  if (lockText === undefined) return;
  let lock;
  try {
    lock = readChartLock(lockText, lockFile);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    problems.push(fromUserError(e));
    return;
  }
  const { entries } = lock;
  // Helm refuses to build from a lock whose names differ from Chart.yaml's dependencies.
  const locked = new Set(entries.map((e) => e.name));
  const declared = new Set(meta.dependencies.map((d) => d.name));
  for (const dep of meta.dependencies.filter((d, i, all) => d.name && !locked.has(d.name) && all.findIndex((o) => o.name === d.name) === i))
    problems.push({
      level: 'error',
      file: lockFile,
      line: lock.line,
      message: `Chart.lock has no entry for dependency ${dep.name} (${meta.file}:${dep.line ?? 1})`,
      hint: 'run `helm dependency update` and commit Chart.lock',
    });
  for (const entry of entries.filter((e) => e.name && !declared.has(e.name)))
    problems.push({
      level: 'error',
      file: lockFile,
      line: entry.line,
      message: `Chart.lock lists ${entry.name}, which is no longer a dependency in ${meta.file}`,
      hint: 'run `helm dependency update` and commit Chart.lock',
    });
  for (const entry of entries) {
    const where = await inRepo(entry.name, entry.repository);
    if (!where) continue;
    const v = (await chartAt(where))?.version;
    if (v && entry.version !== v)
      problems.push({
        level: 'error',
        file: lockFile,
        line: entry.line,
        message: `Chart.lock pins ${entry.name} ${entry.version ?? '(none)'} but ${where} is ${v}`,
        hint: 'run `helm dependency update` and commit Chart.lock',
      });
  }
}
