/** Escapes text for one Markdown table cell. */
export function escapeCell(text: unknown): string;
/** The inputs table of a parsed action.yml object. */
export function renderInputsTable(action: unknown): string;
/** The outputs table of a parsed action.yml object. */
export function renderOutputsTable(action: unknown): string;
/** Puts `table` between the `<!-- section:start -->` / `<!-- section:end -->` markers. */
export function replaceBetweenMarkers(readme: string, section: string, table: string): string;
/** The README text with both tables rendered from the action.yml text. */
export function renderReadme(readme: string, actionYmlText: string): string;
/** Action folders that have an action.yml. */
export function actionNames(repoRoot?: string): string[];
/** Checks (or with `write`, fixes) every action's README. */
export function syncReadmes(repoRoot?: string, opts?: { write?: boolean }): { problems: string[]; written: string[] };
