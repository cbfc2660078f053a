import type { ErrorObject } from 'ajv';

/** The config schema's validator, generated at build time by ajv (see scripts/config-validator.ts). */
export interface ConfigValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Validates a parsed `.github/lockstep.yml` against the config schema; errors are left on `validate.errors`. */
export declare const validate: ConfigValidator;
export default validate;
