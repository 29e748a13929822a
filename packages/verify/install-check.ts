/**
 * The install check: the release installed from the index into a fresh venv, exactly as users get it,
 * then imported, its installed version asked of importlib.metadata, and the smoke command run. Five steps,
 * each its own function; the first that finds a problem ends the check.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { normalizeVersion } from '../pep440/index.js';
import { describeExit, runProcess, type RunOptions } from '../process/index.js';
import { redact } from '../secrets/index.js';
import {
  dependencyInstallArgs,
  hashedRequirement,
  isolatedPipEnv,
  packageInstallArgs,
  pipEnv,
  pipErrorLine,
  supportsReport,
} from './pip-commands.js';
import { parsePipReport, type PipChoice } from './pip-report.js';
import { IMPORT_SCRIPT, PROBE_SCRIPT } from './python-scripts.js';
import { smokeInvocation, smokeShellLabel, type SmokeShell } from './smoke-shell.js';
import { topLevelModules } from './top-level-modules.js';
import type { ExpectedFile } from './types.js';
import type { Venv } from './venv.js';

/** The interpreter the check ran with. */
export interface PythonInfo {
  implementation: string;
  version: string;
  /** The real path of the interpreter behind the venv. */
  executable: string;
}

/** The result of importing one module. */
export interface ImportResult {
  module: string;
  ok: boolean;
  error?: string;
  /** Where it was imported from (proves it came from the venv). */
  file?: string | null;
}

/** How the install check went; `problem` is set exactly when it failed. */
export interface InstallReport {
  ok: boolean;
  problem?: string;
  requirement: string;
  python?: PythonInfo;
  pipVersion: string | null;
  /** The file pip installed, when pip can report it (22.2+); `matches` compares it with the release's. */
  installed?: PipChoice & { matches: boolean };
  /** `importlib.metadata.version` of the installed distribution. */
  installedVersion?: string;
  /** The modules imported, and whether they were given or found in the installed files. */
  importNamesFrom: 'input' | 'wheel';
  imports: ImportResult[];
  smoke?: { command: string; shell: string; exitCode: number | null; timedOut: boolean };
}

