export const id = 245;
export const ids = [245];
export const modules = {

/***/ 7034:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ identityInput),
/* harmony export */   br: () => (/* binding */ BOT_IDENTITY)
/* harmony export */ });
/* unused harmony export parseIdentity */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
const BOT_IDENTITY = Object.freeze({
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
});
/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
function parseIdentity(text, input) {
    const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
    if (!m || m[1] === '' || /[\r\n\0]/.test(text))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input '${input}': expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
            hint: `e.g. ${input}: 'release-bot <release-bot@example.com>'`,
        });
    return { name: m[1], email: m[2] };
}
/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
function identityInput(text, input) {
    return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}


/***/ }),

/***/ 7994:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   autoMergeWarning: () => (/* binding */ autoMergeWarning),
/* harmony export */   checksError: () => (/* binding */ checksError),
/* harmony export */   promoteLogLines: () => (/* binding */ promoteLogLines),
/* harmony export */   promoteMarkdown: () => (/* binding */ promoteMarkdown),
/* harmony export */   promoteRunnerView: () => (/* binding */ promoteRunnerView),
/* harmony export */   promoteStatus: () => (/* binding */ promoteStatus),
/* harmony export */   promoteView: () => (/* binding */ promoteView),
/* harmony export */   promoteViews: () => (/* binding */ promoteViews)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _promote_pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
/* harmony import */ var _promote_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8598);
/* harmony import */ var _promote_waves_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(648);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9888);
// What a promotion shows: the runner's log lines (each change, the diff in a
// group, the outcome, the notes), the auto-merge warning, the outputs and the
// job summary, then the required-checks failure; and the terminal's table.





