// What an environment runs by its render, as the plan and the status table read it (rendered-run.ts renders it):
// its own module, so that what reads it does not import the render.

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
  { pins: ReadonlyMap<string, RenderedPin>; sources: readonly { path: string; text: string }[] } | { unrendered: string };

/** A text a render read, by its repository path: where an image is traced. */
export type Source = { path: string; text: string };

/** A file of the repository as a render reads it (a commit's, or a plan's edit on top). */
export type Read = (path: string) => Promise<string | undefined>;
