export const id = 3861;
export const ids = [3861];
export const modules = {

/***/ 33861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H7: () => (/* binding */ KUSTOMIZATION_NAMES),
/* harmony export */   RZ: () => (/* binding */ NoKustomization),
/* harmony export */   Rm: () => (/* binding */ readOverlayImages),
/* harmony export */   fx: () => (/* binding */ kustomizationFor),
/* harmony export */   hg: () => (/* binding */ setOverlayPins),
/* harmony export */   oW: () => (/* binding */ overlayPin),
/* harmony export */   pN: () => (/* binding */ overlayProblems)
/* harmony export */ });
/* unused harmony exports parseApplicationImage, formatApplicationImage, isApplication, overlayImages, repositoryOf, kustomizationInTree */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _edits_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85763);
/* harmony import */ var _edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63077);
/* harmony import */ var _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90908);
/* harmony import */ var _text_bytes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(29002);
/* harmony import */ var _text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9053);
/* harmony import */ var _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64293);
// Image pins in Kustomize overlays, read and rewritten with byte-minimal edits.
//
// Two places hold an overlay's pins:
//   overlay      a kustomization's `images:` list: `- { name, newName, newTag, digest }`
//   application  an Argo CD Application's spec.source.kustomize.images strings:
//                `name=newName:newTag@digest` or `name:newTag@digest`
// A service's entry is the one whose `name` or `newName` is the service's image
// repository (compared as the registry sees them: `nginx` = docker.io/library/nginx),
// else — an image that moved registry — the one whose `name` has the same last
// path segment. Two entries that fit equally well are an error naming both lines.










