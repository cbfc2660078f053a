import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand, parseOutputFile } from '../../../action-tests/harness/run-action.ts';
import { annotate, appendSummary, issueCommand, setOutput } from '../src/action/workflow-commands.ts';

describe('workflow commands without @actions/core', () => {
  let dir: string;
  let printed: string;
  const env = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-wc-'));
    printed = '';
    jest.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
      printed += String(s);
      return true;
    });
  });
  afterEach(() => {
    jest.restoreAllMocks();
    process.env = { ...env };
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['plain', 'a message'],
    ['line breaks and percent', 'line 1\nline 2\r\n100% done'],
    ['a forged command inside', 'x\n::error::forged'],
  ])('annotations escape data and properties as the runner reads them: %s', (_n, message) => {
    annotate('error', message, { file: 'charts/a,b:c/Chart.yaml', line: 5, title: 'lockstep' });
    expect(printed.split('\n').filter(Boolean)).toHaveLength(1);
    expect(parseCommand(printed.trimEnd())).toEqual({ command: 'error', props: { title: 'lockstep', file: 'charts/a,b:c/Chart.yaml', line: '5' }, message });
  });

  test('setOutput writes a heredoc block that round-trips, even for values holding delimiters', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const tricky = 'ghadelimiter_x\nEOF\nok=false';
    setOutput('ok', 'true');
    setOutput('changed-charts', '[{"path":"charts/a"}]');
    setOutput('weird', tricky);
    expect(parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({ ok: 'true', 'changed-charts': '[{"path":"charts/a"}]', weird: tricky });
    expect(printed).toBe('');
  });

  test('without a runner, outputs and the summary go to the log', () => {
    delete process.env.GITHUB_OUTPUT;
    delete process.env.GITHUB_STEP_SUMMARY;
    setOutput('ok', 'true');
    appendSummary('| a |');
    issueCommand('group', {}, 'title');
    expect(printed).toBe('::set-output name=ok::true\n| a |\n::group::title\n');
  });

  test('the summary is appended to GITHUB_STEP_SUMMARY', () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, 'before\n');
    appendSummary('### chart-bump-check');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('before\n### chart-bump-check\n');
  });
});
