// An image tag a promotion writes, checked as the chart version is (chart-version.ts): a tag that is SemVer on
// both sides and lower than the one the target runs is refused at the target's line, unless the promotion is a
// rollback (`from: ref:…`) or allow-image-downgrade is set, in which case the pull request says it. A tag that
// is not SemVer on either side (`latest`, a commit sha, a date) is not compared.

import compare from 'semver/functions/compare.js';
import valid from 'semver/functions/valid.js';
import { throwAll, UserError } from '../errors.ts';
import type { PromotionPlan } from './plan.ts';
import type { PromoteRequest, Route } from './request.ts';

/** The notes of the lowered tags a rollback or allow-image-downgrade lets through; throws every other one at its line. */
export function checkImageDowngrades(req: PromoteRequest, route: Route, plan: Pick<PromotionPlan, 'changes'>): string[] {
  const notes: string[] = [];
  const refused: UserError[] = [];
  for (const c of plan.changes) {
    const [from, to] = [c.oldTag && valid(c.oldTag), c.newTag && valid(c.newTag)];
    if (!from || !to || compare(to, from) >= 0) continue;
    const what = `${c.service} ${c.oldTag} → ${c.newTag} lowers the image tag ${route.to.name} runs`;
    if (req.from.kind === 'ref') notes.push(`Rollback: ${what}.`);
    else if (req.allowImageDowngrade) notes.push(`${what} (allow-image-downgrade).`);
    else
      refused.push(
        new UserError(what, {
          file: c.file,
          line: c.line,
          hint: 'roll back with from: ref:<tag-or-sha>, or set allow-image-downgrade: true to lower it on purpose',
          cliHint: 'roll back with --from ref:<tag-or-sha>, or pass --allow-image-downgrade to lower it on purpose',
        }),
      );
  }
  throwAll(refused);
  return notes;
}
