// The config keys no input overrides, declared once (issue 37). A key an input overrides is declared in
// that input's table entry (table-<operation>.ts); together they are every key of `.github/lockstep.yml`:
// `npm run settings` makes the config's JSON Schema (packages/core/schema/lockstep.schema.json, the
// loader's validator), its types and defaults (config/raw.generated.ts) from both (scripts/config-schema.ts).
// Only the generators and tests import this file: the actions read the generated files.
import type { ConfigKey, JsonSchema, SettingKind } from './table.ts';

/** A config key with no input: its kind and docs line are its own. */
export interface ConfigOnlyKey extends ConfigKey {
  kind: SettingKind;
  /** The values a `choice` takes. */
  choices?: readonly string[];
  docs: string;
  /** A top-level key that holds a scope: `environments` (a list, in order) or `services` (a map by name). */
  holds?: 'environment' | 'service';
}

/** A non-empty string. */
const TEXT: JsonSchema = { type: 'string', minLength: 1 };
const LIST: JsonSchema = { type: 'array', items: TEXT };

/** One allow or deny window of an environment (shared by both lists). */
const WINDOW: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['cron', 'duration'],
  description: 'A window: it opens at each time the cron expression names and stays open for the duration.',
  properties: {
    cron: {
      ...TEXT,
      description: 'Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5.',
    },
    duration: { ...TEXT, description: 'How long each window stays open (30m, 8h, 2d).' },
    timezone: { ...TEXT, default: 'UTC', description: 'IANA time zone the cron expression is read in, e.g. Europe/Paris.' },
  },
};

/** A `verify:` block (top level, or per service where it replaces the top level's; `{}` verifies nothing). */
const VERIFY: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    keys: {
      type: 'array',
      minItems: 1,
      items: TEXT,
      description:
        'cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them.',
    },
    attestation: {
      type: 'object',
      additionalProperties: false,
      required: ['trusted-root', 'identity'],
      description:
        'A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.',
      properties: {
        'trusted-root': { ...TEXT, description: 'Workspace-relative path of the trusted root (gh attestation trusted-root > file).' },
        issuer: { ...TEXT, description: 'OIDC issuer of the signing certificate.', default: 'https://token.actions.githubusercontent.com' },
        identity: {
          ...TEXT,
          description:
            'Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main.',
        },
      },
    },
  },
};
const VERIFY_DOCS = 'What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass.';

const RENDER_MODES = ['auto', 'on', 'off'] as const;

/** hydrate:'s one required key, named apart: a list starting with the word `branch` reads to eslint as a git command line. */
const HYDRATE_BRANCH = 'branch';

