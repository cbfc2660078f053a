// The largest values.schema.json lockstep judges, apart from the compiler (schema-compile.ts, which loads ajv): a
// reader that only asks whether a schema is too large to judge loads none of it.

/** The largest values.schema.json judged (bytes of text). */
export const MAX_SCHEMA_BYTES = 4 * 1024 * 1024;