/** Registry and repository of an image name as the registry sees it, or the name itself when it does not parse. */
function identity(image) {
    try {
        const ref = (0,_registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .parseReference */ .F2)(image);
        return `${ref.registry.toLowerCase()}/${ref.repository}`;
    }
    catch (e) {
        if (e instanceof _registry_reference_js__WEBPACK_IMPORTED_MODULE_6__/* .InvalidReference */ .ft)
            return image;
        throw e;
    }
}
const lastSegment = (image) => identity(image).slice(identity(image).lastIndexOf('/') + 1);
/** An image reference split into name, tag and digest (`host:5000/a/b:1.2@sha256:…`). */
function splitImage(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : undefined;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/'))
        return { name: rest.slice(0, colon), tag: rest.slice(colon + 1), ...(digest ? { digest } : {}) };
    return { name: rest, ...(digest ? { digest } : {}) };
}
/** Parses an Argo CD kustomize image string: `name=newName:newTag@digest` or `name:newTag@digest`. */
function parseApplicationImage(text) {
    const eq = text.indexOf('=');
    if (eq >= 0) {
        const ref = splitImage(text.slice(eq + 1));
        return {
            name: text.slice(0, eq),
            newName: ref.name,
            ...(ref.tag ? { newTag: ref.tag } : {}),
            ...(ref.digest ? { digest: ref.digest } : {}),
        };
    }
    const ref = splitImage(text);
    return { name: ref.name, ...(ref.tag ? { newTag: ref.tag } : {}), ...(ref.digest ? { digest: ref.digest } : {}) };
}
/** Writes an Argo CD kustomize image string back (`name=` only when it had one or newName differs). */
function formatApplicationImage(image, withName) {
    const ref = `${image.newName ?? image.name}${image.newTag ? `:${image.newTag}` : ''}${image.digest ? `@${image.digest}` : ''}`;
    return withName || (image.newName !== undefined && image.newName !== image.name) ? `${image.name}=${ref}` : ref;
}
/** True when a text parses as an Argo CD Application (kind: Application with a spec). */
function isApplication(parsed) {
    return (parsed.documents ?? [parsed.doc]).some((d) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
}
function parseAll(text, file, cache) {
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const all = (0,_text_parse_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .parseWith */ .K)(cache, _yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .YAML_DOCUMENTS */ .FL, body, file);
    return all;
}
/**
 * Reads the pins of an overlay file: a kustomization's `images:` or an Argo CD
 * Application's kustomize.images. A file that is not YAML, an `images` that
 * is not a list, an entry that is not a mapping with a `name` (or not an
 * image string), and two entries of one name are UserErrors at file:line.
 */
function readOverlayImages(text, file, cache) {
    const all = parseAll(text, file, cache);
    if (isApplication(all))
        return applicationImages(all, file);
    if ((all.documents?.length ?? 1) > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization holds more than one YAML document', {
            file,
            line: all.lineOf(all.documents[1].contents) ?? 1,
            hint: 'keep one Kustomization document in the file',
        });
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)((0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text), file, cache);
    const root = parsed.doc.contents;
    if (root !== null && !(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the kustomization is not a mapping of keys', {
            file,
            line: parsed.lineOf(root) ?? 1,
            hint: 'point kustomization at a kustomization.yaml',
        });
    const kind = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind'));
    if (kind !== undefined && kind !== 'Kustomization' && kind !== 'Component')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the file is a ${kind}, not a Kustomization or an Argo CD Application`, {
            file,
            line: parsed.lineOf((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'kind')) ?? 1,
            hint: 'point kustomization at the overlay (its folder or kustomization.yaml) or at its Argo CD Application',
        });
    // A Flux Kustomization (kustomize.toolkit.fluxcd.io) keeps the same entries under spec.images.
    const flux = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'apiVersion'))?.startsWith('kustomize.toolkit.fluxcd.io/') ?? false;
    const holder = flux ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(root, 'spec') : root;
    const listPath = flux ? ['spec', 'images'] : ['images'];
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(holder) ? holder.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const line = parsed.lineOf(pair?.key ?? root) ?? 1;
    if (list === undefined || list === null)
        return { kind: 'overlay', file, listPath, hasList: pair !== undefined && list !== null ? true : false, line, images: [] };
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is not a list', {
            file,
            line,
            hint: 'write images: as a list of { name, newName, newTag, digest } entries',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = parsed.lineOf(node) ?? line;
        const name = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) ? (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, 'name')) : undefined;
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node) || !name)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`images[${index}] is not an entry with a name`, {
                file,
                line: at,
                hint: 'write each entry as name: <image> with newTag:, digest: (and newName:)',
            });
        const text = (k) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)(entryValue(node, k)) || undefined;
        const newName = text('newName');
        const newTag = text('newTag');
        const digest = text('digest');
        return { name, ...(newName ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'overlay', file, listPath, hasList: true, line, images };
}
function entryValue(map, key) {
    return map.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === key)?.value;
}
/** Two entries of one image name: kustomize would apply one, so which is meant cannot be told. */
function duplicates(images, file) {
    const seen = new Map();
    for (const i of images) {
        const key = identity(i.name);
        const first = seen.get(key);
        if (first)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`two entries for the image ${i.name} (lines ${first.line} and ${i.line})`, {
                file,
                line: i.line,
                hint: 'keep one entry per image name',
            });
        seen.set(key, i);
    }
}
/** The Application's kustomize.images: of spec.source, or of the one spec.sources entry that has kustomize:. */
function applicationImages(all, file) {
    const docs = all.documents ?? [all.doc];
    const apps = docs
        .map((d, i) => ({ d, i }))
        .filter(({ d }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .scalarText */ .ws)((0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'kind')) === 'Application' && (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec') !== undefined);
    if (apps.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${apps.length} Applications in the file; cannot tell which one's kustomize.images to use`, {
            file,
            line: all.lineOf(apps[1].d.contents) ?? 1,
            hint: 'keep the environment’s Application in a file of its own, or point kustomization at its overlay folder',
        });
    const { d, i } = apps[0];
    const spec = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(d.contents, 'spec');
    const sources = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(spec, 'sources');
    let sourcePath = ['spec', 'source'];
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(sources)) {
        const withKustomize = sources.items.map((s, k) => ({ s, k })).filter(({ s }) => (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(s, 'kustomize') !== undefined);
        if (withKustomize.length !== 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${withKustomize.length === 0 ? 'no' : withKustomize.length} sources of the Application have kustomize:`, {
                file,
                line: all.lineOf(sources) ?? 1,
                hint: 'give the overlay’s source kustomize: { images: [...] }',
            });
        sourcePath = ['spec', 'sources', withKustomize[0].k];
    }
    const source = sourcePath
        .slice(1)
        .reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), spec);
    const kustomize = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(source, 'kustomize');
    const list = (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(kustomize, 'images');
    const document = docs.length > 1 ? i : undefined;
    const listPath = [...sourcePath, 'kustomize', 'images'];
    const line = all.lineOf((list ?? kustomize ?? source ?? d.contents)) ?? 1;
    if (list === undefined || list === null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the Application has no spec.source.kustomize.images list to pin images in', {
            file,
            line,
            hint: 'add kustomize: { images: [] } to its source, or point kustomization at the overlay folder',
        });
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images is not a list', {
            file,
            line,
            hint: 'write it as a list of strings like ghcr.io/acme/api:1.2.3@sha256:…',
        });
    const images = list.items.map((item, index) => {
        const node = item;
        const at = all.lineOf(node) ?? line;
        const text = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(node) && typeof node.value === 'string' ? node.value : undefined;
        if (!text || text.trim() === '')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomize.images[${index}] is not an image string`, {
                file,
                line: at,
                hint: 'write name=newName:newTag@digest or name:newTag@digest',
            });
        return { ...parseApplicationImage(text.trim()), index, line: at };
    });
    duplicates(images, file);
    return { kind: 'application', file, ...(document !== undefined ? { document } : {}), listPath, hasList: true, line, images };
}
/**
 * `overlayImages(text)`: the `images:` entries of a kustomization (or the
 * parsed kustomize.images strings of an Argo CD Application), as written.
 */
