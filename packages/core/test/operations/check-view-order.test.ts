import type { CheckResult } from '../../src/operations/check/run.ts';
import { checkMarkdown, checkView } from '../../src/operations/check/view.ts';
import { renderTerminal } from '../../src/report/view.ts';

// Issue 73, item 9: one ordered report. A changed chart folder outside `charts:` fails the check; the terminal's
// report says why before its verdict, in the same stream (stdout), and the verdict does not say "No chart changed"
// when a chart folder did change.

const outside: CheckResult = {
  charts: [],
  uncovered: ['platform/gateway'],
  protectedFiles: [],
  protectedProblems: [
    {
      level: 'error',
      file: 'platform/gateway/Chart.yaml',
      message: 'chart folder platform/gateway changed, and no `charts:` entry covers it: its version is not checked',
      hint: 'add `- platform/gateway` to charts: (.github/lockstep.yml:2), or to charts-ignore: to leave it out on purpose',
    },
  ],
  ok: false,
  outputs: { ok: 'false', 'changed-charts': '[]' },
  range: { base: 'a'.repeat(40), head: 'b'.repeat(40), fetched: [] },
};

describe('a changed chart folder outside charts:', () => {
  test('the terminal report: the reason, then the verdict, which names the folder instead of "no chart changed"', () => {
    const lines = renderTerminal(checkView(outside)).split('\n');
    expect(lines.slice(-4)).toEqual([
      'error: platform/gateway/Chart.yaml: chart folder platform/gateway changed, and no `charts:` entry covers it: its version is not checked — add `- platform/gateway` to charts: (.github/lockstep.yml:2), or to charts-ignore: to leave it out on purpose',
      '',
      'Compared head bbbbbbbbbbbb with their merge base (base aaaaaaaaaaaa). No chart that charts: covers changed; the chart folder platform/gateway outside it changed. The check failed.',
      '',
    ]);
    expect(lines.join('\n')).not.toContain('No chart changed');
  });

  test('the summary says the same in place of "no chart changed"', () => {
    const md = checkMarkdown(outside);
    expect(md).toContain('No chart that `charts:` covers changed; the chart folder `platform/gateway` outside it changed.');
    expect(md).not.toContain('No chart changed');
  });

  test('two folders outside; a passing check has no error lines and keeps its sentence', () => {
    const two = { ...outside, uncovered: ['platform/gateway', 'platform/mesh'] };
    expect(checkView(two).status).toContain('the chart folders platform/gateway, platform/mesh outside it changed. The check failed.');
    const passed = { ...outside, uncovered: undefined, protectedProblems: [], ok: true };
    expect(checkView(passed).errors).toBeUndefined();
    expect(checkView(passed).status).toBe(
      'Compared head bbbbbbbbbbbb with their merge base (base aaaaaaaaaaaa). No chart changed in a way helm package would see. The check passed.',
    );
  });
});
