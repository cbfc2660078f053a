/** Absolute path of the Node 24 binary, installing it when missing. */
export function ensureNode24(): string;
