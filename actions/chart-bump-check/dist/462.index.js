export const id = 462;
export const ids = [462];
export const modules = {

/***/ 1462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_DOCS: () => (/* binding */ CONFIG_DOCS),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  GITHUB_ACTIONS_ISSUER: () => (/* binding */ GITHUB_ACTIONS_ISSUER),
  configLine: () => (/* binding */ configLine),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText),
  verifyFor: () => (/* binding */ verifyFor),
  verifyOptOut: () => (/* binding */ verifyOptOut)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/fs/workspace.ts
var fs_workspace = __webpack_require__(2536);
// EXTERNAL MODULE: ./packages/core/src/text/suggest.ts
var suggest = __webpack_require__(4619);
// EXTERNAL MODULE: ./packages/core/src/yaml/read.ts
var read = __webpack_require__(4293);
;// CONCATENATED MODULE: ./packages/core/src/config/schema.ts
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
};
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
            description: 'cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them.',
        },
        attestation: {
            type: 'object',
            additionalProperties: false,
            required: ['trusted-root', 'identity'],
            description: 'A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.',
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
                    description: 'Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main.',
                },
            },
        },
    },
};
const configSchema = {
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
            description: 'prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place ("Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)"). Needs pull-requests: write.',
            default: false,
        },
        charts: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error.',
        },
        'charts-ignore': {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped.',
        },
        'chart-registry': {
            type: 'string',
            pattern: '^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$',
            description: 'OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published.',
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
            description: 'prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for "require signed commits" rulesets.',
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
                required: ['name', 'values'],
                properties: {
                    name: { type: 'string', minLength: 1 },
                    values: { type: 'string', minLength: 1, description: 'Values file of this environment.' },
                    application: { type: 'string', description: 'ArgoCD Application manifest whose targetRevision is the chart version.' },
                    'auto-merge': { type: 'boolean', default: false },
                    protected: {
                        type: 'boolean',
                        default: false,
                        description: 'Digest-only images, exact chart versions, draft promotion PRs, never auto-merged.',
                    },
                    'values-drift': {
                        enum: ['error', 'warn', 'off'],
                        description: 'A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn).',
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
                        description: 'Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m).',
                    },
                    wait: {
                        enum: ['refuse', 'draft'],
                        default: 'refuse',
                        description: 'A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge.',
                    },
                    windows: {
                        type: 'object',
                        additionalProperties: false,
                        description: 'When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused.',
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
            description: 'Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below.',
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
            description: 'promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit.',
            additionalProperties: {
                type: 'array',
                minItems: 2,
                uniqueItems: true,
                items: { type: 'string', minLength: 1 },
            },
        },
    },
};

// EXTERNAL MODULE: ./packages/core/src/config/names.ts
var names = __webpack_require__(6744);
// EXTERNAL MODULE: ./packages/core/src/text/bytes.ts
var bytes = __webpack_require__(9002);
;// CONCATENATED MODULE: ./packages/core/src/text/duration.ts
// Durations as the config and the inputs write them: `30m`, `1h`, `2d`, or
// units together from the largest down (`1h30m`, `2d12h`). Strict: no spaces,
// no fractions, no other unit, each unit at most once, so a typo is an error
// rather than a different duration.
const DURATION = /^(?:(\d{1,4})d)?(?:(\d{1,5})h)?(?:(\d{1,6})m)?$/;
const MINUTE = 60_000;
/** Milliseconds of a duration such as `30m`, `1h`, `2d` or `1h30m`; undefined when the text is not one. */
function parseDuration(text) {
    const m = DURATION.exec(text.trim());
    if (!m || text.trim() === '')
        return undefined;
    const [d, h, min] = [m[1], m[2], m[3]].map((v) => Number(v ?? 0));
    return ((d * 24 + h) * 60 + min) * MINUTE;
}
/** The hint every duration error gives. */
const DURATION_HINT = 'write a number and a unit (m, h or d), e.g. 30m, 1h, 2d or 1h30m';
/**
 * A duration for people, rounded up to the minute (a wait of 29m10s is said
 * `30m`, never a shorter wait than the real one): `30m`, `1h`, `1h 5m`, `2d 3h`.
 */
function formatDuration(ms) {
    let minutes = Math.max(0, Math.ceil(ms / MINUTE));
    const d = Math.floor(minutes / 1440);
    minutes -= d * 1440;
    const h = Math.floor(minutes / 60);
    const m = minutes - h * 60;
    const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m ? `${m}m` : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : '0m';
}

