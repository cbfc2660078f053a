export const id = 1312;
export const ids = [1312];
export const modules = {

/***/ 1312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_DOCS: () => (/* binding */ CONFIG_DOCS),
  DEFAULT_CONFIG_PATH: () => (/* binding */ DEFAULT_CONFIG_PATH),
  configLine: () => (/* binding */ configLine),
  loadConfig: () => (/* binding */ loadConfig),
  parseConfigText: () => (/* binding */ parseConfigText)
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
            description: 'Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart.',
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
<<<<<<< HEAD:packages/cli/dist/1312.index.js
                    url: {
                        type: 'string',
                        pattern: '^https?://[^\\s]+$',
                        description: 'Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments).',
                    },
                    preview: {
                        type: 'boolean',
                        default: false,
                        description: 'A preview environment that goes away: its GitHub Deployments are transient.',
=======
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
>>>>>>> cap-19a:packages/cli/dist/312.index.js
                    },
                },
            },
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
// EXTERNAL MODULE: ./packages/core/src/text/duration.ts
var text_duration = __webpack_require__(8473);
;// CONCATENATED MODULE: ./packages/core/src/config/validate.generated.js
// Generated by `npm run schema` (scripts/config-validator.ts) from src/config/schema.ts. Do not edit.
const validate = validate10;
/* harmony default export */ const validate_generated = ((/* unused pure expression or super */ null && (validate10)));
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart."},"chart-registry":{"type":"string","pattern":"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$","description":"OCI registry and path the charts are published to (e.g. oci://ghcr.io/acme/charts; each chart is <chart-registry>/<name>:<version>): publish-chart pushes there, and chart-bump-check takes a version tag found there as published."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json)."},"pins":{"type":"array","description":"Dependency pins set to X.Y.Z at release.","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}}},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."}}}},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name","values"],"properties":{"name":{"type":"string","minLength":1},"values":{"type":"string","minLength":1,"description":"Values file of this environment."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"auto-merge":{"type":"boolean","default":false},"protected":{"type":"boolean","default":false,"description":"Digest-only images, draft promotion PRs, never auto-merged."}}}}}};
=======
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"notify-pulls":{"type":"boolean","description":"prepare-release and promote-env: leave one comment on every pull request a release or promotion ships, edited in place (\"Released in v1.5.0 → staging (#41, merged …) → prod (#44, draft)\"). Needs pull-requests: write.","default":false},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json)."},"pins":{"type":"array","description":"Dependency pins set to X.Y.Z at release.","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}}},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."}}}},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name","values"],"properties":{"name":{"type":"string","minLength":1},"values":{"type":"string","minLength":1,"description":"Values file of this environment."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"auto-merge":{"type":"boolean","default":false},"protected":{"type":"boolean","default":false,"description":"Digest-only images, draft promotion PRs, never auto-merged."}}}}}};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json)."},"pins":{"type":"array","description":"Dependency pins set to X.Y.Z at release.","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}}},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."}}}},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name","values"],"properties":{"name":{"type":"string","minLength":1},"values":{"type":"string","minLength":1,"description":"Values file of this environment."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"auto-merge":{"type":"boolean","default":false},"protected":{"type":"boolean","default":false,"description":"Digest-only images, draft promotion PRs, never auto-merged."},"min-soak":{"type":"string","minLength":1,"description":"Soak time: a digest is promoted from this environment only once it has been pinned here on the base branch this long (30m, 1h, 2d, 1h30m)."},"wait":{"enum":["refuse","draft"],"default":"refuse","description":"A promotion from this environment before min-soak has passed: refuse it, or open its pull request as a draft without auto-merge."},"windows":{"type":"object","additionalProperties":false,"description":"When promotions into this environment may land: outside them the pull request is a draft without auto-merge and push: direct is refused.","properties":{"allow":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions land only inside one of these windows."},"deny":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["cron","duration"],"description":"A window: it opens at each time the cron expression names and stays open for the duration.","properties":{"cron":{"type":"string","minLength":1,"description":"Five-field cron expression of the opening times (minute hour day-of-month month day-of-week), e.g. 0 9 * * 1-5."},"duration":{"type":"string","minLength":1,"description":"How long each window stays open (30m, 8h, 2d)."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the cron expression is read in, e.g. Europe/Paris."}}},"description":"Promotions never land inside these windows."},"freeze":{"type":"array","description":"Date ranges (whole days, both included) in which promotions never land.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"description":"First frozen day, YYYY-MM-DD."},"to":{"type":"string","minLength":1,"description":"Last frozen day, YYYY-MM-DD."},"timezone":{"type":"string","minLength":1,"default":"UTC","description":"IANA time zone the days are in, e.g. Europe/Paris."},"reason":{"type":"string","description":"Said when the freeze holds a promotion."}}}}}}}}}}};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$", "u");
=======
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://lockstep.dev/schema/lockstep.schema.json","title":"lockstep configuration (.github/lockstep.yml)","type":"object","additionalProperties":false,"properties":{"version-file":{"type":"string","minLength":1,"description":"File holding the release version X.Y.Z on one line.","default":".version"},"tag-prefix":{"type":"string","description":"Prefix of release tags.","default":"v"},"charts":{"type":"array","items":{"type":"string","minLength":1},"description":"Chart folders or globs. Default: every folder holding a Chart.yaml, not inside another chart."},"ignore":{"type":"array","items":{"type":"string","minLength":1},"description":"chart-bump-check: globs relative to each chart of packaged files whose changes need no version bump (e.g. README.md)."},"chart-version-policy":{"enum":["independent","sync"],"description":"independent: appVersion = X.Y.Z and the chart version is bumped; sync: chart version = X.Y.Z.","default":"independent"},"changelog":{"enum":["auto","required","off"],"description":"auto: keep a changelog where a chart has CHANGELOG.md; required: every chart must; off: never.","default":"auto"},"packages":{"type":"array","items":{"type":"string","minLength":1},"description":"Files whose own version becomes X.Y.Z at release (pyproject.toml, package.json)."},"pins":{"type":"array","description":"Dependency pins set to X.Y.Z at release.","items":{"type":"object","additionalProperties":false,"required":["files","names"],"properties":{"files":{"type":"string","minLength":1,"description":"Glob of files holding the pins."},"table":{"type":"string","description":"TOML table (dotted) or JSON object path holding the pins."},"names":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"Dependency names to pin."}}}},"lock-command":{"type":"array","items":{"type":"string"},"minItems":1,"description":"argv run in each folder whose pins changed (no shell)."},"services":{"type":"object","description":"Image name -> repository and the key path of its image block in values files.","additionalProperties":{"type":"object","additionalProperties":false,"required":["image"],"properties":{"image":{"type":"string","minLength":1,"description":"Image repository, e.g. ghcr.io/acme/api."},"values-key":{"type":"string","minLength":1,"description":"Dotted key path of the image block, e.g. services.api.image."}}}},"environments":{"type":"array","description":"Promotion order, first to last.","items":{"type":"object","additionalProperties":false,"required":["name","values"],"properties":{"name":{"type":"string","minLength":1},"values":{"type":"string","minLength":1,"description":"Values file of this environment."},"application":{"type":"string","description":"ArgoCD Application manifest whose targetRevision is the chart version."},"auto-merge":{"type":"boolean","default":false},"protected":{"type":"boolean","default":false,"description":"Digest-only images, draft promotion PRs, never auto-merged."},"url":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Where the environment is reached: the environment_url of its GitHub Deployments (record: deployments)."},"preview":{"type":"boolean","default":false,"description":"A preview environment that goes away: its GitHub Deployments are transient."}}}},"waves":{"type":"object","description":"promote-env: named lists of environments promoted one after the other (to: <name>): the next wave opens once the previous one is merged and its require-checks are green on the merge commit.","additionalProperties":{"type":"array","minItems":2,"uniqueItems":true,"items":{"type":"string","minLength":1}}}}};
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^https?://[^\\s]+$", "u");
>>>>>>> cap-19b:packages/cli/dist/312.index.js

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
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data["chart-registry"] !== undefined){
let data4 = data["chart-registry"];
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err7 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/pattern",keyword:"pattern",params:{pattern: "^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"},message:"must match pattern \""+"^(oci://)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*/?$"+"\""};
=======
}
else {
const err7 = {instancePath:instancePath+"/charts",schemaPath:"#/properties/charts/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err8 = {instancePath:instancePath+"/chart-registry",schemaPath:"#/properties/chart-registry/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data.ignore !== undefined){
let data5 = data.ignore;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(data6.length < 1){
const err8 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data.ignore !== undefined){
let data5 = data.ignore;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(typeof data6 === "string"){
if(data6.length < 1){
const err9 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err9 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err10 = {instancePath:instancePath+"/ignore/" + i1,schemaPath:"#/properties/ignore/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
}
else {
const err10 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err11 = {instancePath:instancePath+"/ignore",schemaPath:"#/properties/ignore/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
if(data["chart-version-policy"] !== undefined){
let data7 = data["chart-version-policy"];
if(!((data7 === "independent") || (data7 === "sync"))){
const err11 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data["chart-version-policy"] !== undefined){
let data7 = data["chart-version-policy"];
if(!((data7 === "independent") || (data7 === "sync"))){
const err12 = {instancePath:instancePath+"/chart-version-policy",schemaPath:"#/properties/chart-version-policy/enum",keyword:"enum",params:{allowedValues: schema11.properties["chart-version-policy"].enum},message:"must be equal to one of the allowed values"};
=======
if(data.changelog !== undefined){
let data8 = data.changelog;
if(!(((data8 === "auto") || (data8 === "required")) || (data8 === "off"))){
const err12 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data.changelog !== undefined){
let data8 = data.changelog;
if(!(((data8 === "auto") || (data8 === "required")) || (data8 === "off"))){
const err13 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/enum",keyword:"enum",params:{allowedValues: schema11.properties.changelog.enum},message:"must be equal to one of the allowed values"};
=======
if(data.packages !== undefined){
let data9 = data.packages;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(data10.length < 1){
const err13 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data.packages !== undefined){
let data9 = data.packages;
if(Array.isArray(data9)){
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(data10.length < 1){
const err14 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err14 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err15 = {instancePath:instancePath+"/packages/" + i2,schemaPath:"#/properties/packages/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
}
else {
const err15 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err16 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
if(data.pins !== undefined){
let data11 = data.pins;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.files === undefined){
const err16 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
if(data.pins !== undefined){
let data11 = data.pins;
if(Array.isArray(data11)){
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
let data12 = data11[i3];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.files === undefined){
const err17 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'"};
=======
if(data12.names === undefined){
const err17 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data12.names === undefined){
const err18 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/required",keyword:"required",params:{missingProperty: "names"},message:"must have required property '"+"names"+"'"};
=======
for(const key1 in data12){
if(!(((key1 === "files") || (key1 === "table")) || (key1 === "names"))){
const err18 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
for(const key1 in data12){
if(!(((key1 === "files") || (key1 === "table")) || (key1 === "names"))){
const err19 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
=======
}
if(data12.files !== undefined){
let data13 = data12.files;
if(typeof data13 === "string"){
if(data13.length < 1){
const err19 = {instancePath:instancePath+"/pins/" + i3+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data12.files !== undefined){
let data13 = data12.files;
if(typeof data13 === "string"){
if(data13.length < 1){
const err20 = {instancePath:instancePath+"/pins/" + i3+"/files",schemaPath:"#/properties/pins/items/properties/files/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err20 = {instancePath:instancePath+"/pins/" + i3+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err21 = {instancePath:instancePath+"/pins/" + i3+"/files",schemaPath:"#/properties/pins/items/properties/files/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data12.table !== undefined){
if(typeof data12.table !== "string"){
const err21 = {instancePath:instancePath+"/pins/" + i3+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data12.table !== undefined){
if(typeof data12.table !== "string"){
const err22 = {instancePath:instancePath+"/pins/" + i3+"/table",schemaPath:"#/properties/pins/items/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data12.names !== undefined){
let data15 = data12.names;
if(Array.isArray(data15)){
if(data15.length < 1){
const err22 = {instancePath:instancePath+"/pins/" + i3+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
if(data12.names !== undefined){
let data15 = data12.names;
if(Array.isArray(data15)){
if(data15.length < 1){
const err23 = {instancePath:instancePath+"/pins/" + i3+"/names",schemaPath:"#/properties/pins/items/properties/names/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
=======
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
if(typeof data16 === "string"){
if(data16.length < 1){
const err23 = {instancePath:instancePath+"/pins/" + i3+"/names/" + i4,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
if(typeof data16 === "string"){
if(data16.length < 1){
const err24 = {instancePath:instancePath+"/pins/" + i3+"/names/" + i4,schemaPath:"#/properties/pins/items/properties/names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
}
else {
const err24 = {instancePath:instancePath+"/pins/" + i3+"/names/" + i4,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
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
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err25 = {instancePath:instancePath+"/pins/" + i3+"/names/" + i4,schemaPath:"#/properties/pins/items/properties/names/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
const err25 = {instancePath:instancePath+"/pins/" + i3+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err26 = {instancePath:instancePath+"/pins/" + i3+"/names",schemaPath:"#/properties/pins/items/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
const err26 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err27 = {instancePath:instancePath+"/pins/" + i3,schemaPath:"#/properties/pins/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
const err27 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err28 = {instancePath:instancePath+"/pins",schemaPath:"#/properties/pins/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
if(data["lock-command"] !== undefined){
let data17 = data["lock-command"];
if(Array.isArray(data17)){
if(data17.length < 1){
const err28 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
if(data["lock-command"] !== undefined){
let data17 = data["lock-command"];
if(Array.isArray(data17)){
if(data17.length < 1){
const err29 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
=======
const len5 = data17.length;
for(let i5=0; i5<len5; i5++){
if(typeof data17[i5] !== "string"){
const err29 = {instancePath:instancePath+"/lock-command/" + i5,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const len5 = data17.length;
for(let i5=0; i5<len5; i5++){
if(typeof data17[i5] !== "string"){
const err30 = {instancePath:instancePath+"/lock-command/" + i5,schemaPath:"#/properties/lock-command/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
}
}
else {
const err30 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err31 = {instancePath:instancePath+"/lock-command",schemaPath:"#/properties/lock-command/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
if(data.services !== undefined){
let data19 = data.services;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
let data20 = data19[key2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.image === undefined){
const err31 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
if(data.services !== undefined){
let data19 = data.services;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key2 in data19){
let data20 = data19[key2];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.image === undefined){
const err32 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};
=======
for(const key3 in data20){
if(!((key3 === "image") || (key3 === "values-key"))){
const err32 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
for(const key3 in data20){
if(!((key3 === "image") || (key3 === "values-key"))){
const err33 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
=======
}
if(data20.image !== undefined){
let data21 = data20.image;
if(typeof data21 === "string"){
if(data21.length < 1){
const err33 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data20.image !== undefined){
let data21 = data20.image;
if(typeof data21 === "string"){
if(data21.length < 1){
const err34 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err34 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err35 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/image",schemaPath:"#/properties/services/additionalProperties/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data20["values-key"] !== undefined){
let data22 = data20["values-key"];
if(typeof data22 === "string"){
if(data22.length < 1){
const err35 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data20["values-key"] !== undefined){
let data22 = data20["values-key"];
if(typeof data22 === "string"){
if(data22.length < 1){
const err36 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err36 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err37 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/values-key",schemaPath:"#/properties/services/additionalProperties/properties/values-key/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
const err37 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err38 = {instancePath:instancePath+"/services/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/services/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
const err38 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err39 = {instancePath:instancePath+"/services",schemaPath:"#/properties/services/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
if(data.environments !== undefined){
let data23 = data.environments;
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i6=0; i6<len6; i6++){
let data24 = data23[i6];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err39 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
if(data.environments !== undefined){
let data23 = data.environments;
if(Array.isArray(data23)){
const len6 = data23.length;
for(let i6=0; i6<len6; i6++){
let data24 = data23[i6];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err40 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
=======
for(const key4 in data23){
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(!(((((((key4 === "name") || (key4 === "values")) || (key4 === "application")) || (key4 === "auto-merge")) || (key4 === "protected")) || (key4 === "url")) || (key4 === "preview"))){
=======
if(!((((((((key4 === "name") || (key4 === "values")) || (key4 === "application")) || (key4 === "auto-merge")) || (key4 === "protected")) || (key4 === "min-soak")) || (key4 === "wait")) || (key4 === "windows"))){
>>>>>>> cap-19a:packages/cli/dist/312.index.js
const err40 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
if(data24.values === undefined){
const err40 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24.values === undefined){
const err41 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/required",keyword:"required",params:{missingProperty: "values"},message:"must have required property '"+"values"+"'"};
=======
for(const key4 in data24){
if(!(((((key4 === "name") || (key4 === "values")) || (key4 === "application")) || (key4 === "auto-merge")) || (key4 === "protected"))){
const err41 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
for(const key4 in data24){
if(!(((((key4 === "name") || (key4 === "values")) || (key4 === "application")) || (key4 === "auto-merge")) || (key4 === "protected"))){
const err42 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
=======
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(data25.length < 1){
const err42 = {instancePath:instancePath+"/environments/" + i6+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 === "string"){
if(data25.length < 1){
const err43 = {instancePath:instancePath+"/environments/" + i6+"/name",schemaPath:"#/properties/environments/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err43 = {instancePath:instancePath+"/environments/" + i6+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err44 = {instancePath:instancePath+"/environments/" + i6+"/name",schemaPath:"#/properties/environments/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data24.values !== undefined){
let data26 = data24.values;
if(typeof data26 === "string"){
if(data26.length < 1){
const err44 = {instancePath:instancePath+"/environments/" + i6+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24.values !== undefined){
let data26 = data24.values;
if(typeof data26 === "string"){
if(data26.length < 1){
const err45 = {instancePath:instancePath+"/environments/" + i6+"/values",schemaPath:"#/properties/environments/items/properties/values/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
else {
const err45 = {instancePath:instancePath+"/environments/" + i6+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err46 = {instancePath:instancePath+"/environments/" + i6+"/values",schemaPath:"#/properties/environments/items/properties/values/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data24.application !== undefined){
if(typeof data24.application !== "string"){
const err46 = {instancePath:instancePath+"/environments/" + i6+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24.application !== undefined){
if(typeof data24.application !== "string"){
const err47 = {instancePath:instancePath+"/environments/" + i6+"/application",schemaPath:"#/properties/environments/items/properties/application/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data24["auto-merge"] !== undefined){
if(typeof data24["auto-merge"] !== "boolean"){
const err47 = {instancePath:instancePath+"/environments/" + i6+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24["auto-merge"] !== undefined){
if(typeof data24["auto-merge"] !== "boolean"){
const err48 = {instancePath:instancePath+"/environments/" + i6+"/auto-merge",schemaPath:"#/properties/environments/items/properties/auto-merge/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
=======
if(data23.url !== undefined){
let data29 = data23.url;
if(typeof data29 === "string"){
if(!pattern0.test(data29)){
const err48 = {instancePath:instancePath+"/environments/" + i6+"/url",schemaPath:"#/properties/environments/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\""};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
if(data24.protected !== undefined){
if(typeof data24.protected !== "boolean"){
const err48 = {instancePath:instancePath+"/environments/" + i6+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
if(data23["min-soak"] !== undefined){
let data29 = data23["min-soak"];
if(typeof data29 === "string"){
if(data29.length < 1){
const err48 = {instancePath:instancePath+"/environments/" + i6+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
if(data24.protected !== undefined){
if(typeof data24.protected !== "boolean"){
const err49 = {instancePath:instancePath+"/environments/" + i6+"/protected",schemaPath:"#/properties/environments/items/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
=======
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err49 = {instancePath:instancePath+"/environments/" + i6+"/url",schemaPath:"#/properties/environments/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
const err49 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
else {
const err49 = {instancePath:instancePath+"/environments/" + i6+"/min-soak",schemaPath:"#/properties/environments/items/properties/min-soak/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err50 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
if(data23.preview !== undefined){
if(typeof data23.preview !== "boolean"){
const err50 = {instancePath:instancePath+"/environments/" + i6+"/preview",schemaPath:"#/properties/environments/items/properties/preview/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
const err50 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
if(data23.wait !== undefined){
let data30 = data23.wait;
if(!((data30 === "refuse") || (data30 === "draft"))){
const err50 = {instancePath:instancePath+"/environments/" + i6+"/wait",schemaPath:"#/properties/environments/items/properties/wait/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.items.properties.wait.enum},message:"must be equal to one of the allowed values"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err51 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
const err51 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
if(data23.windows !== undefined){
let data31 = data23.windows;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key5 in data31){
if(!(((key5 === "allow") || (key5 === "deny")) || (key5 === "freeze"))){
const err51 = {instancePath:instancePath+"/environments/" + i6+"/windows",schemaPath:"#/properties/environments/items/properties/windows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
}
else {
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
const err52 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
}
if(data31.allow !== undefined){
let data32 = data31.allow;
if(Array.isArray(data32)){
const len7 = data32.length;
for(let i7=0; i7<len7; i7++){
let data33 = data32[i7];
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
if(data33.cron === undefined){
const err52 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
<<<<<<< HEAD:packages/cli/dist/1312.index.js
=======
}
if(data.waves !== undefined){
let data31 = data.waves;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
for(const key5 in data31){
let data32 = data31[key5];
if(Array.isArray(data32)){
if(data32.length < 2){
const err53 = {instancePath:instancePath+"/waves/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};
=======
if(data33.duration === undefined){
const err53 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
const len7 = data32.length;
for(let i7=0; i7<len7; i7++){
let data33 = data32[i7];
if(typeof data33 === "string"){
if(data33.length < 1){
const err54 = {instancePath:instancePath+"/waves/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/waves/additionalProperties/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
=======
for(const key6 in data33){
if(!(((key6 === "cron") || (key6 === "duration")) || (key6 === "timezone"))){
const err54 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
else {
const err55 = {instancePath:instancePath+"/waves/" + key5.replace(/~/g, "~0").replace(/\//g, "~1")+"/" + i7,schemaPath:"#/properties/waves/additionalProperties/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
=======
if(data33.cron !== undefined){
let data34 = data33.cron;
if(typeof data34 === "string"){
if(data34.length < 1){
const err55 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
let i8 = data32.length;
let j0;
if(i8 > 1){
const indices0 = {};
for(;i8--;){
let item0 = data32[i8];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err56 = {instancePath:instancePath+"/waves/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/uniqueItems",keyword:"uniqueItems",params:{i: i8, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i8+" are identical)"};
=======
else {
const err56 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
<<<<<<< HEAD:packages/cli/dist/1312.index.js
break;
}
indices0[item0] = i8;
}
}
}
else {
const err57 = {instancePath:instancePath+"/waves/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/waves/additionalProperties/type",keyword:"type",params:{type: "array"},message:"must be array"};
=======
}
}
if(data33.duration !== undefined){
let data35 = data33.duration;
if(typeof data35 === "string"){
if(data35.length < 1){
const err57 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err58 = {instancePath:instancePath+"/waves",schemaPath:"#/properties/waves/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
else {
const err58 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
}
else {
const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
=======
if(data33.timezone !== undefined){
let data36 = data33.timezone;
if(typeof data36 === "string"){
if(data36.length < 1){
const err59 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
>>>>>>> cap-19a:packages/cli/dist/312.index.js
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
<<<<<<< HEAD:packages/cli/dist/1312.index.js
>>>>>>> cap-19b:packages/cli/dist/312.index.js
=======
>>>>>>> cap-18a:packages/cli/dist/312.index.js
=======
}
else {
const err60 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow/" + i7,schemaPath:"#/properties/environments/items/properties/windows/properties/allow/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/environments/" + i6+"/windows/allow",schemaPath:"#/properties/environments/items/properties/windows/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data31.deny !== undefined){
let data37 = data31.deny;
if(Array.isArray(data37)){
const len8 = data37.length;
for(let i8=0; i8<len8; i8++){
let data38 = data37[i8];
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.cron === undefined){
const err63 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "cron"},message:"must have required property '"+"cron"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data38.duration === undefined){
const err64 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key7 in data38){
if(!(((key7 === "cron") || (key7 === "duration")) || (key7 === "timezone"))){
const err65 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data38.cron !== undefined){
let data39 = data38.cron;
if(typeof data39 === "string"){
if(data39.length < 1){
const err66 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/cron",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data38.duration !== undefined){
let data40 = data38.duration;
if(typeof data40 === "string"){
if(data40.length < 1){
const err68 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/duration",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data38.timezone !== undefined){
let data41 = data38.timezone;
if(typeof data41 === "string"){
if(data41.length < 1){
const err70 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
else {
const err71 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny/" + i8,schemaPath:"#/properties/environments/items/properties/windows/properties/deny/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/environments/" + i6+"/windows/deny",schemaPath:"#/properties/environments/items/properties/windows/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data31.freeze !== undefined){
let data42 = data31.freeze;
if(Array.isArray(data42)){
const len9 = data42.length;
for(let i9=0; i9<len9; i9++){
let data43 = data42[i9];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.from === undefined){
const err74 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data43.to === undefined){
const err75 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
for(const key8 in data43){
if(!((((key8 === "from") || (key8 === "to")) || (key8 === "timezone")) || (key8 === "reason"))){
const err76 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data43.from !== undefined){
let data44 = data43.from;
if(typeof data44 === "string"){
if(data44.length < 1){
const err77 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/from",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data43.to !== undefined){
let data45 = data43.to;
if(typeof data45 === "string"){
if(data45.length < 1){
const err79 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/to",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data43.timezone !== undefined){
let data46 = data43.timezone;
if(typeof data46 === "string"){
if(data46.length < 1){
const err81 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/timezone",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data43.reason !== undefined){
if(typeof data43.reason !== "string"){
const err83 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9+"/reason",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze/" + i9,schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/environments/" + i6+"/windows/freeze",schemaPath:"#/properties/environments/items/properties/windows/properties/freeze/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
}
else {
const err86 = {instancePath:instancePath+"/environments/" + i6+"/windows",schemaPath:"#/properties/environments/items/properties/windows/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
else {
const err87 = {instancePath:instancePath+"/environments/" + i6,schemaPath:"#/properties/environments/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
}
else {
const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
>>>>>>> cap-19a:packages/cli/dist/312.index.js
validate10.errors = vErrors;
return errors === 0;
}


;// CONCATENATED MODULE: ./packages/core/src/config/config.ts










// Generated at build time from schema.ts (`npm run schema`): ajv itself is never loaded at run time.

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
            throw new errors/* UserError */.yo(`config file ${rel} does not exist`, { hint: 'fix the config input or create the file' });
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
        ignore: r.ignore ?? [],
        ...(r['chart-registry'] ? { chartRegistry: r['chart-registry'].replace(/^oci:\/\//, '').replace(/\/$/, '') } : {}),
        chartVersionPolicy: r['chart-version-policy'] ?? 'independent',
        changelog: r.changelog ?? 'auto',
        packages: r.packages ?? [],
        pins: (r.pins ?? []).map((p) => ({ files: p.files, table: p.table, names: p.names })),
        lockCommand: r['lock-command'],
        services: Object.fromEntries(Object.entries(r.services ?? {}).map(([k, v]) => [k, { image: v.image, valuesKey: v['values-key'] }])),
        environments: (r.environments ?? []).map((e, i) => ({
            name: e.name,
            values: e.values,
            application: e.application,
            autoMerge: e['auto-merge'] ?? false,
            protected: e.protected ?? false,
<<<<<<< HEAD:packages/cli/dist/1312.index.js
            ...(e.url !== undefined ? { url: e.url } : {}),
            ...(e.preview ? { preview: true } : {}),
=======
            ...gateSettings(e, (path) => parsed.lineOf((0,read/* nodeAt */.oB)(parsed, ['environments', i, ...path])) ?? 1, file),
>>>>>>> cap-19a:packages/cli/dist/312.index.js
        })),
        ...(r.waves ? { waves: r.waves } : {}),
    };
    if (file)
        sources.set(config, parsed);
    duplicateEnvironment(config, parsed);
    return config;
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
        const ms = (0,text_duration/* parseDuration */.E9)(text);
        if (ms === undefined)
            throw new errors/* UserError */.yo(`'${['environments', e.name, ...path].join('.')}' is '${text}', not a duration`, {
                file,
                line: lineOf(path),
                hint: text_duration/* DURATION_HINT */.Fp,
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


/***/ })

};
