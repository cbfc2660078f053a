/** Path of the generated packages/cli/src/action-inputs.ts. */
export const target: string;
/** The generated module's text for the actions under `dir` (default actions/). */
export function renderActionInputs(dir?: string): string;