;// CONCATENATED MODULE: ./packages/core/src/config/validate.generated.js
// Generated by `npm run schema` (scripts/config-validator.ts) from src/config/schema.ts. Do not edit.
const validate = validate10;
/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"notify-pulls":{"type":"boolean","description":"prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.","default":false},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Absent: every folder holding a Chart.yaml, not inside another chart; []: no chart. An entry matching no chart folder is an error."},"charts-ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs that charts: leaves out on purpose: chart-bump-check does not fail a pull request that changes them, and release and publish do not list them as skipped."},"chart-registry":{"type":"string","pattern":"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$","description":"OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json)."},"pins":{"type":"array","description":"Dependency pins set to X.Y.Z at release.","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}}},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"commit-mode":{"enum":["git","api"],"description":"prepare-release and promote-env: git pushes the commits lockstep makes; api creates them through the GitHub API, signed by GitHub (Verified) for GITHUB_TOKEN or a GitHub App token, for \"require signed commits\" rulesets.","default":"git"},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."},"verify":{"type":"object","additionalProperties":false,"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass.","properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}}}}}},"verify":{"type":"object","additionalProperties":false,"description":"What must vouch for an image digest before capture-digests or promote-env writes it. Every method given must pass.","properties":{"keys":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"cosign public keys (PEM text, or a workspace-relative path of cosign.pub): the digest needs a cosign signature by one of them."},"attestation":{"type":"object","additionalProperties":false,"required":["trusted-root","identity"],"description":"A Sigstore bundle (GitHub artifact attestation pushed to the registry, cosign v3 bundle) whose in-toto subject is the digest.","properties":{"trusted-root":{"type":"string","minLength":1,"description":"Workspace-relative path of the trusted root (gh attestation trusted-root > file)."},"issuer":{"type":"string","minLength":1,"description":"OIDC issuer of the signing certificate.","default":"https://token.actions.githubusercontent.com"},"identity":{"type":"string","minLength":1,"description":"Subject alternative name of the signing certificate: the workflow, e.g. https://github.com/acme/app/.github/workflows/build.yml@refs/heads/main."}}}}},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name","values"],"properties":{"name":{"type":"string","minLength":1},"values":{"type":"string","minLength":1,"description":"Values file of this environment."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"auto-merge":{"type":"boolean","default":false},"protected":{"type":"boolean","default":false,"description":"Digest-only images, exact chart versions, draft promotion PRs, never auto-merged."},"values-drift":{"enum":["error","warn","off"],"description":"A key the values file sets that the chart version the environment runs reads and the promoted version no longer reads: error refuses the promotion (also when a chart version cannot be read), warn annotates it (default error when protected, else warn)."},"render":{"enum":["auto","on","off"],"description":"Rendered manifest diffs for this environment (default: the top level's render mode)."},"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."},"preview":{"type":"boolean","default":false,"description":"A preview environment that goes away: its GitHub Deployments are transient."},"min-soak":{"type":"string","minLength":1,"description":"Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."},"wait":{"enum":["refuse","draft"],"default":"refuse","description":"A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge."},"windows":{"type":"object","additionalProperties":false,"description":"When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused.","properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions land only inside one of these windows."},"deny":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions never land inside these windows."},"freeze":{"type":"array","description":"Date ranges (whole days, both included) in which promotions never land.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"description":"First frozen day, YYYY-MM-DD."},"to":{"type":"string","minLength":1,"description":"Last frozen day, YYYY-MM-DD."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the days are in, e.g. Europe/Paris."},"reason":{"type":"string","description":"Said when the freeze holds a promotion."}}}}}}}}},"render":{"description":"Rendered manifest diffs (promote-env, chart-bump-check): auto renders with helm template when Helm 3.8 or later is on PATH, on requires it, off never renders; or a mapping with mode and the settings below.","oneOf":[{"enum":["auto","on","off"]},{"type":"object","additionalProperties":false,"properties":{"mode":{"enum":["auto","on","off"],"default":"auto"},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"Regular expressions of rendered lines ignored in the diff (counted, not shown)."},"ignore-defaults":{"type":"boolean","default":true,"description":"Ignore the chart-version churn lines (helm.sh/chart, app.kubernetes.io/version, checksum/* annotations)."},"summarize":{"type":"array","items":{"type":"string","minLength":1},"description":"Kinds shown as one line with their size instead of a diff (e.g. CustomResourceDefinition)."},"kube-version":{"type":"string","minLength":1,"description":"helm template --kube-version (e.g. 1.31.0)."},"api-versions":{"type":"array","items":{"type":"string","minLength":1},"description":"helm template --api-versions, each (e.g. monitoring.coreos.com/v1)."}}}]},"waves":{"type":"object","description":"promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit.","additionalProperties":{"type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$", "u");
const pattern1 = new RegExp("^https?://[^\\s]+$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://lockstep.dev/schema/lockstep.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data["version-file"] !== undefined){
let data0 = data["version-file"];
if(typeof data0 === "string"){
if(data0.length < 1){
const err1 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/version-file",schemaPath:"#/properties/version-file/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data["tag-prefix"] !== undefined){
if(typeof data["tag-prefix"] !== "string"){
const err3 = {instancePath:instancePath+"/tag-prefix",schemaPath:"#/properties/tag-prefix/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data["notify-pulls"] !== undefined){
if(typeof data["notify-pulls"] !== "boolean"){
const err4 = {instancePath:instancePath+"/notify-pulls",schemaPath:"#/properties/notify-pulls/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.charts !== undefined){
let data3 = data.charts;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(data4.length < 1){
const err5 = {instancePath:instancePath+"/charts/" + i0,schemaPath:"#/properties/charts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/charts/" + i0,schemaPath:"#/properties/charts/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data["charts-ignore"] !== undefined){
let data5 = data["charts-ignore"];
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(data6.length < 1){
const err8 = {instancePath:instancePath+"/charts-ignore/" + i1,schemaPath:"#/properties/charts-ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/charts-ignore/" + i1,schemaPath:"#/properties/charts-ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/charts-ignore",schemaPath:"#/properties/charts-ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data["chart-registry"] !== undefined){
let data7 = data["chart-registry"];
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err11 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/pattern",keyword:"pattern",params:{pattern: "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"},message:"must match pattern \""+"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"+"\""};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.ignore !== undefined){
let data8 = data.ignore;
if(Array.isArray(data8)){
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
if(typeof data9 === "string"){
if(data9.length < 1){
const err13 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ignore/" + i2,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data["chart-version-policy"] !== undefined){
let data10 = data["chart-version-policy"];
if(!((data10 === "independent") || (data10 === "sync"))){
const err16 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.changelog !== undefined){
let data11 = data.changelog;
if(!(((data11 === "auto") || (data11 === "required")) || (data11 === "off"))){
const err17 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.packages !== undefined){
let data12 = data.packages;
if(Array.isArray(data12)){
const len3 = data12.length;
for(let i3=0; i3<len3; i3++){
let data13 = data12[i3];
if(typeof data13 === "string"){
if(data13.length < 1){
const err18 = {instancePath:instancePath+"/packages/" + i3,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/packages/" + i3,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.pins !== undefined){
let data14 = data.pins;
if(Array.isArray(data14)){
const len4 = data14.length;
for(let i4=0; i4<len4; i4++){
let data15 = data14[i4];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.files === undefined){
const err21 = {instancePath:instancePath+"/pins/" + i4,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data15.names === undefined){
const err22 = {instancePath:instancePath+"/pins/" + i4,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data15){
if(!(((key1 === "files") || (key1 === "table")) || (key1 === "names"))){
const err23 = {instancePath:instancePath+"/pins/" + i4,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data15.files !== undefined){
let data16 = data15.files;
if(typeof data16 === "string"){
if(data16.length < 1){
const err24 = {instancePath:instancePath+"/pins/" + i4+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/pins/" + i4+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data15.table !== undefined){
if(typeof data15.table !== "string"){
const err26 = {instancePath:instancePath+"/pins/" + i4+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data15.names !== undefined){
let data18 = data15.names;
if(Array.isArray(data18)){
if(data18.length < 1){
const err27 = {instancePath:instancePath+"/pins/" + i4+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len5 = data18.length;
for(let i5=0; i5<len5; i5++){
let data19 = data18[i5];
if(typeof data19 === "string"){
if(data19.length < 1){
const err28 = {instancePath:instancePath+"/pins/" + i4+"/names/" + i5,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/pins/" + i4+"/names/" + i5,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/pins/" + i4+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/pins/" + i4,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data["lock-command"] !== undefined){
let data20 = data["lock-command"];
if(Array.isArray(data20)){
if(data20.length < 1){
const err33 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len6 = data20.length;
for(let i6=0; i6<len6; i6++){
if(typeof data20[i6] !== "string"){
const err34 = {instancePath:instancePath+"/lock-command/" + i6,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data["commit-mode"] !== undefined){
let data22 = data["commit-mode"];
if(!((data22 === "git") || (data22 === "api"))){
const err36 = {instancePath:instancePath+"/commit-mode",schemaPath:"#/properties/commit-mode/enum",keyword:"enum",params:{allowedValues: schema11.properties["commit-mode"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.services !== undefined){
let data23 = data.services;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key2 in data23){
let data24 = data23[key2];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.image === undefined){
const err37 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key3 in data24){
if(!(((key3 === "image") || (key3 === "values-key")) || (key3 === "verify"))){
const err38 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data24.image !== undefined){
let data25 = data24.image;
if(typeof data25 === "string"){
if(data25.length < 1){
const err39 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data24["values-key"] !== undefined){
let data26 = data24["values-key"];
if(typeof data26 === "string"){
if(data26.length < 1){
const err41 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data24.verify !== undefined){
let data27 = data24.verify;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key4 in data27){
if(!((key4 === "keys") || (key4 === "attestation"))){
const err43 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data27.keys !== undefined){
let data28 = data27.keys;
if(Array.isArray(data28)){
if(data28.length < 1){
const err44 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len7 = data28.length;
for(let i7=0; i7<len7; i7++){
let data29 = data28[i7];
if(typeof data29 === "string"){
if(data29.length < 1){
const err45 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i7,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys/" + i7,schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/keys",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data27.attestation !== undefined){
let data30 = data27.attestation;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
if(data30["trusted-root"] === undefined){
const err48 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data30.identity === undefined){
const err49 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key5 in data30){
if(!(((key5 === "trusted-root") || (key5 === "issuer")) || (key5 === "identity"))){
const err50 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data30["trusted-root"] !== undefined){
let data31 = data30["trusted-root"];
if(typeof data31 === "string"){
if(data31.length < 1){
const err51 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/trusted-root",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data30.issuer !== undefined){
let data32 = data30.issuer;
if(typeof data32 === "string"){
if(data32.length < 1){
const err53 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/issuer",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data30.identity !== undefined){
let data33 = data30.identity;
if(typeof data33 === "string"){
if(data33.length < 1){
const err55 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation/identity",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify/attestation",schemaPath:"#/properties/services/additionalProperties/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/verify",schemaPath:"#/properties/services/additionalProperties/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.verify !== undefined){
let data34 = data.verify;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
for(const key6 in data34){
if(!((key6 === "keys") || (key6 === "attestation"))){
const err61 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data34.keys !== undefined){
let data35 = data34.keys;
if(Array.isArray(data35)){
if(data35.length < 1){
const err62 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len8 = data35.length;
for(let i8=0; i8<len8; i8++){
let data36 = data35[i8];
if(typeof data36 === "string"){
if(data36.length < 1){
const err63 = {instancePath:instancePath+"/verify/keys/" + i8,schemaPath:"#/properties/verify/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/verify/keys/" + i8,schemaPath:"#/properties/verify/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/verify/keys",schemaPath:"#/properties/verify/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data34.attestation !== undefined){
let data37 = data34.attestation;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37["trusted-root"] === undefined){
const err66 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "trusted-root"},message:"must have required property '"+"trusted-root"+"'"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data37.identity === undefined){
const err67 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
for(const key7 in data37){
if(!(((key7 === "trusted-root") || (key7 === "issuer")) || (key7 === "identity"))){
const err68 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data37["trusted-root"] !== undefined){
let data38 = data37["trusted-root"];
if(typeof data38 === "string"){
if(data38.length < 1){
const err69 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/verify/attestation/trusted-root",schemaPath:"#/properties/verify/properties/attestation/properties/trusted-root/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data37.issuer !== undefined){
let data39 = data37.issuer;
if(typeof data39 === "string"){
if(data39.length < 1){
const err71 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/verify/attestation/issuer",schemaPath:"#/properties/verify/properties/attestation/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data37.identity !== undefined){
let data40 = data37.identity;
if(typeof data40 === "string"){
if(data40.length < 1){
const err73 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/verify/attestation/identity",schemaPath:"#/properties/verify/properties/attestation/properties/identity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
}
else {
const err75 = {instancePath:instancePath+"/verify/attestation",schemaPath:"#/properties/verify/properties/attestation/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/verify",schemaPath:"#/properties/verify/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data.environments !== undefined){
let data41 = data.environments;
if(Array.isArray(data41)){
const len9 = data41.length;
for(let i9=0; i9<len9; i9++){
let data42 = data41[i9];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.name === undefined){
const err77 = {instancePath:instancePath+"/environments/" + i9,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data42.values === undefined){
const err78 = {instancePath:instancePath+"/environments/" + i9,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
for(const key8 in data42){
if(!(func2.call(schema11.properties.environments.items.properties, key8))){
const err79 = {instancePath:instancePath+"/environments/" + i9,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data42.name !== undefined){
let data43 = data42.name;
if(typeof data43 === "string"){
if(data43.length < 1){
const err80 = {instancePath:instancePath+"/environments/" + i9+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/environments/" + i9+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data42.values !== undefined){
let data44 = data42.values;
if(typeof data44 === "string"){
if(data44.length < 1){
const err82 = {instancePath:instancePath+"/environments/" + i9+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/environments/" + i9+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data42.application !== undefined){
if(typeof data42.application !== "string"){
const err84 = {instancePath:instancePath+"/environments/" + i9+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data42["auto-merge"] !== undefined){
if(typeof data42["auto-merge"] !== "boolean"){
const err85 = {instancePath:instancePath+"/environments/" + i9+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data42.protected !== undefined){
if(typeof data42.protected !== "boolean"){
const err86 = {instancePath:instancePath+"/environments/" + i9+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data42["values-drift"] !== undefined){
let data48 = data42["values-drift"];
if(!(((data48 === "error") || (data48 === "warn")) || (data48 === "off"))){
const err87 = {instancePath:instancePath+"/environments/" + i9+"/values-drift",schemaPath:"#/properties/environments/items/properties/values-drift/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties["values-drift"].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data42.render !== undefined){
let data49 = data42.render;
if(!(((data49 === "auto") || (data49 === "on")) || (data49 === "off"))){
const err88 = {instancePath:instancePath+"/environments/" + i9+"/render",schemaPath:"#/properties/environments/items/properties/render/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.render.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data42.url !== undefined){
let data50 = data42.url;
if(typeof data50 === "string"){
if(!pattern1.test(data50)){
const err89 = {instancePath:instancePath+"/environments/" + i9+"/url",schemaPath:"#/properties/environments/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/environments/" + i9+"/url",schemaPath:"#/properties/environments/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data42.preview !== undefined){
if(typeof data42.preview !== "boolean"){
const err91 = {instancePath:instancePath+"/environments/" + i9+"/preview",schemaPath:"#/properties/environments/items/properties/preview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data42["min-soak"] !== undefined){
let data52 = data42["min-soak"];
if(typeof data52 === "string"){
if(data52.length < 1){
const err92 = {instancePath:instancePath+"/environments/" + i9+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/environments/" + i9+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data42.wait !== undefined){
let data53 = data42.wait;
if(!((data53 === "refuse") || (data53 === "draft"))){
const err94 = {instancePath:instancePath+"/environments/" + i9+"/wait",schemaPath:"#/properties/environments/items/properties/wait/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.wait.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data42.windows !== undefined){
let data54 = data42.windows;
if(data54 && typeof data54 == "object" && !Array.isArray(data54)){
for(const key9 in data54){
if(!(((key9 === "allow") || (key9 === "deny")) || (key9 === "freeze"))){
const err95 = {instancePath:instancePath+"/environments/" + i9+"/windows",schemaPath:"#/properties/environments/items/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data54.allow !== undefined){
let data55 = data54.allow;
if(Array.isArray(data55)){
const len10 = data55.length;
for(let i10=0; i10<len10; i10++){
let data56 = data55[i10];
if(data56 && typeof data56 == "object" && !Array.isArray(data56)){
if(data56.cron === undefined){
const err96 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data56.duration === undefined){
const err97 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
for(const key10 in data56){
if(!(((key10 === "cron") || (key10 === "duration")) || (key10 === "timezone"))){
const err98 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data56.cron !== undefined){
let data57 = data56.cron;
if(typeof data57 === "string"){
if(data57.length < 1){
const err99 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data56.duration !== undefined){
let data58 = data56.duration;
if(typeof data58 === "string"){
if(data58.length < 1){
const err101 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
else {
const err102 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data56.timezone !== undefined){
let data59 = data56.timezone;
if(typeof data59 === "string"){
if(data59.length < 1){
const err103 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow/" + i10,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
else {
const err106 = {instancePath:instancePath+"/environments/" + i9+"/windows/allow",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
if(data54.deny !== undefined){
let data60 = data54.deny;
if(Array.isArray(data60)){
const len11 = data60.length;
for(let i11=0; i11<len11; i11++){
let data61 = data60[i11];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.cron === undefined){
const err107 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if(data61.duration === undefined){
const err108 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
for(const key11 in data61){
if(!(((key11 === "cron") || (key11 === "duration")) || (key11 === "timezone"))){
const err109 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data61.cron !== undefined){
let data62 = data61.cron;
if(typeof data62 === "string"){
if(data62.length < 1){
const err110 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
else {
const err111 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data61.duration !== undefined){
let data63 = data61.duration;
if(typeof data63 === "string"){
if(data63.length < 1){
const err112 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
else {
const err113 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data61.timezone !== undefined){
let data64 = data61.timezone;
if(typeof data64 === "string"){
if(data64.length < 1){
const err114 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
else {
const err115 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny/" + i11,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath:instancePath+"/environments/" + i9+"/windows/deny",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
if(data54.freeze !== undefined){
let data65 = data54.freeze;
if(Array.isArray(data65)){
const len12 = data65.length;
for(let i12=0; i12<len12; i12++){
let data66 = data65[i12];
if(data66 && typeof data66 == "object" && !Array.isArray(data66)){
if(data66.from === undefined){
const err118 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data66.to === undefined){
const err119 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key12 in data66){
if(!((((key12 === "from") || (key12 === "to")) || (key12 === "timezone")) || (key12 === "reason"))){
const err120 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
if(data66.from !== undefined){
let data67 = data66.from;
if(typeof data67 === "string"){
if(data67.length < 1){
const err121 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
if(data66.to !== undefined){
let data68 = data66.to;
if(typeof data68 === "string"){
if(data68.length < 1){
const err123 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
else {
const err124 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data66.timezone !== undefined){
let data69 = data66.timezone;
if(typeof data69 === "string"){
if(data69.length < 1){
const err125 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data66.reason !== undefined){
if(typeof data66.reason !== "string"){
const err127 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12+"/reason",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze/" + i12,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/environments/" + i9+"/windows/freeze",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/environments/" + i9+"/windows",schemaPath:"#/properties/environments/items/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/environments/" + i9,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data.render !== undefined){
let data71 = data.render;
const _errs151 = errors;
let valid39 = false;
let passing0 = null;
const _errs152 = errors;
if(!(((data71 === "auto") || (data71 === "on")) || (data71 === "off"))){
const err133 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
var _valid0 = _errs152 === errors;
if(_valid0){
valid39 = true;
passing0 = 0;
}
const _errs153 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key13 in data71){
if(!((((((key13 === "mode") || (key13 === "ignore")) || (key13 === "ignore-defaults")) || (key13 === "summarize")) || (key13 === "kube-version")) || (key13 === "api-versions"))){
const err134 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data71.mode !== undefined){
let data72 = data71.mode;
if(!(((data72 === "auto") || (data72 === "on")) || (data72 === "off"))){
const err135 = {instancePath:instancePath+"/render/mode",schemaPath:"#/properties/render/oneOf/1/properties/mode/enum",keyword:"enum",params:{allowedValues: schema11.properties.render.oneOf[1].properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data71.ignore !== undefined){
let data73 = data71.ignore;
if(Array.isArray(data73)){
const len13 = data73.length;
for(let i13=0; i13<len13; i13++){
let data74 = data73[i13];
if(typeof data74 === "string"){
if(data74.length < 1){
const err136 = {instancePath:instancePath+"/render/ignore/" + i13,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
else {
const err137 = {instancePath:instancePath+"/render/ignore/" + i13,schemaPath:"#/properties/render/oneOf/1/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/render/ignore",schemaPath:"#/properties/render/oneOf/1/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data71["ignore-defaults"] !== undefined){
if(typeof data71["ignore-defaults"] !== "boolean"){
const err139 = {instancePath:instancePath+"/render/ignore-defaults",schemaPath:"#/properties/render/oneOf/1/properties/ignore-defaults/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data71.summarize !== undefined){
let data76 = data71.summarize;
if(Array.isArray(data76)){
const len14 = data76.length;
for(let i14=0; i14<len14; i14++){
let data77 = data76[i14];
if(typeof data77 === "string"){
if(data77.length < 1){
const err140 = {instancePath:instancePath+"/render/summarize/" + i14,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/render/summarize/" + i14,schemaPath:"#/properties/render/oneOf/1/properties/summarize/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/render/summarize",schemaPath:"#/properties/render/oneOf/1/properties/summarize/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data71["kube-version"] !== undefined){
let data78 = data71["kube-version"];
if(typeof data78 === "string"){
if(data78.length < 1){
const err143 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
else {
const err144 = {instancePath:instancePath+"/render/kube-version",schemaPath:"#/properties/render/oneOf/1/properties/kube-version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data71["api-versions"] !== undefined){
let data79 = data71["api-versions"];
if(Array.isArray(data79)){
const len15 = data79.length;
for(let i15=0; i15<len15; i15++){
let data80 = data79[i15];
if(typeof data80 === "string"){
if(data80.length < 1){
const err145 = {instancePath:instancePath+"/render/api-versions/" + i15,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/render/api-versions/" + i15,schemaPath:"#/properties/render/oneOf/1/properties/api-versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
}
else {
const err147 = {instancePath:instancePath+"/render/api-versions",schemaPath:"#/properties/render/oneOf/1/properties/api-versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
}
else {
const err148 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
var _valid0 = _errs153 === errors;
if(_valid0 && valid39){
valid39 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid39 = true;
passing0 = 1;
}
}
if(!valid39){
const err149 = {instancePath:instancePath+"/render",schemaPath:"#/properties/render/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
else {
errors = _errs151;
if(vErrors !== null){
if(_errs151){
vErrors.length = _errs151;
}
else {
vErrors = null;
}
}
}
}
if(data.waves !== undefined){
let data81 = data.waves;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key14 in data81){
let data82 = data81[key14];
if(Array.isArray(data82)){
if(data82.length < 2){
const err150 = {instancePath:instancePath+"/waves/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
const len16 = data82.length;
for(let i16=0; i16<len16; i16++){
let data83 = data82[i16];
if(typeof data83 === "string"){
if(data83.length < 1){
const err151 = {instancePath:instancePath+"/waves/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i16,schemaPath:"#/properties/waves/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/waves/" + key14.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i16,schemaPath:"#/properties/waves/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
let i17 = data82.length;
let j0;
if(i17 > 1){
const indices0 = {};
for(;i17--;){
let item0 = data82[i17];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err153 = {instancePath:instancePath+"/waves/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
break;
}
indices0[item0] = i17;
}
}
}
else {
const err154 = {instancePath:instancePath+"/waves/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
}
else {
const err155 = {instancePath:instancePath+"/waves",schemaPath:"#/properties/waves/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
else {
const err156 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./packages/core/src/config/config.ts










// Generated at build time from schema.ts (`npm run schema`): ajv itself is never loaded at run time.

/** The OIDC issuer of GitHub Actions' tokens: the default `verify.attestation.issuer`. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
const DEFAULT_CONFIG_PATH = '.github/lockstep.yml';
/** Where users read about the config: a path in this project's repository (the schema ships inside the package, not in theirs). */
const CONFIG_DOCS = 'docs/configuration.md';
/**
 * Loads the shared configuration. A missing default file yields the defaults;
 * a missing file the user named explicitly, invalid YAML, an unknown key or a
 * wrong type is a UserError naming file:line.
 */
function loadConfig(workspace, path) {
    const rel = path && path.trim() !== '' ? path.trim() : DEFAULT_CONFIG_PATH;
    const abs = (0,fs_workspace/* resolveInside */.LI)(workspace, rel, 'config');
    if (!(0,external_node_fs_.existsSync)(abs)) {
        // .yml for .yaml and back: the one that exists is most likely the one meant (also for the default path,
        // so a .github/lockstep.yaml is never silently ignored).
        const other = (0,names/* otherConfigExtension */.q)(rel);
        if (other !== undefined && (0,external_node_fs_.existsSync)((0,fs_workspace/* resolveInside */.LI)(workspace, other, 'config')))
            throw (0,names/* siblingConfigError */.R)(rel, other);
        if (path && path.trim() !== '' && rel !== DEFAULT_CONFIG_PATH)
            throw new errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: (0,errors/* words */.aL) `fix ${(0,errors/* theInput */.y8)('config')} or create the file` });
        return parseConfigText('', undefined);
    }
    if (!(0,external_node_fs_.statSync)(abs).isFile())
        throw new errors/* UserError */.yo(`config ${rel} is not a file`, { hint: 'name the YAML file, e.g. .github/lockstep.yml' });
    return parseConfigText((0,external_node_fs_.readFileSync)(abs, 'utf8'), rel);
}
/** Parses and validates configuration text; exported for tests. */
function parseConfigText(text, file) {
    const parsed = (0,read/* parseYaml */.hN)((0,bytes/* stripBom */.F8)(text), file ?? DEFAULT_CONFIG_PATH);
    const raw = (parsed.doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new errors/* UserError */.yo('the configuration must be a mapping of keys', { file, line: 1, hint: `see ${CONFIG_DOCS}` });
    if (!validate(raw)) {
        const errors = validate.errors ?? [];
        const first = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
        throw schemaError(parsed, first, raw);
    }
    const r = raw;
    // A protected environment's promotions are draft pull requests merged by a person: auto-merge there contradicts it.
    for (const [i, e] of (r.environments ?? []).entries())
        if (e.protected === true && e['auto-merge'] === true)
            throw new errors/* UserError */.yo(`environment ${String(e.name)} is protected and sets auto-merge: true`, {
                file,
                line: parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['environments', i, 'auto-merge'])) ?? 1,
                hint: 'protected promotions are draft pull requests merged by a person: remove auto-merge or protected',
            });
    const config = {
        file,
        versionFile: r['version-file'] ?? '.version',
        tagPrefix: r['tag-prefix'] ?? 'v',
        ...(r['notify-pulls'] !== undefined ? { notifyPulls: r['notify-pulls'] } : {}),
        charts: r.charts,
        ...(r['charts-ignore'] ? { chartsIgnore: r['charts-ignore'] } : {}),
        ignore: r.ignore ?? [],
        ...(r['chart-registry'] ? { chartRegistry: r['chart-registry'].replace(/^oci:\/\//, '').replace(/\/$/, '') } : {}),
        chartVersionPolicy: r['chart-version-policy'] ?? 'independent',
        changelog: r.changelog ?? 'auto',
        packages: r.packages ?? [],
        pins: (r.pins ?? []).map((p) => ({ files: p.files, table: p.table, names: p.names })),
        lockCommand: r['lock-command'],
        commitMode: r['commit-mode'],
        services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [
            k,
            { image: v.image, valuesKey: v['values-key'], ...(v.verify ? { verify: verifyConfig(v.verify) } : {}) },
        ])),
        ...(r.verify ? { verify: verifyConfig(r.verify) } : {}),
        environments: (r.environments ?? []).map((e, i) => ({
            name: e.name,
            values: e.values,
            application: e.application,
            autoMerge: e['auto-merge'] ?? false,
            protected: e.protected ?? false,
            ...(e['values-drift'] ? { valuesDrift: e['values-drift'] } : {}),
            ...(e.render ? { render: e.render } : {}),
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
            ...gateSettings(e, (path) => parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['environments', i, ...path])) ?? 1, file),
        })),
        ...(r.waves ? { waves: r.waves } : {}),
        render: renderConfig(r.render, (path) => parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['render', ...path])) ?? 1, file),
    };
    if (file)
        sources.set(config, parsed);
    duplicateEnvironment(config, parsed);
    emptyVerify(r, parsed, file);
    return config;
}
/** The top-level `render:` (a mode, or a mapping): defaults applied, each ignore pattern compiled (a bad one refused at its line). */
function renderConfig(r, lineOf, file) {
    const raw = typeof r === 'string' ? { mode: r } : (r ?? {});
    for (const [i, pattern] of (raw.ignore ?? []).entries())
        try {
            new RegExp(pattern);
        }
        catch (e) {
            throw new errors/* UserError */.yo(`render.ignore: ${JSON.stringify(pattern)} is no regular expression (${e.message})`, {
                file,
                line: lineOf(['ignore', i]),
                hint: 'write a JavaScript regular expression matched against each rendered line, e.g. ^\\s*generation:',
            });
        }
    return {
        mode: raw.mode ?? 'auto',
        ignore: raw.ignore ?? [],
        ignoreDefaults: raw['ignore-defaults'] ?? true,
        summarize: raw.summarize ?? [],
        ...(raw['kube-version'] ? { kubeVersion: raw['kube-version'] } : {}),
        apiVersions: raw['api-versions'] ?? [],
    };
}
/**
 * A `verify:` that verifies nothing is refused at its line: the top level's
 * `{}`, and a service's `{}` where no top-level policy is there to turn off
 * (a service's `{}` under a top-level policy is its opt-out, reported where
 * the digest is written). Every other shape the schema allows names keys (at
 * least one) or an attestation (trusted root and identity), which must pass.
 */
function emptyVerify(r, parsed, file) {
    const empty = (v) => v !== undefined && !v.keys && !v.attestation;
    if (empty(r.verify))
        throw new errors/* UserError */.yo("'verify' is empty: it verifies nothing, and unsigned images would be written", {
            file,
            line: parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['verify'])) ?? 1,
            hint: 'list cosign public keys under verify.keys or an attestation under verify.attestation, or remove verify:',
        });
    if (r.verify)
        return;
    for (const [name, v] of Object.entries(r.services ?? {}))
        if (empty(v.verify))
            throw new errors/* UserError */.yo(`'services.${name}.verify' is empty and there is no top-level verify: to turn off: it verifies nothing`, {
                file,
                line: parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['services', name, 'verify'])) ?? 1,
                hint: 'give keys or an attestation to verify this service, or remove its verify:',
            });
}
/**
 * The line of a service's `verify: {}` when it turns the top-level policy off
 * for that service (its digests are then written unverified), else undefined.
 */
function verifyOptOut(config, service) {
    const own = config.services[service]?.verify;
    if (!config.verify || !own || own.keys?.length || own.attestation)
        return undefined;
    return { file: config.file, line: configLine(config, ['services', service, 'verify']) };
}
/** A `verify:` block with the issuer defaulted. */
function verifyConfig(v) {
    const a = v.attestation;
    return {
        ...(v.keys ? { keys: v.keys } : {}),
        ...(a ? { attestation: { trustedRoot: a['trusted-root'], issuer: a.issuer ?? GITHUB_ACTIONS_ISSUER, identity: a.identity } } : {}),
    };
}
/** The `verify:` that applies to a service: its own, else the top level's; undefined when nothing is to be verified. */
function verifyFor(config, service) {
    const v = config.services[service]?.verify ?? config.verify;
    return v && (v.keys?.length || v.attestation) ? v : undefined;
}
/**
 * An environment's gates as the config writes them, checked strictly: each
 * duration, time zone and freeze day is an error at its own line. Cron
 * expressions are checked by the promotion that reads them (promote/gates.ts
 * holds the parser), at their line too.
 */
function gateSettings(e, lineOf, file) {
    const out = {};
    const duration = (text, path) => {
        const ms = parseDuration(text);
        if (ms === undefined)
            throw new errors/* UserError */.yo(`'${['environments', e.name, ...path].join('.')}' is '${text}', not a duration`, {
                file,
                line: lineOf(path),
                hint: DURATION_HINT,
            });
        return ms;
    };
    const zone = (tz, path) => {
        if (tz === undefined)
            return 'UTC';
        if (!isTimeZone(tz))
            throw new errors/* UserError */.yo(`'${['environments', e.name, ...path].join('.')}' is '${tz}', not a time zone`, {
                file,
                line: lineOf(path),
                hint: 'use an IANA time zone name, e.g. UTC or Europe/Paris',
            });
        return tz;
    };
    if (e['min-soak'] !== undefined)
        out.minSoak = duration(e['min-soak'], ['min-soak']);
    if (e.wait !== undefined)
        out.wait = e.wait;
    if (e.windows) {
        const w = e.windows;
        const windows = (kind) => (w[kind] ?? []).map((x, j) => ({
            cron: x.cron,
            duration: x.duration,
            durationMs: duration(x.duration, ['windows', kind, j, 'duration']),
            timezone: zone(x.timezone, ['windows', kind, j, 'timezone']),
            line: lineOf(['windows', kind, j, 'cron']),
        }));
        const freeze = (w.freeze ?? []).map((f, j) => {
            for (const k of ['from', 'to'])
                if (!isDay(f[k]))
                    throw new errors/* UserError */.yo(`'environments.${e.name}.windows.freeze.${j}.${k}' is '${f[k]}', not a day`, {
                        file,
                        line: lineOf(['windows', 'freeze', j, k]),
                        hint: 'write the day as YYYY-MM-DD, e.g. 2026-12-24',
                    });
            if (f.from > f.to)
                throw new errors/* UserError */.yo(`freeze ${j + 1} of environment ${e.name} ends (${f.to}) before it starts (${f.from})`, {
                    file,
                    line: lineOf(['windows', 'freeze', j, 'to']),
                    hint: 'from is the first frozen day, to the last',
                });
            return {
                from: f.from,
                to: f.to,
                timezone: zone(f.timezone, ['windows', 'freeze', j, 'timezone']),
                ...(f.reason !== undefined ? { reason: f.reason } : {}),
            };
        });
        out.windows = { allow: windows('allow'), deny: windows('deny'), freeze };
    }
    return out;
}
/** True for an IANA time zone name the runtime knows (Intl refuses the others). */
function isTimeZone(tz) {
    try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
    }
    catch {
        return false;
    }
}
/** True for a real calendar day written YYYY-MM-DD. */
function isDay(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const d = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}
/** An environment name listed twice is refused at its second line (every action reads the list in order). */
function duplicateEnvironment(config, parsed) {
    const first = new Map();
    config.environments.forEach((e, i) => {
        const line = parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['environments', i, 'name']));
        const earlier = first.get(e.name);
        if (earlier !== undefined) {
            const firstLine = parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['environments', earlier, 'name']));
            throw new errors/* UserError */.yo(`environment '${e.name}' appears twice${firstLine ? ` (first on line ${firstLine})` : ''}`, {
                file: config.file,
                line,
                hint: 'list each environment once, in promotion order',
            });
        }
        first.set(e.name, i);
    });
}
// Kept beside the Config rather than in it, so the Config stays a plain value.
const sources = new WeakMap();
/**
 * The 1-based line of a config value (`['environments', 2, 'values']`), for
 * errors about what it names; undefined without a file or such a key.
 */
function configLine(config, path) {
    const parsed = sources.get(config);
    return parsed ? parsed.lineOf((0,read/* nodeAt */.oB)(parsed, [...path])) : undefined;
}
function schemaError(parsed, err, raw) {
    const path = err.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const where = (0,read/* nodeAt */.oB)(parsed, path);
    const dotted = path.join('.');
    const docs = `${CONFIG_DOCS} lists every key`;
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        let line = parsed.lineOf(where);
        if ((0,dist/* isMap */.jh)(where)) {
            const pair = where.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && String(p.key.value) === key);
            line = parsed.lineOf(pair?.key) ?? line;
        }
        const guess = (0,suggest/* nearest */.p)(key, Object.keys(schemaAt(path)?.properties ?? {}));
        return new errors/* UserError */.yo(`unknown key '${dotted ? `${dotted}.` : ''}${key}'`, {
            file: parsed.file,
            line,
            hint: guess ? `did you mean ${guess}? (${docs})` : `remove it or fix its spelling (${docs})`,
        });
    }
    if (err.keyword === 'enum') {
        const allowed = err.params.allowedValues.map(String);
        const value = path.reduce((v, k) => (v !== null && typeof v === 'object' ? v[k] : undefined), raw);
        const guess = typeof value === 'string' ? (0,suggest/* nearest */.p)(value, allowed) : undefined;
        return new errors/* UserError */.yo(`'${dotted}' is ${JSON.stringify(value)}, not one of ${allowed.join(', ')}`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: guess ? `did you mean ${guess}? (see ${CONFIG_DOCS})` : `use one of ${allowed.join(', ')} (see ${CONFIG_DOCS})`,
        });
    }
    // An environment's url: said in words, under the environment's name rather than its index.
    if (err.keyword === 'pattern' && path.length === 3 && path[0] === 'environments' && path[2] === 'url') {
        const env = raw.environments?.[path[1]];
        const value = env?.url;
        const name = typeof env?.name === 'string' ? env.name : String(path[1]);
        return new errors/* UserError */.yo(`environment ${name}: url ${JSON.stringify(value)} is not an http:// or https:// address`, {
            file: parsed.file,
            line: parsed.lineOf(where) ?? 1,
            hint: 'write the address the environment is reached at, e.g. https://staging.example.com, without spaces',
        });
    }
    const detail = err.keyword === 'required'
        ? `needs key '${err.params.missingProperty}'`
        : (err.message ?? 'is invalid');
    return new errors/* UserError */.yo(`'${dotted || '(top level)'}' ${detail}`, {
        file: parsed.file,
        line: parsed.lineOf(where) ?? 1,
        hint: `see ${CONFIG_DOCS}`,
    });
}
/** The part of the config schema that describes the value at `path` (for the keys valid there). */
function schemaAt(path) {
    let node = configSchema;
    for (const k of path) {
        if (!node)
            return undefined;
        if (typeof k === 'number')
            node = node.items;
        else
            node = node.properties?.[k] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
    }
    return node;
}


/***/ }),

/***/ 9002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ stripBom),
/* harmony export */   bq: () => (/* binding */ parseJsonAt)
/* harmony export */ });
/* unused harmony exports frame, lineEnding, lineAt, parseJsonWith */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** Splits off the BOM and finds the line ending, so edits can put both back. */
function frame(text) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    return { bom, body, eol: lineEnding(body) };
}
/** The text without a leading byte-order mark. */
function stripBom(text) {
    return text.startsWith('\ufeff') ? text.slice(1) : text;
}
/** The line ending of the first line break ('\n' when there is none). */
function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * JSON.parse with a UserError naming the file and line on a syntax error. V8's
 * messages do not always carry a position, so the error is located with
 * jsonc-parser (strict: no comments, no trailing commas), which is loaded only
 * then: a run that reads valid JSON never loads it. A BOM is skipped.
 */
async function parseJsonAt(text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(await __webpack_require__.e(/* import() */ 547).then(__webpack_require__.t.bind(__webpack_require__, 9547, 23)), body, file, hint, what, e);
    }
}
/** parseJsonAt for callers that hold jsonc-parser already (editors that need its offsets): synchronous. */
function parseJsonWith(jsonc, text, file, hint, what = 'invalid JSON') {
    const body = stripBom(text);
    try {
        return JSON.parse(body);
    }
    catch (e) {
        throw jsonSyntaxError(jsonc, body, file, hint, what, e);
    }
}
function jsonSyntaxError(jsonc, body, file, hint, what, cause) {
    const errors = [];
    jsonc.parse(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first
        ? describeJsonError(jsonc.printParseErrorCode(first.error))
        : (cause instanceof Error ? cause.message : String(cause)).replace(/[\r\n]+/g, ' ').slice(0, 120);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what}: ${reason}`, { file, line: first ? lineAt(body, first.offset) : 1, hint });
}
function describeJsonError(code) {
    // 'ValueExpected' → 'value expected'
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   OM: () => (/* binding */ stringField),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/* unused harmony exports YAML_DOCUMENT, YAML_DOCUMENTS, duplicateKey */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _scalars_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7812);



/**
 * Parses one YAML document, keeping line numbers. Syntax errors and duplicate
 * keys are UserErrors naming file:line; several documents are refused unless
 * `allowMulti` (then the first is returned).
 */
function parseYaml(text, file, opts = {}) {
    // The yaml package's own uniqueKeys check compares each key with every earlier key of its map:
    // 40,000 keys took 15 s. Keys are checked here instead, one set per map (duplicateKey).
    const docs = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { uniqueKeys: false });
    const list = Array.isArray(docs) ? docs : [];
    const lineAt = lineIndex(text);
    for (const d of list) {
        const err = d.errors[0];
        const dup = err ? undefined : duplicateKey(d.contents);
        if (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, {
                file,
                line: lineAt(err.pos[0]),
                hint: 'fix the YAML syntax',
            });
        }
        if (dup !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`duplicate key${keyNear(text, dup)} — YAML keeps only one of them`, {
                file,
                line: lineAt(dup),
                hint: 'remove one of the duplicate keys',
            });
        }
    }
    if (list.length > 1 && !opts.allowMulti) {
        const second = list[1];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('the file holds more than one YAML document', {
            file,
            line: lineAt(second.range[0]),
            hint: 'keep a single document (no --- separators between documents)',
        });
    }
    // An empty or comments-only file holds no document at all: read it as one empty document (contents null).
    const doc = (list[0] ?? (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text));
    return {
        file,
        text,
        doc,
        empty: list.length === 0,
        documents: list,
        lineAt,
        lineOf: (node) => (node?.range ? lineAt(node.range[0]) : undefined),
    };
}
/** parseYaml of a single-document text (BOM stripped), as a kind of parse a ParseCache keeps; the variant is the file. */
const YAML_DOCUMENT = { name: 'yaml', parse: (text, file) => parseYaml(text, file) };
/** parseYaml of a text that may hold several documents (`allowMulti`), as a ParseCache keeps it. */
const YAML_DOCUMENTS = {
    name: 'yaml-multi',
    parse: (text, file) => parseYaml(text, file, { allowMulti: true }),
};
/**
 * Offset of the first key that repeats an earlier key of the same mapping, in
 * document order; undefined when there is none. Keys are equal as the yaml
 * package's uniqueKeys check has them: scalars with the same value (`1` and
 * `"1"` differ), other keys only when they are the same node. One set per
 * mapping, and an explicit stack (no recursion), so the work is linear in the
 * nodes and deep nesting cannot overflow the stack. Aliases are not followed:
 * the anchored node is checked where it is written.
 */
function duplicateKey(root) {
    let first;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const id = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) ? scalarId(key.value) : key;
                if (seen.has(id)) {
                    const at = key?.range?.[0] ?? pair.value?.range?.[0];
                    if (at !== undefined && (first === undefined || at < first))
                        first = at;
                }
                seen.add(id);
                stack.push(pair.key, pair.value);
            }
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            for (const item of node.items)
                stack.push(item);
        }
    }
    return first;
}
/** A scalar's value as a set member: strings are kept apart from numbers and other values with the same text. */
function scalarId(v) {
    return typeof v === 'string' ? `s:${v}` : v;
}
/** Offset → 1-based line, by binary search over the line starts (built once per text). */
function lineIndex(text) {
    let starts;
    return (offset) => {
        if (!starts) {
            starts = [0];
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
                starts.push(i + 1);
        }
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
}
function keyNear(text, offset) {
    const m = /^[ \t]*(?:- )?["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, text.indexOf('\n', offset) === -1 ? undefined : text.indexOf('\n', offset)));
    return m ? ` '${m[1].trim()}'` : '';
}
/** The node at a key path in mappings (numbers index sequences), or undefined. */
function nodeAt(parsed, path) {
    let node = parsed.doc.contents;
    for (const key of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            return undefined;
        if (typeof key === 'number') {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
                return undefined;
            node = node.items[key];
        }
        else {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node))
                return undefined;
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
            node = pair?.value;
        }
    }
    return (node ?? undefined);
}
/**
 * Reads a scalar meant to be a string (a version, a tag). An unquoted value
 * that YAML would read as a number, boolean or date (`1.10`, `yes`) is a
 * UserError: Helm would see something other than what is written.
 */
function stringField(parsed, path, label = path.join('.')) {
    const node = nodeAt(parsed, path);
    if (node === undefined)
        return undefined;
    const line = parsed.lineOf(node);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label} is not a plain value`, { file: parsed.file, line, hint: 'write it as a string' });
    if (node.value === null && node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN && (node.source ?? '') === '')
        return undefined;
    const source = node.range ? parsed.text.slice(node.range[0], node.range[1]) : String(node.value);
    if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN) {
        const t11 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml11Type */ .Ax)(source);
        const t12 = (0,_scalars_js__WEBPACK_IMPORTED_MODULE_2__/* .yaml12Type */ .lo)(source);
        if (t11 !== 'str' || t12 !== 'str') {
            const kind = t11 !== 'str' ? t11 : t12;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${label}: ${source} is read as a ${kind === 'int' || kind === 'float' ? 'number' : kind}, not the string written`, {
                file: parsed.file,
                line,
                hint: `quote it: "${source}"`,
            });
        }
    }
    return { value: String(node.value), line, node };
}
/** The value under `key` in a YAML map node (null: the key is there with no value; undefined: not a map, or no such key). */
function mapValue(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const pair = map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
    return pair ? pair.value : undefined;
}
/** A scalar node's value as text; undefined for anything else or an empty scalar. */
function scalarText(node) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ yaml11Type),
/* harmony export */   lo: () => (/* binding */ yaml12Type),
/* harmony export */   zN: () => (/* binding */ plainReadsAsString)
/* harmony export */ });
/* unused harmony exports isPlainSafe, doubleQuote, singleQuote */
// How a plain (unquoted) YAML scalar is read. Charts are written for Helm,
// which reads YAML 1.1 (go-yaml v2 behind sigs.k8s.io/yaml), while editors and
// the `yaml` package read YAML 1.2: a value is only safe unquoted when both
// read it back as the same string.
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const NULLS = /^(?:~|null|Null|NULL|)$/;
const YAML11_INT = /^[-+]?(?:0b[01_]+|0[0-7_]+|(?:0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
// go-yaml (what Helm uses) treats a plain scalar as a float only when it has
// one dot or an exponent (`1.10`, `.5`, `1e3`); `1.2.3` stays a string.
const YAML11_FLOAT = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const YAML11_TIMESTAMP = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/;
const YAML12_BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const YAML12_INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const YAML12_FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The type a plain scalar resolves to under YAML 1.1 (Helm) — 'str' when it stays a string. */
function yaml11Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML11_BOOL.test(plain))
        return 'bool';
    if (YAML11_INT.test(plain))
        return 'int';
    if (YAML11_FLOAT.test(plain))
        return 'float';
    if (YAML11_TIMESTAMP.test(plain))
        return 'timestamp';
    return 'str';
}
/** The type a plain scalar resolves to under the YAML 1.2 core schema. */
function yaml12Type(plain) {
    if (NULLS.test(plain))
        return 'null';
    if (YAML12_BOOL.test(plain))
        return 'bool';
    if (YAML12_INT.test(plain))
        return 'int';
    if (YAML12_FLOAT.test(plain))
        return 'float';
    return 'str';
}
/** True when `plain`, written unquoted, reads back as this exact string under YAML 1.1 and 1.2. */
function plainReadsAsString(plain) {
    return yaml11Type(plain) === 'str' && yaml12Type(plain) === 'str';
}
/**
 * True when `value` can be written as a plain scalar in block context at all,
 * and reads back as the same string under both YAML versions.
 */
function isPlainSafe(value) {
    if (value === '' || value !== value.trim())
        return false;
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return false;
    if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) && !/^[-?:][^\s,[\]{}]/.test(value))
        return false;
    if (/^[-?:](\s|$)/.test(value))
        return false;
    if (/:(\s|$)|\s#/.test(value))
        return false;
    if (/^(?:---|\.\.\.)/.test(value))
        return false;
    return plainReadsAsString(value);
}
/** Double-quotes a string as YAML does, escaping what must be escaped. */
function doubleQuote(value) {
    let out = '"';
    for (const ch of value) {
        const c = ch.codePointAt(0);
        if (ch === '"')
            out += '\\"';
        else if (ch === '\\')
            out += '\\\\';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (c < 0x20 || c === 0x7f)
            out += `\\x${c.toString(16).padStart(2, '0')}`;
        else if (c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff)
            out += `\\u${c.toString(16).padStart(4, '0')}`;
        else
            out += ch;
    }
    return out + '"';
}
/** Single-quotes a string (only `'` needs doubling); undefined when it cannot be (control characters). */
function singleQuote(value) {
    if (/[\x00-\x1f\x7f\u0085\u2028\u2029\ufeff]/.test(value))
        return undefined;
    return `'${value.replace(/'/g, "''")}'`;
}


/***/ })

};