function overlayImages(text, file = 'kustomization.yaml') {
    return readOverlayImages(text, file).images.map(({ name, newName, newTag, digest }) => ({
        name,
        ...(newName ? { newName } : {}),
        ...(newTag ? { newTag } : {}),
        ...(digest ? { digest } : {}),
    }));
}
/**
 * The entry of `image` (the service's repository, any tag dropped): the one
 * whose name or newName is that repository; else the one whose name has the
 * same last path segment. Two of either kind is an error naming both lines.
 */
function overlayPin(images, image, service) {
    const want = identity(repositoryOf(image));
    const exact = images.images.filter((i) => identity(i.name) === want || (i.newName !== undefined && identity(i.newName) === want));
    const byName = exact.filter((i) => identity(i.name) === want);
    let chosen = byName.length === 1 ? byName : exact;
    if (chosen.length === 0) {
        const segment = want.slice(want.lastIndexOf('/') + 1);
        chosen = images.images.filter((i) => lastSegment(i.name) === segment);
    }
    if (chosen.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${service}: two entries fit the image ${repositoryOf(image)}: ${chosen[0].name} (line ${chosen[0].line}) and ${chosen[1].name} (line ${chosen[1].line})`, { file: images.file, line: chosen[1].line, hint: `keep one entry for ${repositoryOf(image)}, or name it exactly in name:` });
    const entry = chosen[0];
    if (!entry)
        return { file: images.file, line: images.line };
    return {
        file: images.file,
        entry,
        line: entry.line,
        repository: entry.newName ?? entry.name,
        ...(entry.newTag ? { tag: entry.newTag } : {}),
        ...(entry.digest ? { digest: entry.digest } : {}),
    };
}
/** An image name without tag or digest. */
function repositoryOf(image) {
    return splitImage(image).name;
}
/**
 * Rewrites the pins of one overlay file to their targets, changing only the
 * bytes of the fields they set: `newTag` and `digest` (created after `name`
 * / `newName` / `newTag` in the entry's own indentation when missing), and
 * `newName` when the repository the digest lives in is not what the entry
 * renders. A tag-only target empties a digest the entry had (`digest: ""`),
 * so an old digest never outlives its tag. A service without an entry gets
 * one appended (the list created when the overlay has none). An Application's
 * string is rewritten in place, or appended. The result is re-parsed and
 * checked to differ only there.
 */
function setOverlayPins(text, images, writes, cache) {
    if (images.kind === 'application')
        return setApplicationImages(text, images, writes, cache);
    const edits = [];
    const appended = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        if (!e) {
            const name = repositoryOf(w.image);
            const tag = w.target.tag;
            appended.push({
                name,
                ...(identity(repository) !== identity(name) ? { newName: repository } : {}),
                ...(tag ? { newTag: tag } : {}),
                ...(w.target.digest ? { digest: w.target.digest } : {}),
            });
            continue;
        }
        const path = [...images.listPath, e.index];
        const renders = e.newName ?? e.name;
        if (w.target.digest !== undefined && identity(repository) !== identity(renders))
            edits.push({ path: [...path, 'newName'], value: repository, create: true, after: 'name', quoteLike: 'name' });
        const tag = w.target.tag ?? e.newTag;
        if (tag !== undefined && tag !== e.newTag)
            edits.push({
                path: [...path, 'newTag'],
                value: tag,
                create: true,
                after: e.newName !== undefined ? 'newName' : 'name',
                quoteLike: 'name',
            });
        if (w.target.digest !== undefined && w.target.digest !== e.digest)
            edits.push({ path: [...path, 'digest'], value: w.target.digest, create: true, after: 'newTag', quoteLike: 'name' });
        if (w.target.digest === undefined && e.digest !== undefined)
            edits.push({ path: [...path, 'digest'], value: '' });
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (appended.length > 0 && images.listPath.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the Flux Kustomization's spec.images has no entry for ${appended.map((a) => a.name).join(', ')}`, {
            file: images.file,
            line: images.line,
            hint: `add an entry under spec.images: name: ${appended[0].name}, newTag:, digest:`,
        });
    if (appended.length > 0) {
        after = appendEntries(after, images, appended, cache);
        appended.forEach((a, k) => {
            for (const [key, value] of Object.entries(a))
                intended.push({ path: ['images', images.images.length + k, key], value });
        });
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { cache });
    return after;
}
/** Appends entries to the block list `images:`, or the list itself at the end of the file when there is none. */
function appendEntries(text, images, entries, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const parsed = (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShared */ .fj)(body, images.file, cache);
    const root = parsed.doc.contents;
    const pair = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(root) ? root.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && p.key.value === 'images') : undefined;
    const list = pair?.value;
    const lines = (indent) => entries.flatMap((e) => Object.entries(e).map(([k, v], i) => `${indent}${i === 0 ? '- ' : '  '}${k}: ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, k === 'newTag' ? 'QUOTE_DOUBLE' : undefined)}`));
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) && list.items.length > 0) {
        if (list.flow)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is a flow list ([...]); lockstep appends entries to block lists only', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list (one "- name:" entry per image)',
            });
        const first = list.items[0];
        const start = first.range[0];
        const lineStart = body.lastIndexOf('\n', start - 1) + 1;
        const dash = body.lastIndexOf('-', start - 1);
        const indent = body.slice(lineStart, dash >= lineStart ? dash : start);
        const end = list.items[list.items.length - 1].range[2];
        const at = body.lastIndexOf('\n', end - 1) + 1 === end ? end : body.indexOf('\n', end - 1) + 1 || body.length;
        const insert = lines(/^\s*$/.test(indent) ? indent : '  ').join(eol) + eol;
        const pre = body.slice(0, at);
        return bom + pre + (pre.endsWith('\n') || pre === '' ? '' : eol) + insert + body.slice(at);
    }
    if (pair !== undefined) {
        // `images:` with nothing (or `[]`) after it: the key's line is replaced by the list.
        const keyStart = pair.key.range[0];
        const lineStart = body.lastIndexOf('\n', keyStart - 1) + 1;
        const lineEnd = body.indexOf('\n', keyStart);
        const endAt = lineEnd < 0 ? body.length : lineEnd + 1;
        const keyIndent = body.slice(lineStart, keyStart);
        const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).replace(/\r$/, '');
        if (!/^\s*images:\s*(\[\s*\])?\s*(#.*)?$/.test(line))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('images is written in a way lockstep cannot extend', {
                file: images.file,
                line: images.line,
                hint: 'write images: as a block list',
            });
        return bom + body.slice(0, lineStart) + `${keyIndent}images:${eol}` + lines(`${keyIndent}  `).join(eol) + eol + body.slice(endAt);
    }
    const sep = body === '' || body.endsWith('\n') ? '' : eol;
    return bom + body + sep + `images:${eol}` + lines('  ').join(eol) + eol;
}
/** The Application strings rewritten in place (each keeps `name=` when it had it), new ones appended to the list. */
function setApplicationImages(text, images, writes, cache) {
    const edits = [];
    const added = [];
    for (const w of writes) {
        const e = w.pin.entry;
        const repository = w.target.repository ?? repositoryOf(w.image);
        const name = e?.name ?? repositoryOf(w.image);
        const renders = e ? (e.newName ?? e.name) : name;
        const newName = w.target.digest !== undefined && identity(repository) !== identity(renders) ? repository : e?.newName;
        const value = formatApplicationImage({
            name,
            ...(newName !== undefined ? { newName } : {}),
            ...((w.target.tag ?? e?.newTag) ? { newTag: w.target.tag ?? e?.newTag } : {}),
            ...(w.target.digest ? { digest: w.target.digest } : {}),
        }, e?.newName !== undefined);
        if (e)
            edits.push({ path: [...images.listPath, e.index], value });
        else
            added.push(value);
    }
    let after = edits.length > 0 ? (0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .setScalars */ .AR)(text, images.file, edits, { document: images.document, cache }) : text;
    const intended = edits.map((e) => ({ path: e.path, value: e.value }));
    if (added.length > 0) {
        after = appendStrings(after, images, added, cache);
        added.forEach((v, k) => intended.push({ path: [...images.listPath, images.images.length + k], value: v }));
    }
    if (after !== text)
        (0,_edits_check_js__WEBPACK_IMPORTED_MODULE_4__/* .checkYamlEdit */ .c)(images.file, text, after, intended, { document: images.document, cache });
    return after;
}
/** Appends strings to the Application's block list kustomize.images (refused for a flow or empty list). */
function appendStrings(text, images, values, cache) {
    const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
    const body = (0,_text_bytes_js__WEBPACK_IMPORTED_MODULE_7__/* .stripBom */ .F8)(text);
    const eol = body.includes('\r\n') ? '\r\n' : '\n';
    const all = parseAll(body, images.file, cache);
    const doc = (all.documents ?? [all.doc])[images.document ?? 0];
    const list = images.listPath.reduce((n, k) => (typeof k === 'number' ? ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(n) ? n.items[k] : undefined) : (0,_yaml_read_js__WEBPACK_IMPORTED_MODULE_8__/* .mapValue */ .IS)(n, k)), doc.contents);
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(list) || list.flow || list.items.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('kustomize.images has no block list entry to append the image after', {
            file: images.file,
            line: images.line,
            hint: 'write kustomize.images as a block list with one "- image" line per image',
        });
    const first = list.items[0];
    const start = first.range[0];
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const indent = body.slice(lineStart, body.lastIndexOf('-', start - 1));
    const end = list.items[list.items.length - 1].range[2];
    const at = body.indexOf('\n', end - 1) + 1 || body.length;
    const pre = body.slice(0, at);
    return (bom +
        pre +
        (pre.endsWith('\n') ? '' : eol) +
        values.map((v) => `${indent}- ${(0,_edits_yaml_edit_js__WEBPACK_IMPORTED_MODULE_5__/* .renderScalar */ .VO)(v, undefined)}`).join(eol) +
        eol +
        body.slice(at));
}
/** Every entry of a protected environment's overlay pinned by a sha256 digest, none with the tag `latest`. */
function overlayProblems(images) {
    const out = [];
    for (const i of images.images) {
        const image = i.newName ?? i.name;
        if (i.newTag === 'latest')
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} uses the tag latest in a protected environment`,
                hint: 'pin a released version and its digest',
            });
        if (!i.digest || !/^sha256:[0-9a-f]{64}$/.test(i.digest))
            out.push({
                file: images.file,
                line: i.line,
                message: `${image} is not pinned by a sha256 digest in a protected environment${i.digest ? ` (digest ${i.digest.slice(0, 40)})` : ''}`,
                hint: 'set digest: sha256:… (promote-env writes it from a digests file or with resolve-digests)',
            });
    }
    return out;
}
/** A kustomization path that holds nothing kustomize would read (a caller may take that as "absent"). */
class NoKustomization extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo {
}
/** The file names kustomize reads in a folder, in its order. */
const KUSTOMIZATION_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * Resolves `path` (a kustomization file, a folder holding one, or an Argo CD
 * Application) through `read` (undefined: no such file). A folder holding
 * none, or more than one, is a UserError naming `at` (the config's line).
 */
async function kustomizationFor(path, read, at, cache) {
    const clean = path.replace(/\/+$/, '');
    const direct = await read(clean);
    if (direct !== undefined) {
        const application = isApplication(parseAll(direct, clean, cache));
        return { dir: clean.includes('/') ? clean.slice(0, clean.lastIndexOf('/')) : '.', file: clean, text: direct, application };
    }
    const found = [];
    for (const n of KUSTOMIZATION_NAMES) {
        const file = clean === '' || clean === '.' ? n : `${clean}/${n}`;
        const text = await read(file);
        if (text !== undefined)
            found.push({ file, text });
    }
    if (found.length === 0)
        throw new NoKustomization(`kustomization ${path} is no file, nor a folder holding kustomization.yaml, kustomization.yml or Kustomization, ${at.where}`, {
            file: at.file,
            line: at.line,
            hint: 'point kustomization at an overlay folder, its kustomization.yaml, or its Argo CD Application (paths relative to the repository promoted in)',
        });
    if (found.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`kustomization ${path} holds both ${found[0].file} and ${found[1].file}; kustomize refuses that too`, {
            file: at.file,
            line: at.line,
            hint: 'keep one kustomization file in the folder, or name the file in kustomization',
        });
    return { dir: clean || '.', file: found[0].file, text: found[0].text, application: false };
}
/**
 * kustomizationFor on a folder of the file system: `path` relative to `root`
 * (a checkout), files read as they are there (a folder or a missing path reads
 * as absent). For rendering an environment's overlay in a work tree.
 */
function kustomizationInTree(root, path, at = {}) {
    const read = async (p) => {
        try {
            return await readFile(join(root, p), 'utf8');
        }
        catch (e) {
            const code = e.code;
            if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                return undefined;
            throw e;
        }
    };
    return kustomizationFor(path, read, { ...at, where: `in ${root}` });
}


/***/ })

};
