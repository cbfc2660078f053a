import type { GitSpawner } from '../../git/spawn.ts';
import { UserError } from '../../errors.ts';
import { shortHeadCommit } from '../../git/local-repo.ts';

// Apart from run.ts so that publish, which records the commit too, does not bundle the image capture
// and its signature verification (about 250 KiB of chunks publish-chart never loads).

/** The short commit of HEAD (`git rev-parse --short HEAD`); publish records it too. */
export async function shortHead(git: GitSpawner): Promise<string> {
  const out = await shortHeadCommit(git);
  if (out === undefined || !/^[0-9a-f]{4,64}$/.test(out))
    throw new UserError(
      'cannot tell which commit these images were built from: sha is not set, GITHUB_SHA is empty and HEAD has no commit',
      {
        hint: 'set sha: (e.g. sha: ${{ github.sha }}), or run after actions/checkout',
        cliHint: 'pass --sha with the commit the images were built from, or commit first (git add, then git commit)',
      },
    );
  return out;
}
