export const id = 4958;
export const ids = [4958];
export const modules = {

/***/ 64958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ queueRefPrefix),
/* harmony export */   queueBranchOf: () => (/* binding */ queueBranchOf)
/* harmony export */ });
/* unused harmony export QUEUE_BRANCH_ROOT */
// GitHub's merge queue tests each entry on a branch of its own, `gh-readonly-queue/<base>/pr-<n>-<sha>`: <base>
// the branch the queue merges into, <n> the queued pull request, <sha> the commit the entry is built on (the base
// branch's tip, or the entry ahead). The branch lives while the pull request is queued and is deleted when the
// group lands or the entry leaves the queue. A name is untrusted text: it is matched whole or not at all.
/** The folder every merge queue branch lives under. */
const QUEUE_BRANCH_ROOT = 'gh-readonly-queue';
/**
 * The queue entry a ref or branch name names, as GitHub writes a merge queue's branches:
 * `gh-readonly-queue/<branch>/pr-<n>-<sha>`, alone or as `refs/heads/…`, `refs/remotes/<remote>/…` or
 * `<remote>/…`. Anything else (another shape, a branch name git would refuse, a line break) names none.
 */
function queueBranchOf(ref) {
    const m = /^(?:refs\/heads\/|refs\/remotes\/[\w.-]+\/|[\w.-]+\/)?gh-readonly-queue\/([\w./-]+)\/pr-(\d{1,9})-([0-9a-f]{40}|[0-9a-f]{64})$/.exec(ref);
    if (!m)
        return undefined;
    const branch = m[1];
    if (branch.startsWith('-') ||
        branch.includes('..') ||
        branch.split('/').some((p) => p === '' || p.startsWith('.') || p.endsWith('.lock')))
        return undefined;
    return { baseBranch: branch, pull: Number(m[2]), entryBase: m[3] };
}
/**
 * The prefix every queue branch of pull request `pull` into `base` starts with, as GitHub's matching-refs route
 * takes it (`heads/gh-readonly-queue/main/pr-12-`): the trailing dash keeps #12 from matching #120.
 */
function queueRefPrefix(base, pull) {
    return `heads/${QUEUE_BRANCH_ROOT}/${base}/pr-${pull}-`;
}


/***/ })

};
