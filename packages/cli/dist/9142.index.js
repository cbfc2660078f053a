export const id = 9142;
export const ids = [9142];
export const modules = {

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHELLS: () => (/* binding */ SHELLS),
/* harmony export */   VALUE_KINDS: () => (/* binding */ VALUE_KINDS),
/* harmony export */   completionScript: () => (/* binding */ completionScript)
/* harmony export */ });
// `lockstep completion bash|zsh|fish`: a completion script written from commander's own tree of
// commands and options (buildProgram without argv declares every command's flags), so a flag
// added to a command, or an action input that becomes one, completes without touching this file.
/** The shells a completion script is written for. */
const SHELLS = ['bash', 'zsh', 'fish'];
/** What a flag's value is, for the flags whose values the config names (completion-values.ts reads them). */
const VALUE_KINDS = ['environments', 'targets', 'services', 'charts'];
/**
 * The flags completed with the config's values, by commander's whole flags text: the action inputs take a
 * `<value>`, so metrics' own `--to <date>` is told from promote's `--to <value>` (an environment or a
 * `waves:` name). Every other flag's value is left to the shell (paths, refs).
 */
const VALUE_FLAGS = {
    '--to <value>': 'targets',
    '--from <value>': 'environments',
    '--environments <value>': 'environments',
    '--env <name>': 'environments',
    '--services <value>': 'services',
    '--charts <value>': 'charts',
};
/** The hidden command a script runs for those values: `lockstep __complete-values <kind> [--config F]`. */
const VALUES = 'command lockstep __complete-values';
/** The first sentence of a description, on one line: what a completion menu shows. */
function brief(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    const cut = line.search(/[.;(]/);
    return (cut > 0 ? line.slice(0, cut) : line).trim().slice(0, 80);
}
function completables(program) {
    const help = (o) => o.long === '--help';
    // The visible commands only: `__complete-values` is the scripts' own, not a user's.
    const visible = program
        .createHelp()
        .visibleCommands(program)
        .filter((c) => c.name() !== 'help');
    return visible.map((c) => ({
        name: c.name(),
        description: brief(c.description()),
        options: [...c.options.filter((o) => o.long !== undefined && !help(o)), ...[]].map((o) => ({
            flag: o.long,
            description: brief(o.description),
            takesValue: o.required || o.optional,
            ...(VALUE_FLAGS[o.flags] !== undefined ? { values: VALUE_FLAGS[o.flags] } : {}),
        })),
    }));
}
/** A word safe inside single quotes in bash, zsh and fish (`'` closed, escaped, reopened). */
const quoted = (s, shell) => `'${s.replace(/'/g, shell === 'fish' ? "\\'" : "'\\''")}'`;
function bashScript(cmds) {
    const cases = cmds.map((c) => `    ${c.name}) flags=${quoted([...c.options.map((o) => o.flag), '--help'].join(' '), 'bash')} ;;`);
    return [
        '# lockstep completion for bash: eval "$(lockstep completion bash)" in ~/.bashrc',
        '_lockstep() {',
        '  local cur="${COMP_WORDS[COMP_CWORD]}" flags',
        '  COMPREPLY=()',
        '  if [ "$COMP_CWORD" -eq 1 ]; then',
        `    COMPREPLY=($(compgen -W ${quoted([...cmds.map((c) => c.name), 'completion', 'help', '--help', '--version'].join(' '), 'bash')} -- "$cur"))`,
        '    return 0',
        '  fi',
        '  case "${COMP_WORDS[1]}" in',
        ...cases,
        `    completion) [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W ${quoted(SHELLS.join(' '), 'bash')} -- "$cur")); return 0 ;;`,
        `    help) [ "$COMP_CWORD" -eq 2 ] && COMPREPLY=($(compgen -W ${quoted(cmds.map((c) => c.name).join(' '), 'bash')} -- "$cur")); return 0 ;;`,
        '    *) return 0 ;;',
        '  esac',
        "  # A flag is completed from the command's own; anything else is left to the shell (paths, refs).",
        ...bashValues(cmds),
        '  case "$cur" in',
        '    -*) COMPREPLY=($(compgen -W "$flags" -- "$cur")) ;;',
        '  esac',
        '  return 0',
        '}',
        'complete -o default -o bashdefault -F _lockstep lockstep',
        '',
    ].join('\n');
}
/**
 * After a flag whose values the config names (`--to st`, `--to=st`), those values, asked of the CLI with
 * the `--config` typed on the line. Each command's own flags only: `check --to` offers nothing.
 */
function bashValues(cmds) {
    const cases = VALUE_KINDS.flatMap((kind) => {
        const words = cmds.flatMap((c) => c.options.filter((o) => o.values === kind).map((o) => quoted(`${c.name} ${o.flag}`, 'bash')));
        return words.length === 0 ? [] : [`    ${words.join('|')}) kind=${kind} ;;`];
    });
    return [
        '  local prev="${COMP_WORDS[COMP_CWORD-1]}" kind= config= i',
        '  if [ "$cur" = = ]; then cur=; elif [ "$prev" = = ]; then prev="${COMP_WORDS[COMP_CWORD-2]}"; fi',
        '  case "${COMP_WORDS[1]} $prev" in',
        ...cases,
        '  esac',
        '  if [ -n "$kind" ]; then',
        '    for ((i = 2; i < COMP_CWORD; i++)); do',
        '      if [ "${COMP_WORDS[i]}" = --config ]; then',
        '        config="${COMP_WORDS[i+1]}"',
        '        [ "$config" = = ] && config="${COMP_WORDS[i+2]}"',
        '      fi',
        '    done',
        // Not compgen -W: it expands each word, and a config is a repository's text (a service named `$(…)`).
        '    local value',
        '    while IFS= read -r value; do',
        '      [[ "$value" == "$cur"* ]] && COMPREPLY+=("$value")',
        `    done < <(${VALUES} "$kind" \${config:+--config "$config"} 2>/dev/null)`,
        '    return 0',
        '  fi',
    ];
}
/** zsh's _arguments and _describe read `[`, `]` and `:` as syntax: they are escaped in a description. */
const zshText = (s) => s.replace(/[[\]:\\]/g, (c) => `\\${c}`);
function zshScript(cmds) {
    const described = cmds.map((c) => `    ${quoted(`${c.name}:${zshText(c.description)}`, 'zsh')}`);
    const cases = cmds.map((c) => {
        const action = (o) => o.values !== undefined ? `:${o.values}:_lockstep_values ${o.values}` : o.takesValue ? ':value:_files' : '';
        const specs = c.options.map((o) => quoted(`${o.flag}[${zshText(o.description)}]${action(o)}`, 'zsh'));
        return [`    ${c.name})`, `      _arguments -s ${specs.join(' ')} '*:file:_files'`, '      ;;'].join('\n');
    });
    return [
        '#compdef lockstep',
        '# lockstep completion for zsh: eval "$(lockstep completion zsh)" in ~/.zshrc (after compinit)',
        '# The config values after --to, --from, --env, --services, --charts (with the --config typed on the line).',
        '_lockstep_values() {',
        '  local -a values config',
        '  local i=${words[(I)--config]}',
        '  (( i )) && config=(--config ${(Q)words[i+1]})',
        `  values=(\${(f)"$(${VALUES} $1 $config 2>/dev/null)"})`,
        '  compadd -a values',
        '}',
        '_lockstep() {',
        '  local -a commands',
        '  commands=(',
        ...described,
        `    ${quoted('completion:print a shell completion script', 'zsh')}`,
        '  )',
        '  if (( CURRENT == 2 )); then',
        "    _describe 'command' commands",
        '    return',
        '  fi',
        '  local cmd=$words[2]',
        '  shift words',
        '  (( CURRENT-- ))',
        '  case $cmd in',
        ...cases,
        `    completion) _values 'shell' ${SHELLS.join(' ')} ;;`,
        '  esac',
        '}',
        'compdef _lockstep lockstep',
        '',
    ].join('\n');
}
/** A fish flag's value: the config's values, a path, or none. */
const fishValue = (o) => o.values !== undefined ? ` -r -f -a '(__lockstep_values ${o.values})'` : o.takesValue ? ' -r -F' : '';
function fishScript(cmds) {
    const lines = [
        '# lockstep completion for fish: lockstep completion fish > ~/.config/fish/completions/lockstep.fish',
        'complete -c lockstep -f',
        '# The config values after --to, --from, --env, --services, --charts (with the --config typed on the line).',
        'function __lockstep_values',
        '    set -l words (commandline -opc)',
        '    set -l config',
        '    set -l i (contains -i -- --config $words)',
        '    and set -q words[(math $i + 1)]',
        '    and set config --config $words[(math $i + 1)]',
        `    ${VALUES} $argv[1] $config 2>/dev/null`,
        'end',
    ];
    for (const c of cmds)
        lines.push(`complete -c lockstep -n __fish_use_subcommand -a ${c.name} -d ${quoted(c.description, 'fish')}`);
    lines.push(`complete -c lockstep -n __fish_use_subcommand -a completion -d 'print a shell completion script'`);
    lines.push(`complete -c lockstep -n '__fish_seen_subcommand_from completion' -a ${quoted(SHELLS.join(' '), 'fish')}`);
    for (const c of cmds)
        for (const o of c.options)
            lines.push(`complete -c lockstep -n '__fish_seen_subcommand_from ${c.name}' -l ${o.flag.slice(2)}${fishValue(o)} -d ${quoted(o.description, 'fish')}`);
    return `${lines.join('\n')}\n`;
}
/** The completion script for `shell`, from `program` with every command's flags declared. */
function completionScript(program, shell) {
    const cmds = completables(program).filter((c) => c.name !== 'completion');
    return shell === 'bash' ? bashScript(cmds) : shell === 'zsh' ? zshScript(cmds) : fishScript(cmds);
}


/***/ })

};
