/** The files a runner gives each step (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, …), and what a step wrote in them. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFileCommands } from '../local-runner/index.js';

/** What a step left in its files. */
export interface StepWrites {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
}

/** Fresh, empty step files in `dir`; returns their environment. */
export async function stepFileEnv(dir: string): Promise<Record<string, string>> {
  await mkdir(dir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_STATE: join(dir, 'state'),
  };
  await Promise.all(Object.values(files).map((file) => writeFile(file, '')));
  return files;
}

/** Reads what a step wrote into the files of `stepFileEnv(dir)`. */
export async function readStepWrites(dir: string): Promise<StepWrites> {
  const read = (name: string) => readFile(join(dir, name), 'utf8').catch(() => '');
  const [output, env, path] = await Promise.all([read('output'), read('env'), read('path')]);
  return {
    outputs: parseFileCommands(output, 'GITHUB_OUTPUT'),
    env: parseFileCommands(env, 'GITHUB_ENV'),
    path: path.split(/\r?\n/).filter(Boolean),
  };
}
