// Writes go where the deployer reads. A promotion into an environment with an
// Argo CD Application writes its pins into the environment's values file; Argo
// CD renders that file only where the Application names it: a `valueFiles`
// entry `$<ref>/<path>` (a multi-source Application's source of this
// repository), a plain entry beside a git source's `path:` (and the chart's
// own values.yaml there, which Helm reads unasked), or the Application's own
// file (inline values). A chart-repository source (`chart:` from a Helm
// repository or an OCI registry) reads its plain `valueFiles` inside the chart
// package Argo CD pulls: the file of this repository with the same name never
// reaches the cluster. Such a promotion is refused before anything is asked of
// a registry or written, at the line that makes it so, naming the layout that
// works.

import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { readApplication, valueFilePlaces } from '../deploy/argocd/application.ts';
import type { ChartRevision } from '../deploy/argocd/application.ts';

/** What the check needs of the target: its name, its pins' file, and its Application (file, text, chart revision). */
export interface DeployedPlace {
  environment: string;
  /** The file the pins are written to. */
  file: string;
  /** The Application's chart revision (undefined: no Application, or a Flux resource). */
  rev?: ChartRevision;
  appText?: string;
}

/** The 1-based line of a valueFiles entry in the Application's text (the first line naming it after `valueFiles`), else `fallback`. */
function entryLine(text: string, entry: string, fallback: number): number {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => /\bvalueFiles\s*:/.test(l));
  if (from < 0) return fallback;
  const i = lines.findIndex((l, n) => n >= from && l.includes(entry));
  return i >= 0 ? i + 1 : fallback;
}

/**
 * Refuses a promotion whose pins' file the target's Application does not render (header). Nothing to say for an
 * environment without an Application, a Flux resource, or pins written into the Application's own file.
 */
export function refuseUnreadPins(p: DeployedPlace): void {
  const { rev, appText } = p;
  if (!rev || rev.flux || appText === undefined || posix.normalize(p.file) === posix.normalize(rev.file)) return;
  const app = readApplication(appText, rev.file, rev.name, rev.chartPath ? [rev.chartPath] : []);
  const file = posix.normalize(p.file);
  const places = valueFilePlaces(app);
  // Helm reads a git source's own values.yaml unasked.
  const read = new Set([
    ...(app.path !== undefined ? [posix.join(app.path, 'values.yaml')] : []),
    ...places.flatMap((v) => ('repo' in v ? [v.repo] : [])),
  ]);
  const inPackage = places.flatMap((v) => ('inPackage' in v ? [v.entry] : []));
  if (read.has(file)) return;
  const multiSource = `a multi-source Application: the chart's source with valueFiles: [$values/${file}] beside a source of this repository with ref: values`;
  const packaged = inPackage.find((f) => posix.basename(f) === posix.basename(file)) ?? inPackage[0];
  if (packaged !== undefined)
    throw new UserError(
      `${p.environment}'s Application reads ${packaged} inside the chart package (a chart-repository source's valueFiles are read from the chart Argo CD pulls), so pins written to ${file} would never reach the cluster`,
      {
        file: rev.file,
        line: entryLine(appText, packaged, rev.line),
        hint: `make it ${multiSource}, so what the promotion writes is what Argo CD renders; nothing was written`,
      },
    );
  const named = app.valueFiles.length > 0 ? `its valueFiles name ${app.valueFiles.join(', ')}` : 'it names no valueFiles';
  throw new UserError(
    `${p.environment}'s Application does not read ${file} (${named}), so pins written there would never reach the cluster`,
    {
      file: rev.file,
      line: app.valueFiles.length > 0 ? entryLine(appText, app.valueFiles[0], rev.line) : rev.line,
      hint: `name it in the Application's valueFiles (${app.path !== undefined ? posix.relative(app.path, file) : `$values/${file}`}${
        app.path !== undefined ? '' : `, in ${multiSource}`
      }), or point the environment's values: at the file it reads; nothing was written`,
    },
  );
}
