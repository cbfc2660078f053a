// The JSON Schema of `.github/lockstep.yml` is made from the settings declarations (each key once: in
// its input's table entry, settings/table-<op>.ts, or in settings/config-keys.ts): `npm run settings`
// writes it to config/raw.generated.ts (with the config's types and defaults), to
// packages/core/schema/lockstep.schema.json for editors, and compiles the loader's validator from it.
export { configSchema } from './raw.generated.ts';
