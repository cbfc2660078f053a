import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYaml, type ParsedYaml } from '../yaml/read.ts';
import { stripBom } from '../text/bytes.ts';

/** An image that a protected values file does not pin safely. */
export interface PinProblem {
  file: string;
  line?: number;
  key: string;
  message: string;
  hint: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;
const IMAGE_KEY = /(^|[_-])image$|Image$/i;

/**
 * Checks every image in a protected environment's values file: each must be
 * pinned by a `sha256:` digest (64 hex) and may not use the `latest` tag or an
 * empty tag. Images are found in both shapes charts use: a map
 * (`repository`/`image` with `tag` and `digest`, bitnami's `registry` too) and
 * a single string (`repo:tag@sha256:…`) under an `image` key. Each problem
 * points at the exact line (the tag, the digest, or the image).
 */
export function checkPinnedImages(text: string, file: string): PinProblem[] {
  return checkPinnedImagesIn(parseYaml(stripBom(text), file));
}

/** checkPinnedImages on a file already parsed (a caller that holds the parse need not parse it again). */
export function checkPinnedImagesIn(parsed: ParsedYaml): PinProblem[] {
  return pinnedImagesIn(parsed).problems;
}

/** checkPinnedImages, and how many images the file pins (an image block or an image string, pinned or not). */
export function pinnedImages(text: string, file: string): { problems: PinProblem[]; images: number } {
  return pinnedImagesIn(parseYaml(stripBom(text), file));
}

function pinnedImagesIn(parsed: ParsedYaml): { problems: PinProblem[]; images: number } {
  const out: PinProblem[] = [];
  const met = { images: 0 };
  visit(parsed.doc.contents, [], parsed, out, false, met);
  return { problems: out, images: met.images };
}

function visit(
  node: Node | null,
  path: string[],
  parsed: ParsedYaml,
  out: PinProblem[],
  underImageKey: boolean,
  met: { images: number },
): void {
  if (isMap(node)) {
    if (isImageMap(node, underImageKey)) {
      met.images++;
      checkImageMap(node, path, parsed, out);
      return;
    }
    for (const p of node.items) {
      if (!isScalar(p.key)) continue;
      const name = String(p.key.value);
      const value = p.value as Node | null;
      if (isScalar(value) && IMAGE_KEY.test(name) && typeof value.value === 'string') {
        met.images++;
        checkImageString(value.value, [...path, name], parsed.lineOf(value), file(parsed), out);
      } else visit(value, [...path, name], parsed, out, IMAGE_KEY.test(name), met);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => visit(item as Node | null, [...path, String(i)], parsed, out, underImageKey, met));
  }
}

function file(parsed: ParsedYaml): string {
  return parsed.file;
}

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

function isImageMap(map: YAMLMap, underImageKey: boolean): boolean {
  const repo = pairOf(map, 'repository') ?? pairOf(map, 'image');
  const named = !!repo && isScalar(repo.value) && typeof repo.value.value === 'string';
  const pinnable = pairOf(map, 'tag') !== undefined || pairOf(map, 'digest') !== undefined;
  // An environment override often sets only `tag`/`digest` under `image:`; the repository comes from values.yaml.
  return named ? underImageKey || pinnable : underImageKey && pinnable;
}

function checkImageMap(map: YAMLMap, path: string[], parsed: ParsedYaml, out: PinProblem[]): void {
  const key = path.join('.') || '(root)';
  const tagPair = pairOf(map, 'tag');
  const digestPair = pairOf(map, 'digest');
  const repoPair = pairOf(map, 'repository') ?? pairOf(map, 'image');
  const repoValue = repoPair && isScalar(repoPair.value) ? String(repoPair.value.value) : '';
  // `repository: ghcr.io/acme/api@sha256:…` pins by digest inside the repository field.
  const inline = splitReference(repoValue);
  // `tag: 1.7.3@sha256:…` pins too: templates render `repository:tag`, so the digest rides along.
  let tagDigest: string | undefined;
  let tagLine: number | undefined;
  if (tagPair) {
    const tagNode = tagPair.value as Node | null;
    let tag = isScalar(tagNode) && tagNode.value !== null ? String(tagNode.value) : '';
    const line = parsed.lineOf(tagNode) ?? parsed.lineOf(tagPair.key as Node);
    const at = tag.indexOf('@');
    if (at >= 0) {
      tagDigest = tag.slice(at + 1);
      tagLine = line;
      tag = tag.slice(0, at);
    }
    if (tag === 'latest')
      out.push({
        file: parsed.file,
        line,
        key: `${key}.tag`,
        message: `image at ${key} uses the tag latest`,
        hint: 'use a release tag and pin the digest',
      });
    else if (tag.trim() === '')
      out.push({
        file: parsed.file,
        line,
        key: `${key}.tag`,
        message: `image at ${key} has an empty tag`,
        hint: 'set the release tag and pin the digest',
      });
  }
  const digestNode = digestPair?.value as Node | null | undefined;
  const written = isScalar(digestNode) && digestNode.value !== null ? String(digestNode.value) : '';
  const digest = written || (inline.digest ?? tagDigest ?? '');
  if (!DIGEST.test(digest)) {
    const line = digestPair
      ? (parsed.lineOf(digestNode) ?? parsed.lineOf(digestPair.key as Node))
      : (tagLine ?? parsed.lineOf((repoPair ?? tagPair)?.key as Node));
    out.push({
      file: parsed.file,
      line,
      key: digestPair ? `${key}.digest` : key,
      message: digest === '' ? `image at ${key} is not pinned by digest` : `image at ${key} digest ${digest} is not a sha256 digest`,
      hint: 'set digest: sha256:<64 hex> (capture-digests records it)',
    });
  }
}

function checkImageString(ref: string, path: string[], line: number | undefined, fileName: string, out: PinProblem[]): void {
  if (/\s/.test(ref)) return; // not an image reference (prose, a command line)
  const key = path.join('.');
  const { tag, digest, hasTagSeparator } = splitReference(ref);
  if (tag === 'latest')
    out.push({ file: fileName, line, key, message: `image at ${key} uses the tag latest`, hint: 'use a release tag and pin the digest' });
  else if (hasTagSeparator && tag === '')
    out.push({ file: fileName, line, key, message: `image at ${key} has an empty tag`, hint: 'write repo:tag@sha256:…' });
  if (!digest || !DIGEST.test(digest))
    out.push({
      file: fileName,
      line,
      key,
      message: digest ? `image at ${key} digest ${digest} is not a sha256 digest` : `image at ${key} is not pinned by digest`,
      hint: 'write repo:tag@sha256:<64 hex>',
    });
}

/** Splits `registry:5000/repo:tag@sha256:…` into its tag and digest. */
export function splitReference(ref: string): { name: string; tag?: string; digest?: string; hasTagSeparator: boolean } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), digest, hasTagSeparator: true };
  return { name: rest, digest, hasTagSeparator: false };
}