/** One sentence on the outcome of a promotion. */
function promoteStatus(r) {
    switch (r.outcome) {
        case 'nothing':
            return `Nothing to promote: ${r.route.to.name} already pins what ${r.plan.sourceLabel} has; no commit, no push, no pull request.`;
        case 'checks':
            return 'Stopped: required checks are not green; nothing was written.';
        case 'dry-run':
            return `Dry run: ${r.plan.files.length} file${r.plan.files.length === 1 ? '' : 's'} would change (diff in the log); nothing was written, pushed or opened.`;
        case 'direct':
            return `Committed ${r.commit?.slice(0, 12)} to ${r.request.base || r.branch} directly (pushed with a lease).`;
        default: {
            const what = r.pullOutcome === 'created' ? 'Opened' : r.pullOutcome === 'updated' ? 'Updated' : 'Left unchanged';
            const draft = r.draft ? ' (draft)' : '';
            const merge = r.autoMerge?.enabled ? '; auto-merge enabled' : '';
            return `${what} pull request #${r.pull?.number}${draft} from ${r.branch}${r.pushed ? '' : ' (branch already up to date; nothing pushed)'}${merge}: ${r.pull?.url}`;
        }
    }
}
/** The log's line per change: service, tag and digest before → after, where, and where it was verified; then the chart's. */
function promoteLogLines(r) {
    const { plan } = r;
    const lines = plan.changes.map((c) => `${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${c.newDigest ?? 'no digest'}) at ${c.file}:${c.line}, verified in ${c.verified}`);
    if (plan.chart)
        lines.push(`chart version: ${plan.chart.old || '—'} → ${plan.chart.new} at ${plan.chart.file}:${plan.chart.line}`);
    return lines;
}
/** The warning when auto-merge was asked for and GitHub refused it; undefined otherwise. */
function autoMergeWarning(r) {
    return r.autoMerge && !r.autoMerge.enabled
        ? `auto-merge was not enabled: ${r.autoMerge.reason ?? 'not allowed'}; the pull request stays open`
        : undefined;
}
/** The route as a heading: `dev → staging`, `ref:<sha> → prod`, `new pins → dev`. */
function routeLabel(r) {
    const req = r.request;
    return `${r.route.from?.name ?? (req.from.kind === 'ref' ? `ref:${req.from.ref}` : 'new pins')} → ${r.route.to.name}`;
}
/** The job summary of promote-env: status, changes, required checks, every environment side by side, notes. */
function promoteMarkdown(r) {
    const { plan } = r;
    // Environment and service names, branches, URLs and GitHub's reasons are plain text here, escaped.
    const parts = [`### promote-env: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(routeLabel(r))}`, '', (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(promoteStatus(r)), ''];
    if (r.waves)
        parts.push(...[(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .wavesStopMarkdown */ .aU)(r.waves), (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .wavesMarkdown */ .kp)(r.waves)].filter((x) => x !== undefined).flatMap((x) => [x, '']));
    if (plan.changes.length > 0 || plan.chart)
        parts.push((0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .changesTable */ .EI)(plan), '');
    if (plan.unchanged.length > 0)
        parts.push(`Already up to date: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(plan.unchanged.join(', '))}.`, '');
    if (plan.checks.length > 0)
        parts.push('Required checks:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .checksMarkdown */ .pW)(plan), '');
    parts.push('Every environment:', '', (0,_promote_report_js__WEBPACK_IMPORTED_MODULE_2__/* .driftMarkdown */ .fZ)(plan), '');
    for (const n of r.notes)
        parts.push(`- ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(n)}`);
    if (r.autoMerge && !r.autoMerge.enabled)
        parts.push(`- Auto-merge is not allowed here (${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeMarkdown */ .FV)(r.autoMerge.reason ?? 'repository setting')}); the pull request stays open.`);
    return parts.join('\n');
}
/** The promotion as a table for the terminal: one row per change (tag and digest before → after, where, verified in). */
function promoteView(r) {
    const { plan } = r;
    const rows = plan.changes.map((c) => [
        c.service,
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_promote_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
    ]);
    if (plan.chart)
        rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '']);
    const unchanged = plan.unchanged.length > 0 ? [`Already up to date: ${plan.unchanged.join(', ')}.`] : [];
    const checks = plan.checks.flatMap((c) => c.states.map((s) => `check ${s.name} on ${c.sha.slice(0, 12)}: ${s.state}`));
    const warned = autoMergeWarning(r);
    return {
        title: `promote-env: ${routeLabel(r)}`,
        status: promoteStatus(r).replace(' (diff in the log)', ''),
        headers: ['service', 'tag', 'digest', 'file', 'verified in'],
        rows,
        notes: [...unchanged, ...checks, ...r.notes, ...(r.waves ? (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .wavesLines */ .g9)(r.waves) : [])],
        warnings: warned ? [warned] : [],
    };
}
/** The error a promotion stopped by require-checks ends with (after its summary is written); undefined when it was not. */
function checksError(r) {
    if (r.outcome !== 'checks')
        return (0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .wavesError */ .VM)(r.waves);
    const bad = r.plan.checks.flatMap((c) => c.states.filter((s) => s.state !== 'success').map((s) => `${s.name} is ${s.state} on ${c.sha.slice(0, 12)}`));
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`required checks are not green: ${bad.join('; ')}`, {
        hint: 'wait for them to pass (the table in the job summary lists every check); nothing was written',
    });
}
/**
 * The runner's view, in the order promote-env has always told it: a line per
 * change, the diff in a group (already escaped for the log), the outcome, the
 * notes, the auto-merge warning, the outputs, the job summary; a promotion
 * stopped by require-checks then fails the step.
 */
function promoteRunnerView(r) {
    const steps = promoteLogLines(r).map((line) => ({ info: line }));
    if (r.diff)
        steps.push({ group: r.dryRun ? 'dry run: the diff that would be committed' : 'diff' }, { info: r.diff, raw: true }, { endGroup: true });
    steps.push({ info: promoteStatus(r) }, ...r.notes.map((n) => ({ info: n })));
    if (r.waves)
        steps.push(...(0,_promote_waves_js__WEBPACK_IMPORTED_MODULE_3__/* .wavesLines */ .g9)(r.waves).map((line) => ({ info: line })));
    const warned = autoMergeWarning(r);
    if (warned)
        steps.push({ annotate: 'warning', message: warned });
    for (const [k, v] of Object.entries(r.outputs))
        steps.push({ output: k, value: v });
    steps.push({ summary: promoteMarkdown(r) });
    return { steps, failure: checksError(r) };
}
/** promote-env's views: the runner's and the terminal's. */
const promoteViews = { runner: promoteRunnerView, terminal: promoteView };


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ changesTable),
/* harmony export */   SI: () => (/* binding */ pullTitle),
/* harmony export */   b4: () => (/* binding */ changesOutput),
/* harmony export */   c2: () => (/* binding */ pullBody),
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   fZ: () => (/* binding */ driftMarkdown),
/* harmony export */   pW: () => (/* binding */ checksMarkdown)
/* harmony export */ });
/* unused harmony export rollbackCommand */
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
/* harmony import */ var _git_publish_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9626);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8960);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3952);
// Words and tables of a promotion: the PR title and body, the job summary's
// tables (changes, drift, checks), the `changes` output and the rollback command.




