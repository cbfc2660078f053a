import type { Config } from '../config/config.ts';
import { effectiveConfig } from '../config/effective.ts';
import { ACTION_TABLES } from './tables.ts';

/**
 * What `lockstep config` prints (and `--json` holds): every key of the file in its own name, each one the
 * file leaves out shown with the default the settings tables give it (notify-pulls false, commit-mode git),
 * so the printout is complete.
 */
export function effectiveSettings(config: Config): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const table of ACTION_TABLES)
    for (const s of table.settings)
      if (s.config?.where === 'top' && s.config.default !== undefined && !(s.config.key in defaults))
        defaults[s.config.key] = s.config.default;
  const set = effectiveConfig(config);
  // The file's key order, each missing table key after the one before it in the tables.
  return { ...set, ...Object.fromEntries(Object.entries(defaults).filter(([k]) => !(k in set))) };
}
