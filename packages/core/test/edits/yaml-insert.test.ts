import { insertAt } from '../../src/edits/yaml-insert.ts';
import { UserError } from '../../src/errors.ts';

// What a promotion writes into an environment's own values file when the chart's values.yaml sets the image: the
// missing mappings on the way and the block at the end, under the deepest mapping the file has.

const digest = `sha256:${'2'.repeat(64)}`;
const pin = [
  ['tag', '6.14.2'],
  ['digest', digest],
] as const;

describe('insertAt', () => {
  test.each([
    ['a file without the first key', 'replicas: 2\n', 'replicas: 2\nservices:\n  api:\n    image:\n      tag: 6.14.2\n      digest: D\n'],
    [
      'a file with part of the path, in its own indentation',
      'services:\n    worker: {}\n',
      'services:\n    worker: {}\n    api:\n        image:\n            tag: 6.14.2\n            digest: D\n',
    ],
    ['an empty file', '', 'services:\n  api:\n    image:\n      tag: 6.14.2\n      digest: D\n'],
    ['a file of comments only', '# prod\n', '# prod\nservices:\n  api:\n    image:\n      tag: 6.14.2\n      digest: D\n'],
    [
      'CRLF line ends kept',
      'replicas: 2\r\n',
      'replicas: 2\r\nservices:\r\n  api:\r\n    image:\r\n      tag: 6.14.2\r\n      digest: D\r\n',
    ],
  ])('%s', (_, text, want) => {
    expect(insertAt(text, 'values-prod.yaml', ['services', 'api', 'image'], pin)).toBe(want.replaceAll('D', digest));
  });

  test('one scalar at the end of the path (an image string, a bare tag); a tag that reads as a number is quoted', () => {
    expect(insertAt('a: 1\n', 'v.yaml', ['api', 'image'], `ghcr.io/acme/api:6.14.2@${digest}`)).toBe(
      `a: 1\napi:\n  image: ghcr.io/acme/api:6.14.2@${digest}\n`,
    );
    expect(insertAt('a: 1\n', 'v.yaml', ['global', 'imageTag'], '1.10')).toBe('a: 1\nglobal:\n  imageTag: "1.10"\n');
  });

  test('a path the file has, or one through a value that is not a mapping, is refused at its line', () => {
    const there = (() => {
      try {
        return insertAt('services:\n  api:\n    image: x\n', 'v.yaml', ['services', 'api', 'image'], pin);
      } catch (e) {
        return e;
      }
    })();
    expect(there).toBeInstanceOf(UserError);
    expect((there as UserError).format()).toBe('v.yaml:3: services.api.image is already there — edit it in place');
    expect(() => insertAt('services: none\n', 'v.yaml', ['services', 'api', 'image'], pin)).toThrow(
      'services.api.image: services is not a mapping',
    );
  });
});
