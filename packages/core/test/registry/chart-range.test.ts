// A chart's semver range resolved against the registry's tag list (registry/chart.ts resolveChartVersion, the tag
// list of RegistryClient.tags), as helm-controller and Argo CD resolve `version: 6.x` on an OCI source: the highest
// version the range admits, `_` read as `+`, a pre-release only where the range names one. The registry is a fake
// transport answering as a registry would, and as an attacker's would: a Link to another host, a list that is not JSON.

import { RegistryClient, RegistryError } from '../../src/registry/client.ts';
import { resolveChartVersion } from '../../src/registry/chart.ts';
import { parseReference } from '../../src/registry/reference.ts';
import { fakeTransport, res } from '../registry-fake.ts';

const ref = (range: string) => ({ ...parseReference('reg.example.com/acme/charts/podinfo'), tag: undefined, range });

/** Pages of tags, each page linking the next as a registry does. */
function paged(pages: string[][], link = (k: number) => `</v2/acme/charts/podinfo/tags/list?n=1000&last=p${k}>; rel="next"`) {
  return fakeTransport((req) => {
    const k = Number(new URL(req.url).searchParams.get('last')?.slice(1) ?? '0');
    const headers: Record<string, string> = k + 1 < pages.length ? { Link: link(k + 1) } : {};
    return res(200, { 'content-type': 'application/json', ...headers }, JSON.stringify({ name: 'acme/charts/podinfo', tags: pages[k] }));
  });
}

test('6.x: the highest of two pages of tags, 6.10.0 above 6.9.1 (semver, not text order); a pre-release left out', async () => {
  const t = paged([
    ['6.9.1', '6.2.0', 'latest', '7.0.0'],
    ['6.10.0', '6.11.0-rc.1', 'sha256-abc.sig'],
  ]);
  const got = await resolveChartVersion(new RegistryClient({ transport: t }), ref('6.x'));
  expect(got.tag).toBe('6.10.0');
  expect(got.original).toBe('reg.example.com/acme/charts/podinfo:6.10.0');
  expect(t.seen.map((r) => r.url)).toEqual([
    'https://reg.example.com/v2/acme/charts/podinfo/tags/list?n=1000',
    'https://reg.example.com/v2/acme/charts/podinfo/tags/list?n=1000&last=p1',
  ]);
});

test('a range naming a pre-release admits it; build metadata is read from the tag as helm push writes it (+ as _)', async () => {
  const t = paged([['1.2.0-rc.1', '1.2.0-rc.2', '1.1.0_build.7']]);
  const client = new RegistryClient({ transport: t });
  expect((await resolveChartVersion(client, ref('>=1.2.0-rc.1 <1.3.0'))).tag).toBe('1.2.0-rc.2');
  expect((await resolveChartVersion(client, ref('~1.1.0'))).tag).toBe('1.1.0_build.7');
});

test("an attacker's Link to another host is not followed: only the registry's own pages are read", async () => {
  const t = paged([['1.0.0'], ['9.9.9']], () => '<https://evil.example/v2/acme/charts/podinfo/tags/list?last=p1>; rel="next"');
  const got = await resolveChartVersion(new RegistryClient({ transport: t }), ref('*'));
  expect(got.tag).toBe('1.0.0');
  expect(t.seen.map((r) => new URL(r.url).host)).toEqual(['reg.example.com']);
});

test('a Link that never ends stops after 20 pages with an error; a list that is not JSON is an error', async () => {
  const endless = fakeTransport(() =>
    res(200, { Link: '</v2/acme/charts/podinfo/tags/list?n=1000&last=x>; rel="next"' }, JSON.stringify({ tags: ['1.0.0'] })),
  );
  const err = await resolveChartVersion(new RegistryClient({ transport: endless }), ref('*')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(RegistryError);
  expect((err as Error).message).toBe('reg.example.com/acme/charts/podinfo lists more than 20000 tags');
  expect(endless.seen).toHaveLength(20);
  const garbage = fakeTransport(() => res(200, {}, '<html>'));
  await expect(resolveChartVersion(new RegistryClient({ transport: garbage }), ref('*'))).rejects.toThrow(
    'reg.example.com/acme/charts/podinfo: the tag list is not JSON',
  );
});

test('a range no tag admits names the range and the highest version listed', async () => {
  const t = paged([['1.4.2', '1.5.0', 'main']]);
  await expect(resolveChartVersion(new RegistryClient({ transport: t }), ref('^2.0.0'))).rejects.toThrow(
    'reg.example.com/acme/charts/podinfo has no version in the range ^2.0.0 (2 versions listed, the highest 1.5.0)',
  );
});

test('an exact version or a digest is not listed for', async () => {
  const t = paged([['1.0.0']]);
  const exact = { ...parseReference('reg.example.com/acme/charts/podinfo:1.0.0') };
  expect(await resolveChartVersion(new RegistryClient({ transport: t }), exact)).toBe(exact);
  expect(t.seen).toHaveLength(0);
});
