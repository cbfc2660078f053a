import { escapeForLog } from '../src/report/log.ts';

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
  ])('%j → %j', (input, output) => {
    const out = escapeForLog(input);
    expect(out).toBe(output);
    expect(out.split('\n')).toHaveLength(1);
    expect(out).not.toMatch(/^\s*::/);
    expect(out).not.toContain('##[');
  });
});
