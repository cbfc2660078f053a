export const id = 164;
export const ids = [164];
export const modules = {

/***/ 8164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbacksAhead: () => (/* binding */ rollbacksAhead)
});

// UNUSED EXPORTS: holdChain, rollbacksOf

;// CONCATENATED MODULE: ./packages/core/src/records/trailers.ts
// The machine-readable trailers lockstep's own commits carry, written by
// promote-env (a promotion) and prepare-release (a release), and read back by
// the one reader of lockstep's records (records/history.ts): metrics, record:
// deployments. Keys and values are documented in docs/metrics.md.
/** The keys, each on a line of its own in the commit message's trailer block. */
const TRAILER = {
    environment: 'Lockstep-Environment',
    from: 'Lockstep-From',
    rollback: 'Lockstep-Rollback',
    service: 'Lockstep-Service',
    chart: 'Lockstep-Chart',
    release: 'Lockstep-Release',
    generated: 'Lockstep-Generated',
    /** A team's mark on a change (never written by lockstep): the release it repairs (docs/metrics.md). */
    fixes: 'Lockstep-Fixes',
};
/** A value on one trailer line: no line break, no leading or trailing blank (a tag or ref never has any). */
function oneLine(v) {
    return v.replace(/[\r\n]+/g, ' ').trim();
}
/** The trailer lines of a promotion, in a fixed order (before `Lockstep-Generated: promote-env`). */
function promotionTrailerLines(p) {
    const lines = [`${TRAILER.environment}: ${oneLine(p.environment)}`, `${TRAILER.from}: ${oneLine(p.from)}`];
    if (p.rollback)
        lines.push(`${TRAILER.rollback}: true`);
    // A service line is three words: no blank inside a name, tag or digest (none has one) can shift the others.
    const word = (v) => (v ?? '').replace(/\s+/g, '') || '-';
    for (const s of p.services)
        lines.push(`${TRAILER.service}: ${word(s.name)} ${word(s.tag)} ${word(s.digest)}`);
    if (p.chart !== undefined)
        lines.push(`${TRAILER.chart}: ${oneLine(p.chart)}`);
    return lines;
}
/** The trailer line of a release commit: `Lockstep-Release: v1.4.0`. */
function releaseTrailerLine(tag) {
    return `${TRAILER.release}: ${oneLine(tag)}`;
}
/**
 * The `Lockstep-*: value` lines of a message wherever they are: what a commit
 * claims, counted but never believed (a squash merge's body, a pasted
 * description). Only a trailer block git parsed is read (lockstepBlock).
 */
function lockstepLines(message) {
    const out = [];
    // Most commits are not lockstep's: one search instead of a split.
    if (!message.includes('Lockstep-'))
        return out;
    for (const raw of message.split('\n')) {
        const m = /^\s*(Lockstep-[A-Za-z]+):[ \t]*(.*?)\s*$/.exec(raw);
        // A team's own mark claims no record of lockstep's: it is read apart (fixMarksOf).
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The `Lockstep-*` trailers of a message's trailer block as git parses it:
 * `parsed` is git's `%(trailers:only,unfold)` of the commit, one `Key: value`
 * a line. Git takes only the message's last paragraph, and only when it reads
 * as trailers: a `Lockstep-*` line in the middle of a body is not one.
 */
function trailers_lockstepBlock(parsed) {
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^(Lockstep-[A-Za-z]+): ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== TRAILER.fixes)
            out.push({ key: m[1], value: m[2] });
    }
    return out;
}
/**
 * The values of `Lockstep-Fixes` trailers in a trailer block as git parses it (`parsed`, one `Key: value` a
 * line): the releases a change says it repairs (`1.4.0`, `v1.4.0`). Only the block counts, as for lockstep's
 * own trailers: a line in the middle of a description is no mark.
 */
function fixMarksOf(parsed) {
    if (!parsed.includes(TRAILER.fixes))
        return [];
    const out = [];
    for (const line of parsed.split('\n')) {
        const m = /^Lockstep-Fixes: ?(.*?)\s*$/.exec(line);
        if (m && m[1] !== '')
            out.push(m[1]);
    }
    return out;
}
/** True when the trailer block holds `Lockstep-Generated: <action>`. */
function trailers_generatedBy(block, action) {
    return block.some((t) => t.key === TRAILER.generated && t.value === action);
}
/**
 * The promotions of trailer lines: one per `Lockstep-Environment` line, with
 * the lines that follow it up to the next one. Lines before the first
 * environment belong to none.
 */
function trailers_promotionsIn(trailers) {
    const out = [];
    let cur;
    for (const { key, value } of trailers) {
        if (key === TRAILER.environment) {
            cur = { environment: value, from: '', rollback: false, services: [] };
            out.push(cur);
        }
        else if (!cur)
            continue;
        else if (key === TRAILER.from)
            cur.from = value;
        else if (key === TRAILER.rollback)
            cur.rollback = value === 'true';
        else if (key === TRAILER.chart)
            cur.chart = value;
        else if (key === TRAILER.service) {
            const [name, tag, digest] = value.split(/\s+/);
            if (name)
                cur.services.push({ name, ...(tag && tag !== '-' ? { tag } : {}), ...(digest && digest !== '-' ? { digest } : {}) });
        }
    }
    return out;
}
/** What `message` and `block` (its git-parsed `Lockstep-*` trailers) claim; `elsewhere`: Lockstep lines of other messages (vouchedRecords). */
function claimsOf(message, block, elsewhere) {
    const claimed = lockstepLines(message).length + elsewhere;
    const none = { claimed, block: block.length, promoteEnv: false, prepareRelease: false, promotions: [], releases: [], claimedReleases: 0 };
    if (claimed === 0 && block.length === 0)
        return none;
    const version = /^chore\(release\): (\S+)/.exec(message.split('\n', 1)[0] ?? '')?.[1];
    const prepareRelease = trailers_generatedBy(block, 'prepare-release') && version !== undefined;
    const claimedReleases = block.filter((t) => t.key === TRAILER.release).map((t) => t.value);
    return {
        ...none,
        promoteEnv: trailers_generatedBy(block, 'promote-env'),
        prepareRelease,
        promotions: trailers_promotionsIn(block),
        releases: prepareRelease ? claimedReleases.filter((tag) => tag.endsWith(version)) : [],
        claimedReleases: claimedReleases.length,
    };
}
/**
 * What a commit that landed on the base branch records, believing only what
 * lockstep wrote. `message` and `block` are the record's message and its
 * git-parsed trailer block (lockstepBlock): the commit's own for a direct
 * push, a squash or a rebase merge; its merged side's for a merge commit
 * (GitHub writes a merge's own message, lockstep never does). `elsewhere`
 * counts the `Lockstep-*` lines of messages that are not the record (a
 * merge's own). `touched` names the environments whose files (values file,
 * Application) the landed commit changed against its first parent.
 *
 * - A promotion counts when the block holds `Lockstep-Generated: promote-env`
 *   and its `Lockstep-Environment` is one whose files the commit changed.
 * - A release counts when the block holds `Lockstep-Generated: prepare-release`,
 *   the title is prepare-release's `chore(release): <version>` (a squash adds
 *   ` (#12)`) and the `Lockstep-Release` tag ends in that version.
 * - Anything else, and every `Lockstep-*` line outside the block, is ignored.
 */
