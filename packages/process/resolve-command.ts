/**
 * Finding the program a command names, as a shell would, with the platform passed in: PATH on every OS,
 * and on Windows PATHEXT too (`pip` is `pip.exe`, `npm` is `npm.cmd`), which node's spawn does not try.
 */
import path from 'node:path';

/** What resolution needs to know about the machine; `isExecutable` is the only file-system access. */
export interface ResolveContext {
  platform: NodeJS.Platform;
  /** The environment the process will get (its PATH and PATHEXT are used). */
  env: NodeJS.ProcessEnv;
  /** The directory a relative path is taken from. */
  cwd: string;
  /** True when `file` exists, is a regular file and (POSIX) has an execute bit. */
  isExecutable(file: string): Promise<boolean>;
}

/** The result: the program's full path, or why there is none. */
export type Resolution = { file: string } | { missing: string };

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';

/** An environment variable by name, case-insensitively on Windows (where `Path` is the usual spelling). */
export function envValue(
  env: NodeJS.ProcessEnv,
  name: string,
  platform: NodeJS.Platform,
): string | undefined {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

/** The file names to try for `base`: itself if it already has one of PATHEXT's extensions, else each. */
export function candidateNames(
  base: string,
  platform: NodeJS.Platform,
  pathext: string | undefined,
): string[] {
  if (platform !== 'win32') return [base];
  const extensions = (pathext || DEFAULT_PATHEXT)
    .split(';')
    .map((ext) => ext.trim())
    .filter(Boolean);
  const upper = base.toUpperCase();
  if (extensions.some((ext) => upper.endsWith(ext.toUpperCase()))) return [base];
  return extensions.map((ext) => base + ext.toLowerCase());
}

/** True when `command` names a path (and so is not looked up on PATH). */
export function isPathLike(command: string, platform: NodeJS.Platform): boolean {
  const p = platform === 'win32' ? path.win32 : path.posix;
  return command.includes('/') || (platform === 'win32' && command.includes('\\')) || p.isAbsolute(command);
}

/** Resolves `command` to the file to run, looking where the platform's shell would. */
export async function resolveCommand(command: string, context: ResolveContext): Promise<Resolution> {
  const { platform, env } = context;
  const p = platform === 'win32' ? path.win32 : path.posix;
  const pathext = envValue(env, 'PATHEXT', platform);
  if (isPathLike(command, platform)) {
    const base = p.resolve(context.cwd, command);
    for (const file of candidateNames(base, platform, pathext)) {
      if (await context.isExecutable(file)) return { file };
    }
    return { missing: `at ${base}` };
  }
  const dirs = (envValue(env, 'PATH', platform) ?? '').split(p.delimiter).filter(Boolean);
  // Windows looks in the current directory first; POSIX shells never do.
  if (platform === 'win32') dirs.unshift(context.cwd);
  for (const dir of dirs) {
    for (const file of candidateNames(p.join(dir, command), platform, pathext)) {
      if (await context.isExecutable(file)) return { file };
    }
  }
  return { missing: 'on PATH' };
}
