// `completion bash|zsh|fish`: shell completion scripts generated from the command tree.
import type { Command } from 'commander';
import { UsageError } from '../options/usage-error.js';

interface Node { path: string[]; subcommands: string[]; options: string[] }

function walk(cmd: Command, path: string[] = []): Node[] {
  const options = cmd.options.filter((o) => !o.hidden).flatMap((o) => [o.long, o.short]).filter((x): x is string => !!x);
  const subs = cmd.commands.map((c) => c.name());
  return [{ path, subcommands: subs, options }, ...cmd.commands.flatMap((c) => walk(c, [...path, c.name()]))];
}

export function completionScript(root: Command, shell: string): string {
  const nodes = walk(root);
  const rootOptions = nodes[0]?.options ?? [];
  const words = (n: Node) => [...n.subcommands, ...n.options, ...(n.path.length > 0 ? rootOptions : [])].join(' ');
  switch (shell) {
    case 'bash': {
      const cases = nodes.map((n) => `    "${n.path.join(' ')}") words="${words(n)}" ;;`).join('\n');
      return `# bash completion for baton-scim; load with: source <(baton-scim completion bash)
_baton_scim() {
  local cur path="" w words
  cur="\${COMP_WORDS[COMP_CWORD]}"
  for w in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do case "$w" in -*) ;; *) path="\${path:+$path }$w" ;; esac; done
  case "$path" in
${cases}
    *) words="${rootOptions.join(' ')}" ;;
  esac
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F _baton_scim baton-scim
`;
    }
    case 'zsh':
      return `#compdef baton-scim\n# zsh completion for baton-scim; load with: source <(baton-scim completion zsh)\nautoload -U +X bashcompinit && bashcompinit\n${completionScript(root, 'bash')}`;
    case 'fish':
      return nodes.flatMap((n) => {
        const cond = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${n.path[n.path.length - 1] ?? ''}`;
        return [
          ...n.subcommands.map((s) => `complete -c baton-scim -n '${cond}' -a ${s}`),
          ...n.options.filter((o) => o.startsWith('--')).map((o) => `complete -c baton-scim -n '${cond}' -l ${o.slice(2)}`),
        ];
      }).join('\n') + '\n';
    default:
      throw new UsageError([`completion: unknown shell "${shell}"; use bash, zsh or fish`]);
  }
}
