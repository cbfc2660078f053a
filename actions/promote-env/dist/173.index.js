export const id = 173;
export const ids = [173];
export const modules = {

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KUSTOMIZE_HINT: () => (/* binding */ KUSTOMIZE_HINT),
/* harmony export */   overlayBuild: () => (/* binding */ overlayBuild),
/* harmony export */   renderOverlayPromotion: () => (/* binding */ renderOverlayPromotion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8950);
/* harmony import */ var _render_kustomize_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3375);
/* harmony import */ var _render_overlay_target_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4618);
/* harmony import */ var _deploy_flux_flux_build_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7371);
/* harmony import */ var _render_render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9410);
/* harmony import */ var _unpinned_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(529);
/* harmony import */ var _deploy_kind_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9032);
// Rendered changes of a promotion into a Kustomize overlay (an environment
// with `kustomization:`): the overlay built with the real kustomize as it runs
// now (the base) and as it will after the merge (the plan's files on top of
// the base), compared and reported by the same code as Helm renders; a Flux
// Kustomization (`flux-kustomization:`) built as kustomize-controller builds it,
// as hydrate and the check build it (flux-build.ts). Loaded
// by promote/render.ts only for such an environment. `render: auto` says in
// one line when neither kustomize nor kubectl is on PATH; `on` without them is
// an error; an overlay that does not build after the change refuses a
// protected environment's promotion.








/** How to add kustomize when it is missing. */
const KUSTOMIZE_HINT = 'add kubectl (azure/setup-kubectl; GitHub-hosted Ubuntu runners ship it) or kustomize to PATH, or set render: off';
/** One KustomizeRenderer per world: an overlay side built once in a run is not built again. */
const renderers = new WeakMap();
/** The overlay of `route.to` rendered before and after the plan (promote/render.ts's renderPromotion for `kustomization:`). */
async function renderOverlayPromotion(route, plan, ports, baseSha, mode, opts, req) {
    const { to } = route;
    const deployment = (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .deploymentOf */ .PE)(to);
    const build = deployment?.build;
    const application = deployment?.application?.ref;
    // A world without the port (a unit test's fake) renders nothing.
    if (build === undefined)
        return undefined;
    const tool = ports.findKustomize();
    if (!tool) {
        if (mode === 'on')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: on needs kustomize or kubectl on PATH to render the overlay of ${to.name}: neither was found`, {
                hint: KUSTOMIZE_HINT.replace(', or set render: off', ''),
            });
        return {
            environment: to.name,
            status: 'skipped',
            noHelm: true,
            renderer: 'kustomize',
            message: `no kustomize or kubectl on PATH; ${KUSTOMIZE_HINT}`,
        };
    }
    const edited = (path) => plan.files.find((f) => f.path === path)?.after;
    const readBase = (path) => ports.git.readAt(baseSha, path);
    const readAfter = async (path) => edited(path) ?? (await readBase(path));
    const list = async (dir) => ports.git.listFiles(baseSha, dir === '' ? undefined : dir);
    // As hydrate and the check build it: a Flux Kustomization with its targetNamespace and post-build variables (flux-build.ts).
    const sideOf = (read) => (0,_deploy_flux_flux_build_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaySide */ .uw)({ list, read }, build, application);
    const [before, after] = await Promise.all([sideOf(readBase), sideOf(readAfter)]);
    let renderer = renderers.get(ports);
    if (!renderer || renderer.tool.path !== tool.path)
        renderers.set(ports, (renderer = new _render_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeRenderer */ .Bp(tool)));
    const dir = 'dir' in after ? after.dir : build;
    const rendering = (0,_render_render_js__WEBPACK_IMPORTED_MODULE_5__/* .renderEnvironment */ .Cp)(renderer, to.name, before, after, opts, `overlay ${dir} with ${tool.label}`);
    // The schemas of the kinds the overlay has held load while kustomize builds the after side.
    if (!('unavailable' in after))
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareValidation */ .N)(route, (0,_render_render_js__WEBPACK_IMPORTED_MODULE_5__/* .sideRender */ .Em)(renderer, before));
    const env = await rendering;
    const rendered = { ...env, renderer: 'kustomize' };
    const target = await (0,_render_overlay_target_js__WEBPACK_IMPORTED_MODULE_3__/* .overlayTarget */ .YO)(readAfter, build, application);
    const file = 'file' in target ? target.file : build;
    if (to.protected && 'files' in after)
        (0,_unpinned_js__WEBPACK_IMPORTED_MODULE_6__/* .refuseUnpinned */ .Q)(rendered, to.name, [...after.files].map(([path, text]) => ({ path, text })), { file, line: 1 });
    if (to.protected)
        (0,_unpinned_js__WEBPACK_IMPORTED_MODULE_6__/* .refuseUnjudged */ .l)(rendered, to.name, { file, line: 1 }, 'the overlay');
    if (rendered.status === 'failed' && to.protected) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`render: the overlay does not build after the change in ${to.name}, a protected environment: ${env.message ?? ''}`, {
            file,
            line: 1,
            hint: "fix the overlay so kustomize builds it (the message above is kustomize's), or write render: off under this environment in the config; nothing was written",
        });
    }
    // The after side again is the cache's: validated as built (throws in validate: error).
    if ('unavailable' in after)
        return rendered;
    const validation = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateTarget */ .M)(req, route, await renderer.render(after), undefined, ports, baseSha, { file, line: 1 });
    return validation.length > 0 ? { ...rendered, validation } : rendered;
}
/**
 * What `kustomization` builds at `commit` with the files `read` gives (a plan's edits on top), for what an
 * environment runs (rendered-run.ts): built by the world's renderer, so promote's render and this share a build.
 */
async function overlayBuild(env, kustomization, world, commit, read) {
    const tool = world.findKustomize();
    if (!tool)
        return { unavailable: 'no kustomize or kubectl on PATH to build it with' };
    const list = (dir) => world.git.listFiles(commit, dir === '' ? undefined : dir);
    const side = await (0,_deploy_flux_flux_build_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaySide */ .uw)({ list, read }, kustomization, (0,_deploy_kind_js__WEBPACK_IMPORTED_MODULE_7__/* .deploymentOf */ .PE)(env)?.application?.ref);
    if ('unavailable' in side)
        return side;
    let renderer = renderers.get(world);
    if (!renderer || renderer.tool.path !== tool.path)
        renderers.set(world, (renderer = new _render_kustomize_js__WEBPACK_IMPORTED_MODULE_2__/* .KustomizeRenderer */ .Bp(tool)));
    return { render: await renderer.render(side), sources: [...side.files].map(([path, text]) => ({ path, text })) };
}


/***/ })

};
