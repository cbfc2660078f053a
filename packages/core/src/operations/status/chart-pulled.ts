// What an environment whose chart version is a semver range (or a range with an OCIRepository's spec.ref.digest
// beside it) runs, for status's table: the artifact pulled as hydrate and the check pull it (deploy/chart-pull.ts
// pullPinnedChart), named by the version its Chart.yaml says with the range beside it, in the check's words
// (`1.3.0 (>=1.2.0 <1.4.0)`). Each artifact is pulled once per run; one that cannot be pulled leaves the range as written.

import valid from 'semver/functions/valid.js';
import { UserError } from '../../errors.ts';
import { pullPinnedChart, versionSaid } from '../../deploy/chart-pull.ts';
import { chartWhere, ociReference } from '../../deploy/chart-reference.ts';
import { deploymentOf } from '../../deploy/kind.ts';
import { shortDigest } from '../../deploy/pins/pins.ts';
import type { PromoteWorld } from '../../promote/ports.ts';
import type { PromoteEnvironment, PromoteRequest } from '../../promote/request.ts';
import type { EnvironmentPins } from '../../promote/status-tables.ts';

/** The chart version a status run's table says: `pulled`, the artifact's version, and `cell`, as the cell says it. */
export type ChartPulled = { pulled: string; cell: string };

/**
 * For a status run at `baseSha`: what an environment's chart version pulls (`pins` as status read them), where it is
 * a range or pinned by a digest; undefined for an exact version, no chart, or an artifact that cannot be had.
 */
export function chartPulled(
  req: PromoteRequest,
  ports: PromoteWorld,
  baseSha: string,
): (env: PromoteEnvironment, pins: EnvironmentPins) => Promise<ChartPulled | undefined> {
  const pulled = new Map<string, Promise<string | undefined>>();
  return async (env, pins) => {
    const asked = pins.chartVersion;
    if (!asked || (valid(asked) === asked && pins.chartDigest === undefined)) return undefined;
    const set = await deploymentOf(env)
      ?.setValues((p) => ports.git.readAt(baseSha, p), req.charts)
      .catch((e: unknown) => {
        if (e instanceof UserError) return undefined;
        throw e;
      });
    const ref = set && ociReference(set.source, asked);
    if (!ref || (ref.range === undefined && ref.digest === undefined)) return undefined;
    const key = chartWhere(ref);
    let version = pulled.get(key);
    if (!version) {
      const got = pullPinnedChart(ref, { oci: (r) => ports.pullChartArchive(r), resolve: (r) => ports.resolveChart(r) });
      // A registry that refuses or does not hold it leaves the cell as written: status says what it read.
      pulled.set(
        key,
        (version = got.then(
          (c) => c.version,
          () => undefined,
        )),
      );
    }
    const found = await version;
    if (found === undefined) return undefined;
    const said = versionSaid(asked, found);
    return { pulled: found, cell: pins.chartDigest ? `${said} ${shortDigest(pins.chartDigest)}` : said };
  };
}