function vouchedRecords(message, block, elsewhere, touched) {
    return vouch(claimsOf(message, block, elsewhere), touched);
}
/** What lockstep vouches for of `claims` (claimsOf) once the environments whose files the commit changed are known (vouchedRecords). */
function vouch(claims, touched) {
    const { claimed, block, promoteEnv, prepareRelease, releases, claimedReleases } = claims;
    if (claimed === 0 && block === 0)
        return { promotions: [], releases: [], generated: false, ignored: false };
    const promotions = promoteEnv ? claims.promotions.filter((p) => touched.includes(p.environment)) : [];
    // One commit is a promotion or a release, never both. An older promotion names no environment (its
    // landing is inferred from its files), an older release commit no tag.
    const own = promoteEnv !== prepareRelease &&
        (promoteEnv
            ? touched.length > 0 && (claims.promotions.length === 0 || promotions.length > 0)
            : claims.promotions.length === 0 && releases.length === claimedReleases);
    if (!own)
        return { promotions: [], releases: [], generated: false, ignored: true };
    const whole = claimed === block && promotions.length === claims.promotions.length && releases.length === claimedReleases;
    return { promotions, releases, generated: true, ignored: !whole };
}
/**
 * What an older promote-env commit (before the trailers) says in its own
 * words: `promote: <from> → <env> (…)` as its title, `promote: rollback <ref> → …`
 * for a rollback, and one `- service: old → new (digest)` line per change.
 * The digest there is shortened; the environment is taken from the files the commit changed.
 */
function olderPromotionWords(message) {
    const title = message.split('\n', 1)[0] ?? '';
    const m = /^promote: (.+?) → (\S+)/.exec(title);
    const from = m?.[1];
    const rollback = from?.startsWith('rollback ') ?? false;
    const services = [];
    for (const line of message.split('\n')) {
        const s = /^- ([^:\s]+): \S+ → (\S+)(?: \(([^)]*)\))?$/.exec(line.trim());
        if (s && s[1] !== 'chart')
            services.push({ name: s[1], ...(s[2] !== '—' ? { tag: s[2] } : {}) });
    }
    return { ...(from ? { from: rollback ? `ref:${from.slice('rollback '.length)}` : from } : {}), rollback, services };
}

