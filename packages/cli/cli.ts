/** The `release-actions` command line: finds the command, parses its options, turns errors into one line. */
import { tmpdir } from 'node:os';
import { parseCommandLine } from './command-line.js';
import type { Command, CommandContext } from './command.js';
import { COMMANDS } from './commands.js';
import { groupHelp, mainHelp } from './help.js';
import type { CliOutput } from './output.js';
import { UsageError } from './usage-error.js';

/** The CLI's version, printed by `--version`. */
export const VERSION = '0.1.0';

/** Where a run happens; the defaults are this process's. */
export interface CliSurroundings {
  stop?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  tempDir?: string;
  atExit?: CommandContext['atExit'];
}

/** The command `args` names: the one whose words they start with, longest first. */
function findCommand(args: readonly string[], commands: readonly Command[]): Command | undefined {
  return [...commands]
    .sort((a, b) => b.name.length - a.name.length)
    .find((command) => command.name.every((word, index) => args[index] === word));
}

function isGroup(word: string, commands: readonly Command[]): boolean {
  return commands.some((command) => command.name.length > 1 && command.name[0] === word);
}

/** Help, version and groups: what needs no command. Returns the exit code, or null to go on. */
function answerWithoutCommand(args: string[], io: CliOutput, commands: readonly Command[]): number | null {
  const [first, second] = args;
  if (first === undefined || first === '-h' || first === '--help') {
    io.out(mainHelp(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.out(`release-actions ${VERSION}\n`);
    return 0;
  }
  if (first === 'help') {
    const topic = args.slice(1);
    const command = topic.length === 0 ? undefined : findCommand(topic, commands);
    if (topic.length === 0) io.out(mainHelp(commands));
    else if (command) io.out(command.help);
    else if (topic.length === 1 && isGroup(topic[0] as string, commands))
      io.out(groupHelp(topic[0] as string, commands));
    else throw new UsageError(`help: no command '${topic.join(' ')}'; try 'release-actions --help'`);
    return 0;
  }
  if (isGroup(first, commands) && !findCommand(args, commands)) {
    if (second === undefined || second === '-h' || second === '--help') {
      io.out(groupHelp(first, commands));
      return second === undefined ? 2 : 0;
    }
    throw new UsageError(`${first}: unknown subcommand '${second}'; try 'release-actions ${first} --help'`);
  }
  return null;
}

async function dispatch(
  args: string[],
  context: CommandContext,
  commands: readonly Command[],
): Promise<number> {
  const answered = answerWithoutCommand(args, context.io, commands);
  if (answered !== null) return answered;
  const command = findCommand(args, commands);
  if (!command) throw new UsageError(`unknown command '${args[0]}'; try 'release-actions --help'`);
  const line = parseCommandLine(command.name.join(' '), args.slice(command.name.length), command.options);
  if (line.help) {
    context.io.out(command.help);
    return 0;
  }
  return command.run(line, context);
}

/** Runs the CLI with `args` (without node and script); resolves with the exit code. Never throws. */
export async function runCli(
  args: string[],
  io: CliOutput,
  surroundings: CliSurroundings = {},
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const context: CommandContext = {
    io,
    stop: surroundings.stop ?? new AbortController().signal,
    env: surroundings.env ?? process.env,
    cwd: surroundings.cwd ?? process.cwd(),
    tempDir: surroundings.tempDir ?? tmpdir(),
    atExit: surroundings.atExit ?? (() => () => undefined),
  };
  try {
    return await dispatch(args, context, commands);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`release-actions: ${message.split('\n')[0]}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
