import { UserError, UserErrors } from '../errors.ts';
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
      Object.keys(value as object)
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
function lineOfKey(text: string, name: string): number | undefined {
  const idx = text.indexOf(`${JSON.stringify(name)}`);
  return idx < 0 ? undefined : text.slice(0, idx).split('\n').length;
}

/**
 * Parses an existing digests file (for merge). Anything that is not an
 * object of entries with string digest/image/sha/tag is a UserError naming
 * the file and line, so a broken artifact never merges silently.
 */
export function parseDigests(text: string, file: string): DigestsFile {
  const raw = parseJsonAt(text, file, 'fix or delete the file, or run without merge', `${file} is not valid JSON`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new UserError(`${file} must hold a JSON object of name → {digest, image, sha, tag}`, { file, line: 1, hint: 'fix or delete the file, or run without merge' });
  const out: DigestsFile = {};
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const line = lineOfKey(text, name);
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw new UserError(`entry '${name}' in ${file} is not an object`, { file, line, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
    const e = entry as Record<string, unknown>;
    for (const key of ['digest', 'image', 'sha', 'tag'])
      if (typeof e[key] !== 'string')
        throw new UserError(`entry '${name}' in ${file} has no string '${key}'`, { file, line, hint: 'each entry is {"digest", "image", "sha", "tag"}' });
    if (!isDigest(e.digest as string))
      throw new UserError(`entry '${name}' in ${file} has a malformed digest '${String(e.digest).slice(0, 80)}'`, { file, line, hint: 'a digest is sha256: followed by 64 hex characters' });
    if (e.platform !== undefined && typeof e.platform !== 'string')
      throw new UserError(`entry '${name}' in ${file} has a non-string 'platform'`, { file, line, hint: 'platform is os/arch[/variant]' });
    out[name] = e as DigestEntry;
  }
  return out;
}

/**
 * Adds `incoming` to `existing` (a matrix job adding its service). An entry
 * already there with another digest is a conflict — a UserError per name —
 * unless `overwrite`; the same digest is simply refreshed.
 * Throws UserError (one conflict) or UserErrors (several).
 */
export function mergeDigests(existing: DigestsFile, incoming: DigestsFile, opts: { overwrite: boolean; file: string; text?: string }): DigestsFile {
  const errors: UserError[] = [];
  const out: DigestsFile = { ...existing };
  for (const [name, entry] of Object.entries(incoming)) {
    const old = existing[name];
    if (old && old.digest !== entry.digest && !opts.overwrite) {
      errors.push(
        new UserError(`'${name}' is already recorded as ${old.image}:${old.tag}@${old.digest}; this run resolved ${entry.image}:${entry.tag}@${entry.digest}`, {
          file: opts.file,
          line: opts.text ? lineOfKey(opts.text, name) : undefined,
          hint: 'give each matrix job its own service name, or set overwrite: true to replace it',
        }),
      );
      continue;
    }
    out[name] = entry;
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors(errors);
  return out;
}
