import { splitListLines } from '../text/list.ts';
import { throwAll, UserError } from '../errors.ts';
import { parsePlatform, type Platform } from '../registry/platform.ts';
import { type ImageReference, InvalidReference, parseReference } from '../registry/reference.ts';

// The capture-digests inputs, parsed apart from digests/capture.ts so that reading and refusing them
// loads neither the registry client nor node:crypto (the action's cold start).

/** One image to capture: the name it is recorded under and its reference. */
export interface CaptureTarget {
  name: string;
  ref: ImageReference;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Parses the `images` input: `name=registry/repo:tag` items, one per line or comma-separated; every bad item is reported. */
export function parseImagesInput(text: string): CaptureTarget[] {
  const errors: UserError[] = [];
  const targets: CaptureTarget[] = [];
  const seen = new Set<string>();
  // The same list language as every other list input: one per line, or comma-separated.
  splitListLines(text).forEach(({ item: line, line: n }) => {
    const where = `images line ${n}`;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      errors.push(
        new UserError(`${where}: '${line}' is not name=reference`, {
          hint: 'write one image per line as name=registry/repo:tag, e.g. api=ghcr.io/acme/api:1.2.3',
        }),
      );
      return;
    }
    const name = line.slice(0, eq).trim();
    const refText = line.slice(eq + 1).trim();
    if (!NAME.test(name)) {
      errors.push(
        new UserError(`${where}: name '${name}' is invalid`, {
          hint: 'use letters, digits, ".", "_" or "-", starting with a letter or digit',
        }),
      );
      return;
    }
    if (seen.has(name)) {
      errors.push(new UserError(`${where}: name '${name}' appears twice`, { hint: 'give each image its own name' }));
      return;
    }
    seen.add(name);
    try {
      targets.push({ name, ref: requireTagOrDigest(parseReference(refText)) });
    } catch (e) {
      if (!(e instanceof InvalidReference)) throw e;
      errors.push(new UserError(`${where}: ${name}: ${e.message}`, { hint: 'use registry/repository:tag, e.g. ghcr.io/acme/api:1.2.3' }));
    }
  });
  throwAll(errors);
  return targets;
}

function requireTagOrDigest(ref: ImageReference): ImageReference {
  if (!ref.tag && !ref.digest) throw new InvalidReference(`'${ref.original}' has no tag; lockstep does not assume ':latest'`);
  return ref;
}

/** Parses the `platform` input. */
export function platformInput(text: string | undefined): Platform | undefined {
  if (!text) return undefined;
  const p = parsePlatform(text);
  if (!p)
    throw new UserError(`is '${text}'`, { input: 'platform', hint: 'use os/arch or os/arch/variant, e.g. linux/amd64 or linux/arm/v7' });
  return p;
}
