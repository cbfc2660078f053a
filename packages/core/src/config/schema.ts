/** One allow or deny window of an environment (schema, shared by both lists). */
const WINDOW = {
  type: 'object',
  additionalProperties: false,
  required: ['cron', 'duration'],
  description: 'A window: it opens at each time the cron expression names and stays open for the duration.',
  properties: {
    cron: {
      type: 'string',
      minLength: 1,
      description: 'Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5.',
    },
    duration: { type: 'string', minLength: 1, description: 'How long each window stays open (30m, 8h, 2d).' },
    timezone: {
      type: 'string',
      minLength: 1,
      default: 'UTC',
      description: 'IANA time zone the cron expression is read in, e.g. Europe/Paris.',
    },
  },
} as const;

/**
 * JSON Schema of `.github/lockstep.yml`. The file shipped at
 * packages/core/schema/lockstep.schema.json is generated from this object
 * (`npm run schema`) and a test fails when the two differ.
 */
/** A `verify:` block (top level, or per service where it replaces the top level's; `{}` verifies nothing). */
const verifySchema = {
  type: 'object',
  additionalProperties: false,
  description: 'What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass.',
  properties: {
    keys: {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
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
        'trusted-root': {
          type: 'string',
          minLength: 1,
          description: 'Workspace-relative path of the trusted root (gh attestation trusted-root > file).',
        },
        issuer: {
          type: 'string',
          minLength: 1,
          description: 'OIDC issuer of the signing certificate.',
          default: 'https://token.actions.githubusercontent.com',
        },
        identity: {
          type: 'string',
          minLength: 1,
          description:
            'Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main.',
        },
      },
    },
  },
} as const;

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
    'notify-pulls': {
      type: 'boolean',
      description:
        'prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place ("Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"). Needs pull-requests: write.',
      default: false,
    },
    charts: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error.',
    },
    'charts-ignore': {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description:
        'Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped.',
    },
    'chart-registry': {
      type: 'string',
      pattern: '^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$',
      description:
        'OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published.',
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
          verify: verifySchema,
        },
      },
    },
    verify: verifySchema,
    environments: {
      type: 'array',
      description: 'Promotion order, first to last.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name'],
        anyOf: [{ required: ['values'] }, { required: ['kustomization'] }],
        properties: {
          name: { type: 'string', minLength: 1 },
          values: { type: 'string', minLength: 1, description: 'Values file of this environment (this or kustomization is required).' },
          kustomization: {
            type: 'string',
            minLength: 1,
            description:
              "Kustomize overlay holding this environment's image pins in its images: list: a kustomization.yaml (.yml, Kustomization), a folder holding one, or an Argo CD Application whose spec.source.kustomize.images holds them.",
          },
          application: { type: 'string', description: 'ArgoCD Application manifest whose targetRevision is the chart version.' },
          'auto-merge': { type: 'boolean', default: false },
          protected: {
            type: 'boolean',
            default: false,
            description: 'Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.',
          },
          'values-drift': {
            enum: ['error', 'warn', 'off'],
            description:
              'A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn).',
          },
          render: {
            enum: ['auto', 'on', 'off'],
            description: "Rendered manifest diffs for this environment (default: the top level's render mode).",
          },
          url: {
            type: 'string',
            pattern: '^https?://[^\\s]+$',
            description: 'Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments).',
          },
          preview: {
            type: 'boolean',
            default: false,
            description: 'A preview environment that goes away: its GitHub Deployments are transient.',
          },
          'min-soak': {
            type: 'string',
            minLength: 1,
            description:
              'Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m).',
          },
          wait: {
            enum: ['refuse', 'draft'],
            default: 'refuse',
            description:
              'A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.',
          },
          windows: {
            type: 'object',
            additionalProperties: false,
            description:
              'When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused.',
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
                    from: { type: 'string', minLength: 1, description: 'First frozen day, YYYY-MM-DD.' },
                    to: { type: 'string', minLength: 1, description: 'Last frozen day, YYYY-MM-DD.' },
                    timezone: {
                      type: 'string',
                      minLength: 1,
                      default: 'UTC',
                      description: 'IANA time zone the days are in, e.g. Europe/Paris.',
                    },
                    reason: { type: 'string', description: 'Said when the freeze holds a promotion.' },
                  },
                },
              },
            },
          },
        },
      },
    },
    render: {
      description:
        'Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below.',
      oneOf: [
        { enum: ['auto', 'on', 'off'] },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            mode: { enum: ['auto', 'on', 'off'], default: 'auto' },
            ignore: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: 'Regular expressions of rendered lines ignored in the diff (counted, not shown).',
            },
            'ignore-defaults': {
              type: 'boolean',
              default: true,
              description: 'Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations).',
            },
            summarize: {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: 'Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition).',
            },
            'kube-version': { type: 'string', minLength: 1, description: 'helm template --kube-version (e.g. 1.31.0).' },
            'api-versions': {
              type: 'array',
              items: { type: 'string', minLength: 1 },
              description: 'helm template --api-versions, each (e.g. monitoring.coreos.com/v1).',
            },
          },
        },
      ],
    },
    waves: {
      type: 'object',
      description:
        'promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit.',
      additionalProperties: {
        type: 'array',
        minItems: 2,
        uniqueItems: true,
        items: { type: 'string', minLength: 1 },
      },
    },
  },
} as const;
