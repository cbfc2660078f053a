// What an environment runs by its render, as the plan and the status table read it (rendered-run.ts renders it):
// its own module, so that what reads it does not import the render.

import { imageIdentity } from '../registry/reference.ts';
import type { RenderedImage } from '../render/images.ts';
import { splitReference } from '../values/protected.ts';
import type { HistoryEntry } from './ports.ts';
import type { PromoteService } from './request.ts';

/** One service's image as the render runs it. */
export interface RenderedPin {
  /** The image as rendered: `ghcr.io/acme/api:6.14.1@sha256:…`. */
  image: string;
  /** The object and container running it: `Deployment prod/api (container api)`. */
  object: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** What an environment runs by its render: each configured image found and the texts the render read, or why it does not render. */
export type RenderedRun =
  | {
      pins: ReadonlyMap<string, RenderedPin>;
      sources: readonly { path: string; text: string }[];
      /** Every image the render runs, each once with the object running it (what a promotion's proof looks through). */
      images?: readonly RenderedImage[];
      /** The values.yaml of the chart rendered (a folder's, or a pulled archive's, unpacked when asked), `from` naming it: a key a values file lacks has its default there. */
      chartValues?: () => Promise<ChartValues | undefined>;
    }
  | { unrendered: string };

/** An environment's rendered pins and the history they are measured on (rendered-history.ts reads them). */
export interface RenderedPins {
  /** Each configured service's rendered pin key (its digest, else `tag:` its tag) at the base; a service not run is absent. */
  current: ReadonlyMap<string, string>;
  /** The first-parent history from the base of every path the deployer reads, newest first (read again after a deepening). */
  log(): Promise<{ entries: HistoryEntry[]; complete: boolean }>;
  /** A service's rendered pin key at `sha`: one render per commit, however many services ask. */
  pinAt(sha: string, service: string): Promise<string | undefined>;
  /** A service's image as the render at `sha` runs it (its tag and digest both), undefined when it runs none. */
  imageAt(sha: string, service: string): Promise<RenderedPin | undefined>;
}

/** A chart's values.yaml, `from` naming it (`values.yaml of chart api 1.2.0 from oci://…`). */
export type ChartValues = { from: string; text: string };

/** A text a render read, by its repository path: where an image is traced. */
export type Source = { path: string; text: string };

/** A file of the repository as a render reads it (a commit's, or a plan's edit on top). */
export type Read = (path: string) => Promise<string | undefined>;

/** A pin as one comparable key: its digest, else `tag:` its tag (the soak gate's and the render's history's). */
export const pinKey = (p: { tag?: string; digest?: string } | undefined): string | undefined =>
  p?.digest ?? (p?.tag !== undefined ? `tag:${p.tag}` : undefined);

/** Each service's first rendered image of its configured repository. */
export function pinsOf(services: readonly PromoteService[], images: readonly RenderedImage[]): Map<string, RenderedPin> {
  const byIdentity = new Map<string, RenderedPin>();
  for (const i of images) {
    if (i.image === '') continue;
    const ref = splitReference(i.image);
    const id = imageIdentity(ref.name);
    if (id === undefined || byIdentity.has(id)) continue;
    const object = i.container ? `${i.object} (container ${i.container})` : i.object;
    byIdentity.set(id, {
      image: i.image,
      object,
      repository: ref.name,
      ...(ref.tag ? { tag: ref.tag } : {}),
      ...(ref.digest ? { digest: ref.digest } : {}),
    });
  }
  const out = new Map<string, RenderedPin>();
  for (const s of services) {
    const id = s.image === undefined ? undefined : imageIdentity(s.image);
    const pin = id === undefined ? undefined : byIdentity.get(id);
    if (pin) out.set(s.name, pin);
  }
  return out;
}
