import * as core from '@lockstep/core/action/workflow-commands';
import { envInputs, Inputs } from '@lockstep/core/action/inputs';
import { UserError } from '@lockstep/core/errors';
import { renderDiff } from '@lockstep/core/edits/diff';
import { escapeForLog } from '@lockstep/core/report/log';
import { markdownTable, writeSummary } from '@lockstep/core/report/summary';
import { escapeHtml } from '@lockstep/core/action/run';
import { resolveSettings, type ReleaseInputs } from '@lockstep/core/release/settings';
import { runRelease, type ReleaseResult } from '@lockstep/core/release/run';
import { identityInput, releaseDeps } from '@lockstep/core/release/bind';

/** Reads every input once into a typed object; each error names its input. */
function getInputs(inputs: Inputs, eventName: string | undefined): ReleaseInputs {
  const list = (name: string) => inputs.list(name);
  return {
    workingDirectory: inputs.string('working-directory', '.'),
    config: inputs.optional('config'),
    version: inputs.optional('version'),
    prerelease: inputs.optional('prerelease'),
    initialVersion: inputs.string('initial-version', '0.1.0'),
    tagPrefix: inputs.optional('tag-prefix'),
    versionFile: inputs.optional('version-file'),
    charts: list('charts'),
    packages: list('packages'),
    pins: inputs.optional('pins'),
    lockCommand: inputs.optional('lock-command'),
    changelog: inputs.optionalChoice('changelog', ['auto', 'required', 'off'] as const),
    branchPrefix: inputs.string('branch-prefix', 'chore/release-'),
    base: inputs.optional('base'),
    labels: list('labels').length > 0 ? list('labels') : ['release'],
    freezeLabel: inputs.string('freeze-label', 'release-freeze'),
    preMajor: inputs.choice('pre-major', ['minor', 'major'] as const, 'minor'),
    author: identityInput(inputs.optional('author'), 'author'),
    committer: identityInput(inputs.optional('committer'), 'committer'),
    // A pull request run only previews: its checkout is the PR's merge ref (not a base branch to release from) and
    // its token is often read-only, so nothing may be pushed or published from it.
    dryRun: inputs.boolean('dry-run', false) || eventName === 'pull_request' || eventName === 'pull_request_target',
  };
}

/** Today as YYYY-MM-DD; SOURCE_DATE_EPOCH (seconds) pins it for reproducible runs. */
function today(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return (epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date()).toISOString().slice(0, 10);
}

/** Inputs → settings → core release run → outputs and the job summary. */
export async function main(): Promise<void> {
  const env = process.env;
  const raw = new Inputs(envInputs());
  const token = raw.optional('github-token');
  if (token) core.setSecret(token);
  const inputs = getInputs(raw, env.GITHUB_EVENT_NAME);
  const settings = resolveSettings(inputs, {
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ref: env.GITHUB_REF,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    date: today(),
  });
  if (!settings.dryRun && !token) throw new UserError("input 'github-token' is empty", { hint: 'pass a token with contents: write and pull-requests: write, or set dry-run: true' });
  if (!settings.dryRun && !settings.base) throw new UserError('base is required in detached HEAD', { hint: "set input 'base' to the branch releases are made from (e.g. main)" });

  const result = await runRelease(settings, releaseDeps(settings, token, env));
  report(result);
  await writeSummary(summary(result));
}

function report(r: ReleaseResult): void {
  core.info(escapeForLog(r.version ? `Next version: ${r.version} (${r.bump}; last release ${r.previousVersion ?? 'none'})` : `No release (last ${r.previousVersion ?? 'none'})`));
  if (r.notes) {
    core.startGroup('Release notes');
    // One write for the whole notes: a release of thousands of commits would otherwise cost a write per line.
    core.info(r.notes.split('\n').map(escapeForLog).join('\n'));
    core.endGroup();
  }
  const diff = renderDiff(r.changes);
  if (diff) {
    core.startGroup(r.mode === 'dry-run' ? 'Diff (dry run: nothing written)' : 'Diff');
    core.info(diff);
    core.endGroup();
  }
  for (const w of r.warnings) core.warning(escapeForLog(w));
  for (const a of r.actions) core.info(escapeForLog(a));
  core.setOutput('version', r.version ?? '');
  core.setOutput('previous-version', r.previousVersion ?? '');
  core.setOutput('bump', r.bump);
  core.setOutput('notes', r.notes);
  core.setOutput('pr-number', r.pr ? String(r.pr.number) : '');
  core.setOutput('pr-url', r.pr?.url ?? '');
  core.setOutput('branch', r.branch ?? '');
  core.setOutput('released', String(r.released));
  core.setOutput('tag', r.tag ?? '');
}

function summary(r: ReleaseResult): string {
  const head = `### prepare-release${r.mode === 'dry-run' ? ' (dry run)' : r.mode === 'publish' ? ' (publish)' : ''}`;
  const facts = markdownTable(
    ['', ''],
    [
      ['Version', r.version ?? 'nothing to release'],
      ['Last release', r.previousVersion ?? 'none'],
      ['Bump', r.bump],
      ...(r.pr ? [['Release PR', `#${r.pr.number}`]] : []),
      ...(r.tag ? [['Tag', r.tag]] : []),
    ],
  );
  const files = r.rows.length > 0 ? `\n\n${markdownTable(['File', 'What', 'From', 'To'], r.rows.map((x) => [x.file, x.what, x.from, x.to]))}` : '';
  const did = r.actions.map((a) => `- ${escapeHtml(a)}`).join('\n');
  const notes = r.notes ? `\n\n<details><summary>Release notes</summary>\n\n${r.notes}\n</details>` : '';
  return `${head}\n\n${did}\n\n${facts}${files}${notes}\n`;
}
