/** Absolute paths of helm and kubectl, installing and extracting them when missing. */
export function ensureKubeTools(): Promise<{ helm: string; kubectl: string }>;
