// The check's heavy modules, each behind a named getter and loaded on first use: run.ts starts git
// first and asks for these while git works. The one place the check's run imports dynamically
// (index.ts loads the run and the views; run.ts loads rendered.ts, which loads its renderers through
// these); the functions it calls take what these give, never a module.

/** The chart-bump rules (YAML, SemVer, globs): checks/chart-bump.ts. */
export const chartBumpRules = () => import('../../checks/chart-bump.ts');
/** The config loader and its JSON Schema validator, only when there is a config to read. */
export const configLoader = () => import('../../config/config.ts');
/** Rendered manifest diffs (Helm), only when render is not off. */
export const renderer = () => import('./render.ts');
/** Every check a command runs on the config alone, only when a pull request changes the config. */
export const configChecks = () => import('../../settings/validate.ts');
/** The promotion gates' checks of the config besides, only when a pull request changes the config. */
export const gateConfigChecks = () => import('../config-checks.ts');
/** Schema validation of the rendered environments, with render (the Kubernetes schemas load on the first object). */
export const validator = () => import('./validate.ts');
/** The values contract of the rendered environments (the Go template reader), with render. */
export const contractReader = () => import('../../values/environment-contract.ts');
/** The chart registry's published versions, only with a chart-registry in the base's config. */
export const publishedCharts = () => import('../../registry/published.ts');
/** The merge queue's entry base and who took a version (operations/check/queue.ts), only when the event or a refusal asks. */
export const mergeQueue = () => import('./queue.ts');
/** The registries' HTTP transport, with publishedCharts. */
export const registryHttp = () => import('../../http/transport.ts');
/** The puller of a Flux HelmRelease's or a registry Application's remote chart (render-flux.ts, render-registry.ts). */
export const remoteChart = () => import('./remote-chart.ts');
/** The deployer kinds (deploy/kind.ts: Helm, kustomize, Flux, their readers), only when a config names an environment. */
export const deployKinds = () => import('../../deploy/kind.ts');
