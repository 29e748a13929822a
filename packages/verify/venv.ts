/** A fresh virtual environment for the install check, made by the interpreter the user chose (or the OS's default). */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { ProcessError, runProcess, type ProcessResult } from '../process/index.js';
import { VerifyError } from './errors.js';
import {
  interpreterHints,
  interpreterLabel,
  interpreters,
  isStoreAlias,
  venvLayout,
  type Interpreter,
} from './interpreter.js';
import { parsePipVersion, pipEnv } from './pip-commands.js';
import { removeTree, type RemoveDeps } from './remove-tree.js';

/** A created virtual environment. */
export interface Venv {
  dir: string;
  /** The interpreter that made it, as named in messages (`python3`, `py -3`). */
  interpreter: string;
  /** Its interpreter. */
  python: string;
  /** Its scripts directory (goes first on PATH for the smoke command). */
  bin: string;
  /** The version of pip inside it, or null when it cannot be told. */
  pipVersion: string | null;
  /** An empty directory to run things in, so nothing is imported from a source checkout. */
  scratch: string;
  /** Delete it all; resolves with a warning line when that was not possible (never rejects). */
  remove(): Promise<string | null>;
}

/** Where and with what to make the venv. */
export interface VenvOptions extends RemoveDeps {
  /** The python input: a command or path; empty for the platform's default interpreters. */
  python: string;
  parentDir: string;
  env: NodeJS.ProcessEnv;
}

/** How trying one interpreter went: it made the venv, it is not there, or it is there and failed. */
type Attempt = { made: ProcessResult } | { missing: string };

/**
 * The first interpreter that is there, trying them in order: one not found, or Windows' Store alias, passes
 * to the next. Resolves with the interpreter and its result, or with every reason none was there.
 */
export async function firstInterpreter(
  candidates: readonly Interpreter[],
  attempt: (interpreter: Interpreter) => Promise<Attempt>,
  platform: NodeJS.Platform,
): Promise<{ interpreter: Interpreter; made: ProcessResult } | { missing: string[] }> {
  const missing: string[] = [];
  for (const interpreter of candidates) {
    const tried = await attempt(interpreter);
    if ('missing' in tried) missing.push(tried.missing);
    else if (isStoreAlias(tried.made.code, platform))
      missing.push(
        `'${interpreterLabel(interpreter)}' is the Microsoft Store's alias, not an installed Python`,
      );
    else return { interpreter, made: tried.made };
  }
  return { missing };
}

async function makeVenv(dir: string, root: string, options: VenvOptions) {
  const platform = process.platform;
  const hints = interpreterHints(platform);
  const found = await firstInterpreter(
    interpreters(options.python, platform),
    async ({ command, args }) => {
      try {
        return {
          made: await runProcess(command, [...args, '-m', 'venv', dir], {
            cwd: root,
            env: pipEnv(options.env),
          }),
        };
      } catch (error) {
        if (error instanceof ProcessError && error.kind === 'not-found') return { missing: error.message };
        throw error;
      }
    },
    platform,
  );
  if ('missing' in found) throw new VerifyError(`${found.missing.join('; ')}: ${hints.notFound}`);
  const { made, interpreter } = found;
  if (made.code !== 0) {
    const why = (made.stderr || made.stdout).trim().split(/\r?\n/).pop() || `exit code ${made.code}`;
    throw new VerifyError(`'${interpreterLabel(interpreter)} -m venv' failed (${why}): ${hints.noVenv}`);
  }
  return interpreterLabel(interpreter);
}

/** Create a venv with pip under `options.parentDir`. */
export async function createVenv(options: VenvOptions): Promise<Venv> {
  const root = await mkdtemp(join(options.parentDir, 'verify-pypi-'));
  const remove = () => removeTree(root, options);
  try {
    const dir = join(root, 'venv');
    const scratch = join(root, 'scratch');
    const interpreter = await makeVenv(dir, root, options);
    const { bin, python } = venvLayout(dir, process.platform);
    await mkdir(scratch);
    const pip = await runProcess(python, ['-m', 'pip', '--version'], {
      cwd: scratch,
      env: pipEnv(options.env),
    });
    if (pip.code !== 0) {
      throw new VerifyError(
        `the venv made by '${interpreter}' has no working pip: use an interpreter whose venv module installs pip`,
      );
    }
    return { dir, interpreter, python, bin, pipVersion: parsePipVersion(pip.stdout), scratch, remove };
  } catch (error) {
    await remove();
    throw error instanceof ProcessError ? new VerifyError(error.message, { cause: error }) : error;
  }
}
