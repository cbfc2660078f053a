// A values key the target's own values file does not hold, because the chart's
// values.yaml (a file every environment of the chart shares) sets the image:
// the target runs the chart's default, and a promotion inserts the key into the
// target's own file, in the chart's shape (an image map of tag and digest, one
// image string, a bare tag), never into the shared values.yaml. So too for a
// Flux HelmRelease none of whose values sources sets the key: the default of the
// chart it installs runs, and the key goes into its own document's spec.values,
// never into a base or the chart. A key no file holds stays refused as readPin
// refuses it.

import { posix } from 'node:path';
import { UserError } from '../errors.ts';
import { parseForEdit, parseShared, type KeyPath } from '../edits/yaml-edit.ts';
import { insertAt, type InsertedValue } from '../edits/yaml-insert.ts';
import type { ParseCache } from '../text/parse-cache.ts';
import { parseValuesKey, readPin, repositoryMoves, type ImagePin, type PinTarget } from '../deploy/pins/pins.ts';
import { fillTemplate, type PromoteEnvironment, type PromoteService } from './request.ts';

type Read = (path: string) => Promise<string | undefined>;

/** What of a pin place (place.ts PinPlace) is read here: its kind and file, and where a values file's pins sit in it. */
interface ValuesPlace {
  kind: 'values' | 'overlay';
  file: string;
  text: string;
  document?: number;
  home?: string;
  homeDocument?: number;
  rev?: { chartPath?: string };
  read(text: string, service: PromoteService): ImagePin;
}

/** The values.yaml of the chart the target's deployer renders, `from` naming it (a pulled archive's where no folder of the repository is it). */
export type DeployedValues = () => Promise<{ from: string; text: string } | undefined>;

/**
 * Each service's pin in the target's place; where a plain values file lacks the service's key and the chart's
 * values.yaml above it (or the Application's chart folder) holds it, that default, marked `absent`; without such a
 * folder, the default of the chart its deployer renders (`deployed`: an Application's chart pulled from a registry).
 */
export async function targetPins(
  place: ValuesPlace,
  services: readonly PromoteService[],
  env: PromoteEnvironment,
  read: Read,
  cache: ParseCache,
  deployed?: DeployedValues,
): Promise<Map<string, ImagePin>> {
  const out = new Map<string, ImagePin>();
  for (const s of services) {
    try {
      out.set(s.name, place.read(place.text, s));
    } catch (e) {
      if (!(e instanceof UserError) || s.valuesKey === undefined) throw e;
      const pin = await chartDefault(place, fillTemplate(s.valuesKey, env.name, s.name), read, cache, e.line ?? 1, deployed);
      if (!pin) throw e;
      out.set(s.name, pin);
    }
  }
  return out;
}

/**
 * Where a plain values file lacks `key` and the chart's values.yaml (every environment's defaults) sets it: that
 * pin's shape, tag and digest as this file's, marked `absent`, at `line` of the file (where the key would go).
 * A HelmRelease's spec.values (the home flux-values.ts gives when no valuesFrom source holds the key) lacking it
 * takes the default of the chart it installs (`deployed`), at spec.values.<key> of its own document.
 * Undefined for a file that has the key (a list, a mapping without an image: readPin's refusal stands), for an
 * Application's inline values or a HelmRelease's valuesFrom ConfigMap, and where no chart sets the key.
 */
