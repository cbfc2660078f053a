/** Absolute paths of Helm 3 (helm), Helm 4 (helm4) and kubectl, installing and extracting them when missing. */
export function ensureKubeTools(): Promise<{ helm: string; helm4: string; kubectl: string }>;
