/** Running git: argument arrays, never a shell, with an environment that cannot redirect it. */
import { ProcessError, runProcess } from '../process/index.js';
import { VersionError } from './errors.js';

/** What one git process reported. */
export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Where and with what standard input one git process runs. */
export interface GitRunOptions {
  cwd: string;
  input?: string;
}

/** The only door to git; tests pass their own to count or fake processes. */
export interface Git {
  run(args: readonly string[], options: GitRunOptions): Promise<GitResult>;
}

// Variables that would point git at another repository, index or object store than the checkout in `cwd`
// (setuptools_scm drops all GIT_* for the same reason; we keep the ones that only tune transport and config).
const REDIRECTING = new Set([
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_SHALLOW_FILE',
  'GIT_GRAFT_FILE',
  'GIT_REPLACE_REF_BASE',
  'GIT_NO_REPLACE_OBJECTS',
]);

/** The environment git runs with: no repository redirection, C locale for parseable messages, no prompts. */
export function gitEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !REDIRECTING.has(key)) result[key] = value;
  }
  result.LC_ALL = 'C';
  result.LANGUAGE = '';
  // A fetch must fail, not wait for a password nobody will type.
  result.GIT_TERMINAL_PROMPT = '0';
  return result;
}

/** The real git, found on PATH (or `executable`), run without a shell through the suite's process runner. */
export function createGit(options: { executable?: string; env?: NodeJS.ProcessEnv } = {}): Git {
  const executable = options.executable ?? 'git';
  const env = gitEnvironment(options.env ?? process.env);
  return {
    async run(args, { cwd, input }) {
      try {
        const result = await runProcess(executable, args, {
          cwd,
          env,
          timeoutMs: 0, // a fetch takes as long as the network does; the job's own timeout bounds it
          ...(input === undefined ? {} : { input }),
          hint: 'install git on the runner',
        });
        return { code: result.code ?? 128, stdout: result.stdout, stderr: result.stderr };
      } catch (error) {
        if (error instanceof ProcessError) throw new VersionError(`${error.message} (cwd ${cwd})`);
        throw error;
      }
    },
  };
}

/** Runs git and returns stdout, or throws with git's own message when it fails. */
export async function gitOutput(git: Git, args: readonly string[], cwd: string): Promise<string> {
  const result = await git.run(args, { cwd });
  if (result.code !== 0) throw new GitFailure(args, result);
  return result.stdout;
}

/** A git command that failed; `message` carries git's first error line. */
export class GitFailure extends Error {
  override name = 'GitFailure';
  constructor(
    readonly args: readonly string[],
    readonly result: GitResult,
  ) {
    super(
      `git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLine(result.stderr) || firstLine(result.stdout)}`,
    );
  }
}

/** The first non-empty line of git's output, for one-line messages. */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}
