// The promotion graph: each environment is promoted from its `after:` environments (fan-in when it lists
// several), else from the one before it in the config's list. Several environments may follow one (fan-out:
// `after: [staging]` on two A/B stages). The list stays the graph's order: an `after:` entry names an
// environment earlier in it (the fan-in gate's config check), so the graph has no cycle. A promotion runs along
// an edge; request.ts refuses any other step (unless allow-skip), status lists the next promotion of every edge.

/** What the graph reads of an environment. */
export interface GraphNode {
  name: string;
  after?: readonly string[];
}

/** The environments `envs[k]` is promoted from: its after: list, else the environment before it (none for the first). */
export function predecessors(envs: readonly GraphNode[], k: number): string[] {
  const after = envs[k]?.after;
  if (after && after.length > 0) return [...after];
  return k > 0 ? [envs[k - 1].name] : [];
}

/** Every edge of the graph, target by target in the config's order, each target's sources as it lists them. */
export function promotionEdges(envs: readonly GraphNode[]): { from: string; to: string }[] {
  return envs.flatMap((e, k) => predecessors(envs, k).map((from) => ({ from, to: e.name })));
}
