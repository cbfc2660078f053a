import { ObjectTooLarge, type ObjectReader } from './cat-file.ts';

// Its own file: only the check uses it, so the other bundles that carry git/objects.ts stay as they are.
/**
 * Which of `paths` (files of `commit`) contain `text`, read through the
 * running cat-file instead of a `git grep` process: the answer `pathsContaining`
 * gives for the same files. Each is read by its object id where `oids` has it
 * (by `<commit>:<path>`, a walk from the commit for each file, otherwise).
 * Undefined when a file is over `maxBytes` (then only git can search it
 * without loading it).
 */
export async function blobsContaining(
  reader: ObjectReader,
  commit: string,
  paths: readonly string[],
  text: string,
  maxBytes: number,
  oids?: ReadonlyMap<string, string>,
): Promise<string[] | undefined> {
  const needle = Buffer.from(text, 'utf8');
  try {
    const blobs = await Promise.all(paths.map((p) => reader.read(oids?.get(p) ?? `${commit}:${p}`, maxBytes)));
    return paths.filter((_, i) => blobs[i]?.type === 'blob' && blobs[i].data.includes(needle));
  } catch (e) {
    if (e instanceof ObjectTooLarge) return undefined;
    throw e;
  }
}
