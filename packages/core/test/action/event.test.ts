import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEventFile } from '../../src/action/event.ts';

const dir = mkdtempSync(join(tmpdir(), 'lockstep-event-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('readEventFile', () => {
  test('a readable payload', () => {
    const p = file('ok.json', '{"pull_request":{"base":{"sha":"abc"}}}');
    expect(readEventFile('pull_request', p)).toEqual({ event: { pull_request: { base: { sha: 'abc' } } } });
  });

  test.each([
    [undefined, 'is missing (GITHUB_EVENT_PATH is not set)'],
    [join(dir, 'nope.json'), `is missing (GITHUB_EVENT_PATH names ${join(dir, 'nope.json')}, which does not exist)`],
    ['bad.json', 'is not valid JSON'],
    ['array.json', 'does not hold a JSON object'],
  ])('a pull request event with %s: the problem is named', (path, problem) => {
    const p = path === 'bad.json' ? file('bad.json', '{') : path === 'array.json' ? file('array.json', '[]') : path;
    const r = readEventFile('pull_request', p);
    expect(r.event).toEqual({});
    expect(r.problem).toBe(path === 'bad.json' || path === 'array.json' ? `${p} ${problem}` : problem);
  });

  test.each(['push', 'workflow_dispatch', undefined])('event %s without a payload is simply no pull request', (name) => {
    expect(readEventFile(name, undefined)).toEqual({ event: {}, problem: undefined });
  });
});
