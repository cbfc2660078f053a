import { posix } from 'node:path';
import { looseChart } from '../charts/bump-rules.ts';
import type { ChartMeta } from '../charts/chart.ts';
import { diffValues, valuesDefaults, type BreakingChange } from '../values/diff.ts';
import { schemaChanges } from '../values/schema.ts';
import type { PathSet } from './types.ts';
import { join, type ChartContext } from './chart-context.ts';

/**
 * The breaking changes of a chart's values: its own values.yaml and
 * values.schema.json (compared with the folder it moved from, if it moved),
 * then its subcharts'. A values.yaml deleted from the chart removes every key it had.
 */
export async function breakingChanges(dir: string, from: string, meta: ChartMeta, ctx: ChartContext): Promise<BreakingChange[]> {
  const { base, head } = ctx.input;
  const read = ctx.read;
  const valuesFile = join(dir, 'values.yaml');
  const schemaFile = join(dir, 'values.schema.json');
  const baseValues = join(from, 'values.yaml');
  const baseSchema = join(from, 'values.schema.json');
  const breaking: BreakingChange[] = [];
  if (ctx.changed.has(valuesFile) && base.has(baseValues))
    breaking.push(...diffValues((await read(base, baseValues)) ?? '', (await read(head, valuesFile)) ?? '', baseValues, valuesFile));
  if (ctx.changed.has(schemaFile) && base.has(baseSchema) && head.has(schemaFile))
    breaking.push(
      ...(await schemaChanges(
        (await read(base, baseSchema)) ?? '',
        (await read(head, schemaFile)) ?? '',
        schemaFile,
        head.has(valuesFile) ? valuesDefaults((await read(head, valuesFile)) ?? '') : undefined,
      )),
    );
  // A subchart's values are the parent's values under its name: breaking there is breaking here.
  breaking.push(...(await subchartBreaking(dir, from, meta, ctx)));
  return breaking;
}

/**
 * Breaking changes in the chart's subcharts — vendored under `charts/` (at any
 * depth) or `file://` dependencies — as the parent's users see them: keys
 * under the subchart's alias or name (`web.image.pullPolicy`).
 */
async function subchartBreaking(dir: string, from: string, meta: ChartMeta, ctx: ChartContext): Promise<BreakingChange[]> {
  const { base, head } = ctx.input;
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  const basePrefix = from === '.' ? 'charts/' : `${from}/charts/`;
  // Subchart folder at head → its folder at the base (the same, unless the parent moved).
  const subs = new Map<string, string>();
  for (const d of ctx.headDirs.under(prefix)) subs.set(d, basePrefix + d.slice(prefix.length));
  for (const d of ctx.baseDirs.under(basePrefix)) subs.set(prefix + d.slice(basePrefix.length), d);
  for (const dep of meta.dependencies) {
    if (dep.localPath === undefined) continue;
    const target = posix.normalize(posix.join(dir, dep.localPath));
    if (!subs.has(target) && target !== dir) subs.set(target, target);
  }
  const nameAt = async (d: string, tree: PathSet) => {
    const text = await ctx.read(tree, join(d, 'Chart.yaml'));
    return text === undefined ? undefined : looseChart(text, ctx.cache)?.name;
  };
  const out: BreakingChange[] = [];
  for (const [sub, baseSub] of [...subs].sort()) {
    const valuesFile = join(sub, 'values.yaml');
    const schemaFile = join(sub, 'values.schema.json');
    const baseValues = join(baseSub, 'values.yaml');
    const baseSchema = join(baseSub, 'values.schema.json');
    const movedOrChanged = (h: string, b: string) => (h !== b ? base.has(b) : ctx.changed.has(h));
    if (!movedOrChanged(valuesFile, baseValues) && !movedOrChanged(schemaFile, baseSchema)) continue;
    const found: BreakingChange[] = [];
    if (base.has(baseValues) && movedOrChanged(valuesFile, baseValues))
      found.push(...diffValues((await ctx.read(base, baseValues)) ?? '', (await ctx.read(head, valuesFile)) ?? '', baseValues, valuesFile));
    if (base.has(baseSchema) && head.has(schemaFile) && movedOrChanged(schemaFile, baseSchema))
      found.push(
        ...(await schemaChanges(
          (await ctx.read(base, baseSchema)) ?? '',
          (await ctx.read(head, schemaFile)) ?? '',
          schemaFile,
          head.has(valuesFile) ? valuesDefaults((await ctx.read(head, valuesFile)) ?? '') : undefined,
        )),
      );
    if (found.length === 0) continue;
    const key = await valuesKeyOf(sub, baseSub, dir, meta, nameAt, ctx);
    for (const b of found) {
      const inParent = b.key && !b.key.startsWith('(') ? `${key}.${b.key}` : key;
      out.push({ ...b, key: inParent, message: `${b.key ? b.message.replace(b.key, inParent) : b.message} in subchart ${sub}` });
    }
  }
  return out;
}

/** Where a subchart's values live in the parent's values: its alias or name, for each level of nesting. */
async function valuesKeyOf(
  sub: string,
  baseSub: string,
  dir: string,
  meta: ChartMeta,
  nameAt: (d: string, tree: PathSet) => Promise<string | undefined>,
  ctx: ChartContext,
): Promise<string> {
  const { base, head } = ctx.input;
  const name = async (d: string, bd: string) => (await nameAt(d, head)) ?? (await nameAt(bd, base)) ?? posix.basename(d);
  const viaFile = meta.dependencies.find((d) => d.localPath !== undefined && posix.normalize(posix.join(dir, d.localPath)) === sub);
  const prefix = dir === '.' ? 'charts/' : `${dir}/charts/`;
  if (viaFile || !sub.startsWith(prefix)) return viaFile?.alias ?? viaFile?.name ?? (await name(sub, baseSub));
  // charts/a/charts/b → a.b; the first level may carry an alias in the parent's dependencies.
  const parts = sub.slice(prefix.length).split('/charts/');
  const keys: string[] = [];
  let at = dir === '.' ? '' : dir;
  for (const part of parts) {
    at = at ? `${at}/charts/${part}` : `charts/${part}`;
    const n = await name(at, at);
    const dep = keys.length === 0 ? meta.dependencies.find((d) => d.name === n && d.alias) : undefined;
    keys.push(dep?.alias ?? n);
  }
  return keys.join('.');
}
