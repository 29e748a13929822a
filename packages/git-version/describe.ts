/**
 * `git describe`: setuptools_scm 10's default command, a project's own describe command read into the options
 * this package honours, the arguments run, and reading the answer.
 */
import { shlexSplit } from './shlex.js';

/** What one describe run asks git for. */
export interface DescribeSpec {
  /** `--match` globs; a tag must match one of them (none: every tag). */
  match: string[];
  /** `--exclude` globs. */
  exclude: string[];
  /** `--tags`: lightweight tags count too (without it only annotated tags do). */
  tags: boolean;
  firstParent: boolean;
  /** `--long`: setuptools_scm reads a distance of 0 either way; only the node shown in local versions differs. */
  long: boolean;
  /** `--dirty`: without it setuptools_scm never sees a dirty tree (describe's answer is all it reads). */
  dirty: boolean;
  /** `--abbrev=N`, or null for git's default length. */
  abbrev: string | null;
  /** `--candidates=N`, or null. */
  candidates: string | null;
}

/** One `git describe --long --dirty` answer. */
export interface Described {
  tag: string;
  distance: number;
  /** Abbreviated commit id, without describe's `g`; null when describe printed the bare tag. */
  abbrev: string | null;
  dirty: boolean;
}

/** setuptools_scm's default `--match` glob: tags with a digit in them. */
export const DEFAULT_MATCH = '*[0-9]*';

/** setuptools_scm 10's default: `git describe --dirty --tags --long --abbrev=40 --match <glob>`. */
export function defaultDescribe(match: string): DescribeSpec {
  return {
    match: [match],
    exclude: [],
    tags: true,
    firstParent: false,
    long: true,
    dirty: true,
    abbrev: '40',
    candidates: null,
  };
}

/** Thrown with the reason a describe command cannot be honoured; the caller names the configuration key. */
export class DescribeCommandError extends Error {
  override name = 'DescribeCommandError';
}

/**
 * Reads a project's describe command (a list, or one string split as shlex does) into a DescribeSpec. Only
 * `git describe` with options that choose tags or shape the answer is accepted: anything else would need running
 * the project's command as it stands, which this package never does.
 */
export function describeSpecFromCommand(command: string | readonly string[]): DescribeSpec {
  let words: string[];
  try {
    words = typeof command === 'string' ? shlexSplit(command) : [...command];
  } catch (error) {
    throw new DescribeCommandError(`it cannot be split into words (${(error as Error).message})`);
  }
  if (words[0] !== 'git') {
    throw new DescribeCommandError(`it runs '${words[0] ?? ''}', not git describe`);
  }
  if (words[1] !== 'describe') {
    throw new DescribeCommandError(`it runs 'git ${words[1] ?? ''}', not git describe`);
  }
  const spec: DescribeSpec = { ...defaultDescribe(''), match: [], tags: false, long: false, dirty: false };
  spec.abbrev = null;
  const rest = words.slice(2);
  for (let i = 0; i < rest.length; i += 1) {
    const word = rest[i] ?? '';
    const [name = '', inline] = splitOption(word);
    const value = (): string => {
      if (inline !== undefined) return inline;
      i += 1;
      const next = rest[i];
      if (next === undefined) throw new DescribeCommandError(`${name} needs a value`);
      return next;
    };
    applyOption(spec, name, inline, value);
  }
  if (spec.abbrev === '0') {
    throw new DescribeCommandError(
      '--abbrev=0 prints the bare tag, so no build could tell one commit from the next',
    );
  }
  return spec;
}

function splitOption(word: string): [string, string?] {
  const eq = word.indexOf('=');
  return word.startsWith('--') && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word];
}

function applyOption(
  spec: DescribeSpec,
  name: string,
  inline: string | undefined,
  value: () => string,
): void {
  const flag = (set: () => void): void => {
    if (inline !== undefined) throw new DescribeCommandError(`${name} takes no value`);
    set();
  };
  switch (name) {
    case '--tags':
      return flag(() => (spec.tags = true));
    case '--long':
      return flag(() => (spec.long = true));
    case '--first-parent':
      return flag(() => (spec.firstParent = true));
    case '--debug':
      return flag(() => undefined);
    case '--dirty':
      if (inline !== undefined && inline !== '-dirty') {
        throw new DescribeCommandError(
          `--dirty=${inline} marks a dirty tree in a way setuptools_scm does not read`,
        );
      }
      spec.dirty = true;
      return;
    case '--match':
      spec.match.push(value());
      return;
    case '--exclude':
      spec.exclude.push(value());
      return;
    case '--abbrev':
      spec.abbrev = inline === undefined ? null : numeric(name, inline);
      return;
    case '--candidates':
      spec.candidates = numeric(name, value());
      return;
  }
  const what = name.startsWith('-') ? `the option ${name}` : `the argument '${name}'`;
  throw new DescribeCommandError(
    `${what} is not one compute-dev-version honours (it reads --match, --exclude, --first-parent, --tags, --long, --dirty, --abbrev and --candidates)`,
  );
}

function numeric(name: string, text: string): string {
  if (!/^[0-9]+$/.test(text)) throw new DescribeCommandError(`${name}=${text} is not a number`);
  return text;
}

/** The arguments for one run: always `--dirty` and `--long` (parsed alike), plus `--exclude` for tags we skip. */
export function describeArgs(spec: DescribeSpec, exclude: Iterable<string> = []): string[] {
  const args = ['describe', '--dirty', '--long'];
  if (spec.tags) args.push('--tags');
  if (spec.firstParent) args.push('--first-parent');
  if (spec.abbrev !== null) args.push(`--abbrev=${spec.abbrev}`);
  if (spec.candidates !== null) args.push(`--candidates=${spec.candidates}`);
  for (const glob of spec.match) args.push(`--match=${glob}`);
  for (const glob of [...spec.exclude, ...exclude]) args.push(`--exclude=${glob}`);
  return args;
}

/** Parses `<tag>-<distance>-g<sha>[-dirty]` as setuptools_scm does (a bare tag reads as distance 0). */
export function parseDescribe(output: string): Described | null {
  let text = output.trim();
  if (text === '') return null;
  const dirty = text.endsWith('-dirty');
  if (dirty) text = text.slice(0, -'-dirty'.length);
  const match = /^(.+)-([0-9]+)-g([0-9a-f]+)$/s.exec(text);
  if (!match) return { tag: text, distance: 0, abbrev: null, dirty };
  return { tag: match[1] ?? '', distance: Number(match[2]), abbrev: match[3] ?? '', dirty };
}
