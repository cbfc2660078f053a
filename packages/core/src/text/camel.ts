/** `tag-prefix` → `tagPrefix`, as a type: a setting's field in the code is its input's (or key's) camel-case name. */
export type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** `tag-prefix` → `tagPrefix`: a setting's (or a config key's) field in the code. */
export function camel<S extends string>(key: S): Camel<S> {
  return key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()) as Camel<S>;
}
