/** The `release-actions` command line: dispatches to the commands and turns errors into one line. */
import { INDEX_HELP, INDEX_REPAIR_HELP, INDEX_SERVE_HELP, MAIN_HELP, RUN_HELP } from './help.js';
import { indexRepair } from './index-repair.js';
import { indexServe } from './index-serve.js';
import type { CliOutput } from './output.js';
import { runCommand } from './run-command.js';
import { UsageError } from './usage-error.js';

/** The CLI's version, printed by `--version`. */
export const VERSION = '0.1.0';

const HELP_TOPICS: Record<string, string> = {
  index: INDEX_HELP,
  'index serve': INDEX_SERVE_HELP,
  'index repair': INDEX_REPAIR_HELP,
  serve: INDEX_SERVE_HELP,
  run: RUN_HELP,
};

async function dispatch(args: string[], io: CliOutput, stop: AbortSignal): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '-h' || command === '--help') {
    io.out(MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    io.out(`release-actions ${VERSION}\n`);
    return 0;
  }
  if (command === 'help') {
    const topic = rest.join(' ');
    const text = topic === '' ? MAIN_HELP : HELP_TOPICS[topic];
    if (text === undefined) throw new UsageError(`help: no command '${topic}'; try 'release-actions --help'`);
    io.out(text);
    return 0;
  }
  if (command === 'index') {
    const [sub, ...subArgs] = rest;
    if (sub === undefined || sub === '-h' || sub === '--help') {
      io.out(INDEX_HELP);
      return sub === undefined ? 2 : 0;
    }
    if (sub === 'serve') return indexServe(subArgs, io, stop);
    if (sub === 'repair') return indexRepair(subArgs, io);
    throw new UsageError(`index: unknown subcommand '${sub}'; try 'release-actions index --help'`);
  }
  if (command === 'run') return runCommand(rest, io);
  throw new UsageError(`unknown command '${command}'; try 'release-actions --help'`);
}

/** Runs the CLI with `args` (without node and script); resolves with the exit code. Never throws. */
export async function runCli(
  args: string[],
  io: CliOutput,
  stop: AbortSignal = new AbortController().signal,
): Promise<number> {
  try {
    return await dispatch(args, io, stop);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`release-actions: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
