import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultGraphqlUrl, readOnlyTokenReason, readRunContext } from '../../src/github/context.ts';

const dir = mkdtempSync(join(tmpdir(), 'lockstep-ctx-'));
function eventFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const pr = (head: string | null, base = 'acme/app') => ({
  pull_request: {
    number: 3,
    head: { ref: 'f', sha: 'a'.repeat(40), repo: head === null ? null : { full_name: head } },
    base: { ref: 'main', repo: { full_name: base } },
  },
});

describe('readRunContext', () => {
  test('reads the GITHUB_* variables', () => {
    const ctx = readRunContext({
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: 'c'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SERVER_URL: 'https://ghe.example/',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      GITHUB_EVENT_PATH: eventFile('push.json', { ref: 'refs/heads/main' }),
    });
    expect(ctx).toEqual({
      repository: 'acme/app',
      eventName: 'push',
      event: { ref: 'refs/heads/main' },
      sha: 'c'.repeat(40),
      ref: 'refs/heads/main',
      serverUrl: 'https://ghe.example',
      apiUrl: 'https://ghe.example/api/v3',
      graphqlUrl: 'https://ghe.example/api/graphql',
      isForkPull: false,
      isDependabot: false,
    });
  });

  test('defaults to github.com', () => {
    expect(readRunContext({})).toMatchObject({
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      graphqlUrl: 'https://api.github.com/graphql',
    });
  });

  test('GITHUB_GRAPHQL_URL wins over the derived URL', () => {
    expect(readRunContext({ GITHUB_API_URL: 'http://127.0.0.1:9', GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/gql' }).graphqlUrl).toBe(
      'http://127.0.0.1:9/gql',
    );
  });

  test.each([
    ['same repository', pr('acme/app'), {}, false, false],
    ['fork', pr('mallory/app'), {}, true, false],
    ['fork, case differs only', pr('ACME/App'), {}, false, false],
    ['deleted fork (head.repo null)', pr(null), {}, true, false],
    ['dependabot actor', pr('acme/app'), { GITHUB_ACTOR: 'dependabot[bot]' }, false, true],
    [
      'dependabot re-run by a human keeps the triggering actor',
      pr('acme/app'),
      { GITHUB_ACTOR: 'alice', GITHUB_TRIGGERING_ACTOR: 'dependabot[bot]' },
      false,
      true,
    ],
  ])('%s', (_name, event, env, fork, dependabot) => {
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_PATH: eventFile('pr.json', event),
      ...env,
    });
    expect(ctx.isForkPull).toBe(fork);
    expect(ctx.isDependabot).toBe(dependabot);
    expect(ctx.eventFileProblem).toBeUndefined();
    expect(Boolean(readOnlyTokenReason(ctx))).toBe(fork || dependabot);
  });

  test.each([
    ['missing file', () => join(dir, 'nope.json'), /could not be read \(ENOENT\)/],
    ['not JSON', () => eventFile('bad.json', '{oops'), /is not valid JSON/],
    ['not an object', () => eventFile('num.json', '42'), /does not hold a JSON object/],
    ['no pull_request object', () => eventFile('empty.json', {}), /has no pull_request object/],
    ['unset', () => undefined, /GITHUB_EVENT_PATH is not set on a pull_request run/],
  ])('pull_request with an unusable event file (%s) → eventFileProblem, not "not a pull request"', (_n, path, problem) => {
    const p = path();
    const ctx = readRunContext({ GITHUB_EVENT_NAME: 'pull_request', ...(p ? { GITHUB_EVENT_PATH: p } : {}) });
    expect(ctx.eventFileProblem).toMatch(problem);
    expect(ctx.isForkPull).toBe(false);
  });

  test('pull_request_target from a fork is a fork pull, but its token is the base repository’s (not read-only)', () => {
    const ctx = readRunContext({
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_EVENT_PATH: eventFile('prt.json', pr('mallory/app')),
    });
    expect(ctx.isForkPull).toBe(true);
    expect(readOnlyTokenReason(ctx)).toBeUndefined();
  });

  test('a push run without an event file is not a problem', () => {
    expect(readRunContext({ GITHUB_EVENT_NAME: 'push' }).eventFileProblem).toBeUndefined();
  });
});

test.each([
  ['https://api.github.com', 'https://api.github.com/graphql'],
  ['https://ghe.example/api/v3', 'https://ghe.example/api/graphql'],
  ['https://ghe.example/api/v3/', 'https://ghe.example/api/graphql'],
  ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/graphql'],
])('defaultGraphqlUrl(%s) = %s', (api, gql) => {
  expect(defaultGraphqlUrl(api)).toBe(gql);
});
