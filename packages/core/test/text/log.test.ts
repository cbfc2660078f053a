import { escapeForLog, escapeLinesForLog } from '../../src/text/log.ts';

describe('escapeForLog: untrusted text never reads as a workflow command', () => {
  test.each([
    ['::error::x', ': :error::x'],
    ['   ::warning file=a::x', '   : :warning file=a::x'],
    ['title\n::set-output name=x::y', 'title ⏎ ::set-output name=x::y'],
    ['+- ::error::mid-line is not a command', '+- ::error::mid-line is not a command'],
    ['a\r\n::add-mask::s', 'a ⏎ ::add-mask::s'],
    ['text ##[error]legacy', 'text # #[error]legacy'],
    ['##[group]x', '# #[group]x'],
    ['plain: value', 'plain: value'],
    ['image: repo@sha256:abc', 'image: repo@sha256:abc'],
    // What the runner's .NET TrimStart removes and JavaScript's \s does not: NEL.
    ['\u0085::error::pwned', '\u0085: :error::pwned'],
    ['\u3000\u00a0\u0085::warning::x', '\u3000\u00a0\u0085: :warning::x'],
    [
      '\u1680\u2000\u200a\u202f\u205f\u2028\u2029\u000b\u000c::notice::x',
      '\u1680\u2000\u200a\u202f\u205f\u2028\u2029\u000b\u000c: :notice::x',
    ],
  ])('%j → %j', (input, output) => {
    const out = escapeForLog(input);
    expect(out).toBe(output);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/^\s*::/);
    expect(out).not.toContain('##[');
  });
});

describe('escapeLinesForLog: a subprocess output keeps its lines, none of them a command', () => {
  test('each line escaped on its own', () => {
    expect(escapeLinesForLog('resolving\n::warning::x\r\n  ::add-mask::y\r\u0085::stop-commands::t\n##[error]z')).toBe(
      'resolving\n: :warning::x\n  : :add-mask::y\n\u0085: :stop-commands::t\n# #[error]z',
    );
  });
});
