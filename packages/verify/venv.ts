/** A fresh virtual environment for the install check, made by the interpreter the user chose. */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ProcessError, runProcess } from '../process/index.js';
import { pipEnv, parsePipVersion } from './pip-commands.js';
import { VerifyError } from './errors.js';

/** A created virtual environment. */
export interface Venv {
  dir: string;
  /** Its interpreter. */
  python: string;
  /** Its scripts directory (goes first on PATH for the smoke command). */
  bin: string;
  /** The version of pip inside it, or null when it cannot be told. */
  pipVersion: string | null;
  /** An empty directory to run things in, so nothing is imported from a source checkout. */
  scratch: string;
  /** Delete it all. */
  remove(): Promise<void>;
}

/** Create a venv with pip under `parentDir` using `python` (a command or path). */
export async function createVenv(python: string, parentDir: string, env: NodeJS.ProcessEnv): Promise<Venv> {
  const root = await mkdtemp(join(parentDir, 'verify-pypi-'));
  const remove = () => rm(root, { recursive: true, force: true });
  try {
    const dir = join(root, 'venv');
    const scratch = join(root, 'scratch');
    const made = await runProcess(python, ['-m', 'venv', dir], {
      cwd: root,
      env: pipEnv(env),
      hint: 'install it or point the python input at an interpreter',
    });
    if (made.code !== 0) {
      const why = (made.stderr || made.stdout).trim().split(/\r?\n/).pop() ?? `exit code ${made.code}`;
      throw new VerifyError(
        `'${python} -m venv' failed (${why}): install the venv module (Debian: python3-venv) or set python to another interpreter`,
      );
    }
    const windows = process.platform === 'win32';
    const bin = join(dir, windows ? 'Scripts' : 'bin');
    const venvPython = join(bin, windows ? 'python.exe' : 'python');
    await mkdir(scratch);
    const pip = await runProcess(venvPython, ['-m', 'pip', '--version'], { cwd: scratch, env: pipEnv(env) });
    if (pip.code !== 0) {
      throw new VerifyError(
        `the venv made by '${python}' has no working pip: use an interpreter whose venv module installs pip`,
      );
    }
    return { dir, python: venvPython, bin, pipVersion: parsePipVersion(pip.stdout), scratch, remove };
  } catch (error) {
    await remove();
    throw error instanceof ProcessError ? new VerifyError(error.message, { cause: error }) : error;
  }
}