/** Every config key with no input, in the order the schema lists them (the keys inputs override follow, table by table). */
export const CONFIG_KEYS: readonly ConfigOnlyKey[] = [
  {
    key: 'charts-ignore',
    where: 'top',
    kind: 'path-list',
    docs: 'Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped.',
  },
  {
    key: 'values-contract',
    where: 'top',
    kind: 'choice',
    choices: ['error', 'warn', 'off'],
    docs: "Every environment's values-contract where it sets none: keys its values set that no template of its chart reads (default error for protected environments, warn elsewhere).",
  },
  {
    key: 'chart-version-policy',
    where: 'top',
    kind: 'choice',
    choices: ['independent', 'sync'],
    default: 'independent',
    docs: 'independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.',
  },
  {
    key: 'services',
    where: 'top',
    kind: 'yaml',
    holds: 'service',
    docs: 'Image name -> repository and the key path of its image block in values files.',
  },
  { key: 'image', where: 'service', kind: 'string', schema: TEXT, required: true, docs: 'Image repository, e.g. ghcr.io/acme/api.' },
  {
    key: 'values-key',
    where: 'service',
    kind: 'string',
    schema: TEXT,
    docs: 'Dotted key path of the image block, e.g. services.api.image.',
  },
  {
    key: 'image-policy',
    where: 'service',
    kind: 'string',
    schema: { type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$' },
    docs: 'The Flux ImagePolicy (namespace:name) whose image automation markers (# {"$imagepolicy": "namespace:name"} and its :tag, :name, :digest forms) name the fields holding this image in each environment\'s pin file and, for an overlay environment, in every file kustomize reads under the overlay\'s folder (Deployments, a HelmRelease patch\'s values): promote-env writes those fields, markers kept.',
  },
  {
    key: 'flux-substitute',
    where: 'service',
    kind: 'yaml',
    schema: {
      oneOf: [
        { type: 'string', pattern: '^[_a-zA-Z][_a-zA-Z0-9]*$' },
        {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(
            ['image', 'name', 'tag', 'digest'].map((k) => [k, { type: 'string', pattern: '^[_a-zA-Z][_a-zA-Z0-9]*$' }]),
          ),
        },
      ],
    },
    docs: 'The spec.postBuild.substitute variables of a flux-kustomization environment holding this image: one name (its value the whole image, repo:tag@sha256:…) or a mapping of image, name, tag, digest to variable names. promote-env writes them where Flux takes them from: the Flux Kustomization’s spec.postBuild.substitute, else the last spec.postBuild.substituteFrom ConfigMap of the repository holding them (a manifest’s data, configMapGenerator literals, an envs: .env file’s line, a files: source’s whole file); a Secret holding one is refused.',
  },
  { key: 'verify', where: 'service', kind: 'yaml', schema: VERIFY, reader: 'verify', docs: VERIFY_DOCS },
  { key: 'verify', where: 'top', kind: 'yaml', schema: VERIFY, reader: 'verify', docs: VERIFY_DOCS },
  { key: 'environments', where: 'top', kind: 'yaml', holds: 'environment', docs: 'Promotion order, first to last.' },
  {
    key: 'name',
    where: 'environment',
    kind: 'string',
    schema: TEXT,
    required: true,
    docs: 'The environment, as promote-env --to names it.',
  },
  {
    key: 'values',
    where: 'environment',
    kind: 'file',
    oneOf: 'pins',
    docs: 'Values file of this environment (this or kustomization is required).',
  },
  {
    key: 'kustomization',
    where: 'environment',
    kind: 'file',
    oneOf: 'pins',
    docs: "Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them.",
  },
  {
    key: 'application',
    where: 'environment',
    kind: 'string',
    docs: 'ArgoCD Application manifest whose targetRevision is the chart version.',
  },
  {
    key: 'helmrelease',
    where: 'environment',
    kind: 'string',
    oneOf: 'pins',
    docs: 'Flux HelmRelease (or the kustomize patch of it) this environment deploys, `<file>[#<name>]`: its spec.chart.spec.version is the chart version, its spec.values hold the image pins (unless values names another file).',
  },
  {
    key: 'flux-kustomization',
    where: 'environment',
    kind: 'file',
    oneOf: 'pins',
    docs: "Flux Kustomization (kustomize.toolkit.fluxcd.io) whose spec.images list holds this environment's image pins, read and written as a Kustomize overlay's images:.",
  },
  {
    key: 'ocirepository',
    where: 'environment',
    kind: 'string',
    docs: "Flux OCIRepository the environment's HelmRelease takes its chart from (spec.chartRef), `<file>[#<name>]`: its spec.ref.tag is the chart version.",
  },
  {
    key: 'protected',
    where: 'environment',
    kind: 'bool',
    default: false,
    docs: 'Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.',
  },
  {
    key: 'kube-version',
    where: 'environment',
    kind: 'string',
    schema: { type: 'string', pattern: '^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?$' },
    docs: 'The Kubernetes version this environment\'s cluster runs (e.g. "1.31"): its rendered objects are validated for it, and the APIs it no longer serves are refused (default the schemas\' own, 1.36).',
  },
  {
    key: 'helm-version',
    where: 'environment',
    kind: 'yaml',
    schema: { enum: [3, 4] },
    docs: "The Helm major this environment's deployer renders with (3 or 4; Argo CD 3.5 and Flux 2.8 render with Helm 4): its charts are rendered with a Helm of that major found on PATH (as `helm`, `helm3` or `helm4`), refused when there is none (default: the first `helm` on PATH).",
  },
  {
    key: 'url',
    where: 'environment',
    kind: 'string',
    schema: { type: 'string', pattern: '^https?://[^\\s]+$' },
    docs: 'Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments).',
  },
  {
    key: 'preview',
    where: 'environment',
    kind: 'bool',
    default: false,
    docs: 'A preview environment that goes away: its GitHub Deployments are transient.',
  },
  {
    key: 'windows',
    where: 'environment',
    kind: 'yaml',
    reader: 'windows',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allow: { type: 'array', items: WINDOW, description: 'Promotions land only inside one of these windows.' },
        deny: { type: 'array', items: WINDOW, description: 'Promotions never land inside these windows.' },
        freeze: {
          type: 'array',
          description: 'Date ranges (whole days, both included) in which promotions never land.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['from', 'to'],
            properties: {
              from: { ...TEXT, description: 'First frozen day, YYYY-MM-DD.' },
              to: { ...TEXT, description: 'Last frozen day, YYYY-MM-DD.' },
              timezone: { ...TEXT, default: 'UTC', description: 'IANA time zone the days are in, e.g. Europe/Paris.' },
              reason: { type: 'string', description: 'Said when the freeze holds a promotion.' },
            },
          },
        },
      },
    },
    docs: 'When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused.',
  },
  {
    key: 'after',
    where: 'environment',
    kind: 'list',
    schema: { type: 'array', minItems: 1, uniqueItems: true, items: TEXT },
    docs: 'The fan-in gate: this environment is promoted only from pins (digests, tags and the chart version) every environment listed here runs; a promotion before they all do is refused, naming which lacks which pin.',
  },
  {
    key: 'registry',
    where: 'environment',
    kind: 'string',
    schema: { type: 'string', pattern: '^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?$' },
    docs: "The registry this environment's images live in (host[:port], e.g. registry.prod.example): a promotion into it copies each new image by digest from the registry the source environment runs it from — the index, every manifest and blob, and its referrers (cosign signatures and attestations, by the OCI referrers API or the sha256-<hex> tag scheme) — into the same repository path there, reads the copy back, and only then pins it there (the repository written with the digest). Only a digest the source environment runs (or ran) is copied; a failed or partial copy refuses the promotion.",
  },
  {
    key: 'approval',
    where: 'environment',
    kind: 'yaml',
    schema: {
      oneOf: [
        {
          type: 'object',
          additionalProperties: false,
          required: ['teams'],
          properties: {
            teams: {
              type: 'array',
              minItems: 1,
              items: {
                type: 'string',
                pattern: '^[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*$',
                description: 'A team as org/team-slug (the organisation, a slash, the team), e.g. acme/platform.',
              },
              description: 'Teams as org/team-slug, e.g. acme/platform.',
            },
          },
        },
        {
          type: 'object',
          additionalProperties: false,
          required: ['github-environment'],
          properties: { 'github-environment': { ...TEXT, description: 'The GitHub Environment whose required reviewers may approve.' } },
        },
      ],
    },
    docs: 'The approval gate: a promotion into this environment waits until the promotion pull request into its source environment was approved by a member of one of the teams (org/team), or by a required reviewer of the named GitHub Environment. Without a token it holds.',
  },
  {
    key: 'hydrate',
    where: 'environment',
    kind: 'yaml',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        [HYDRATE_BRANCH]: {
          type: 'string',
          pattern: '^[A-Za-z0-9._/-]+$',
          description:
            "The environment's active branch (e.g. environment/prod): hydrate-env writes to <branch>-next. Required unless the environment's application: hydrates from source (spec.sourceHydrator), whose syncSource.targetBranch, syncSource.path and hydrateTo.targetBranch are read for branch, path and hydrate-to.",
        },
        path: {
          type: 'string',
          pattern: '^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$',
          description:
            "GitOps Promoter's activePath (shared active branch): the files go under <path>/ on <branch>-next/<path>, other folders kept byte for byte.",
        },
        'hydrate-to': {
          type: 'string',
          pattern: '^[A-Za-z0-9._/-]+$',
          description:
            "Argo CD Source Hydrator's layout: the branch written (spec.sourceHydrator.hydrateTo.targetBranch, e.g. environments/prod-next) instead of <branch>-next, with the files under path: (syncSource.path) and hydrator.metadata at the root as well.",
        },
        layout: {
          enum: ['manifest', 'objects'],
          default: 'manifest',
          description: 'manifest: one manifest.yaml (Argo CD Source Hydrator layout); objects: one file per object, in a stable order.',
        },
        secrets: {
          enum: ['refuse', 'drop'],
          default: 'refuse',
          description: 'A Secret in the render: refused, or dropped with a line saying so (never written in clear).',
        },
        promote: {
          enum: ['gitops-promoter', 'lockstep'],
          default: 'gitops-promoter',
          description:
            'Who promotes <branch>-next into <branch>: gitops-promoter (or Argo CD; hydrate-env only writes the proposed branch), or lockstep (promote-env with to: this environment opens the pull request <branch>-next -> <branch> through the gates: soak, windows, fan-in, approval).',
        },
      },
    },
    docs: "hydrate-env: write this environment's rendered manifests to <branch>-next in GitOps Promoter's hydrator contract (manifest.yaml or one file per object, and hydrator.metadata).",
  },
  {
    key: 'render',
    where: 'top',
    kind: 'yaml',
    reader: 'render',
    schema: {
      oneOf: [
        { enum: RENDER_MODES },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            mode: { enum: RENDER_MODES, default: 'auto' },
            ignore: { ...LIST, description: 'Regular expressions of rendered lines ignored in the diff (counted, not shown).' },
            'ignore-defaults': {
              type: 'boolean',
              default: true,
              description: 'Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations).',
            },
            summarize: {
              ...LIST,
              description: 'Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition).',
            },
            'kube-version': { ...TEXT, description: 'helm template --kube-version (e.g. 1.31.0).' },
            'api-versions': { ...LIST, description: 'helm template --api-versions, each (e.g. monitoring.coreos.com/v1).' },
          },
        },
      ],
    },
    docs: 'Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below.',
  },
  {
    key: 'crds',
    where: 'top',
    kind: 'glob-list',
    docs: "CustomResourceDefinition files or globs (workspace-relative, e.g. crds/**/*.yaml) whose schemas validate the rendered custom resources, besides a chart's crds/ and the CRDs a render holds.",
  },
  {
    key: 'fix-window',
    where: 'top',
    kind: 'duration',
    reader: 'duration',
    default: '72h',
    docs: 'lockstep metrics: a fix release (same major and minor, higher patch) counts as the repair of the landing it replaces when it lands within this time after it (30m, 72h, 5d), or when a change it carries has a Lockstep-Fixes: <version> trailer naming the replaced release.',
  },
  {
    key: 'waves',
    where: 'top',
    kind: 'yaml',
    schema: { type: 'object', additionalProperties: { type: 'array', minItems: 2, uniqueItems: true, items: TEXT } },
    docs: 'promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit.',
  },
];
