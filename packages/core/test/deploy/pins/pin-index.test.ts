import { UserError } from '../../../src/errors.ts';
import { PIN_INDEX } from '../../../src/deploy/pins/pin-index.ts';
import { readPin } from '../../../src/deploy/pins/pins.ts';
import { ParseCache } from '../../../src/text/parse-cache.ts';
import { YAML_DOCUMENT } from '../../../src/yaml/read.ts';

// readPin with the run's cache reads a values file through the pin index (js-yaml's events) where that reads
// exactly as the yaml package does, and parses it with the yaml package otherwise: the same pin or the same error.

const D = `sha256:${'a'.repeat(64)}`;

/** readPin with a run's cache, and which of the two readers ran. */
function read(text: string, key: string): { pin: ReturnType<typeof readPin>; indexed: boolean; parsed: boolean } {
  const cache = new ParseCache();
  const pin = readPin(text, 'values.yaml', key, { cache });
  return {
    pin,
    indexed: cache.peek(PIN_INDEX, text) !== undefined,
    parsed: cache.peek(YAML_DOCUMENT, text, 'values.yaml') !== undefined,
  };
}

describe('readPin through the pin index', () => {
  test('a map pin: tag, digest, repository and the tag line, with no yaml parse', () => {
    const text = `# prod\nservices:\n  api:\n    image:\n      registry: ghcr.io\n      repository: "acme/api"\n      tag: 'v1.2.0'\n      digest: ${D}\n`;
    const r = read(text, 'services.api.image');
    expect(r).toEqual({
      pin: {
        style: 'map',
        file: 'values.yaml',
        key: 'services.api.image',
        path: ['services', 'api', 'image'],
        line: 7,
        repository: 'ghcr.io/acme/api',
        repositoryKey: 'repository',
        registry: 'ghcr.io',
        tag: 'v1.2.0',
        digest: D,
      },
      indexed: true,
      parsed: false,
    });
  });

  test('string and tag styles, and a flow mapping, read as the yaml package reads them', () => {
    expect(read(`api: { image: "ghcr.io/acme/api:1.2.0@${D}" }\n`, 'api.image').pin).toMatchObject({
      style: 'string',
      line: 1,
      repository: 'ghcr.io/acme/api',
      tag: '1.2.0',
      digest: D,
    });
    expect(read('global:\n  imageTag: v1.0.71\n', 'global.imageTag')).toMatchObject({
      pin: { style: 'tag', line: 2, tag: 'v1.0.71' },
      parsed: false,
    });
  });

  test('lines past comments, blank lines and a one-line flow mapping, read in any order from one index', () => {
    const text = [
      '# fleet',
      '',
      `flow: {a: {image: "r/a:1@${D}"}, b: {image: "r/b:2"}}`,
      '',
      '# gap',
      'block:',
      '  c:',
      '    image:',
      '      repository: r/c',
      '',
      '      tag: v3',
      '',
    ].join('\n');
    const cache = new ParseCache();
    expect(readPin(text, 'values.yaml', 'block.c.image', { cache })).toMatchObject({ style: 'map', line: 11, tag: 'v3' });
    expect(readPin(text, 'values.yaml', 'flow.b.image', { cache })).toMatchObject({ style: 'string', line: 3, tag: '2' });
    expect(readPin(text, 'values.yaml', 'flow.a.image', { cache })).toMatchObject({ line: 3, repository: 'r/a', digest: D });
    expect(readPin(text, 'values.yaml', 'block.c.image', { cache }).line).toBe(11);
    expect(cache.peek(PIN_INDEX, text)).toBeDefined();
    expect(cache.peek(YAML_DOCUMENT, text, 'values.yaml')).toBeUndefined();
  });

  test('a tag the core schema reads as a number is the yaml package’s to read: 1.10 is 1.1, as before', () => {
    const r = read(`api:\n  image:\n    tag: 1.10\n    digest: ${D}\n`, 'api.image');
    expect(r.pin.tag).toBe('1.1');
    expect(r.parsed).toBe(true);
  });

  test.each([
    ['an anchor and alias', `base: &b\n  tag: v1\napi:\n  image: *b\n`],
    ['a number-like key', `1.0: x\napi:\n  image:\n    tag: v1\n`],
    ['two documents', `api:\n  image:\n    tag: v1\n---\nx: 1\n`],
  ])('%s: the index answers nothing and the yaml package reads the file', (_, text) => {
    const cache = new ParseCache();
    let thrown: unknown;
    try {
      readPin(text, 'values.yaml', 'api.image', { cache });
    } catch (e) {
      thrown = e;
    }
    expect(cache.peek(PIN_INDEX, text)).toBeUndefined();
    // Either the pin the yaml package reads or its error: never the index's.
    if (thrown) expect(thrown).toBeInstanceOf(UserError);
    else expect(cache.peek(YAML_DOCUMENT, text, 'values.yaml')).toBeDefined();
  });

  test('a duplicate key and a missing key are the yaml package’s errors, at their lines', () => {
    const dup = `api:\n  image:\n    tag: v1\n    tag: v2\n`;
    expect(() => readPin(dup, 'values.yaml', 'api.image', { cache: new ParseCache() })).toThrow(/duplicate key 'tag'/);
    const missing = `api:\n  other:\n    tag: v1\n`;
    let e: unknown;
    try {
      readPin(missing, 'values.yaml', 'api.image', { cache: new ParseCache() });
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe('values key api.image not found (api.image is missing)');
  });
});
