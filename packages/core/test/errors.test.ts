import { parseVersionInput, checkBaseRef } from '../src/charts/inputs.ts';
import { UserError } from '../src/errors.ts';
import { assertRefInput } from '../src/git/refs.ts';

// Every UserError about an input carries the input in its `input` field, never in its text: the
// runner words it `input 'to'`, a terminal `--to`, each from the field (no face rewrites messages).

/** What each face shows, and what the error holds. */
const faces = (e: unknown) => {
  if (!(e instanceof UserError)) throw e;
  return { input: e.input, detail: e.detail, action: e.format('action'), cli: e.format('cli') };
};

const thrown = async (f: () => unknown) => {
  try {
    await f();
  } catch (e) {
    return faces(e);
  }
  throw new Error('did not throw');
};

describe('an input named in the field, worded by each face', () => {
  test('a detail after a space, and one that follows the name with a colon', () => {
    expect(faces(new UserError('is empty', { input: 'github-token', hint: 'pass it' }))).toEqual({
      input: 'github-token',
      detail: 'is empty',
      action: "input 'github-token' is empty — pass it",
      cli: '--github-token is empty — pass it',
    });
    expect(faces(new UserError(": 'x y' is odd", { input: 'base' }))).toEqual({
      input: 'base',
      detail: ": 'x y' is odd",
      action: "input 'base': 'x y' is odd",
      cli: "--base: 'x y' is odd",
    });
  });

  test('core refusals carry the input: a chart version, a base ref, a branch name', async () => {
    expect(await thrown(() => parseVersionInput('1.x', 'version'))).toEqual({
      input: 'version',
      detail: "is '1.x', not a SemVer 2 version",
      action: expect.stringMatching(/^input 'version' is '1\.x', not a SemVer 2 version — /),
      cli: expect.stringMatching(/^--version is '1\.x', not a SemVer 2 version — /),
    });
    expect(await thrown(() => checkBaseRef('--upload-pack=evil'))).toEqual({
      input: 'base',
      detail: ": '--upload-pack=evil' is not a ref or commit",
      action: "input 'base': '--upload-pack=evil' is not a ref or commit — use a branch, tag or commit sha",
      cli: "--base: '--upload-pack=evil' is not a ref or commit — use a branch, tag or commit sha",
    });
    const ref = await thrown(() => assertRefInput('-x', 'release-branch'));
    expect(ref.input).toBe('release-branch');
    expect(ref.detail).not.toContain("input '");
    expect(ref.cli).toMatch(/^--release-branch: "-x" is not a valid branch name \(starts with "-"\)/);
  });
});