/** `promote: dev → staging (api, worker)`; a rollback says so. */
function pullTitle(fromLabel, to, plan) {
    const names = plan.changes.map((c) => c.service);
    const what = names.length > 0 ? names.join(', ') : plan.chart ? `chart ${plan.chart.new}` : 'no change';
    return `promote: ${fromLabel} → ${to} (${what})`;
}
/** The commit message: the title, one line per change, and the generated-commit trailer. */
function commitMessage(title, plan) {
    const lines = plan.changes.map((c) => `- ${c.service}: ${c.oldTag ?? '—'} → ${c.newTag ?? '—'} (${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)})`);
    if (plan.chart)
        lines.push(`- chart: ${plan.chart.old || '—'} → ${plan.chart.new}`);
    return `${title}\n\n${lines.join('\n')}\n\n${(0,_git_publish_js__WEBPACK_IMPORTED_MODULE_0__/* .generatedTrailer */ .ty)('promote-env')}\n`;
}
/** The table of changes: service, old → new tag and digest, where verified, source commit. */
function changesTable(plan) {
    const rows = plan.changes.map((c) => [
        c.service,
        `${c.oldTag ?? '—'} → ${c.newTag ?? '—'}`,
        `${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.oldDigest)} → ${(0,_pins_js__WEBPACK_IMPORTED_MODULE_1__/* .shortDigest */ .VK)(c.newDigest)}`,
        `${c.file}:${c.line}`,
        c.verified,
        c.sourceCommit ? c.sourceCommit.slice(0, 12) : '—',
    ]);
    if (plan.chart)
        rows.push(['chart version', `${plan.chart.old || '—'} → ${plan.chart.new}`, '', `${plan.chart.file}:${plan.chart.line}`, '', '']);
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['service', 'tag', 'digest', 'file', 'verified in', 'source commit'], rows);
}
/** Every environment side by side. */
function driftMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['service', ...plan.drift.environments], plan.drift.rows.map((r) => [r.service, ...r.cells]));
}
/** The checks table shown when require-checks stops a promotion (and on success). */
function checksMarkdown(plan) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['commit', 'check', 'state'], plan.checks.flatMap((c) => c.states.map((s) => [c.sha.slice(0, 12), s.name, s.state])));
}
/** The command that puts the target's pins back as they are at `baseSha`. */
function rollbackCommand(to, baseSha, services, repository) {
    const parts = ['gh workflow run rollback.yml', `-f to=${to}`, `-f ref=${baseSha}`];
    if (services.length > 0)
        parts.push(`-f services=${services.join(',')}`);
    if (repository)
        parts.push(`-f repository=${repository}`);
    return parts.join(' ');
}
/** The pull request body. Every name, ref and note in it is plain text, escaped; the tables escape their cells. */
function pullBody(p) {
    const { plan } = p;
    const notes = p.notes?.length ? [...p.notes.map((n) => `> [!WARNING]\n> ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(n)}`), ''] : [];
    return [
        ...notes,
        `Promotes **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.fromLabel)}** → **${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.to)}** on ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeSpan */ .SS)(p.base)} (base ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(p.baseSha.slice(0, 12))}).`,
        '',
        `Source: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(plan.sourceLabel)}.`,
        '',
        changesTable(plan),
        '',
        '<details><summary>Every environment</summary>',
        '',
        driftMarkdown(plan),
        '',
        '</details>',
        '',
        'Roll back (restores what these keys pinned before this promotion):',
        '',
        // One line, in a fence no backtick run of a name can close.
        (0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .codeBlock */ .DV)(rollbackCommand(p.to, p.baseSha, plan.changes.map((c) => c.service), p.repository).replace(/\r\n|\r|\n/g, ' '), 'sh'),
        '',
        '<!-- lockstep:promote-env -->',
    ].join('\n');
}
/** The `changes` output: one entry per service (and the chart), single-line JSON. */
function changesOutput(plan) {
    const rows = plan.changes.map((c) => ({
        service: c.service,
        file: c.file,
        line: c.line,
        'old-tag': c.oldTag ?? null,
        'new-tag': c.newTag ?? null,
        'old-digest': c.oldDigest ?? null,
        'new-digest': c.newDigest ?? null,
    }));
    if (plan.chart)
        rows.push({
            service: 'chart',
            file: plan.chart.file,
            line: plan.chart.line,
            'old-version': plan.chart.old,
            'new-version': plan.chart.new,
        });
    return JSON.stringify(rows);
}


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P4: () => (/* binding */ layoutFrom),
/* harmony export */   QF: () => (/* binding */ checkRoute),
/* harmony export */   iE: () => (/* binding */ mustResolve),
/* harmony export */   ou: () => (/* binding */ fillTemplate),
/* harmony export */   sA: () => (/* binding */ looksLikeSha),
/* harmony export */   uK: () => (/* binding */ parseFrom)
/* harmony export */ });
/* harmony import */ var _config_config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1312);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _text_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4619);
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3952);
// What a promotion asks for, as plain data, and the rules checked on it before
// anything is read from git, a registry or GitHub: known environments, adjacent
// steps only (unless allow-skip), known services, a well-formed `ref:` source,
// no direct push into a protected environment.




