/** Where a user error points: a workspace-relative file and a 1-based line. */
export interface Location {
  file?: string;
  line?: number;
  col?: number;
}

/**
 * An input named in a message or a hint, worded by the face that shows it:
 * on the runner as the `with:` key (`to`, `allow-skip: true`, `set base: main`),
 * in a terminal as the command's flag (`--to`, `--allow-skip`, `pass --base main`;
 * text/terminal-face.ts). `name` is the input itself (with its value, if any);
 * `set` is giving it that value; `unset` is leaving it out; `the` is the input
 * spoken of (`the registry input`, `--registry`); `subject` is the input an
 * error is about, leading its message (the runner quotes it after the word
 * input, a terminal names its flag: `--version`).
 */
export interface InputWord {
  readonly input: string;
  readonly value?: string;
  readonly form: 'name' | 'set' | 'unset' | 'the' | 'subject';
}

/** A text in parts, each input in it an InputWord (see `words`). */
export type WordParts = readonly (string | InputWord)[];
/** Text that may name inputs: plain text, or its parts. */
export type Words = string | WordParts;

/** The input itself: `to` / `--to`; with a value `push: pr` / `--push pr`. */
export const named = (input: string, value?: string): InputWord => ({ input, value, form: 'name' });
/** Giving the input a value: `set allow-skip: true` / `pass --allow-skip`. */
export const setting = (input: string, value?: string): InputWord => ({ input, value, form: 'set' });
/** Leaving the input out: `leave version empty` / `leave out --version`. */
export const unset = (input: string): InputWord => ({ input, form: 'unset' });
/** The input spoken of: `the registry input` / `--registry`. */
export const theInput = (input: string): InputWord => ({ input, form: 'the' });
/** UserError's `input`, heading its message. */
const subject = (input: string): InputWord => ({ input, form: 'subject' });

/** A text naming inputs, face-neutral: words`promote through them, or ${setting('allow-skip', 'true')}`. */
export function words(strings: TemplateStringsArray, ...values: readonly (string | number | InputWord | WordParts)[]): WordParts {
  const out: (string | InputWord)[] = [];
  strings.forEach((s, i) => {
    out.push(s);
    const v = i < values.length ? values[i] : [];
    if (Array.isArray(v)) out.push(...(v as WordParts));
    else out.push(typeof v === 'object' ? (v as InputWord) : String(v));
  });
  return out;
}

/** How one face shows errors: whether it is a terminal (which shows a cliHint instead of the hint) and how it names an input. */
export interface Face {
  readonly terminal: boolean;
  word(w: InputWord): string;
}

/** The runner: inputs are the `with:` keys of the workflow step. */
export const RUNNER: Face = {
  terminal: false,
  word: ({ input, value, form }) =>
    form === 'the'
      ? `the ${input} input`
      : form === 'subject'
        ? `input '${input}'`
        : form === 'unset'
          ? `leave ${input} empty`
          : form === 'set' && value === undefined
            ? `pass ${input}`
            : `${form === 'set' ? 'set ' : ''}${input}${value === undefined ? '' : `: ${value}`}`,
};

/** The text of `w` as `face` words it. */
export function say(w: Words, face: Face): string {
  return typeof w === 'string' ? w : w.map((p) => (typeof p === 'string' ? p : face.word(p))).join('');
}

/**
 * A mistake the user can fix: bad input, a malformed file, a rule broken.
 * It is reported as one line `file:line: message — hint` plus an annotation,
 * never with a stack trace.
 */
export class UserError extends Error {
  readonly file?: string;
  readonly line?: number;
  readonly col?: number;
  /** How to fix it, as the runner says it (see hintWords for each face's). */
  readonly hint?: string;
  readonly hintWords?: Words;
  /**
   * The hint as a terminal user acts on it where it differs by more than the
   * inputs' names (git commands instead of workflow steps); a terminal shows
   * it instead of the hint.
   */
  readonly cliHint?: string;
  /** The input the error is about (`version`): each face words it at the message's head. */
  readonly input?: string;
  /** What is wrong, without the input's name (the text after it; `: …` when it follows the name at once), as the runner says it. */
  readonly detail: string;
  readonly detailWords: Words;

  constructor(message: Words, where: Location & { hint?: Words; cliHint?: string; input?: string } = {}) {
    const detail = say(message, RUNNER);
    super(where.input === undefined ? detail : `${RUNNER.word(subject(where.input))}${joined(detail)}`);
    this.name = 'UserError';
    this.detail = detail;
    this.detailWords = message;
    this.file = where.file;
    this.line = where.line;
    this.col = where.col;
    this.hint = where.hint === undefined ? undefined : say(where.hint, RUNNER);
    this.hintWords = where.hint;
    this.cliHint = where.cliHint;
    this.input = where.input;
  }

  /**
   * The one-line form: `path:line: what is wrong — how to fix it`, with the
   * inputs named as `face` names them: the runner's `with:` keys (the default),
   * a terminal's flags (text/terminal-face.ts).
   */
  format(f: Face = RUNNER): string {
    const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    const hint = f.terminal && this.cliHint !== undefined ? this.cliHint : this.hintWords && say(this.hintWords, f);
    const detail = say(this.detailWords, f);
    const what = this.input === undefined ? detail : `${f.word(subject(this.input))}${joined(detail)}`;
    return `${at}${what}${hint ? ` — ${hint}` : ''}`;
  }

  /** The same error at another place (a working-directory path made workspace-relative); every other field kept. */
  at(where: Location): UserError {
    return new UserError(this.detailWords, {
      file: where.file,
      line: where.line,
      col: where.col,
      hint: this.hintWords,
      cliHint: this.cliHint,
      input: this.input,
    });
  }
}

/** The detail after the input's name: `: what` right after it, any other text after a space. */
function joined(detail: string): string {
  return detail.startsWith(':') ? detail : ` ${detail}`;
}

/** Several user errors found in one pass; each becomes its own annotation. */
export class UserErrors extends Error {
  readonly errors: UserError[];
  /** True when the action's job summary already shows every error (in its own table), so the failure path does not list them again. */
  readonly summarized: boolean;
  constructor(errors: UserError[], opts: { summarized?: boolean } = {}) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'UserErrors';
    this.errors = errors;
    this.summarized = opts.summarized ?? false;
  }
}

/** Throws the one error, or all of them together as UserErrors; nothing when there is none. */
export function throwAll(errors: readonly UserError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new UserErrors([...errors]);
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
