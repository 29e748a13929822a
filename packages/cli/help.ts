/** The help texts that list commands, made from the commands themselves so a new one shows up by itself. */
import type { Command } from './command.js';

type Entry = Pick<Command, 'usage' | 'summary'>;

function commandList(entries: readonly Entry[]): string {
  const width = Math.max(...entries.map((entry) => entry.usage.length)) + 2;
  return entries.map((entry) => `  ${entry.usage.padEnd(width)} ${entry.summary}`).join('\n');
}

const HELP_ENTRY: Entry = { usage: 'help [command]', summary: 'Show help for a command' };

/** `release-actions --help`. */
export function mainHelp(commands: readonly Command[]): string {
  return `Usage: release-actions <command> [options]

Rehearse a Python release locally: serve a PyPI-compatible index, run the bundled actions.

Commands:
${commandList([...commands, HELP_ENTRY])}

Options:
  -h, --help           Show help
  -v, --version        Show the version

Run 'release-actions <command> --help' for a command's options.
Exit codes: 0 done, 1 running failed (or the action's own exit code), 2 bad command line, 130 interrupted.
`;
}

/** `release-actions <group> --help`, e.g. for `index`. */
export function groupHelp(group: string, commands: readonly Command[]): string {
  const members = commands.filter((command) => command.name.length > 1 && command.name[0] === group);
  return `Usage: release-actions ${group} <subcommand> [options]

Subcommands:
${commandList(members.map((command) => ({ ...command, usage: command.usage.slice(group.length + 1) })))}

Run 'release-actions ${group} <subcommand> --help' for its options.
`;
}
