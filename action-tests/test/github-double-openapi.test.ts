import { OPERATIONS } from '../harness/github-double/index.ts';
import { loadSubset, matchRoute, toJsonSchema } from '../harness/github-double/openapi.ts';

// The GitHub double's reading of GitHub's OpenAPI description: schema
// conversion for ajv and request-path matching, table-driven.

describe('OpenAPI 3.0 → ajv', () => {
  test.each([
    ['nullable scalar', { type: 'string', nullable: true }, { type: ['string', 'null'] }],
    [
      'nullable enum keeps null allowed',
      { type: 'string', enum: ['a', 'b'], nullable: true },
      { type: ['string', 'null'], enum: ['a', 'b', null] },
    ],
    [
      'nullable without a type wraps in anyOf',
      { allOf: [{ type: 'object' }], nullable: true },
      { anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }] },
    ],
    [
      'nested in properties and items',
      { type: 'object', properties: { a: { type: 'array', items: { type: 'integer', nullable: true } } } },
      { type: 'object', properties: { a: { type: 'array', items: { type: ['integer', 'null'] } } } },
    ],
    ['documentation keywords dropped', { type: 'string', description: 'd', example: 'e', title: 't', 'x-github': {} }, { type: 'string' }],
    [
      'a property named like a keyword survives',
      { type: 'object', properties: { description: { type: 'string' } } },
      { type: 'object', properties: { description: { type: 'string' } } },
    ],
  ] as const)('%s', (_name, input, output) => {
    expect(toJsonSchema(input as never)).toEqual(output);
  });

  const { subset } = loadSubset(OPERATIONS);
  test.each([
    ['/repos/o/r/pulls/12', '/repos/{owner}/{repo}/pulls/{pull_number}', { owner: 'o', repo: 'r', pull_number: '12' }],
    ['/repos/o/r/releases/latest', '/repos/{owner}/{repo}/releases/latest', { owner: 'o', repo: 'r' }],
    ['/repos/o/r/releases/tags/app%2F1.0.0', '/repos/{owner}/{repo}/releases/tags/{tag}', { owner: 'o', repo: 'r', tag: 'app/1.0.0' }],
    ['/repos/o/r/git/ref/heads/feature/x', '/repos/{owner}/{repo}/git/ref/{ref}', { owner: 'o', repo: 'r', ref: 'heads/feature/x' }],
    ['/repos/o/r/git/ref/heads%2Ffeature%2Fx', '/repos/{owner}/{repo}/git/ref/{ref}', { owner: 'o', repo: 'r', ref: 'heads/feature/x' }],
    // GitHub marks a release tag as multi-segment: `app/1.0.0` may arrive unencoded.
    ['/repos/o/r/releases/tags/app/1.0.0', '/repos/{owner}/{repo}/releases/tags/{tag}', { owner: 'o', repo: 'r', tag: 'app/1.0.0' }],
    ['/repos/o/r/issues/comments/5', '/repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: 'o', repo: 'r', comment_id: '5' }],
  ])('route %s', (path, template, params) => {
    expect(matchRoute(subset, path)).toEqual({ template, params });
  });

  test.each(['/repos/o/r/pulls/1/nothing', '/repos/o/r/pulls/1/merge/x', '/repos/o', '/nope'])('no route for %s', (path) => {
    expect(matchRoute(subset, path)).toBeUndefined();
  });
});
