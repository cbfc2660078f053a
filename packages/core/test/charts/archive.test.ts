import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { readChartArchive } from '../../src/charts/archive.ts';

async function tgz(files: Record<string, string>): Promise<Buffer> {
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (c: unknown) => chunks.push(c as Buffer));
  const ended = new Promise<void>((resolve) => tar.on('end', () => resolve()));
  for (const [name, text] of Object.entries(files)) tar.entry({ name }, text);
  tar.finalize();
  await ended;
  return gzipSync(Buffer.concat(chunks));
}

describe('a packaged chart read in memory', () => {
  test("keeps the chart's own Chart.yaml, values.yaml and values.schema.json, not a subchart's or a template", async () => {
    const files = await readChartArchive(
      await tgz({
        'myapp/Chart.yaml': 'name: myapp\n',
        'myapp/values.yaml': 'a: 1\n',
        'myapp/charts/sub/values.yaml': 'b: 2\n',
        'myapp/templates/x.yaml': 'kind: X\n',
        'myapp/values.schema.json': '{}',
      }),
      'the chart x',
    );
    expect(Object.fromEntries(files)).toEqual({ 'Chart.yaml': 'name: myapp\n', 'values.yaml': 'a: 1\n', 'values.schema.json': '{}' });
  });

  test('bytes that are not gzip, and a gzip bomb, are one-line errors naming the archive', async () => {
    await expect(readChartArchive(Buffer.from('not a chart'), 'the chart oci://r/x:1.0.0')).rejects.toThrow(
      /^the chart oci:\/\/r\/x:1\.0\.0 is not a gzip'd chart archive/,
    );
    const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024));
    await expect(readChartArchive(bomb, 'the chart b')).rejects.toThrow(/^the chart b is not a gzip'd chart archive/);
  });
});