// EXTERNAL MODULE: ./packages/core/src/text/pull-subject.ts
var pull_subject = __webpack_require__(6475);
;// CONCATENATED MODULE: ./packages/core/src/promote/graph.ts
// The promotion graph: each environment is promoted from its `after:` environments (fan-in when it lists
// several), else from the one before it in the config's list. Several environments may follow one (fan-out:
// `after: [staging]` on two A/B stages). The list stays the graph's order: an `after:` entry names an
// environment earlier in it (the fan-in gate's config check), so the graph has no cycle. A promotion runs along
// an edge; request.ts refuses any other step (unless allow-skip), status lists the next promotion of every edge.
/** The environments `envs[k]` is promoted from: its after: list, else the environment before it (none for the first). */
function predecessors(envs, k) {
    const after = envs[k]?.after;
    if (after && after.length > 0)
        return [...after];
    return k > 0 ? [envs[k - 1].name] : [];
}
/** Every edge of the graph, target by target in the config's order, each target's sources as it lists them. */
function promotionEdges(envs) {
    return envs.flatMap((e, k) => predecessors(envs, k).map((from) => ({ from, to: e.name })));
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/git/local.ts
var local = __webpack_require__(4673);
// EXTERNAL MODULE: ./packages/core/src/git/spawn.ts + 1 modules
var git_spawn = __webpack_require__(669);
// EXTERNAL MODULE: ./packages/core/src/git/repo.ts
var repo = __webpack_require__(3164);
// EXTERNAL MODULE: ./packages/core/src/git/refs.ts
var refs = __webpack_require__(8162);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/git/signing.ts
// SSH signing of the commits lockstep writes with git (issue 77 item 3): git signs them itself
// (`-c gpg.format=ssh -c user.signingKey=<file> commit-tree -S`), so `git verify-commit` with an
// allowed-signers file passes, as Flux's verify and Argo CD's source integrity check. The key is
// checked with ssh-keygen before anything is written: an unreadable file, a passphrase lockstep
// cannot type, or text that is not a key is one error naming the setting.






/** One unencrypted private key block, with nothing before or after it: no extra line can reach ssh-keygen or git. */
const PRIVATE_KEY = /^-----BEGIN (OPENSSH|RSA|EC) PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END \1 PRIVATE KEY-----$/;
/** One public key line: its type, its base64 blob, an optional comment without a line break. */
const PUBLIC_KEY = /^((?:ssh-(?:ed25519|rsa)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3})(?: [^\n]*)?$/;
/** ssh-keygen with `args`, `input` on stdin, in a session of its own: it can never prompt on a terminal for a passphrase. */
function sshKeygen(args, env, input = '') {
    return new Promise((done) => {
        const child = spawn('ssh-keygen', args, { env: { ...env, LC_ALL: 'C' }, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
        child.stdin.on('error', () => { });
        child.on('error', (e) => done({ code: 127, stdout, stderr: `ssh-keygen could not be started (${e.message})` }));
        child.on('close', (code) => done({ code: code ?? 1, stdout, stderr }));
        child.stdin.end(input);
    });
}
/** ssh-keygen's complaint in one line, the key's path said as "the key". */
function said(r, path) {
    const line = r.stderr.split('\n').find((l) => l.trim() !== '') ?? `exit ${r.code}`;
    return line.split(path).join('the key').trim();
}
/** The public key of an unencrypted private key file; a passphrase or a file that is no key is the input's error. */
async function publicOfPrivate(file, input, env) {
    const r = await sshKeygen(['-y', '-P', '', '-f', file], env);
    if (r.code === 0 && PUBLIC_KEY.test(r.stdout.trim()))
        return PUBLIC_KEY.exec(r.stdout.trim())[1];
    if (/passphrase/i.test(r.stderr))
        throw new UserError(': the SSH key is passphrase-protected, and lockstep cannot type its passphrase', {
            input,
            hint: 'give a key without a passphrase (a deploy key kept as a secret), or add the key to ssh-agent and give its public key (.pub) file',
        });
    // ssh-keygen's own words differ from one OpenSSH to the next (invalid format, error in libcrypto): not repeated.
    throw new UserError(': not a usable SSH private key (ssh-keygen cannot load it)', {
        input,
        hint: 'give an SSH private key, e.g. one made with ssh-keygen -t ed25519 -N ""',
    });
}
/** Signs a few bytes with the key as git will (namespace git): proves the key, or the agent, signs without a prompt. */
async function trySign(keyFile, input, env) {
    const r = await sshKeygen(['-Y', 'sign', '-n', 'git', '-f', keyFile], env, 'lockstep signing check\n');
    if (r.code === 0 && r.stdout.includes('BEGIN SSH SIGNATURE'))
        return;
    throw new UserError(`: ssh-keygen cannot sign with this key (${said(r, keyFile)})`, {
        input,
        hint: 'for a public key, add its private key to ssh-agent (ssh-add) and set SSH_AUTH_SOCK',
    });
}
/** The key of the action's secret input: its one private key block, written to a 0600 file in a folder of its own. */
async function fromText(text, input, env) {
    const key = text.replace(/\r\n/g, '\n').trim();
    if (!PRIVATE_KEY.test(key))
        throw new UserError(': not an SSH private key (one -----BEGIN … PRIVATE KEY----- block and nothing else)', {
            input,
            hint: 'store the whole private key file as the secret, e.g. the output of ssh-keygen -t ed25519 -N ""',
        });
    // The runner's temp folder (emptied after the job) when there is one.
    const dir = await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'lockstep-signing-'));
    const cleanup = () => rmSync(dir, { recursive: true, force: true });
    try {
        const keyFile = join(dir, 'key');
        await writeFile(keyFile, `${key}\n`, { mode: 0o600 });
        const publicKey = await publicOfPrivate(keyFile, input, env);
        await trySign(keyFile, input, env);
        return { keyFile, publicKey, cleanup };
    }
    catch (e) {
        cleanup();
        throw e;
    }
}
/** The key of a file: a private key (no passphrase), or a public key whose private key ssh-agent holds. */
async function fromFile(file, input, env) {
    let text;
    try {
        text = await readFile(file, 'utf8');
    }
    catch (e) {
        throw new UserError(`: cannot read ${file} (${e.code ?? 'error'})`, {
            input,
            hint: 'name a readable key file',
        });
    }
    const line = text.trim();
    const pub = PUBLIC_KEY.exec(line);
    if (pub && !line.includes('\n')) {
        if (!env.SSH_AUTH_SOCK)
            throw new UserError(': a public key signs through ssh-agent, and SSH_AUTH_SOCK is not set', {
                input,
                hint: 'start ssh-agent and ssh-add the key, or name the private key file',
            });
        await trySign(file, input, env);
        return { keyFile: file, publicKey: pub[1], cleanup: () => { } };
    }
    const publicKey = await publicOfPrivate(file, input, env);
    await trySign(file, input, env);
    return { keyFile: file, publicKey, cleanup: () => { } };
}
/**
 * The signing key of `source`, checked before anything is written: the
 * secret's text goes to a 0600 temporary file (removed by `cleanup`), a
 * file is used where it is. Each problem is one UserError naming the input.
 */
function openSigningKey(source, env) {
    return 'text' in source ? fromText(source.text, source.input, env) : fromFile(source.file, source.input, env);
}
/** The signing key of each Repo that signs its commits (signWith). */
const keys = new WeakMap();
/** Makes every commit written through `git` (a Repo: git/repo.ts asRepo) signed with `signing`. */
function signWith(git, signing) {
    keys.set(git, signing);
}
/**
 * What a commit-tree call is given: the config and the flag that sign it
 * with the Repo's key, else `--no-gpg-sign` (a user's commit.gpgSign never
 * applies to lockstep's commits). ssh-keygen is named: a user's
 * gpg.ssh.program (a password manager's signer) is not what the key was checked with.
 */
function signing_commitSigning(git) {
    const s = keys.get(git);
    if (!s)
        return { config: [], flag: '--no-gpg-sign' };
    return {
        config: ['-c', 'gpg.format=ssh', '-c', 'gpg.ssh.program=ssh-keygen', '-c', `user.signingKey=${s.keyFile}`],
        flag: '-S',
    };
}
/** Whether commits written through `git` are signed. */
function signs(git) {
    return keys.has(git);
}
/**
 * Where the settings say the key is: `signing-key` (the key's text) or
 * `signing-key-file` (relative to `root`, the working directory); undefined
 * when neither is given. Both at once is refused: which one signs would be a guess.
 */
function signingSource(s, root) {
    if (s.signingKey !== undefined && s.signingKeyFile !== undefined)
        throw new UserError(words `: give it or ${named('signing-key-file')}, not both`, {
            input: 'signing-key',
            hint: 'keep the one that holds the key',
        });
    if (s.signingKey !== undefined)
        return { text: s.signingKey, input: 'signing-key' };
    if (s.signingKeyFile !== undefined)
        return { file: resolve(root, s.signingKeyFile), input: 'signing-key-file' };
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/git/publish.ts









// Publishing one branch, tag or commit at a time, and what a remote's answers mean. Many branches in one git
// process each (hydrate's writeBranches): publish-batch.ts, which reads the remote's answers through this file.
/**
 * The trailer key that records, in a generated commit, the tree it was made
 * with (commitFiles `stampTree`): a generated commit whose tree no longer
 * matches was amended by hand, and regenerating it would lose that edit.
 */
const TREE_TRAILER_KEY = 'Lockstep-Tree';
/** The trailer key that marks a commit as generated by a lockstep action. */
const GENERATED_TRAILER_KEY = 'Lockstep-Generated';
/** The trailer line a generated commit carries, e.g. `Lockstep-Generated: prepare-release`. */
function publish_generatedTrailer(action) {
    if (!/^[a-z][a-z0-9-]*$/.test(action))
        throw new Error(`generatedTrailer: invalid action name ${JSON.stringify(action)}`);
    return `${GENERATED_TRAILER_KEY}: ${action}`;
}
function checkIdentity(who, role) {
    if (!who.name || /[<>\r\n\0]/.test(who.name) || !who.email || /[<>\s\0]/.test(who.email))
        throw new UserError(`${role} ${JSON.stringify(`${who.name} <${who.email}>`)} is not a valid git identity`, {
            hint: "use 'Name <email>'",
        });
}
function checkPath(path) {
    const parts = path.split('/');
    if (path === '' ||
        path.startsWith('/') ||
        /[\0\r\n\\]/.test(path) ||
        parts.some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git'))
        throw new UserError(`path escapes the repository or is not normalised: ${JSON.stringify(path)}`, {
            hint: 'paths are relative to the repository root, with / separators',
        });
}
/** Git's date for an environment variable: as given (ISO 8601, RFC 2822 or `<unix> <tz>`). */
function checkDate(date) {
    if (date !== undefined && (date.trim() === '' || /[\r\n\0]/.test(date)))
        throw new Error(`invalid git date ${JSON.stringify(date)}`);
}
function identityEnv(author, committer, date) {
    const env = {
        GIT_AUTHOR_NAME: author.name,
        GIT_AUTHOR_EMAIL: author.email,
        GIT_COMMITTER_NAME: committer.name,
        GIT_COMMITTER_EMAIL: committer.email,
    };
    if (date)
        env.GIT_AUTHOR_DATE = env.GIT_COMMITTER_DATE = date;
    return env;
}
async function resolveCommit(local, ref, what) {
    if (ref.startsWith('-'))
        throw new Error(`${what} ${JSON.stringify(ref)} is not a commit`);
    const r = await local(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    if (r.code !== 0)
        throw new Error(`${what} ${ref} is not a commit in this repository`);
    return r.stdout.toString('utf8').trim();
}
function withNewline(message) {
    return message.endsWith('\n') ? message : `${message}\n`;
}
/**
 * One commit with `parent` as its only parent: parent's tree + files. Uses a
 * temporary index; never touches the work tree, HEAD or the real index.
 * Existing files keep their mode (an executable stays executable); deletes
 * of absent paths are no-ops; writing over a symlink, submodule or folder is
 * refused. With `date` the commit id is reproducible. With `stampTree` the
 * message gains a `Lockstep-Tree: <tree>` trailer, which lets
 * commitsAfterGenerated notice a generated commit amended by hand.
 */
async function commitFiles(git, c) {
    checkIdentity(c.author, 'author');
    checkIdentity(c.committer, 'committer');
    checkDate(c.date);
    const seen = new Set();
    for (const f of c.files) {
        checkPath(f.path);
        if (seen.has(f.path))
            throw new Error(`commitFiles: ${f.path} is planned twice`);
        seen.add(f.path);
    }
    const local = await asRepo(git).local();
    const parent = await resolveCommit(local, c.parent, 'parent');
    const existing = new Map();
    if (c.files.length > 0) {
        const ls = await local(['ls-tree', '-z', '--full-tree', '--end-of-options', parent, '--', ...c.files.map((f) => f.path)]);
        if (ls.code !== 0)
            throw new Error(`git ls-tree failed (exit ${ls.code}): ${ls.stderr.trim()}`);
        for (const rec of ls.stdout.toString('utf8').split('\0')) {
            if (!rec)
                continue;
            const tab = rec.indexOf('\t');
            const [mode, type] = rec.slice(0, tab).split(' ');
            const path = rec.slice(tab + 1);
            if (type !== 'blob' || mode === '120000')
                throw new UserError(`refusing to write ${path}: it is a ${mode === '120000' ? 'symlink' : type === 'tree' ? 'folder' : 'submodule'} in ${parent.slice(0, 12)}`);
            existing.set(path, mode);
        }
    }
    const tmp = await mkdtemp(join(tmpdir(), 'lockstep-commit-'));
    try {
        const writes = c.files.filter((f) => f.content !== null);
        const blobs = new Map();
        if (writes.length > 0) {
            // One hash-object for all blobs; --no-filters stores the planned bytes exactly (no clean filter or eol conversion).
            const paths = await Promise.all(writes.map(async (f, i) => {
                const p = join(tmp, `blob-${i}`);
                await writeFile(p, f.content);
                return p;
            }));
            const ids = (await localText(local, ['hash-object', '-w', '--no-filters', '--', ...paths])).split('\n');
            if (ids.length !== writes.length)
                throw new Error('git hash-object returned an unexpected number of ids');
            writes.forEach((f, i) => blobs.set(f, ids[i]));
        }
        const zero = '0'.repeat(parent.length);
        const info = c.files
            .map((f) => {
            if (f.content === null)
                return `0 ${zero}\t${f.path}\0`;
            const mode = f.mode ?? existing.get(f.path) ?? '100644';
            return `${mode} ${blobs.get(f)}\t${f.path}\0`;
        })
            .join('');
        const env = { GIT_INDEX_FILE: join(tmp, 'index') };
        await localText(local, ['read-tree', '--end-of-options', parent], { env });
        if (info)
            await localText(local, ['update-index', '-z', '--index-info'], { env, input: info });
        const tree = await localText(local, ['write-tree'], { env });
        // SSH-signed when the Repo has a signing key (git/signing.ts); never by a user's commit.gpgSign otherwise.
        const sign = commitSigning(git);
        return await localText(local, [...sign.config, 'commit-tree', sign.flag, '-p', parent, '--end-of-options', tree], {
            env: identityEnv(c.author, c.committer, c.date),
            input: c.stampTree ? appendTrailer(c.message, `${TREE_TRAILER_KEY}: ${tree}`) : withNewline(c.message),
        });
    }
    finally {
        await rm(tmp, { recursive: true, force: true });
    }
}
/** The tree id of a commit. */
async function treeOf(git, commit) {
    const local = await asRepo(git).local();
    return resolveTree(local, commit);
}
/** The tree ids of several commits, in their order, from one `git rev-parse`. */
async function treesOf(git, commits) {
    if (commits.length === 1)
        return [await treeOf(git, commits[0])];
    for (const c of commits)
        if (c.startsWith('-'))
            throw new Error(`${JSON.stringify(c)} is not a commit`);
    const local = await asRepo(git).local();
    // git 2.39's rev-parse prints `--end-of-options` back unless --verify, which takes one name: the '-' check above stands in.
    const trees = (await localText(local, ['rev-parse', ...commits.map((c) => `${c}^{tree}`)])).split('\n');
    if (trees.length !== commits.length || !trees.every((t) => /^[0-9a-f]{40,64}$/.test(t)))
        throw new Error(`git rev-parse returned ${trees.length} tree ids for ${commits.length} commits`);
    return trees;
}
/** A commit's subject (first line of its message); untrusted text, escape it before logging. */
async function commitSubject(git, commit) {
    const local = await asRepo(git).local();
    return subjectOf((await readCommit(local, await resolveCommit(local, commit, 'commit'))).message);
}
/** The first parent of a commit (undefined for a root commit). */
async function parentOf(git, commit) {
    const local = await asRepo(git).local();
    return (await readCommit(local, await resolveCommit(local, commit, 'commit'))).parents[0];
}
async function resolveTree(local, commit) {
    if (commit.startsWith('-'))
        throw new Error(`${JSON.stringify(commit)} is not a commit`);
    return localText(local, ['rev-parse', '--verify', '--end-of-options', `${commit}^{tree}`]);
}
/** Whether the repository is a shallow clone (asked once per Repo until a fetch). */
async function isShallow(git) {
    return asRepo(git).isShallow();
}
/** True for a repository without any ref (a fresh `git init`, e.g. a temp clone for another repository). */
async function isEmpty(repo) {
    if (repo.holdsRef())
        return false;
    const r = await repo(['for-each-ref', '--count=1', '--format=%(refname)']);
    if (r.code === 0 && r.stdout.length > 0)
        repo.noteRef();
    return r.code === 0 && r.stdout.length === 0;
}
/** How many commits of a branch a shallow clone fetches at first; deepening adds more on demand. */
const SHALLOW_FETCH_DEPTH = 16;
const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout';
/** The same fix from a terminal. */
const UNSHALLOW_HINT = 'fetch the whole history (git fetch --unshallow), or work in a full clone';
function firstLine(s) {
    return (s
        .trim()
        .split('\n')
        .find((l) => l.trim() !== '') ?? 'no output');
}
/** A git failure reaching the remote; a refusal of the token becomes a UserError naming the permission. */
function remoteFailure(what, remote, stderr) {
    if (/\b(403|401)\b|denied|Authentication failed|could not read Username|not permitted|Invalid username or password/i.test(stderr))
        return new UserError(`${what} ${remote} was refused: ${firstLine(stderr)}`, {
            hint: 'the token needs `contents: write` (a read-only token, e.g. on a fork or Dependabot pull request, cannot push)',
        });
    return new Error(`${what} ${remote} failed: ${stderr.trim()}`);
}
/**
 * Fetches refs/heads/<branch> from remote into refs/remotes/<remote>/<branch>
 * (depth-aware); undefined when absent. In a shallow clone (or an empty
 * repository, made shallow this way) a branch seen for the first time is
 * fetched with its last commits only
 * (commitsAfterGenerated deepens when it needs more), so a depth-1 checkout
 * never pulls a branch's whole history; a branch already tracked is fetched
 * incrementally, because `--depth` would also shorten history that an
 * earlier step deepened on purpose.
 */
async function fetchBranch(git, remote, branch) {
    assertRemoteName(remote);
    await checkRefName(git, branch, 'branch');
    const tracking = `refs/remotes/${remote}/${branch}`;
    const repo = asRepo(git);
    let depth = [];
    // A branch this run already fetched is tracked: fetched incrementally, nothing to ask git first.
    if (!repo.tracks(tracking)) {
        // One rev-parse answers both whether the repository is shallow and whether the branch is already tracked.
        const seen = await git(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
        const [shallowLine, knownSha] = seen.stdout.toString('utf8').split('\n');
        const known = seen.code === 0 && /^[0-9a-f]{40,64}$/.test(knownSha ?? '');
        if (known)
            repo.noteRef();
        if (!known && (shallowLine === 'true' || (await isEmpty(repo))))
            depth = [`--depth=${SHALLOW_FETCH_DEPTH}`];
    }
    const r = await git([
        ...GIT_FETCH,
        '--quiet',
        '--no-tags',
        '--no-write-fetch-head',
        ...depth,
        '--',
        remote,
        `+refs/heads/${branch}:${tracking}`,
    ]);
    if (r.code !== 0) {
        if (/couldn't find remote ref/i.test(r.stderr))
            return undefined;
        throw remoteFailure('fetching from', remote, r.stderr);
    }
    repo.noteRef();
    const sha = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${tracking}^{commit}`]);
    if (sha.code !== 0)
        return undefined;
    repo.noteTracked(tracking);
    return sha.stdout.toString('utf8').trim();
}
/** Parses `git push --porcelain` output (`<flag> TAB <from>:<to> TAB <summary>`). */
function parsePushPorcelain(stdout) {
    const lines = [];
    for (const line of stdout.split('\n')) {
        const m = /^([ +\-*!=])\t([^\t]*)\t(.*)$/.exec(line);
        if (!m)
            continue;
        const colon = m[2].lastIndexOf(':');
        lines.push({ flag: m[1], to: m[2].slice(colon + 1), summary: m[3] });
    }
    return lines;
}
/**
 * git push --force-with-lease=refs/heads/<branch>:<expected> (expected
 * undefined → branch must not exist). Never a blind force. A lease that no
 * longer holds is `stale` (someone pushed meanwhile: fetch and rebuild); a
 * refusal by the server (protected branch, hook) is `rejected` with its
 * reason. Local pre-push hooks are skipped (`--no-verify`): a hook installed
 * by the checked-out code (husky) must not run with the token.
 */
async function pushBranch(git, remote, branch, sha, expected) {
    assertRemoteName(remote);
    await checkRefName(git, branch, 'branch');
    if (!isCommitId(sha))
        throw new Error(`pushBranch: ${JSON.stringify(sha)} is not a commit id`);
    if (expected !== undefined && !isCommitId(expected))
        throw new Error(`pushBranch: expected ${JSON.stringify(expected)} is not a commit id`);
    const ref = `refs/heads/${branch}`;
    const r = await git(['push', '--porcelain', '--no-verify', `--force-with-lease=${ref}:${expected ?? ''}`, '--', remote, `${sha}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing to', remote, r.stderr);
    return pushOutcome(line, r.stderr);
}
/** What one ref's line of `git push --porcelain` says happened. */
function pushOutcome(line, stderr) {
    if (line.flag === '=')
        return { ok: true, updated: false };
    if (line.flag !== '!')
        return { ok: true, updated: true };
    const detail = line.summary.replace(/^\[[^\]]*\]\s*/, '').replace(/^\((.*)\)$/, '$1') || firstLine(stderr);
    if (/^\[rejected\]/.test(line.summary) && /stale info|fetch first|non-fast-forward/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    // The server's compare-and-swap lost to a push landing at the same moment (the ref was locked or had moved since
    // it was advertised): the same as a stale lease — fetch and rebuild, bounded by the caller's attempts.
    if (/^\[remote rejected\]/.test(line.summary) && /failed to update ref|cannot lock ref|failed to lock/.test(line.summary))
        return { ok: false, reason: 'stale', detail };
    return { ok: false, reason: 'rejected', detail };
}
/** A tag on the remote: the tag object (or commit, for a lightweight tag) and the commit it peels to. */
async function remoteTag(git, remote, tag) {
    const ref = `refs/tags/${tag}`;
    const r = await git(['ls-remote', '--tags', '--', remote, ref, `${ref}^{}`]);
    if (r.code !== 0)
        throw remoteFailure('listing tags of', remote, r.stderr);
    let oid;
    let peeled;
    for (const line of r.stdout.toString('utf8').split('\n')) {
        const [id, name] = line.split('\t');
        if (name === ref)
            oid = id;
        else if (name === `${ref}^{}`)
            peeled = id;
    }
    return oid ? { oid, commit: peeled ?? oid } : undefined;
}
/** `<unix seconds> <±hhmm>` for a tag object, from `date` (ISO 8601, `@<unix> <tz>` or `<unix> <tz>`) or now. */
function tagDate(date, now) {
    if (date === undefined)
        return `${Math.floor(now() / 1000)} +0000`;
    const raw = /^@?(\d+) ([+-]\d{4})$/.exec(date.trim());
    if (raw)
        return `${raw[1]} ${raw[2]}`;
    const ms = Date.parse(date);
    if (Number.isNaN(ms))
        throw new Error(`invalid tag date ${JSON.stringify(date)}`);
    return `${Math.floor(ms / 1000)} +0000`;
}
/**
 * Annotated tag object on `target` pushed to refs/tags/<tag>; an existing
 * identical tag → 'existing'; a different one → UserError. "Identical"
 * means pointing at the same commit: a rerun after a crash writes a tag
 * object with another date, and that must still count as done. The tag
 * object is written with `git mktag` and pushed by id, so no local tag ref
 * is created or changed.
 */
async function pushTag(git, remote, tag, target, message, tagger, opts = {}) {
    assertRemoteName(remote);
    await checkRefName(git, tag, 'tag', 'tag');
    checkIdentity(tagger, 'tagger');
    const local = await asRepo(git).local();
    const commit = await resolveCommit(local, target, 'tag target');
    const differs = (found) => new UserError(`tag ${tag} already exists on ${remote} and points at ${found.commit.slice(0, 12)}, not ${commit.slice(0, 12)}`, {
        hint: 'release another version, or delete the tag if it was created by mistake',
    });
    const before = await remoteTag(git, remote, tag);
    if (before) {
        if (before.commit === commit)
            return 'existing';
        throw differs(before);
    }
    const body = `object ${commit}\ntype commit\ntag ${tag}\ntagger ${tagger.name} <${tagger.email}> ${tagDate(opts.date, opts.now ?? Date.now)}\n\n${withNewline(message)}`;
    const object = await localText(local, ['mktag'], { input: body });
    const ref = `refs/tags/${tag}`;
    const r = await git(['push', '--porcelain', '--no-verify', '--', remote, `${object}:${ref}`]);
    const line = parsePushPorcelain(r.stdout.toString('utf8')).find((l) => l.to === ref);
    if (!line)
        throw remoteFailure('pushing a tag to', remote, r.stderr);
    if (line.flag !== '!')
        return 'created';
    // Someone (a concurrent run) created it between our look and our push.
    const after = await remoteTag(git, remote, tag);
    if (after && after.commit === commit)
        return 'existing';
    if (after)
        throw differs(after);
    throw new UserError(`pushing tag ${tag} to ${remote} was rejected: ${line.summary}`, { hint: 'check the repository rules for tags' });
}
async function readCommit(local, sha) {
    const r = await local(['cat-file', 'commit', sha]);
    if (r.code !== 0)
        throw new Error(`git cat-file commit ${sha} failed: ${r.stderr.trim()}`);
    const end = r.stdout.indexOf('\n\n');
    const head = r.stdout.subarray(0, end < 0 ? r.stdout.length : end).toString('utf8');
    const message = end < 0 ? Buffer.alloc(0) : r.stdout.subarray(end + 2);
    const c = { tree: '', parents: [], keep: [], message, signed: false };
    for (const line of head.split('\n')) {
        if (line.startsWith(' '))
            continue; // continuation of a multi-line header (gpgsig, mergetag)
        const sp = line.indexOf(' ');
        const key = line.slice(0, sp);
        const value = line.slice(sp + 1);
        if (key === 'tree')
            c.tree = value;
        else if (key === 'parent')
            c.parents.push(value);
        else if (key === 'author' || key === 'committer' || key === 'encoding')
            c.keep.push(line);
        else if (key === 'gpgsig' || key === 'gpgsig-sha256')
            c.signed = true;
    }
    return c;
}
function subjectOf(message) {
    return message.toString('utf8').trim().split('\n')[0] ?? '';
}
/** The message with `trailer` in its trailer block: kept when there, added to an existing block, or as a new paragraph. */
function appendTrailer(message, trailer) {
    const body = message.replace(/\s+$/, '');
    if (hasTrailer(body, trailer))
        return `${body}\n`;
    const paragraphs = body.split(/\n[ \t]*\n/);
    const last = paragraphs[paragraphs.length - 1];
    // An existing trailer block (Signed-off-by: …) is extended rather than followed by a second one.
    const block = paragraphs.length > 1 && last.split('\n').every((l) => /^[A-Za-z0-9-]+: /.test(l));
    return block ? `${body}\n${trailer}\n` : `${body}\n\n${trailer}\n`;
}
/** True when the message's last paragraph (its trailer block) holds the line `trailer`. */
function hasTrailer(message, trailer) {
    const paragraphs = message
        .replace(/\r\n/g, '\n')
        .trimEnd()
        .split(/\n\s*\n/);
    const last = paragraphs[paragraphs.length - 1] ?? '';
    return paragraphs.length > 1 && last.split('\n').some((l) => l.trim() === trailer.trim());
}
/** True when a generated commit's `Lockstep-Tree` stamp names another tree than its own. */
function wasAmended(message, tree) {
    const stamp = new RegExp(`^${TREE_TRAILER_KEY}: ([0-9a-f]{40,64})\\s*$`, 'm').exec(message);
    return stamp !== null && stamp[1] !== tree;
}
/**
 * Commits on `branchTip` after the generated commit (first-parent walk down
 * to the commit carrying `trailer`, a full line such as
 * `Lockstep-Generated: prepare-release`, in its trailer block). `after` is
 * oldest first, ready for replayCommits. The generated commit may already be
 * in `base` (a PR merged with a merge commit, its branch kept): it is then
 * found right below the walk. `amended` is set when the generated commit
 * carries a `Lockstep-Tree` stamp that its tree no longer matches (someone
 * amended it): its hand edits are not in `after`, so regenerating would
 * lose them. Without a generated commit,
 * `generated` is undefined and `after` lists every commit on the branch that
 * `base` lacks. A shallow clone is deepened (bounded) when the walk runs into
 * its boundary; `remote` is where more history comes from.
 */
async function commitsAfterGenerated(git, base, branchTip, trailer, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [tip, baseSha] = await Promise.all([resolveCommit(local, branchTip, 'branch tip'), resolveCommit(local, base, 'base')]);
    for (let step = 0;; step++) {
        const r = await local(['log', '--first-parent', '-z', '--format=%H%x00%P%x00%T%x00%B', '--end-of-options', tip, `^${baseSha}`, '--']);
        if (r.code !== 0)
            throw new Error(`git log failed (exit ${r.code}): ${r.stderr.trim()}`);
        const fields = r.stdout.toString('utf8').split('\0');
        const walked = [];
        let generated;
        for (let i = 0; i + 3 < fields.length; i += 4) {
            const sha = fields[i].replace(/^\n/, '');
            if (hasTrailer(fields[i + 3], trailer)) {
                generated = { sha, tree: fields[i + 2], message: fields[i + 3] };
                break;
            }
            walked.push({ sha, parents: fields[i + 1] });
        }
        const after = walked.map((w) => w.sha).reverse();
        if (generated)
            return { generated: generated.sha, after, ...(wasAmended(generated.message, generated.tree) ? { amended: true } : {}) };
        // The walk ended without the generated commit: at a shallow boundary, at a root, or at base.
        const last = walked[walked.length - 1];
        if (last && last.parents === '' && (await shallowBoundaries(local, [last.sha])).length > 0) {
            await deepen(git, remote, tip, step, `cannot find the generated commit (${trailer}) below ${tip.slice(0, 12)}`);
            continue;
        }
        // At base, the generated commit may be the first commit below the walk, already in base (its PR was merged
        // with a merge commit and the branch kept): what others added on top of it still counts as theirs.
        const below = last ? last.parents.split(' ')[0] : tip;
        if (below) {
            const c = await readCommit(local, below);
            const message = c.message.toString('utf8');
            if (hasTrailer(message, trailer))
                return { generated: below, after, ...(wasAmended(message, c.tree) ? { amended: true } : {}) };
        }
        return { after };
    }
}
/** The commits among `shas` that are shallow boundaries: git shows them without parents although their objects name some. */
async function shallowBoundaries(local, shas) {
    if (shas.length === 0)
        return [];
    const r = await local(['cat-file', '--batch'], { input: shas.map((s) => `${s}\n`).join('') });
    if (r.code !== 0)
        throw new Error(`git cat-file --batch failed: ${r.stderr.trim()}`);
    const found = [];
    let at = 0;
    for (const sha of shas) {
        const nl = r.stdout.indexOf(10, at);
        const size = Number(/ (\d+)$/.exec(r.stdout.subarray(at, nl).toString('utf8'))?.[1] ?? 0);
        const body = r.stdout.subarray(nl + 1, nl + 1 + size).toString('utf8');
        if (/^parent /m.test(body.split('\n\n')[0] ?? ''))
            found.push(sha);
        at = nl + 1 + size + 1;
    }
    return found;
}
/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a
 * "no" may only mean that history stops early, so while the descendant's
 * history runs into a shallow boundary it is deepened (bounded) before
 * answering; when that is not enough, a UserError names `fetch-depth: 0`.
 */
async function isAncestor(git, ancestor, descendant, remote = 'origin') {
    assertRemoteName(remote);
    const local = await asRepo(git).local();
    const [a, d] = await Promise.all([resolveCommit(local, ancestor, 'ancestor'), resolveCommit(local, descendant, 'descendant')]);
    for (let step = 0;; step++) {
        const r = await local(['merge-base', '--is-ancestor', '--end-of-options', a, d]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            throw new Error(`git merge-base --is-ancestor failed (exit ${r.code}): ${r.stderr.trim()}`);
        if (!(await isShallow(git)))
            return false;
        const list = await localText(local, ['rev-list', '--parents', '--end-of-options', d, `^${a}`, '--']);
        const parentless = list.split('\n').filter((l) => /^[0-9a-f]+$/.test(l));
        if ((await shallowBoundaries(local, parentless)).length === 0)
            return false;
        await deepen(git, remote, d, step, `cannot tell whether ${a.slice(0, 12)} is an ancestor of ${d.slice(0, 12)}`);
    }
}
/** Fetches DEEPEN_STEPS[step] more commits below `tip`, or fails naming `fetch-depth: 0`. */
async function deepen(git, remote, tip, step, what) {
    if (step >= DEEPEN_STEPS.length)
        throw new UserError(`${what}: the shallow clone ends too early, even after fetching ${DEEPEN_STEPS.reduce((x, y) => x + y)} more commits`, { hint: FETCH_DEPTH_HINT, cliHint: UNSHALLOW_HINT });
    const f = await git([...GIT_FETCH, '--quiet', '--no-tags', '--no-write-fetch-head', `--deepen=${DEEPEN_STEPS[step]}`, '--', remote, tip]);
    if (f.code !== 0)
        throw new UserError(`${what}: this is a shallow clone and fetching more history from ${remote} failed (${firstLine(f.stderr)})`, {
            hint: FETCH_DEPTH_HINT,
            cliHint: UNSHALLOW_HINT,
        });
}
// The identity of the throwaway commits that give merge-tree its merge base; they are never pushed or referenced.
const SCRATCH_ENV = identityEnv({ name: 'lockstep', email: 'lockstep@localhost' }, { name: 'lockstep', email: 'lockstep@localhost' }, '1000000000 +0000');
/**
 * True for a merge that only brought the base branch in (GitHub's "Update
 * branch" button, or `git merge main`): two parents, the merged-in one
 * already contained in `head` (which sits on the current base), and a tree
 * equal to git's own merge of the parents, so no hand edit hides in it.
 * Such a merge has nothing left to replay.
 */
async function isBaseUpdateMerge(local, c, head) {
    if (c.parents.length !== 2)
        return false;
    const contained = await local(['merge-base', '--is-ancestor', '--end-of-options', c.parents[1], head]);
    if (contained.code !== 0)
        return false;
    const m = await local([
        'merge-tree',
        '--write-tree',
        '-z',
        '--name-only',
        '--no-messages',
        '--end-of-options',
        c.parents[0],
        c.parents[1],
    ]);
    return m.code === 0 && m.stdout.toString('utf8').split('\0')[0].trim() === c.tree;
}
/**
 * Re-applies `commits` (oldest first) on top of `onto` with git merge-tree
 * --write-tree (no work tree), a cherry-pick each: the three-way merge of
 * the commit's parent (base), the new head (ours) and the commit (theirs).
 * git 2.39 has no `merge-tree --merge-base`, so the base is supplied by a
 * scratch commit with the head's tree and the commit's parent as its parent.
 * Each replayed commit keeps its author, committer, dates, encoding and
 * message byte for byte, so replaying the same commits onto the same head
 * gives the same ids (a rerun pushes nothing). A commit whose change is
 * already in the head is skipped, and so is a merge that only brought the
 * base branch in (isBaseUpdateMerge); any other merge commit is refused.
 * With `keepSignatures` (git mode) a signed commit is refused too: it
 * stays as its author signed it, never re-created without its signature.
 */
async function replayCommits(git, onto, commits, o = {}) {
    const local = await asRepo(git).local();
    let head = await resolveCommit(local, onto, 'onto');
    let headTree = await resolveTree(local, head);
    const skipped = [];
    for (const ref of commits) {
        const sha = await resolveCommit(local, ref, 'commit');
        const c = await readCommit(local, sha);
        const subject = subjectOf(c.message);
        if (c.parents.length === 0)
            return { ok: false, commit: sha, subject, files: [], reason: 'it is a root commit' };
        if (c.parents.length > 1) {
            if (await isBaseUpdateMerge(local, c, head)) {
                skipped.push(sha);
                continue;
            }
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is a merge commit that brings in more than the base branch, or edits the merge by hand; merge commits are not replayed',
            };
        }
        if (o.keepSignatures && c.signed)
            return {
                ok: false,
                commit: sha,
                subject,
                files: [],
                reason: 'it is signed, and re-applying it onto the new commit would drop its signature (a signature covers the parent); the branch is left as it is',
            };
        const scratch = await localText(local, ['commit-tree', '--no-gpg-sign', '-p', c.parents[0], '--end-of-options', headTree], {
            env: SCRATCH_ENV,
            input: 'lockstep replay base\n',
        });
        const m = await local(['merge-tree', '--write-tree', '-z', '--name-only', '--no-messages', '--end-of-options', scratch, sha]);
        const out = m.stdout.toString('utf8').split('\0');
        if (m.code === 1)
            return { ok: false, commit: sha, subject, files: [...new Set(out.slice(1).filter((p) => p !== ''))] };
        if (m.code !== 0)
            throw new Error(`git merge-tree failed (exit ${m.code}): ${m.stderr.trim()}`);
        const tree = out[0].trim();
        if (tree === headTree) {
            skipped.push(sha);
            continue;
        }
        const raw = Buffer.concat([Buffer.from(`tree ${tree}\nparent ${head}\n${c.keep.join('\n')}\n\n`, 'utf8'), c.message]);
        head = await localText(local, ['hash-object', '-t', 'commit', '-w', '--stdin'], { input: raw });
        headTree = tree;
    }
    return { ok: true, head, skipped };
}
/**
 * Generic publish loop: fetch base → build (callback) → push with lease;
 * base moved → fetch again and rebuild, up to `attempts`. The step does one
 * whole round and answers `done` or why it must start over; after the last
 * attempt the error says how often the base moved.
 */
async function withBaseRetry(attempts, step) {
    if (!Number.isInteger(attempts) || attempts < 1)
        throw new Error(`withBaseRetry: attempts must be a positive integer, got ${attempts}`);
    let why = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        const r = await step(attempt);
        if (r.done)
            return r.value;
        why = r.why;
    }
    throw new UserError(`base moved ${attempts} times while publishing (last: ${why}); nothing was overwritten`, {
        hint: 'run again once pushes settle, or serialise the workflow with `concurrency:`',
        cliHint: 'run again once pushes settle',
    });
}

// EXTERNAL MODULE: ./packages/core/src/promote/status-tables.ts
var status_tables = __webpack_require__(1646);
// EXTERNAL MODULE: ./packages/core/src/promote/place.ts + 2 modules
var place = __webpack_require__(7479);
// EXTERNAL MODULE: ./packages/core/src/kustomize/overlay.ts
var overlay = __webpack_require__(3861);
// EXTERNAL MODULE: ./packages/core/src/deploy/kind.ts + 5 modules
var kind = __webpack_require__(9032);
;// CONCATENATED MODULE: ./packages/core/src/promote/publish/record.ts
// record: deployments — a promotion that landed on the base branch, recorded
// as a GitHub Deployment. The landed commit is a promotion when the trailer
// block of its message, as git parses it (the last paragraph), carries
// promote-env's generated trailer (a direct push, a rebase merge, a squash
// whose message keeps the commit's) or, for a merge commit, its merged
// parent's does: a merge's own message is GitHub's, and a `Lockstep-*` line
// anywhere else in a message is not lockstep's. The environments it landed in
// are those whose values file or Application changed against the first
// parent and, when the block names environments (`Lockstep-Environment`),
// that it names; each gets one deployment of that commit (payload: the pins
// it now holds), found again on a rerun.







/**
 * The files of an environment whose change means a promotion landed in it: its values file and its Application's
 * (and the kustomization of the overlay a Flux Kustomization's spec.path builds).
 */
async function environmentFiles(env, read) {
    const own = (0,place/* pinPath */.dj)(env);
    const files = [await (0,place/* pinPaths */.ID)(env, read)]
        .flat()
        .flatMap((p) => (p === own || /\.ya?ml$/.test(p) ? [p] : overlay/* KUSTOMIZATION_NAMES */.H7.map((n) => `${p}/${n}`)));
    const resource = (0,kind/* deployerResource */.lq)(env);
    return resource ? [...files, resource.file] : files;
}
/**
 * The landed commit and the message its promotion's record is read from: a merge's merged side, anything
 * else its own (a promotion's and a hydrated promotion's alike). Refused when the commit is not in the clone.
 */
async function landedRecord(git, commit) {
    const info = await git.commitInfo(commit);
    if (!info)
        throw new UserError(`the commit ${commit.slice(0, 12)} is not in the repository promoted in`, {
            hint: 'check out the repository with fetch-depth: 2 or more',
        });
    return { info, record: info.parents.length > 1 ? await git.commitInfo(info.parents[1]) : info };
}
/**
 * Records the promotion that landed as `commit` on the base: nothing when it
 * is not one (no trailer), else one deployment per environment it changed
 * (only `only` when given), each found again rather than made twice.
 */
async function recordLanded(req, ports, commit, only, cache) {
    const git = ports.git;
    const github = ports.github;
    if (!github)
        throw new Error('record: deployments needs the GitHub client');
    const { info, record } = await landedRecord(git, commit);
    const block = lockstepBlock(record?.trailers ?? '');
    if (!generatedBy(block, 'promote-env'))
        return {
            commit,
            skipped: `${commit.slice(0, 12)} is not a landed promotion (the trailer block of ${info.parents.length > 1 ? 'its merged commit' : 'its message'} does not carry ${generatedTrailer('promote-env')}); nothing recorded.`,
            deployments: [],
        };
    const named = promotionsIn(block).map((p) => p.environment);
    const parent = info.parents[0];
    const landed = [];
    for (const env of req.environments) {
        if (only && env.name !== only)
            continue;
        if (named.length > 0 && !named.includes(env.name))
            continue;
        for (const file of await environmentFiles(env, (p) => git.readAt(commit, p))) {
            const before = parent ? await git.readAt(parent, file) : undefined;
            if ((await git.readAt(commit, file)) !== before) {
                landed.push(env);
                break;
            }
        }
    }
    if (landed.length === 0)
        return {
            commit,
            skipped: `${commit.slice(0, 12)} changed no ${only ? `file of ${only}` : named.length > 0 ? `file of ${named.join(', ')}, the environment its trailers name` : "environment's values file or Application"}; nothing recorded.`,
            deployments: [],
        };
    const deployments = [];
    const pins = await environmentPins({ ...req, environments: landed }, (p) => git.readAt(commit, p), cache);
    for (const [k, env] of landed.entries()) {
        const p = pins[k];
        const payload = {
            lockstep: 'promote-env',
            services: p.services,
            ...(p.chartVersion !== undefined ? { chartVersion: p.chartVersion } : {}),
        };
        const pinned = Object.entries(p.services)
            .filter(([, v]) => v?.tag)
            .map(([name, v]) => `${name} ${v.tag}`);
        const record = await github.recordDeployment({
            sha: commit,
            environment: env.name,
            payload,
            // GitHub keeps at most 140 characters of a deployment's description.
            description: `lockstep promote-env: ${pinned.join(', ') || 'pins'}`.slice(0, 140),
            transient: env.preview ?? false,
            production: env.protected,
            ...(env.url ? { environmentUrl: env.url } : {}),
        });
        deployments.push({ environment: env.name, payload, record, ...(env.url ? { url: env.url } : {}) });
    }
    return { commit, deployments };
}

;// CONCATENATED MODULE: ./packages/core/src/promote/rollback-history.ts
// The history a rollback hold is read from (gates/rollback-hold.ts): the last promotion that landed in an
// environment on the base branch's first-parent history, read on a merge's merged side, and whether it was a
// rollback (its Lockstep-Rollback trailer), for every environment asked in one history walk. Started by session.ts
// with the plan, awaited by the gate; loaded by the gate only when it gathers, so the config checks (which load every
// gate) do not load the records' readers. `lockstep status` reads it for every environment (promote/status-holds.ts).




/** The rollback `landing` (the last landing in `env`) is, or undefined: its record (a merge's merged side) says `Lockstep-Rollback: true` for `env`. */
function rollbackOf(env, landing) {
    if (!landing)
        return undefined;
    const record = landing.info.parents.length > 1 ? landing.merged : landing.info;
    const block = trailers_lockstepBlock(record?.trailers ?? '');
    if (!trailers_generatedBy(block, 'promote-env'))
        return undefined;
    const p = trailers_promotionsIn(block).find((t) => t.environment === env);
    if (!p?.rollback)
        return undefined;
    // GitHub's merge and squash subjects name the pull request: `Merge pull request #45 from …`, `… (#45)`.
    const pull = (0,pull_subject/* pullOfSubject */.L)(landing.info.message.split('\n', 1)[0])?.number;
    return { env, commit: landing.commit, to: p.from, ...(pull !== undefined ? { pull } : {}) };
}
/**
 * The rollback that holds each of `envs` on `baseSha` (undefined where none): each one's last landing on the
 * first-parent history, read for all of them in one walk (git/log.ts lastLandings). promote's gate asks it for the
 * target and the environments it is promoted from, `lockstep status` for every environment.
 */
async function rollbacksOf(envs, ports, baseSha) {
    const files = await Promise.all(envs.map((env) => environmentFiles(env, (p) => ports.git.readAt(baseSha, p))));
    const landings = await ports.git.landings(baseSha, files);
    return envs.map((env, k) => rollbackOf(env.name, landings[k]));
}
/** The environments whose rollback holds a promotion into `envs[k]`: itself, then each it is promoted from (graph.ts). */
function holdChain(envs, k) {
    return [envs[k].name, ...predecessors(envs, k)];
}
/** Each run's reads, by its ports and the base commit: started ahead of the plan, awaited by the gate. */
const started = new WeakMap();
/**
 * The last landing of the target and of each environment it is promoted from, read once per run and base commit
 * (one walk of the history for all of them): a held environment's pins move no further, so one after it is held at
 * its own step. session.ts starts it with the plan, so its git processes run while the plan parses; the gate awaits
 * what it started.
 */
function rollbacksAhead(req, route, ports, baseSha) {
    const chain = holdChain(req.environments, route.to.index);
    const key = `${baseSha}\0${chain.join('\0')}`;
    let runs = started.get(ports);
    if (!runs)
        started.set(ports, (runs = new Map()));
    let reads = runs.get(key);
    if (!reads) {
        const envs = chain.flatMap((name) => req.environments.filter((e) => e.name === name));
        reads = rollbacksOf(envs, ports, baseSha);
        // Awaited by the gate; a promotion that ends before its gates does not leave it unhandled.
        reads.catch(() => undefined);
        runs.set(key, reads);
    }
    return reads;
}


/***/ }),

/***/ 6475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ pullOfSubject)
/* harmony export */ });
/**
 * `(#12)` at the end of a squash-merge subject, or `Merge pull request #12` of
 * a merge commit: what GitHub writes by default, whether the pull request was
 * merged directly or by a merge queue (the queue writes the same commit on its
 * gh-readonly-queue/ branch, then fast-forwards the base branch to it).
 */
function pullOfSubject(subject) {
    const squash = /^(.*?)\s*\(#(\d{1,9})\)\s*$/.exec(subject);
    if (squash)
        return { number: Number(squash[2]), title: squash[1] };
    const merge = /^Merge pull request #(\d{1,9}) from \S+/.exec(subject);
    return merge ? { number: Number(merge[1]), title: subject } : undefined;
}


/***/ })

};
