import { parseVersionInput } from '../../src/charts/inputs.ts';

describe('the version input', () => {
  test('takes a SemVer 2 version as given', async () => {
    for (const good of ['1.4.0-rc.2', '0.0.0-pr-12-abc1234', '1.0.0+build.7', '1.0.0-0.3.7'])
      await expect(parseVersionInput(good, 'version')).resolves.toBe(good);
  });
  test('refuses a `v`, a `=` and what is not SemVer 2', async () => {
    for (const bad of ['v1.0.0', '=1.0.0', 'V1.0.0', '1.0', '1.0.0-01', '01.0.0', '', ' ', '1.0.0-ü'])
      await expect(parseVersionInput(bad, 'version')).rejects.toThrow(`input 'version' is '${bad}', not a SemVer 2 version`);
  });
});
