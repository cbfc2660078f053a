/**
 * JSON Schema of `.github/lockstep.yml`. The file shipped at
 * packages/core/schema/lockstep.schema.json is generated from this object
 * (`npm run schema`) and a test fails when the two differ.
 */
export const configSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://lockstep.dev/schema/lockstep.schema.json',
  title: 'lockstep configuration (.github/lockstep.yml)',
  type: 'object',
  additionalProperties: false,
  properties: {
    'version-file': {
      type: 'string',
      minLength: 1,
      description: 'File holding the release version X.Y.Z on one line.',
      default: '.version',
    },
    'tag-prefix': { type: 'string', description: 'Prefix of release tags.', default: 'v' },
    charts: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart.',
    },
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md).',
    },
    'chart-version-policy': {
      enum: ['independent', 'sync'],
      description: 'independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.',
      default: 'independent',
    },
    changelog: {
      enum: ['auto', 'required', 'off'],
      description: 'auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.',
      default: 'auto',
    },
    packages: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: 'Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json).',
    },
    pins: {
      type: 'array',
      description: 'Dependency pins set to X.Y.Z at release.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files', 'names'],
        properties: {
          files: { type: 'string', minLength: 1, description: 'Glob of files holding the pins.' },
          table: { type: 'string', description: 'TOML table (dotted) or JSON object path holding the pins.' },
          names: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, description: 'Dependency names to pin.' },
        },
      },
    },
    'lock-command': {
      type: 'array',
      items: { type: 'string' },
      minItems: 1,
      description: 'argv run in each folder whose pins changed (no shell).',
    },
    'commit-mode': {
      enum: ['git', 'api'],
      description:
        'prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for "require signed commits" rulesets.',
      default: 'git',
    },
    services: {
      type: 'object',
      description: 'Image name -> repository and the key path of its image block in values files.',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['image'],
        properties: {
          image: { type: 'string', minLength: 1, description: 'Image repository, e.g. ghcr.io/acme/api.' },
          'values-key': { type: 'string', minLength: 1, description: 'Dotted key path of the image block, e.g. services.api.image.' },
        },
      },
    },
    environments: {
      type: 'array',
      description: 'Promotion order, first to last.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'values'],
        properties: {
          name: { type: 'string', minLength: 1 },
          values: { type: 'string', minLength: 1, description: 'Values file of this environment.' },
          application: { type: 'string', description: 'ArgoCD Application manifest whose targetRevision is the chart version.' },
          'auto-merge': { type: 'boolean', default: false },
          protected: { type: 'boolean', default: false, description: 'Digest-only images, draft promotion PRs, never auto-merged.' },
        },
      },
    },
  },
} as const;
