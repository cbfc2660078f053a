import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../../../packages/core/src/config/config.ts';
import type { DemoStep } from '../context.ts';

/** `git ls-files` output drawn as a tree (folders first, then files, each sorted). */
export function drawTree(paths: string[]): string {
  interface Dir {
    dirs: Map<string, Dir>;
    files: string[];
  }
  const root: Dir = { dirs: new Map(), files: [] };
  for (const p of paths) {
    const parts = p.split('/');
    let d = root;
    for (const part of parts.slice(0, -1)) {
      if (!d.dirs.has(part)) d.dirs.set(part, { dirs: new Map(), files: [] });
      d = d.dirs.get(part)!;
    }
    d.files.push(parts[parts.length - 1]);
  }
  const lines: string[] = [];
  const walk = (d: Dir, prefix: string) => {
    const entries = [
      ...[...d.dirs.keys()].sort().map((k) => ({ name: `${k}/`, sub: d.dirs.get(k) })),
      ...d.files.sort().map((f) => ({ name: f, sub: undefined })),
    ];
    entries.forEach((e, i) => {
      const last = i === entries.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${e.name}`);
      if (e.sub) walk(e.sub, `${prefix}${last ? '    ' : '│   '}`);
    });
  };
  walk(root, '');
  return lines.join('\n');
}

/** Shows the sample monorepo and the configuration every action reads. */
const step: DemoStep = async (ctx) => {
  ctx.section('The sample monorepo');
  const files = ctx.repo.git('ls-files').split('\n').filter(Boolean);
  ctx.log(`${files.length} files, release ${ctx.repo.git('describe', '--tags')} on main:`);
  ctx.log(drawTree(files));

  ctx.section('.github/lockstep.yml');
  ctx.log(readFileSync(join(ctx.repo.dir, '.github', 'lockstep.yml'), 'utf8').trimEnd());

  // The same loader the actions use: the demo stops here if the sample config is invalid.
  const config = loadConfig(ctx.repo.dir);
  ctx.log('');
  ctx.log(
    `read by lockstep: version file ${config.versionFile}, tags ${config.tagPrefix}X.Y.Z, charts ${config.charts?.join(', ')}, policy ${config.chartVersionPolicy}`,
  );
  ctx.log(
    `services: ${Object.entries(config.services)
      .map(([name, s]) => `${name} (${s.image} at ${s.valuesKey})`)
      .join(', ')}`,
  );
  ctx.log(`promotion order: ${config.environments.map((e) => `${e.name}${e.protected ? ' [protected]' : ''}`).join(' → ')}`);
};

export default step;
