/**
 * How the smoke command runs: written to a script file and run by the shell the user chose, exactly as a
 * workflow's `run:` step with that `shell:` runs it (the runner's templates, extensions and wrappers), so a
 * command that works in a step works here, on every OS. Pure functions of the platform.
 */
import { posix, win32 } from 'node:path';
import { VerifyError } from './errors.js';

/** The shells known by name, as GitHub's runner names them. */
export const SMOKE_SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd', 'python'] as const;

/** A shell by name, or a command template whose `{0}` is the script's path (`perl {0}`). */
export type SmokeShell = { name: (typeof SMOKE_SHELLS)[number] } | { template: string[] };

/** The script to write and the program that runs it. */
export interface SmokeInvocation {
  scriptPath: string;
  contents: string;
  command: string;
  args: string[];
}

const EXTENSIONS: Record<(typeof SMOKE_SHELLS)[number], string> = {
  bash: '.sh',
  sh: '.sh',
  pwsh: '.ps1',
  powershell: '.ps1',
  cmd: '.cmd',
  python: '.py',
};

/** The smoke-shell input: a known shell or a `{0}` template; one line naming the input when it is neither. */
export function parseSmokeShell(input: string, platform: NodeJS.Platform): SmokeShell {
  const text = input.trim() || 'bash';
  const known = SMOKE_SHELLS.find((name) => name === text);
  if (known === 'cmd' && platform !== 'win32')
    throw new VerifyError("smoke-shell 'cmd' runs only on Windows runners: use bash (on every runner) or sh");
  if (known) return { name: known };
  if (text.includes('{0}')) return { template: text.split(/\s+/) };
  throw new VerifyError(
    `smoke-shell '${text}' is not a shell verify-pypi knows: use ${SMOKE_SHELLS.join(', ')}, or a command with {0} for the script's path (e.g. 'perl {0}')`,
  );
}

/** PowerShell stops at the first error and exits with the last program's exit code, as in a workflow step. */
function powershellScript(command: string): string {
  return [
    "$ErrorActionPreference = 'stop'",
    command,
    'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }',
  ].join('\n');
}

function scriptText(shell: SmokeShell, command: string, platform: NodeJS.Platform): string {
  const name = 'name' in shell ? shell.name : null;
  let text = `${command}\n`;
  if (name === 'pwsh' || name === 'powershell') text = `${powershellScript(command)}\n`;
  if (name === 'cmd') text = `@echo off\n${command}\n`;
  // cmd.exe and PowerShell expect CRLF; bash, sh and python read LF everywhere.
  const crlf = platform === 'win32' && (name === 'cmd' || name === 'pwsh' || name === 'powershell');
  return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
}

function programFor(shell: SmokeShell, scriptPath: string): { command: string; args: string[] } {
  if ('template' in shell) {
    const [command = '', ...args] = shell.template.map((part) => part.replaceAll('{0}', scriptPath));
    return { command, args };
  }
  const quoted = `'${scriptPath.replaceAll("'", "''")}'`;
  switch (shell.name) {
    case 'bash':
      return { command: 'bash', args: ['--noprofile', '--norc', '-e', '-o', 'pipefail', scriptPath] };
    case 'sh':
      return { command: 'sh', args: ['-e', scriptPath] };
    case 'pwsh':
    case 'powershell':
      return { command: shell.name, args: ['-command', `. ${quoted}`] };
    case 'cmd':
      // The process runner runs a .cmd file through cmd.exe, quoted for it.
      return { command: scriptPath, args: [] };
    case 'python':
      return { command: 'python', args: [scriptPath] };
  }
}

/** How `shell` runs `command` from a script in `dir` on `platform`. */
export function smokeInvocation(
  shell: SmokeShell,
  command: string,
  dir: string,
  platform: NodeJS.Platform,
): SmokeInvocation {
  const extension = 'name' in shell ? EXTENSIONS[shell.name] : '';
  const scriptPath = (platform === 'win32' ? win32 : posix).join(dir, `smoke-command${extension}`);
  return { scriptPath, contents: scriptText(shell, command, platform), ...programFor(shell, scriptPath) };
}

/** How the shell is named in the summary: `bash`, `perl {0}`. */
export function smokeShellLabel(shell: SmokeShell): string {
  return 'name' in shell ? shell.name : shell.template.join(' ');
}
