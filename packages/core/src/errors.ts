/** Where a user error points: a workspace-relative file and a 1-based line. */
export interface Location {
  file?: string;
  line?: number;
  col?: number;
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
  readonly hint?: string;
  /**
   * The hint as a terminal user acts on it (flags, git commands) where the
   * action's hint names inputs, `with:` keys or workflow steps; each face
   * renders its own (format('cli')).
   */
  readonly cliHint?: string;
  /**
   * The input the error is about, as the action names it (`version`): the
   * action shows `input 'version' …`, the terminal `--version …`, each from
   * this field, so no face rewrites the text. `message` holds the action's form.
   */
  readonly input?: string;
  /** What is wrong, without the input's name (the text after it; `: …` when it follows the name at once). */
  readonly detail: string;

  constructor(message: string, where: Location & { hint?: string; cliHint?: string; input?: string } = {}) {
    super(where.input === undefined ? message : `input '${where.input}'${joined(message)}`);
    this.name = 'UserError';
    this.detail = message;
    this.file = where.file;
    this.line = where.line;
    this.col = where.col;
    this.hint = where.hint;
    this.cliHint = where.cliHint;
    this.input = where.input;
  }

  /** The one-line form: `path:line: what is wrong — how to fix it`, with the input's name and the hint of the face that shows it. */
  format(face: 'action' | 'cli' = 'action'): string {
    const at = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    const hint = face === 'cli' ? (this.cliHint ?? this.hint) : this.hint;
    const what = face === 'cli' && this.input !== undefined ? `--${this.input}${joined(this.detail)}` : this.message;
    return `${at}${what}${hint ? ` — ${hint}` : ''}`;
  }

  /** The same error at another place (a working-directory path made workspace-relative); every other field kept. */
  at(where: Location): UserError {
    return new UserError(this.detail, {
      file: where.file,
      line: where.line,
      col: where.col,
      hint: this.hint,
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
