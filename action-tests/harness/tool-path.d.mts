/** The programs lockstep looks for on PATH by itself. */
export const FOUND_ON_PATH: readonly string[];
/** The programs a test may ask for, each served from a folder holding it alone (helm4: Helm 4, as `helm`). */
export type Tool = 'helm' | 'helm4' | 'kubectl';
/** `path` less Helm, kubectl and kustomize, built under `root`; `toolDirs` serve each tool alone. */
export function buildTestPath(
  path: string,
  tools: Partial<Record<Tool, string>>,
): { root: string; path: string; toolDirs: Record<Tool, string> };
/** Removes what buildTestPath made. */
export function removeTestPath(root: string): void;
/** The PATH a test runs lockstep under, the `tools` asked for first. */
export function testPath(...tools: Tool[]): string;
