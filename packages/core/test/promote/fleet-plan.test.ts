import { chartChanges, fleetPlan, fleetVerdict } from '../../src/promote/fleet.ts';
import type { AppPlan, PromotionPlan } from '../../src/promote/plan.ts';
import type { PromoteRequest, Route } from '../../src/promote/request.ts';
import { UserError } from '../../src/errors.ts';

// One plan from the plans of a fleet's apps (issue 72, item 8): each app's changes said with its app, the checks of
// one commit once, and two apps writing one file refused (each edit is made on the base and would drop the other's).

const plan = (over: Partial<PromotionPlan>): PromotionPlan => ({
  changes: [],
  files: [],
  services: [],
  unchanged: [],
  sourceLabel: 'staging/api (its pins at main)',
  checks: [],
  notes: [],
  ...over,
});
const route = (to: string, from?: string) =>
  ({ to: { name: to }, ...(from ? { from: { name: from } } : {}), branch: 'promote/prod' }) as unknown as Route;
const app = (id: string, p: PromotionPlan): AppPlan => ({
  id,
  plan: p,
  req: {} as PromoteRequest,
  route: route(`prod/${id}`, `staging/${id}`),
});
const change = (service: string, file: string) => ({ service, file, line: 4, oldTag: '1.0.0', newTag: '1.1.0', verified: 'staging' });
const edit = (path: string) => ({ path, before: 'a\n', after: 'b\n' });

test('changes carry their app, notes say it, the source is the environment, checks of one commit once', () => {
  const checks = [{ sha: 'abc', states: [{ name: 'e2e', state: 'success' as const }] }];
  const out = fleetPlan(
    [
      app(
        'api',
        plan({
          changes: [change('api', 'charts/api/values-prod.yaml')],
          files: [edit('charts/api/values-prod.yaml')],
          checks,
          notes: ['ships api'],
        }),
      ),
      app(
        'web',
        plan({
          sourceLabel: 'staging/web (its pins at main)',
          unchanged: ['web'],
          checks,
          chart: { file: 'apps/prod/web.yaml', line: 9, old: '2.0.0', new: '2.1.0' },
        }),
      ),
    ],
    ['jobs: prod has no app jobs; not promoted.'],
    route('prod', 'staging'),
  );
  expect(out.changes.map((c) => [c.app, c.service, c.file])).toEqual([['api', 'api', 'charts/api/values-prod.yaml']]);
  expect(out.files.map((f) => f.path)).toEqual(['charts/api/values-prod.yaml']);
  expect(out.unchanged).toEqual(['web/web']);
  expect(out.sourceLabel).toBe('staging (its pins at main)');
  expect(out.checks).toEqual(checks);
  expect(out.notes).toEqual(['jobs: prod has no app jobs; not promoted.', 'api: ships api']);
  expect(chartChanges(out)).toEqual([{ app: 'web', chart: { file: 'apps/prod/web.yaml', line: 9, old: '2.0.0', new: '2.1.0' } }]);
});

test('two apps writing one file are refused, naming both and the file', () => {
  let error: unknown;
  try {
    fleetPlan(
      [app('api', plan({ files: [edit('deploy/shared/values.yaml')] })), app('web', plan({ files: [edit('deploy/shared/values.yaml')] }))],
      [],
      route('prod', 'staging'),
    );
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).format()).toBe(
    'deploy/shared/values.yaml: apps api and web of prod both write deploy/shared/values.yaml — give each app of prod its own file, or promote one of them with --only',
  );
});

test('the gates of a fleet: the strictest action, each hold once', () => {
  const hold = { gate: 'soak', message: 'api has soaked 10m of 1h' };
  expect(
    fleetVerdict([
      { action: 'go', holds: [], lifted: [], notes: ['approved by @a'] },
      { action: 'refuse', holds: [hold], lifted: [], notes: ['approved by @a'] },
      { action: 'draft', holds: [hold], lifted: [], notes: [] },
      undefined,
    ]),
  ).toEqual({ action: 'refuse', holds: [hold], lifted: [], notes: ['approved by @a'] });
  expect(fleetVerdict([undefined, undefined])).toBeUndefined();
});
