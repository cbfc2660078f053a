import { named, UserError, words } from '../errors.ts';

// Apart from git/publish.ts so that the prepare-release inputs are read without loading git or GitHub.

/** A git identity (author, committer or tagger). */
export interface Identity {
  name: string;
  email: string;
}

/** The identity GitHub shows as github-actions[bot], used when no input overrides it. */
export const BOT_IDENTITY: Identity = Object.freeze({
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
});

/** Parses `Name <email>` from the input named `input`; anything else is a UserError naming that input. */
export function parseIdentity(text: string, input: string): Identity {
  const m = /^\s*([^<>\r\n\0]*?)\s*<([^<>\s\0]+)>\s*$/.exec(text);
  if (!m || m[1] === '' || /[\r\n\0]/.test(text))
    throw new UserError(`: expected 'Name <email>', got ${JSON.stringify(text.slice(0, 200))}`, {
      input: input,
      hint: words`e.g. ${named(input, "'release-bot <release-bot@example.com>'")}`,
    });
  return { name: m[1], email: m[2] };
}

/** `Name <email>` from an input, or github-actions[bot] when the input is empty. */
export function identityInput(text: string | undefined, input: string): Identity {
  return text === undefined ? { ...BOT_IDENTITY } : parseIdentity(text, input);
}