/** What to install and check. */
export interface InstallCheckOptions {
  venv: Venv;
  /** The index's simple URL for pip, credentials included if any. */
  indexUrl: string;
  extraIndexUrls: readonly string[];
  /** Normalized project name and version. */
  project: string;
  version: string;
  expected: readonly ExpectedFile[];
  /** Modules to import; empty for the installed distribution's top-level modules. */
  importNames: readonly string[];
  smokeCommand?: string;
  /** The shell the smoke command runs in (default bash). */
  smokeShell?: SmokeShell;
  /** Stop the smoke command, with every process it started, after this long (default 10 minutes; 0: never). */
  smokeTimeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** What every step shares: the options, the report it fills in, and how to run python in the venv. */
interface Step {
  options: InstallCheckOptions;
  report: InstallReport;
  env: NodeJS.ProcessEnv;
  requirement: string;
  run(command: string, args: readonly string[], extra?: RunOptions): ReturnType<typeof runProcess>;
}

interface Probe {
  python: PythonInfo;
  error?: string;
  name?: string;
  version?: string;
  files?: string[];
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Compare pip's chosen file with the release's files by name and hash. */
function judgeInstalledFile(choice: PipChoice, expected: readonly ExpectedFile[]): string | null {
  const file = expected.find((f) => f.filename === choice.filename);
  if (!file)
    return `pip installed ${choice.filename} from ${choice.url}, which is not one of the release's files`;
  if (choice.sha256 !== null && choice.sha256 !== file.sha256) {
    return `pip installed ${choice.filename} with sha256 ${choice.sha256.slice(0, 12)}…, the release's file has ${file.sha256.slice(0, 12)}…`;
  }
  return null;
}

/**
 * Step 1: the package alone, fresh from the index and nowhere else, accepted only with the sha256 of one of
 * the release's files; pip's report names the file it took.
 */
async function installPackage(step: Step): Promise<string | null> {
  const { venv, indexUrl, project, expected } = step.options;
  const reportPath = supportsReport(venv.pipVersion) ? join(venv.scratch, 'install-report.json') : null;
  const requirementFile = join(venv.scratch, 'requirement.txt');
  const hashes = [...new Set(expected.map((file) => file.sha256))];
  await writeFile(requirementFile, hashedRequirement(step.requirement, hashes));
  const install = await step.run(venv.python, packageInstallArgs(requirementFile, indexUrl, reportPath), {
    env: isolatedPipEnv(step.env, process.platform),
  });
  if (install.code !== 0) {
    return `pip install ${step.requirement} from the index failed: ${pipErrorLine(install.stderr || install.stdout)}`;
  }
  if (!reportPath) return null;
  const choice = parsePipReport((await readFile(reportPath, 'utf8').catch(() => '')) || '', project);
  if (!choice) return null;
  const wrong = judgeInstalledFile(choice, expected);
  step.report.installed = { ...choice, matches: wrong === null };
  return wrong;
}

/** Step 2: its dependencies, from the index and the extra indexes. */
async function installDependencies(step: Step): Promise<string | null> {
  const { venv, indexUrl, extraIndexUrls } = step.options;
  const deps = await step.run(venv.python, dependencyInstallArgs(step.requirement, indexUrl, extraIndexUrls));
  if (deps.code === 0) return null;
  const hint =
    extraIndexUrls.length === 0 ? ' (set extra-index-url to where the dependencies come from)' : '';
  return `installing the dependencies of ${step.requirement} failed: ${pipErrorLine(deps.stderr || deps.stdout)}${hint}`;
}

/** Step 3: what is installed: the version importlib.metadata reports, and the modules it brought. */
async function probeInstalled(step: Step): Promise<{ problem: string } | { files: string[] }> {
  const { venv, project, version } = step.options;
  const probePath = join(venv.scratch, 'probe.json');
  const run = await step.run(venv.python, ['-I', '-c', PROBE_SCRIPT, probePath, project], {
    onLine: undefined,
  });
  const probe = await readJson<Probe>(probePath);
  if (run.code !== 0 || !probe) return { problem: `inspecting the venv failed: ${pipErrorLine(run.stderr)}` };
  step.report.python = probe.python;
  if (probe.error) return { problem: probe.error };
  if (probe.version === undefined)
    return { problem: `pip reported success, but no distribution named ${project} is installed` };
  step.report.installedVersion = probe.version;
  if (normalizeVersion(probe.version) !== version) {
    return {
      problem: `importlib.metadata.version('${probe.name ?? project}') is ${probe.version}, expected ${version}`,
    };
  }
  return { files: probe.files ?? [] };
}

/** Step 4: import every module, in a directory with nothing to import from but the venv. */
async function importModules(step: Step, installedFiles: readonly string[]): Promise<string | null> {
  const { venv, importNames } = step.options;
  const modules = importNames.length > 0 ? [...importNames] : topLevelModules(installedFiles);
  if (modules.length === 0) {
    return `${step.requirement} installs no importable top-level module: set import-names to the modules to import`;
  }
  const importsPath = join(venv.scratch, 'imports.json');
  const run = await step.run(venv.python, ['-I', '-c', IMPORT_SCRIPT, importsPath, ...modules]);
  step.report.imports = (await readJson<ImportResult[]>(importsPath)) ?? [];
  const failed = step.report.imports.find((result) => !result.ok);
  if (failed) return `import ${failed.module} failed: ${failed.error ?? 'unknown error'}`;
  if (run.code !== 0 || step.report.imports.length < modules.length) {
    const crashed = modules[step.report.imports.length] ?? modules[modules.length - 1];
    return `import ${crashed} crashed the interpreter (it ${describeExit(run)})`;
  }
  return null;
}

/** Default limit on the smoke command: 10 minutes. */
export const DEFAULT_SMOKE_TIMEOUT_MS = 10 * 60_000;

/** Step 5: the user's smoke command, from a script run by its shell, with the venv first on PATH. */
async function runSmoke(step: Step, command: string): Promise<string | null> {
  const { venv } = step.options;
  const shell = step.options.smokeShell ?? { name: 'bash' };
  const env: NodeJS.ProcessEnv = { ...pipEnv(step.env), VIRTUAL_ENV: venv.dir };
  const pathKey = Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
  env[pathKey] = [venv.bin, env[pathKey]].filter(Boolean).join(delimiter);
  const script = smokeInvocation(shell, command, venv.scratch, process.platform);
  await writeFile(script.scriptPath, script.contents);
  const smoke = await step.run(script.command, script.args, {
    env,
    timeoutMs: step.options.smokeTimeoutMs ?? DEFAULT_SMOKE_TIMEOUT_MS,
    hint: 'install it or set smoke-shell to a shell this runner has (bash is on every GitHub runner)',
  });
  step.report.smoke = {
    command,
    shell: smokeShellLabel(shell),
    exitCode: smoke.code,
    timedOut: smoke.timedOut,
  };
  return smoke.code === 0 ? null : `smoke-command ${describeExit(smoke)}: ${command}`;
}

/** Run the install check in `venv`; failures come back as `problem`, never thrown (bad setup aside). */
export async function checkInstall(options: InstallCheckOptions): Promise<InstallReport> {
  const log = options.log ?? (() => {});
  const env = options.env ?? process.env;
  const report: InstallReport = {
    ok: false,
    requirement: `${options.project}==${options.version}`,
    pipVersion: options.venv.pipVersion,
    importNamesFrom: options.importNames.length > 0 ? 'input' : 'wheel',
    imports: [],
  };
  const step: Step = {
    options,
    report,
    env,
    requirement: report.requirement,
    run: (command, args, extra = {}) =>
      runProcess(command, args, {
        cwd: options.venv.scratch,
        env: pipEnv(env),
        onLine: (line) => log(redact(line)),
        ...extra,
      }),
  };
  const fail = (problem: string): InstallReport => ({ ...report, ok: false, problem: redact(problem) });
  const problem = (await installPackage(step)) ?? (await installDependencies(step));
  if (problem) return fail(problem);
  const probe = await probeInstalled(step);
  if ('problem' in probe) return fail(probe.problem);
  const imported = await importModules(step, probe.files);
  if (imported) return fail(imported);
  const smoke = options.smokeCommand ? await runSmoke(step, options.smokeCommand) : null;
  return smoke ? fail(smoke) : { ...report, ok: true };
}
