/**
 * Reading a command's arguments as getopt does: `--name value` and `--name=value`, a value taken as given even
 * when it starts with a dash (`--port -1` is a bad port, not a puzzle), `--` ending the options. Every
 * mistake is one UsageError line naming the option and what it accepts.
 */
import { UsageError } from './usage-error.js';

/** One option: a flag, or one that takes a value (repeatable when `multiple`). */
export interface OptionSpec {
  kind: 'flag' | 'value';
  multiple?: boolean;
  /** What a value may be, completing "'x' is not …", e.g. `a port number from 0 to 65535`. */
  accepts?: string;
}

/** A command's options by long name (without the dashes). */
export type OptionSpecs = Record<string, OptionSpec>;

/** A parsed command line: typed access to the options given, and the other arguments. */
export class CommandLine {
  constructor(
    /** The command's words, e.g. `index serve`, for messages. */
    readonly command: string,
    private readonly specs: OptionSpecs,
    private readonly given: ReadonlyMap<string, string[]>,
    readonly positionals: readonly string[],
    /** Whether `-h` or `--help` was given. */
    readonly help: boolean,
  ) {}

  /** Whether a flag was given. */
  flag(name: string): boolean {
    return this.given.has(this.known(name));
  }

  /** The value of an option given once (the last one wins when given again). */
  string(name: string): string | undefined {
    return this.given.get(this.known(name))?.at(-1);
  }

  /** Every value of a repeatable option, in order. */
  list(name: string): string[] {
    return [...(this.given.get(this.known(name)) ?? [])];
  }

  /** The option's value converted; `convert` returns undefined for a value it refuses. */
  value<T>(name: string, convert: (text: string) => T | undefined): T | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    const converted = convert(text);
    if (converted === undefined) throw this.invalid(name, text);
    return converted;
  }

  /** The one-line error for a value an option does not accept. */
  invalid(name: string, text: string): UsageError {
    return new UsageError(
      `--${name}: '${text}' is not ${this.specs[this.known(name)]?.accepts ?? 'valid here'}`,
    );
  }

  private known(name: string): string {
    if (!(name in this.specs)) throw new Error(`${this.command} has no option --${name}`);
    return name;
  }
}

/** Parses `args` (the words after the command's name) by `specs`; throws UsageError for a bad line. */
export function parseCommandLine(command: string, args: readonly string[], specs: OptionSpecs): CommandLine {
  const given = new Map<string, string[]>();
  const positionals: string[] = [];
  let help = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') help = true;
    else if (!arg.startsWith('-') || arg === '-') positionals.push(arg);
    else {
      const { name, spec, inline } = lookUp(command, arg, specs);
      let value = inline;
      if (spec.kind === 'flag' && value !== undefined) throw new UsageError(`--${name}: takes no value`);
      if (spec.kind === 'value' && value === undefined) {
        value = args[++index];
        if (value === undefined)
          throw new UsageError(`--${name}: needs a value${spec.accepts ? `: ${spec.accepts}` : ''}`);
      }
      const values = spec.multiple ? (given.get(name) ?? []) : [];
      given.set(name, [...values, value ?? 'true']);
    }
  }
  return new CommandLine(command, specs, given, positionals, help);
}

function lookUp(
  command: string,
  arg: string,
  specs: OptionSpecs,
): { name: string; spec: OptionSpec; inline: string | undefined } {
  const equals = arg.indexOf('=');
  const name = (equals < 0 ? arg : arg.slice(0, equals)).replace(/^--?/, '');
  const spec = arg.startsWith('--') ? specs[name] : undefined;
  if (!spec) {
    throw new UsageError(
      `${command}: unknown option '${equals < 0 ? arg : arg.slice(0, equals)}'; see 'release-actions ${command} --help'`,
    );
  }
  return { name, spec, inline: equals < 0 ? undefined : arg.slice(equals + 1) };
}
