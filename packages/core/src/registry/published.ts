import { chartTag } from './chart-push.ts';
import { RegistryClient, RegistryError } from './client.ts';
import { dockerConfigPath, dockerCredentialSource } from './docker-config.ts';
import type { Transport } from '../http/transport.ts';
import { parseReference } from './reference.ts';
import type { Clock, RetryPolicy } from './retry.ts';

/** Whether a chart version is in the chart registry: where it is, or why that could not be told, or undefined (not there). */
export type PublishedAnswer = { at: string } | { problem: string } | undefined;

/** Asks the chart registry about one chart version; `close` ends its connections. */
export interface PublishedLookup {
  (name: string, version: string): Promise<PublishedAnswer>;
  close(): void;
}

/** What the lookup needs: a transport, the clock, and where a Docker login left credentials (none is fine). */
export interface PublishedOptions {
  transport: Transport & { close?(): void };
  clock?: Clock;
  retry?: RetryPolicy;
  home: string;
  dockerConfigDir?: string;
  secret: (value: string) => void;
  log?: (line: string) => void;
}

/**
 * chart-bump-check's question to `<registry>/<name>:<version>` (chart-registry
 * in the config): one HEAD on the manifest, read-only, anonymous unless a
 * Docker login holds credentials for the host. A tag that exists is taken; a
 * registry that cannot answer is said, not guessed.
 */
export function publishedLookup(registry: string, o: PublishedOptions): PublishedLookup {
  const client = new RegistryClient({
    transport: o.transport,
    clock: o.clock,
    retry: o.retry,
    credentials: dockerCredentialSource({
      configPath: dockerConfigPath({ DOCKER_CONFIG: o.dockerConfigDir }, o.home),
      secret: o.secret,
      log: o.log,
    }),
    log: o.log,
  });
  const ask = (async (name: string, version: string): Promise<PublishedAnswer> => {
    const at = `${registry}/${name}:${chartTag(version)}`;
    try {
      await client.resolve(parseReference(at));
      return { at };
    } catch (e) {
      if (e instanceof RegistryError && e.kind === 'not-found') return undefined;
      if (e instanceof RegistryError)
        return { problem: `could not ask ${at.slice(0, at.lastIndexOf(':'))} whether ${version} is published: ${e.message}` };
      return { problem: `could not ask ${registry} about ${name} ${version}: ${(e as Error).message}` };
    }
  }) as PublishedLookup;
  ask.close = () => o.transport.close?.();
  return ask;
}
