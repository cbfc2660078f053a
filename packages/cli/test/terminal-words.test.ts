import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ACTION_TABLES } from '@lockstep/core/settings/tables';
import { repoRoot } from '../../../action-tests/harness/run-action.ts';

// Every UserError is written once for both faces: an input it names is an InputWord (named, setting,
// theInput, unset in errors.ts), and each face words it. This walks every construction site in the
// sources and reads the text a terminal shows (the message, and the terminal's own hint where there is
// one, else the hint) for the action's vocabulary, which no face may rewrite any more.

/** Every .ts file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const FILES = [
  ...sources(join(repoRoot, 'packages/core/src')),
  ...sources(join(repoRoot, 'packages/cli/src')),
  ...readdirSync(join(repoRoot, 'actions')).flatMap((a) => {
    try {
      return sources(join(repoRoot, 'actions', a, 'src'));
    } catch {
      return [];
    }
  }),
];

/** The inputs of every action: what an InputWord may name (metrics' --since is the CLI's own window flag). */
const INPUTS = new Set([...ACTION_TABLES.flatMap((t) => t.settings.map((s) => s.input)), 'since']);
const WORD_MAKERS = new Set(['named', 'setting', 'theInput', 'unset']);

interface Site {
  at: string;
  /** The text a terminal shows, its interpolations as `…` (an InputWord is the face's, not checked here). */
  terminal: string;
}

/** The static text of an expression: literals whole, templates with `…` for what is computed, both branches of a choice. */
function staticText(n: ts.Expression | undefined, consts: ReadonlyMap<string, readonly ts.Expression[]>, depth = 0): string {
  if (!n || depth > 4) return '';
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  if (ts.isTemplateExpression(n)) return n.head.text + n.templateSpans.map((s) => `…${s.literal.text}`).join('');
  if (ts.isTaggedTemplateExpression(n)) return staticText(n.template, consts, depth + 1);
  if (ts.isConditionalExpression(n)) return `${staticText(n.whenTrue, consts, depth + 1)} | ${staticText(n.whenFalse, consts, depth + 1)}`;
  if (ts.isParenthesizedExpression(n)) return staticText(n.expression, consts, depth + 1);
  if (ts.isBinaryExpression(n)) return staticText(n.left, consts, depth + 1) + staticText(n.right, consts, depth + 1);
  if (ts.isIdentifier(n)) return (consts.get(n.text) ?? []).map((e) => staticText(e, consts, depth + 1)).join(' | ');
  // A hint chosen from a table (`HINTS[e.kind]`): every entry of the table.
  if (ts.isElementAccessExpression(n)) return staticText(n.expression, consts, depth + 1);
  if (ts.isObjectLiteralExpression(n))
    return n.properties.map((p) => (ts.isPropertyAssignment(p) ? staticText(p.initializer, consts, depth + 1) : '')).join(' | ');
  if (ts.isAsExpression(n) || ts.isSatisfiesExpression(n)) return staticText(n.expression, consts, depth + 1);
  return '';
}

/**
 * What a terminal shows of a hint: its own when it has one (a literal, or a choice whose every branch
 * is text); when it may be undefined (`e.cliHint`, a value passed along), the hint as well.
 */
function terminalHint(
  hint: ts.Expression | undefined,
  cliHint: ts.Expression | undefined,
  consts: ReadonlyMap<string, readonly ts.Expression[]>,
): string {
  if (!cliHint) return staticText(hint, consts);
  const always = ts.isStringLiteral(cliHint) || ts.isNoSubstitutionTemplateLiteral(cliHint) || ts.isTemplateExpression(cliHint);
  return always ? staticText(cliHint, consts) : `${staticText(cliHint, consts)} | ${staticText(hint, consts)}`;
}

function walk(): { sites: Site[]; words: { at: string; input: string }[] } {
  const sites: Site[] = [];
  const words: { at: string; input: string }[] = [];
  for (const file of FILES) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) => `${relative(repoRoot, file)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    // Every variable of the file by name (several functions may each have a `hint`): all their texts are read.
    const consts = new Map<string, ts.Expression[]>();
    const collect = (n: ts.Node) => {
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer)
        consts.set(n.name.text, [...(consts.get(n.name.text) ?? []), n.initializer]);
      ts.forEachChild(n, collect);
    };
    collect(src);
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && n.expression.getText() === 'UserError') {
        const [message, options] = n.arguments ?? [];
        const prop = (name: string) =>
          options && ts.isObjectLiteralExpression(options)
            ? options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name)
                ?.initializer
            : undefined;
        sites.push({ at: at(n), terminal: `${staticText(message, consts)} — ${terminalHint(prop('hint'), prop('cliHint'), consts)}` });
      }
      // A registry failure made the user's error with a fallback hint: RegistryError.asUserError(what, fallback).
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'asUserError') {
        const [what, fallback] = n.arguments;
        sites.push({ at: at(n), terminal: `${staticText(what, consts)}: … — ${staticText(fallback, consts)}` });
      }
      // A registry failure carries its hint (and a terminal's) to the UserError that reports it.
      if (ts.isNewExpression(n) && n.expression.getText() === 'RegistryError') {
        const [, message, hint, cliHint] = n.arguments ?? [];
        sites.push({ at: at(n), terminal: `${staticText(message, consts)} — ${terminalHint(hint, cliHint, consts)}` });
      }
      if (ts.isCallExpression(n) && WORD_MAKERS.has(n.expression.getText()) && n.arguments[0] && ts.isStringLiteral(n.arguments[0]))
        words.push({ at: at(n), input: n.arguments[0].text });
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return { sites, words };
}

const { sites, words } = walk();
const names = [...INPUTS].map((i) => i.replace(/[-]/g, '\\-')).join('|');

/** The action's vocabulary, as a terminal must never show it. */
const ACTION_VOCABULARY: [string, RegExp][] = [
  ['a `with:` key', /\bunder with:|`with:`/],
  ['the word input', /\binputs?\b/],
  ['an action named in parentheses', /\((?:bump-chart|chart-bump-check|promote-env|prepare-release|publish-chart|capture-digests)\)/],
  ['an input set, passed, given or used by its name', new RegExp(`\\b(?:set|pass|give|use|leave) (?:${names})(?=[:,) ]|$)`)],
  // version: is also Chart.yaml's key, which an error about a chart file shows as written.
  ['an input given as a `with:` entry', new RegExp(`\\be\\.g\\. (?:${names.replace(/^version\||\|version(?=\||$)/, '')}):`)],
];

describe('no UserError shows the action’s vocabulary in a terminal', () => {
  test('the walk finds the construction sites', () => {
    // Over 300 sites in core, the CLI and the actions: the walk reads the sources, not a sample.
    expect(sites.length).toBeGreaterThan(300);
    expect(sites.map((s) => s.at)).toContainEqual(expect.stringMatching(/^packages\/core\/src\/promote\/request\.ts:\d+$/));
  });

  test.each(ACTION_VOCABULARY)('no site shows %s', (_what, pattern) => {
    expect(sites.filter((s) => pattern.test(s.terminal)).map((s) => `${s.at}: ${s.terminal}`)).toEqual([]);
  });

  test('every input an error names is an input of some action (so a face has a flag or a with: key for it)', () => {
    expect(words.length).toBeGreaterThan(60);
    expect(words.filter((w) => !INPUTS.has(w.input))).toEqual([]);
  });
});
