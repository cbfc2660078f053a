import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCommand, parseOutputFile } from '../../../../action-tests/harness/run-action.ts';
import { SUMMARY_CAP } from '../../src/text/cap.ts';
import { annotate, appendSummary, issueCommand, setOutput } from '../../src/action/workflow-commands.ts';
import { stdout } from '../../src/text/stdio.ts';

describe('workflow commands without @actions/core', () => {
  let dir: string;
  let printed: string;
  const env = { ...process.env };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lockstep-wc-'));
    printed = '';
    jest.spyOn(stdout, 'write').mockImplementation((s: string) => {
      printed += s;
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
    expect(parseCommand(printed.trimEnd())).toEqual({
      command: 'error',
      props: { title: 'lockstep', file: 'charts/a,b:c/Chart.yaml', line: '5' },
      message,
    });
  });

  test('setOutput writes a heredoc block that round-trips, even for values holding delimiters', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const tricky = 'ghadelimiter_x\nEOF\nok=false';
    setOutput('ok', 'true');
    setOutput('changed-charts', '[{"path":"charts/a"}]');
    setOutput('weird', tricky);
    expect(parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      ok: 'true',
      'changed-charts': '[{"path":"charts/a"}]',
      weird: tricky,
    });
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

  test('the summary file never grows past the cap: a later append is cut, counting what this step already wrote', () => {
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary-cap');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    const first = `### first\n\n${'a'.repeat(600_000)}`;
    appendSummary(first);
    const rows = Array.from({ length: 20_000 }, (_, i) => `| ${i} | ${'é'.repeat(20)} |`).join('\n');
    appendSummary(`| n | text |\n| --- | --- |\n${rows}`, 'CHANGELOG.md');
    const text = readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_CAP);
    expect(Buffer.byteLength(text)).toBeGreaterThan(SUMMARY_CAP - 1_000);
    expect(text.startsWith(`${first}\n| n | text |`)).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(
      /^> \*\*Note:\*\* \d+ lines \(\d+ KiB\) of this summary were left out .*1 MiB.*; the full text is in CHANGELOG\.md\.$/,
    );
    expect(lines.at(-2)).toMatch(/^\| \d+ \| (é){20} \|$/);
    // Once full, further appends add nothing rather than push it over.
    appendSummary('x'.repeat(5_000));
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(text);
  });

  test('a summary given in parts is appended as their concatenation, cut as it would be whole', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `* ${i} ${'é'.repeat(20)}`).join('\n');
    const parts = ['### prepare-release\n\n<details><summary>Release notes</summary>\n\n', rows, '\n</details>\n'];
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary-whole');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    appendSummary(parts.join(''), 'CHANGELOG.md');
    const whole = readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8');
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary-parts');
    writeFileSync(process.env.GITHUB_STEP_SUMMARY, '');
    appendSummary(parts, 'CHANGELOG.md');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(whole);
    expect(whole.trimEnd().split('\n').slice(-3, -1)).toEqual(['', '</details>']);
    // Room left after the cut: a later append in parts lands whole.
    appendSummary(['small', ' parts'], 'CHANGELOG.md');
    expect(readFileSync(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(`${whole}small parts\n`);
    delete process.env.GITHUB_STEP_SUMMARY;
    printed = '';
    appendSummary(['| a ', '|']);
    expect(printed).toBe('| a |\n');
  });

  test('an output given in parts is written as their concatenation, cut as it would be whole', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output-parts');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    setOutput('short', ['## 1.0.0\n\n### ⚠ BREAKING CHANGES\n\n* a', '\n']);
    const lines = Array.from({ length: 30_000 }, (_, i) => `* fix thing ${i} ${'z'.repeat(30)}`);
    const parts = [lines.slice(0, 10_000).join('\n'), '\n', lines.slice(10_000).join('\n'), '\n'];
    setOutput('notes', parts, 'CHANGELOG.md');
    const inParts = parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'));
    expect(inParts.short).toBe('## 1.0.0\n\n### ⚠ BREAKING CHANGES\n\n* a\n');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    setOutput('notes', parts.join(''), 'CHANGELOG.md');
    const joined = parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'));
    expect(inParts.notes).toBe(joined.notes);
    expect(inParts.notes.split('\n').at(-1)).toBe(
      '… 9369 lines (448 KiB) left out: GitHub limits a step output to 1 MB; the full text is in CHANGELOG.md.',
    );
  });

  test('an output over 1 MB is cut at a line with a note, and a warning names it', () => {
    process.env.GITHUB_OUTPUT = join(dir, 'output-cap');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const notes = Array.from({ length: 30_000 }, (_, i) => `* fix thing ${i} ${'z'.repeat(30)}`).join('\n');
    setOutput('notes', notes, 'CHANGELOG.md');
    setOutput('version', '2.0.0');
    const out = parseOutputFile(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'));
    expect(out.version).toBe('2.0.0');
    expect(Buffer.byteLength(out.notes)).toBeLessThanOrEqual(1_000_000);
    const lines = out.notes.split('\n');
    expect(notes.startsWith(lines.slice(0, -1).join('\n') + '\n')).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^… \d+ lines \(\d+ KiB\) left out: GitHub limits a step output to 1 MB; the full text is in CHANGELOG\.md\.$/,
    );
    const warnings = printed.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings).toHaveLength(1);
    expect(parseCommand(warnings[0])?.message).toMatch(/^The output 'notes' was cut to fit GitHub's 1 MB limit/);
  });
});