export async function chartDefault(
  place: ValuesPlace,
  key: string,
  read: Read,
  cache: ParseCache,
  line = 1,
  deployed?: DeployedValues,
): Promise<ImagePin | undefined> {
  // The HelmRelease's own document (place.ts homeOf): its spec.values is the target's alone, as a values file is.
  const release = place.home === 'spec.values';
  if (place.kind !== 'values' || (!release && (place.document !== undefined || place.home !== undefined))) return undefined;
  const keyPath = parseValuesKey(key, `values key of ${place.file}`);
  const path: KeyPath = release ? ['spec', 'values', ...keyPath] : keyPath;
  const document = release ? place.homeDocument : undefined;
  const body = place.text.replace(/^\ufeff/, '');
  if ((document === undefined ? parseShared(body, place.file, cache) : parseForEdit(body, place.file, document, cache)).doc.hasIn(path))
    return undefined;
  // A HelmRelease's file is no chart's: the chart it installs is the one its render pulls or reads (rendered-run.ts).
  const folder = release ? undefined : await chartValues(place.file, place.rev?.chartPath, read);
  const pulled = folder ? undefined : await deployed?.();
  const defaults = folder ?? (pulled ? { path: pulled.from, text: pulled.text } : undefined);
  if (!defaults) return undefined;
  let found: ImagePin;
  try {
    found = readPin(defaults.text, defaults.path, key, { cache });
  } catch {
    return undefined;
  }
  const { style, repository, repositoryKey, registry, tag, digest } = found;
  return {
    style,
    file: place.file,
    key: release ? `spec.values.${key}` : key,
    path,
    line,
    ...(repository !== undefined ? { repository } : {}),
    ...(repositoryKey !== undefined ? { repositoryKey } : {}),
    ...(registry !== undefined ? { registry } : {}),
    ...(tag !== undefined ? { tag } : {}),
    ...(digest !== undefined ? { digest } : {}),
    absent: { from: `${defaults.path}:${found.line}` },
  };
}

/** The values.yaml of the chart the values file is rendered with: the Application's chart folder, else the nearest folder above it with a Chart.yaml. */
async function chartValues(file: string, chartPath: string | undefined, read: Read): Promise<{ path: string; text: string } | undefined> {
  const dirs: string[] = chartPath ? [chartPath.replace(/\/+$/, '') || '.'] : [];
  for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
    dirs.push(dir);
    if (dir === '.' || dir === '/') break;
  }
  for (const dir of dirs) {
    if ((await read(posix.join(dir, 'Chart.yaml'))) === undefined) continue;
    const path = posix.join(dir, 'values.yaml');
    if (path === file) return undefined;
    const text = await read(path);
    return text === undefined ? undefined : { path, text };
  }
  return undefined;
}

/**
 * `text` with each absent pin's key inserted at its target (absent writes only), in the chart's shape: an image
 * map's tag and digest (its repository when the promoted digest lives in another), one image string, a bare tag;
 * with `document`, in that document of the file (a HelmRelease's beside its OCIRepository).
 */
export function insertPins(
  text: string,
  writes: readonly { pin: ImagePin; target: PinTarget }[],
  cache: ParseCache,
  document?: number,
): string {
  for (const { pin, target } of writes) text = insertAt(text, pin.file, pin.path, insertedValue(pin, target), cache, document);
  return text;
}

/** What an absent pin's key is written as, refused where its shape cannot hold the target (as setPins refuses it). */
function insertedValue(pin: ImagePin, target: PinTarget): InsertedValue {
  const tag = target.tag ?? pin.tag;
  const moves = repositoryMoves(pin, target);
  const at = { file: pin.file, line: pin.line };
  if (pin.style === 'tag') {
    if (target.digest !== undefined)
      throw new UserError(`${pin.key} holds only a tag (as ${pin.absent?.from} writes it), so the digest cannot be pinned there`, {
        ...at,
        hint: 'point values-key at an image block (tag + digest) or a repo:tag@sha256:… string',
      });
    return tag ?? '';
  }
  if (pin.style === 'string') {
    const repository = moves ? target.repository : pin.repository;
    if (!repository)
      throw new UserError(`${pin.key} is an empty image string in ${pin.absent?.from}`, { ...at, hint: 'write repo:tag@sha256:… there' });
    return `${repository}${tag ? `:${tag}` : ''}${target.digest ? `@${target.digest}` : ''}`;
  }
  if (moves && pin.registry !== undefined)
    throw new UserError(
      `${pin.key} splits registry: and ${pin.repositoryKey ?? 'repository'}: (${pin.absent?.from}), and the promoted digest is in ${target.repository}`,
      {
        ...at,
        hint: `write the image under ${pin.key} in ${pin.file} by hand`,
      },
    );
  const map: Record<string, string> = {};
  if (moves) map[pin.repositoryKey ?? 'repository'] = target.repository!;
  if (tag !== undefined) map.tag = tag;
  if (target.digest !== undefined) map.digest = target.digest;
  return Object.entries(map);
}
