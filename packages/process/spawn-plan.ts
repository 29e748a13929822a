/**
 * What to hand node's spawn for a resolved program on a given platform. Programs run directly with an
 * argument array, except Windows batch files (.cmd, .bat): node refuses to spawn those without a shell,
 * so they run through `cmd.exe /d /s /c` with every argument quoted and escaped for cmd's parser twice
 * (once for the command line, once for the batch file's own `%*`).
 */

/** The spawn call: file, arguments, and whether node must pass the arguments through unquoted. */
export interface SpawnPlan {
  file: string;
  args: string[];
  windowsVerbatimArguments: boolean;
}

// Characters cmd.exe gives a meaning to; each is escaped with ^.
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;

/** True for a Windows batch file, which cmd.exe must run. */
export function isBatchFile(file: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' && /\.(cmd|bat)$/i.test(file);
}

/**
 * One argument for a batch file's command line: quoted as the C runtime expects (backslashes before a
 * quote doubled, the quote escaped), then cmd's metacharacters escaped, twice.
 */
export function quoteForCmd(arg: string): string {
  const quoted = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1')}"`;
  return quoted.replace(CMD_META, '^$1').replace(CMD_META, '^$1');
}

/** How to spawn `file` (already resolved) with `args` on `platform`; `comspec` is cmd.exe's path. */
export function spawnPlan(
  file: string,
  args: readonly string[],
  platform: NodeJS.Platform,
  comspec = 'cmd.exe',
): SpawnPlan {
  if (!isBatchFile(file, platform)) return { file, args: [...args], windowsVerbatimArguments: false };
  const line = [file.replace(CMD_META, '^$1'), ...args.map(quoteForCmd)].join(' ');
  return { file: comspec, args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}
