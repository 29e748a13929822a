/** What every subcommand of `release-actions` is, and what it is given to run. */
import type { CommandLine, OptionSpecs } from './command-line.js';
import type { CliOutput } from './output.js';

/** What a command runs with: where it writes, when it must stop, and the process's surroundings. */
export interface CommandContext {
  io: CliOutput;
  /** Aborted by Ctrl+C or SIGTERM: finish what is in flight, clean up, return. */
  stop: AbortSignal;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where temporary files go (the system's temporary directory). */
  tempDir: string;
  /**
   * Registers synchronous clean-up that must also happen when a second signal ends the process at once;
   * returns the function that unregisters it (call it once the command cleaned up by itself).
   */
  atExit(cleanup: () => void): () => void;
}

/** One subcommand (`run`, `index serve`): its words, help, options and what it does. */
export interface Command {
  /** The words that name it, e.g. `['index', 'serve']`. */
  name: readonly string[];
  /** How it is called, for the command list, e.g. `run <action>`. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** The whole `--help` text. */
  help: string;
  /** Its options; `-h`/`--help` comes with every command. */
  options: OptionSpecs;
  /** Runs it with its parsed command line; resolves with the exit code, throws UsageError for a bad one. */
  run(line: CommandLine, context: CommandContext): Promise<number>;
}
