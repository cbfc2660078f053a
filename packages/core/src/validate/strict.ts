// Unknown fields under a validator that does not refuse them. kubernetes-models'
// validators (ajv's compiled code) read every property their schema declares
// (`data.spec !== undefined`) and enumerate the keys of a map (`for (k in data)`),
// but let an undeclared property pass, as the API server's non-strict decoding
// does. Run over a watching view of the object, what the validator never read
// is what its schema does not declare: an unknown field, as kubectl's strict
// field validation refuses it. An object the validator looked into for nothing
// at all (a free-form field: RawExtension, preserve-unknown-fields) is not judged.

type Plain = Record<string | symbol, unknown>;

/**
 * Fields the package's schemas leave out though Kubernetes declares them, so their validators never
 * read them: every property named `description` (its generator takes it for documentation: a
 * PriorityClass's, a CRD schema's) and the `x-kubernetes-*` extensions of a CRD's schema.
 */
const UNDECLARED_BY_THE_PACKAGE = (key: string) => key === 'description' || key.startsWith('x-kubernetes-');

/** What the validator did with one object or array of the data. */
interface Seen {
  target: Plain;
  path: string;
  /** The same path as keys (indexes as numbers). */
  at: (string | number)[];
  read: Set<string>;
  /** Its keys were enumerated: a map, every key is its own. */
  enumerated: boolean;
  children: Map<string, Seen>;
}

/** A field the validator never read: `spec.foo` and its keys. */
export interface UnknownField {
  path: string;
  at: (string | number)[];
}

/** A view of `data` that records what a validator reads; `unknownFields()` lists what it never read. */
export function watched(data: Record<string, unknown>): {
  view: Record<string, unknown>;
  unknownFields(): string[];
  unknownFieldsAt(): UnknownField[];
} {
  const root = watch(data, '', []);
  const unknownFieldsAt = () => {
    const out: UnknownField[] = [];
    collect(root.seen, out);
    return out;
  };
  return { view: root.proxy as Record<string, unknown>, unknownFields: () => unknownFieldsAt().map((f) => f.path), unknownFieldsAt };
}

function watch(target: Plain, path: string, at: (string | number)[]): { proxy: unknown; seen: Seen } {
  const seen: Seen = { target, path, at, read: new Set(), enumerated: false, children: new Map() };
  const proxies = new Map<string, unknown>();
  const proxy = new Proxy(target, {
    get(t, key) {
      const v = t[key];
      if (typeof key !== 'string') return v;
      seen.read.add(key);
      if (!v || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(t, key)) return v;
      let p = proxies.get(key);
      if (p === undefined) {
        const index = Array.isArray(t) && /^\d+$/.test(key);
        const child = watch(v as Plain, index ? `${path}[${key}]` : join(path, key), [...at, index ? Number(key) : key]);
        seen.children.set(key, child.seen);
        proxies.set(key, (p = child.proxy));
      }
      return p;
    },
    ownKeys(t) {
      seen.enumerated = true;
      return Reflect.ownKeys(t);
    },
  });
  return { proxy, seen };
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function collect(seen: Seen, out: UnknownField[]): void {
  const isArray = Array.isArray(seen.target);
  if (!isArray && !seen.enumerated && seen.read.size > 0)
    for (const key of Object.keys(seen.target))
      if (!seen.read.has(key) && !UNDECLARED_BY_THE_PACKAGE(key)) out.push({ path: join(seen.path, key), at: [...seen.at, key] });
  for (const child of seen.children.values()) collect(child, out);
}
