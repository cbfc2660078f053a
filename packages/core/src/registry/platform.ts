// Apart from registry/manifest.ts so that reading the platform input does not load node:crypto.

/** `os/arch[/variant]`, as docker buildx spells platforms. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Parses `linux/amd64` or `linux/arm/v7`; undefined when malformed. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.trim().split('/');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_.-]+$/.test(p))) return undefined;
  return { os: parts[0], architecture: parts[1], variant: parts[2] };
}
