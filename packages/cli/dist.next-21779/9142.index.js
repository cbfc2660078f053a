export const id = 9142;
export const ids = [9142];
export const modules = {

/***/ 9142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHELLS: () => (/* binding */ SHELLS),
/* harmony export */   completionScript: () => (/* binding */ completionScript)
/* harmony export */ });
// `lockstep completion bash|zsh|fish`: a completion script written from commander's own tree of
// commands and options (buildProgram without argv declares every command's flags), so a flag
// added to a command, or an action input that becomes one, completes without touching this file.
/** The shells a completion script is written for. */
const SHELLS = ['bash', 'zsh', 'fish'];
/** The first sentence of a description, on one line: what a completion menu shows. */
function brief(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    const cut = line.search(/[.;(]/);
    return (cut > 0 ? line.slice(0, cut) : line).trim().slice(0, 80);
}
function completables(program) {
    const help = (o) => o.long === '--help';
    return program.commands.map((c) => ({
        name: c.name(),
        description: brief(c.description()),
        options: [...c.options.filter((o) => o.long !== undefined && !help(o)), ...[]].map((o) => ({
            flag: o.long,
            description: brief(o.description),
            takesValue: o.required || o.optional,
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
        '  case "$cur" in',
        '    -*) COMPREPLY=($(compgen -W "$flags" -- "$cur")) ;;',
        '  esac',
        '  return 0',
        '}',
        'complete -o default -o bashdefault -F _lockstep lockstep',
        '',
    ].join('\n');
}
/** zsh's _arguments and _describe read `[`, `]` and `:` as syntax: they are escaped in a description. */
const zshText = (s) => s.replace(/[[\]:\\]/g, (c) => `\\${c}`);
function zshScript(cmds) {
    const described = cmds.map((c) => `    ${quoted(`${c.name}:${zshText(c.description)}`, 'zsh')}`);
    const cases = cmds.map((c) => {
        const specs = c.options.map((o) => quoted(`${o.flag}[${zshText(o.description)}]${o.takesValue ? ':value:_files' : ''}`, 'zsh'));
        return [`    ${c.name})`, `      _arguments -s ${specs.join(' ')} '*:file:_files'`, '      ;;'].join('\n');
    });
    return [
        '#compdef lockstep',
        '# lockstep completion for zsh: eval "$(lockstep completion zsh)" in ~/.zshrc (after compinit)',
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
function fishScript(cmds) {
    const lines = [
        '# lockstep completion for fish: lockstep completion fish > ~/.config/fish/completions/lockstep.fish',
        'complete -c lockstep -f',
    ];
    for (const c of cmds)
        lines.push(`complete -c lockstep -n __fish_use_subcommand -a ${c.name} -d ${quoted(c.description, 'fish')}`);
    lines.push(`complete -c lockstep -n __fish_use_subcommand -a completion -d 'print a shell completion script'`);
    lines.push(`complete -c lockstep -n '__fish_seen_subcommand_from completion' -a ${quoted(SHELLS.join(' '), 'fish')}`);
    for (const c of cmds)
        for (const o of c.options)
            lines.push(`complete -c lockstep -n '__fish_seen_subcommand_from ${c.name}' -l ${o.flag.slice(2)}${o.takesValue ? ' -r -F' : ''} -d ${quoted(o.description, 'fish')}`);
    return `${lines.join('\n')}\n`;
}
/** The completion script for `shell`, from `program` with every command's flags declared. */
function completionScript(program, shell) {
    const cmds = completables(program).filter((c) => c.name !== 'completion');
    return shell === 'bash' ? bashScript(cmds) : shell === 'zsh' ? zshScript(cmds) : fishScript(cmds);
}


/***/ })

};
