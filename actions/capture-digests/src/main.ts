import { homedir } from 'node:os';
import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { type CaptureSettings, captureDigests, nodeTransport, parseImagesInput, platformInput, targetsFromServices } from '@lockstep/core/digests/capture';
import { UserError } from '@lockstep/core/errors';
import { resolveExistingFolder, resolveWorkingDirectory } from '@lockstep/core/fs/workspace';
import { gitSpawner } from '@lockstep/core/git/objects';
import { escapeForLog } from '@lockstep/core/report/log';
import { markdownTable, writeSummary } from '@lockstep/core/report/summary';

/** Reads every input once into plain settings; masks the password first. */
export async function getSettings(inputs: Inputs, env: NodeJS.ProcessEnv): Promise<CaptureSettings> {
  const password = inputs.optional('password');
  if (password) core.setSecret(password);
  const username = inputs.optional('username');
  if ((username === undefined) !== (password === undefined))
    throw new UserError(`input '${username ? 'password' : 'username'}' is missing`, { hint: 'pass both username and password, or neither' });
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const shaInput = inputs.optional('sha');
  const shortEnvSha = env.GITHUB_SHA ? env.GITHUB_SHA.slice(0, 7) : undefined;
  // A git repository is needed only to read HEAD, when neither sha nor GITHUB_SHA says which commit this is.
  const needsHead = shaInput === undefined && shortEnvSha === undefined;
  const workdir = (needsHead ? resolveWorkingDirectory : resolveExistingFolder)(workspace, inputs.string('working-directory', '.'), 'working-directory');
  const imagesText = inputs.string('images');
  const services = inputs.list('services');
  let targets;
  if (imagesText !== '') {
    if (services.length > 0) throw new UserError("inputs 'images' and 'services' were both given", { hint: 'use one of them' });
    targets = parseImagesInput(imagesText);
  } else {
    // Loaded on demand: the config validator is the largest part of the bundle and the images input does not need it.
    const { loadConfig } = await import('@lockstep/core/config/config');
    targets = targetsFromServices(loadConfig(workdir, inputs.optional('config')), services, inputs.optional('tag'));
  }
  if (targets.length === 0) throw new UserError('no images to capture', { hint: 'list images as name=registry/repo:tag lines, or name services' });
  const sha = shaInput ?? shortEnvSha ?? (await shortHead(workdir));
  return {
    workspace,
    workdir,
    targets,
    output: inputs.string('output', 'image-digests.json'),
    merge: inputs.boolean('merge', false),
    overwrite: inputs.boolean('overwrite', false),
    dryRun: inputs.boolean('dry-run', false),
    sha,
    platform: platformInput(inputs.optional('platform')),
    credentials: username && password ? { username, password } : undefined,
    home: env.HOME || homedir(),
    dockerConfigDir: env.DOCKER_CONFIG || undefined,
  };
}

/** The short commit of HEAD in `dir` (`git rev-parse --short HEAD`). */
async function shortHead(dir: string): Promise<string> {
  const r = await gitSpawner(dir)(['rev-parse', '--short', '--verify', '--quiet', 'HEAD^{commit}']);
  const out = r.stdout.toString('utf8').trim();
  if (r.code !== 0 || !/^[0-9a-f]{4,64}$/.test(out))
    throw new UserError('cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit', {
      hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
    });
  return out;
}

/** Reads the inputs, resolves every image through the registry, writes the digests file, outputs and summary. */
export async function main(): Promise<void> {
  const settings = await getSettings(new Inputs(envInputs()), process.env);
  const transport = nodeTransport();
  let result;
  core.startGroup(`Resolving ${settings.targets.length} image digest${settings.targets.length === 1 ? '' : 's'}`);
  try {
    result = await captureDigests(settings, {
      transport,
      secret: (v) => core.setSecret(v),
      log: (line) => core.debug(escapeForLog(line)),
    });
  } finally {
    transport.close();
    core.endGroup();
  }
  for (const row of result.rows) core.info(escapeForLog(`${row.name}: ${row.image}:${row.tag} → ${row.digest} (${row.kind})`));
  for (const w of result.warnings) core.warning(escapeForLog(w));
  if (result.changed && settings.dryRun) {
    core.startGroup(`dry run: ${result.path} would change`);
    core.info(result.diff);
    core.endGroup();
  }
  const status = !result.changed
    ? `\`${result.path}\` already holds these digests; nothing changed`
    : result.written
      ? `Wrote \`${result.path}\``
      : `Dry run: \`${result.path}\` would change (diff in the log); nothing was written`;
  const kept = result.kept ? `; kept ${result.kept} other entr${result.kept === 1 ? 'y' : 'ies'} from the existing file` : '';
  core.info(`${status.replace(/`/g, '')}${kept}`);
  core.setOutput('digests', result.oneLine);
  core.setOutput('file', result.path);
  const table = markdownTable(
    ['name', 'image', 'tag', 'digest', 'platform / index'],
    result.rows.map((r) => [r.name, r.image, r.tag, r.digest, r.kind]),
  );
  await writeSummary(
    `### capture-digests\n\n${table}\n\n${status}${kept}.\n` +
      (result.warnings.length ? `\n${result.warnings.map((w) => `- ⚠️ ${w}`).join('\n')}\n` : ''),
  );
}
