import type { CheckResult } from '../../src/operations/check/run.ts';
import { checkFailure, checkJson, checkMarkdown, checkWarnings } from '../../src/operations/check/view.ts';

// The values contract in the check's views: each finding in the summary, a warning as an annotation, an error as a
// failure, and the per-environment figures in `lockstep check --json`.

const prodError = {
  level: 'error' as const,
  file: 'charts/api/values-prod.yaml',
  line: 3,
  message: 'values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
  hint: 'move it where the chart reads it or remove it, or set values-contract: warn for prod in the config',
};
const devWarning = {
  level: 'warning' as const,
  file: 'charts/api/values-dev.yaml',
  line: 2,
  message: 'values-contract: dev: replicsa is set, but no template of chart api reads it; did you mean replicas?',
};

const result: CheckResult = {
  charts: [],
  protectedFiles: [],
  protectedProblems: [],
  ok: false,
  outputs: { ok: 'false', 'changed-charts': '[]' },
  range: { base: 'a'.repeat(40), head: 'b'.repeat(40), fetched: [] },
  valuesContract: {
    problems: [prodError, devWarning],
    sections: [
      {
        environment: 'dev',
        mode: 'warn',
        chart: 'api',
        files: [{ file: 'charts/api/values-dev.yaml', checked: 4, unread: 1, notTraced: 0 }],
        schema: [],
        undeclared: [],
      },
      {
        environment: 'prod',
        mode: 'error',
        chart: 'api',
        files: [
          { file: 'charts/api/values-prod.yaml', checked: 5, unread: 1, notTraced: 2 },
          { file: 'charts/api/values-prod-eu.yaml', label: 'helm.values', checked: 1, unread: 0, notTraced: 0 },
        ],
        schema: [
          {
            file: 'charts/api/values-prod.yaml',
            line: 4,
            key: 'replicas',
            message: 'replicas must be >= 1 (charts/api/values.schema.json:6, read as JSON Schema draft-07)',
          },
        ],
        undeclared: [{ file: 'charts/api/values.yaml', line: 7, key: 'extra' }],
      },
    ],
  },
};

describe('the values contract in the check views', () => {
  test('--json: a section per environment with its figures, the warning among the warnings', () => {
    const doc = checkJson(result) as unknown as Record<string, unknown>;
    expect(doc['values-contract']).toEqual([
      {
        environment: 'dev',
        mode: 'warn',
        chart: 'api',
        checked: 4,
        unread: 1,
        'not-traced': 0,
        files: [{ file: 'charts/api/values-dev.yaml', checked: 4, unread: 1, 'not-traced': 0 }],
        schema: [],
        undeclared: [],
        failed: null,
      },
      {
        environment: 'prod',
        mode: 'error',
        chart: 'api',
        checked: 6,
        unread: 1,
        'not-traced': 2,
        files: [
          { file: 'charts/api/values-prod.yaml', checked: 5, unread: 1, 'not-traced': 2 },
          { file: 'charts/api/values-prod-eu.yaml', in: 'helm.values', checked: 1, unread: 0, 'not-traced': 0 },
        ],
        schema: [
          {
            file: 'charts/api/values-prod.yaml',
            line: 4,
            key: 'replicas',
            message: 'replicas must be >= 1 (charts/api/values.schema.json:6, read as JSON Schema draft-07)',
          },
        ],
        undeclared: [{ file: 'charts/api/values.yaml', line: 7, key: 'extra' }],
        failed: null,
      },
    ]);
    expect(doc.warnings).toEqual([
      {
        file: 'charts/api/values-dev.yaml',
        line: 2,
        message:
          'charts/api/values-dev.yaml:2: values-contract: dev: replicsa is set, but no template of chart api reads it; did you mean replicas?',
      },
    ]);
  });

  test('the error fails the check; the warning is annotated; the summary lists both', () => {
    expect(checkFailure(result)?.errors.map((e) => `${e.file}:${e.line}: ${e.message}`)).toEqual([
      'charts/api/values-prod.yaml:3: values-contract: prod: metric.enabled is set, but no template of chart api reads it; did you mean metrics.enabled?',
    ]);
    expect(checkWarnings(result)).toEqual([devWarning]);
    expect(checkMarkdown(result)).toContain("**The values contract: keys no template reads, what the chart's schema refuses**");
  });
});
