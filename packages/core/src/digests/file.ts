import { setting, throwAll, UserError, words } from '../errors.ts';
import { isDigest } from '../registry/reference.ts';
import { parseJsonAt } from '../text/bytes.ts';

/** One image's record in image-digests.json. */
export interface DigestEntry {
  digest: string;
  image: string;
  sha: string;
  tag: string;
  /** Present when a platform's manifest was recorded instead of the index. */
  platform?: string;
  /** Keys written by something else are kept as they are. */
  [extra: string]: unknown;
}

/** image-digests.json: service name → entry. */
export type DigestsFile = Record<string, DigestEntry>;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** The file's text: keys sorted at every level, 2-space indent, final newline. */
export function formatDigests(file: DigestsFile): string {
  return `${JSON.stringify(sortKeys(file), null, 2)}\n`;
}

/** The same content on one line, for the `digests` output. */
export function digestsOneLine(file: DigestsFile): string {
  return JSON.stringify(sortKeys(file));
}

/** 1-based line of the first `"name":` key in the text, for error locations. */
export function lineOfKey(text: string, name: string): number | undefined {
  const idx = text.indexOf(`${JSON.stringify(name)}`);
  return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}

/** An entry as promote-env reads it: only the digest is required (seed 002's component-tags.json names no image). */
export type PromoteDigestEntry = Partial<DigestEntry> & { digest: string };

/**
 * Who reads the file, which decides the keys it must have and how errors
 * name it: capture-digests merging into its own file names the path and
 * wants the whole record; promote-env calls it "the digests file" (its input)
 * and needs only the digest.
 */
export type DigestsReader = 'merge' | 'promote';

const READERS: Record<
  DigestsReader,
  { subject: (file: string) => string; entry: (name: string, file: string) => string; hint: string; required: readonly string[] }
> = {
  merge: {
    subject: (file) => file,
    entry: (name, file) => `entry '${name}' in ${file}`,
    hint: "fix or delete the file, or set replace: true to write this run's entries only",
    required: ['digest', 'image', 'sha', 'tag'],
  },
  promote: {
    subject: () => 'the digests file',
    entry: (name) => `entry '${name}'`,
    hint: 'the digests file is JSON written by capture-digests: {"api": {"tag", "digest", "sha", "image"}}',
    required: ['digest'],
  },
};

/**
 * Parses a digests file. Anything that is not an object of entries with a
 * well-formed digest, the reader's required keys as strings, the other known
 * keys (image, sha, tag, platform) as strings when present and a valid image
 * tag is a UserError naming the file and line, so a broken artifact never
 * merges or promotes silently. Keys written by other tools are kept.
 */
export async function parseDigests(text: string, file: string, reader?: 'merge'): Promise<DigestsFile>;
export async function parseDigests(text: string, file: string, reader: 'promote'): Promise<Record<string, PromoteDigestEntry>>;
export async function parseDigests(
  text: string,
  file: string,
  reader: DigestsReader = 'merge',
): Promise<Record<string, PromoteDigestEntry>> {
  const r = READERS[reader];
  const raw = await parseJsonAt(text, file, r.hint, `${r.subject(file)} is not valid JSON`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${r.subject(file)} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: r.hint });
  const out: Record<string, PromoteDigestEntry> = {};
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const at = { file, line: lineOfKey(text, name) };
    const what = r.entry(name, file);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new UserError(`${what} is not an object`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
    const e = entry as Record<string, unknown>;
    for (const key of r.required)
      if (typeof e[key] !== 'string')
        throw new UserError(`${what} has no string '${key}'`, { ...at, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
    if (!isDigest(e.digest as string))
      throw new UserError(`${what} has a malformed digest '${String(e.digest).slice(0, 80)}'`, {
        ...at,
        hint: 'a digest is sha256: followed by 64 hex characters',
      });
    for (const key of ['image', 'sha', 'tag', 'platform'])
      if (e[key] !== undefined && typeof e[key] !== 'string')
        throw new UserError(`${what} has a non-string '${key}'`, {
          ...at,
          hint: 'image, sha, tag and platform (os/arch[/variant]) are strings',
        });
    // The tag lands in a values file and in the log: only the registry's tag grammar passes.
    if (typeof e.tag === 'string' && !/^[\w][\w.-]{0,127}$/.test(e.tag))
      throw new UserError(`${what} has an invalid tag '${e.tag.slice(0, 80)}'`, {
        ...at,
        hint: 'a tag is letters, digits, "_", "." and "-", at most 128 characters',
      });
    out[name] = e as PromoteDigestEntry;
  }
  return out;
}

/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
export function mergeDigests(
  existing: DigestsFile,
  incoming: DigestsFile,
  opts: { overwrite: boolean; file: string; text?: string },
): DigestsFile {
  const errors: UserError[] = [];
  const out: DigestsFile = { ...existing };
  for (const [name, entry] of Object.entries(incoming)) {
    const old = existing[name];
    if (old && old.digest !== entry.digest && !opts.overwrite) {
      errors.push(
        new UserError(
          `'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`,
          {
            file: opts.file,
            line: opts.text ? lineOfKey(opts.text, name) : undefined,
            hint: words`give each matrix job its own service name, or ${setting('overwrite', 'true')} to replace it`,
          },
        ),
      );
      continue;
    }
    out[name] = entry;
  }
  throwAll(errors);
  return out;
}