const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SHA = /^[0-9a-f]{7,64}$/;
/** Parses the `from` input: an environment name, `ref:<sha-or-tag>`, or empty. */
function parseFrom(text) {
    if (text === undefined || text === '')
        return { kind: 'none' };
    if (text.startsWith('ref:')) {
        const ref = text.slice(4).trim();
        if (ref === '' || ref.startsWith('-') || !REF.test(ref) || ref.includes('..') || ref.endsWith('/') || ref.endsWith('.lock'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${text}', not ref:<sha-or-tag>`, {
                hint: 'write ref: followed by a commit sha or a tag, e.g. ref:v1.4.0 or ref:3f2a9c1',
            });
        return { kind: 'ref', ref };
    }
    return { kind: 'env', env: text };
}
/** True when a ref looks like an abbreviated or full commit id. */
function looksLikeSha(ref) {
    return SHA.test(ref);
}
/** Substitutes `{env}` and `{service}` in a template. */
function fillTemplate(template, env, service = '') {
    return template.replace(/\{env\}/g, env).replace(/\{service\}/g, service);
}
/**
 * Environments and services from the config, or from the `values-file` /
 * `values-key` templates when the config has none (`environments` input, else
 * dev, staging, prod). Errors name the config file or the input.
 */
function layoutFrom(config, inputs, digestsServices = []) {
    const configured = config.environments.map((e, i) => ({
        ...e,
        valuesLine: (0,_config_config_js__WEBPACK_IMPORTED_MODULE_0__.configLine)(config, ['environments', i, 'values']),
    }));
    let environments;
    if (configured.length > 0) {
        if (inputs.environments.length > 0) {
            const errors = [];
            environments = [];
            for (const name of inputs.environments) {
                const env = configured.find((e) => e.name === name);
                if (env)
                    environments.push(env);
                else
                    errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'environments' names '${name}', which the config does not list${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(name, configured.map((e) => e.name))}`, { file: config.file, hint: `configured: ${configured.map((e) => e.name).join(', ')}` }));
            }
            (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
        }
        else
            environments = configured;
    }
    else {
        if (!inputs.valuesFile)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no environments: the config lists none and values-file is not set', {
                file: config.file,
                hint: 'add environments to .github/lockstep.yml, or pass values-file (e.g. environments/{env}/values.yaml)',
            });
        const names = inputs.environments.length > 0 ? inputs.environments : ['dev', 'staging', 'prod'];
        environments = names.map((name) => ({ name, values: fillTemplate(inputs.valuesFile, name), autoMerge: false, protected: false }));
    }
    if (inputs.valuesFile && configured.length > 0)
        environments = environments.map((e) => ({ ...e, values: fillTemplate(inputs.valuesFile, e.name), valuesLine: undefined }));
    const seen = new Set();
    for (const e of environments) {
        // The name becomes the branch promote/<name>: keep it to what git accepts everywhere.
        if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(e.name) || e.name.endsWith('.lock') || e.name.includes('..'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment name '${e.name}' cannot be part of a branch name`, {
                file: config.file,
                hint: 'use letters, digits, ".", "_" and "-"',
            });
        if (seen.has(e.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`environment '${e.name}' appears twice`, {
                file: config.file,
                hint: 'list each environment once, in promotion order',
            });
        seen.add(e.name);
    }
    const serviceNames = Object.keys(config.services);
    let services;
    if (serviceNames.length > 0) {
        services = serviceNames.map((name) => {
            const svc = config.services[name];
            const key = inputs.valuesKey ?? svc.valuesKey;
            if (!key)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${name}' has no values-key`, {
                    file: config.file,
                    hint: `add values-key (e.g. services.${name}.image) to services.${name}, or pass the values-key input`,
                });
            return { name, image: svc.image, valuesKey: fillTemplate(key, '{env}', name) };
        });
    }
    else {
        const names = inputs.services.length > 0 ? inputs.services : digestsServices;
        if (names.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('no services: the config lists none, and neither services nor a digests file names any', {
                file: config.file,
                hint: 'add services to .github/lockstep.yml, or pass services',
            });
        if (!inputs.valuesKey)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("input 'values-key' is required without services in the config", {
                hint: 'pass values-key, e.g. image or services.{service}.image',
            });
        services = names.map((name) => ({ name, valuesKey: fillTemplate(inputs.valuesKey, '{env}', name) }));
    }
    for (const s of services)
        (0,_pins_js__WEBPACK_IMPORTED_MODULE_3__/* .parseValuesKey */ .bx)(s.valuesKey.replace(/\{env\}/g, 'env'), `values-key of service '${s.name}'`);
    return { environments, services };
}
/**
 * Checks the request's rules, all before any network request: both
 * environments known, the step adjacent (dev→staging, staging→prod) unless
 * allow-skip, no promotion backwards or onto itself, a source for every
 * environment after the first, known services, no direct push into a
 * protected environment, chart-version only where an Application is set.
 */
function checkRoute(req) {
    const names = req.environments.map((e) => e.name);
    const errors = [];
    const toIndex = names.indexOf(req.to);
    if (toIndex < 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'to' is '${req.to}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.to, names)}`, {
            file: req.configFile,
            hint: `environments, in order: ${names.join(', ')}`,
        });
    const to = req.environments[toIndex];
    let from;
    let fromIndex;
    if (req.from.kind === 'env') {
        fromIndex = names.indexOf(req.from.env);
        if (fromIndex < 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is '${req.from.env}', an unknown environment${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(req.from.env, names)}`, {
                file: req.configFile,
                hint: `environments, in order: ${names.join(', ')}; or ref:<sha-or-tag> to roll back`,
            });
        from = req.environments[fromIndex];
        if (fromIndex >= toIndex)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`cannot promote from ${from.name} to ${to.name}: ${to.name} does not come after ${from.name}`, {
                hint: `promotion order: ${names.join(' → ')}; to roll back use from: ref:<sha-or-tag>`,
            });
        if (toIndex - fromIndex > 1 && !req.allowSkip)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`promotion ${from.name} → ${to.name} skips ${names.slice(fromIndex + 1, toIndex).join(', ')}`, {
                hint: `promote through ${names.slice(fromIndex, toIndex + 1).join(' → ')}, or set allow-skip: true`,
            });
    }
    else if (req.from.kind === 'none' && toIndex > 0 && !req.digests && !req.version && !req.chartVersion) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`input 'from' is required to promote into ${to.name}`, {
            hint: `use from: ${names[toIndex - 1]}, or give digests, version or chart-version`,
        });
    }
    if (req.push === 'direct' && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`push: direct is refused for the protected environment ${to.name}`, {
            hint: 'use push: pr (the default): protected promotions go through a reviewed pull request',
        }));
    if (req.chartVersion !== undefined && !to.application)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`chart-version is set but environment ${to.name} has no application`, {
            file: req.configFile,
            hint: `add application: <path of the ArgoCD Application> to environment ${to.name}`,
        }));
    if (req.autoMerge === true && to.protected)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`auto-merge is refused for the protected environment ${to.name}`, {
            hint: 'protected promotions are draft pull requests merged by a person',
        }));
    const known = new Set(req.services.map((s) => s.name));
    for (const s of req.only)
        if (!known.has(s))
            errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`service '${s}' is not configured${(0,_text_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(s, known)}`, {
                file: req.configFile,
                hint: `configured services: ${[...known].join(', ') || 'none'}`,
            }));
    if (req.digests && req.version)
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("inputs 'digests' and 'version' were both given", { hint: 'use one source of new pins' }));
    if (req.from.kind === 'ref' && (req.digests || req.version))
        errors.push(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("a rollback (from: ref:…) takes its pins from that ref; drop 'digests' and 'version'", {
            hint: 'roll back with from and to only',
        }));
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .throwAll */ .Kx)(errors);
    return { to, toIndex, from, fromIndex };
}
/** True when tags must be resolved to digests before writing. */
function mustResolve(req, to) {
    return req.resolveDigests ?? to.protected;
}


/***/ }),

/***/ 648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kc: () => (/* binding */ planWaves),
/* harmony export */   VM: () => (/* binding */ wavesError),
/* harmony export */   aU: () => (/* binding */ wavesStopMarkdown),
/* harmony export */   g9: () => (/* binding */ wavesLines),
/* harmony export */   kp: () => (/* binding */ wavesMarkdown),
/* harmony export */   pu: () => (/* binding */ advanceWaves)
/* harmony export */ });
/* unused harmony export waveTargets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _text_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9888);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8960);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1871);
// Waves: a promotion into several environments in order (`to: prod-eu,
// prod-us`, or `to: <name>` of a config `waves:` list). The first wave is an
// ordinary promotion from the source; each later wave promotes from the wave
// before it, and only once that wave's promotion is merged (the environment
// pins what its source had) and the require-checks are green on the commit
// that landed it on the base (the merge commit, on the first-parent history).
// A red check there stops the waves and says where. Each run advances the
// waves as far as they may go and no further, so rerunning it (on push to the
// default branch, on a schedule) drives them; a rerun with nothing new to do
// changes nothing.




/** The environments `to` names: a list (comma- or newline-separated), or one name of the config's `waves:`. */
function waveTargets(req) {
    const names = req.to
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (names.length === 1 && req.waves?.[names[0]])
        return req.waves[names[0]];
    return names.length > 0 ? names : [req.to];
}
/**
 * The request per wave, each route checked before anything is read: the
 * first from the request's source, each later one from the wave before it
 * (its own pins, so no digests file or version; its checks are gated on the
 * previous wave's merge commit instead). A single target is the request itself.
 */
function planWaves(req) {
    const targets = waveTargets(req);
    if (targets.length === 1) {
        const one = targets[0] === req.to ? req : { ...req, to: targets[0] };
        return [{ req: one, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRoute */ .QF)(one) }];
    }
    if (req.from.kind === 'ref')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`names ${targets.length} environments; a rollback (from: ref:…) goes to one`, {
            input: 'to',
            hint: 'roll back one environment at a time',
        });
    return targets.map((to, k) => {
        const wave = k === 0
            ? { ...req, to }
            : { ...req, to, from: { kind: 'env', env: targets[k - 1] }, digests: undefined, version: undefined, requireChecks: [] };
        return { req: wave, route: (0,_request_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRoute */ .QF)(wave) };
    });
}
/** The checks named, as a phrase: `e2e is failure, smoke is pending`. */
function checksPhrase(states) {
    return states.map((s) => `${s.name} is ${s.state}`).join(', ');
}
/**
 * Advances the waves as far as they may go: each wave promoted with
 * `promote` until one opens (or updates) a pull request, is stopped by its
 * checks, or waits for the previous wave's merge commit to be green. Returns
 * the last wave promoted and where every wave stands.
 */
async function advanceWaves(waves, ports, requireChecks, promote) {
    const steps = [];
    const report = { steps };
    let result;
    let ran = waves[0];
    let holding = '';
    for (const [k, wave] of waves.entries()) {
        const name = wave.route.to.name;
        if (holding) {
            steps.push({ environment: name, state: 'held', detail: holding });
            continue;
        }
        if (k > 0 && result !== undefined) {
            const gate = await gateOnMerge(waves[k - 1], wave, ports, requireChecks);
            if (gate) {
                steps.push(gate.step);
                if (gate.stopped)
                    report.stopped = gate.stopped;
                holding = `behind ${name}`;
                continue;
            }
        }
        result = await promote(wave.req, wave.route);
        ran = wave;
        switch (result.outcome) {
            case 'nothing':
                steps.push({
                    environment: name,
                    state: 'landed',
                    detail: `pins what ${wave.req.from.kind === 'env' ? wave.req.from.env : 'the source'} has`,
                });
                break;
            case 'direct':
                steps.push({ environment: name, state: 'landed', detail: `committed ${result.commit?.slice(0, 12) ?? ''} to ${wave.req.base}` });
                break;
            case 'pr':
                steps.push({ environment: name, state: 'opened', detail: `pull request #${result.pull?.number} ${result.pull?.url ?? ''}`.trim() });
                holding = `waits for ${name}'s pull request #${result.pull?.number} to be merged`;
                break;
            case 'dry-run':
                steps.push({ environment: name, state: 'planned', detail: 'dry run' });
                holding = `waits for ${name} to be promoted and merged`;
                break;
            case 'checks':
                steps.push({ environment: name, state: 'stopped', detail: 'required checks are not green on the source' });
                holding = `behind ${name}`;
                break;
        }
    }
    return { result: result, wave: ran, report };
}
/**
 * The gate before wave `next`: the previous wave's promotion landed on the
 * base (its environment's last change on the first-parent history) with the
 * require-checks green there. Undefined when it may go; else why not.
 */
async function gateOnMerge(previous, next, ports, requireChecks) {
    if (requireChecks.length === 0)
        return undefined;
    const prev = previous.route.to.name;
    const name = next.route.to.name;
    if (!ports.git.landedAt || !ports.github)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('waves with require-checks need github-token', { hint: 'pass github-token (checks: read)' });
    const tip = await ports.git.fetchBranch(previous.req.base);
    const sha = tip ? await ports.git.landedAt(tip, previous.route.to.values) : undefined;
    if (!sha)
        return { step: { environment: name, state: 'waiting', detail: `waits for ${prev}'s promotion to land on ${previous.req.base}` } };
    const states = await ports.github.checkStates(sha, requireChecks);
    const failed = states.filter((s) => s.state === 'failure');
    if (failed.length > 0)
        return {
            step: {
                environment: name,
                state: 'stopped',
                detail: `not promoted: ${checksPhrase(failed)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
            stopped: { wave: name, after: prev, sha, failed },
        };
    const open = states.filter((s) => s.state !== 'success');
    if (open.length > 0)
        return {
            step: {
                environment: name,
                state: 'waiting',
                detail: `waits for ${checksPhrase(open)} on ${prev}'s merge commit ${sha.slice(0, 12)}`,
            },
        };
    return undefined;
}
/** The waves as a table for the job summary. */
function wavesMarkdown(report) {
    // markdownTable escapes each cell: environment names, check names and URLs are plain text here.
    return [
        'Waves:',
        '',
        (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)(['wave', 'state', ''], report.steps.map((s) => [s.environment, s.state, s.detail])),
    ].join('\n');
}
/** The waves as log lines. */
function wavesLines(report) {
    return report.steps.map((s) => `wave ${s.environment}: ${s.state}${s.detail ? ` — ${s.detail}` : ''}`);
}
/** The error a run stopped by a red check on a wave's merge commit ends with; undefined otherwise. */
function wavesError(report) {
    const s = report?.stopped;
    if (!s)
        return undefined;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`wave ${s.wave} stopped: ${checksPhrase(s.failed)} on ${s.after}'s merge commit ${s.sha.slice(0, 12)}`, {
        hint: `fix ${s.after} first (or roll it back); the next run promotes ${s.wave} once the checks are green there`,
    });
}
/** The stop as one sentence for the summary (escaped). */
function wavesStopMarkdown(report) {
    const e = wavesError(report);
    return e ? `Stopped: ${(0,_text_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeMarkdown */ .FV)(e.message)}.` : undefined;
}


/***/ })

};
