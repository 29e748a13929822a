/**
 * The install check: the release installed from the index into a fresh venv, exactly as users get it,
 * then imported, its installed version asked of importlib.metadata, and the smoke command run.
 */
import { readFile } from 'node:fs/promises';
import { devNull } from 'node:os';
import { delimiter, join } from 'node:path';
import { normalizeVersion } from '../pep440/index.js';
import { redact } from '../pypi/index.js';
import {
  dependencyInstallArgs,
  isolatedPipEnv,
  packageInstallArgs,
  pipEnv,
  pipErrorLine,
  supportsReport,
} from './pip-commands.js';
import { parsePipReport, type PipChoice } from './pip-report.js';
import { IMPORT_SCRIPT, PROBE_SCRIPT } from './python-scripts.js';
import { runProcess } from './run-process.js';
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
  smoke?: { command: string; exitCode: number | null };
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
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch {
    return null;
  }
}

interface Probe {
  python: PythonInfo;
  error?: string;
  name?: string;
  version?: string;
  files?: string[];
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

/** Run the install check in `venv`; failures come back as `problem`, never thrown (bad setup aside). */
export async function checkInstall(options: InstallCheckOptions): Promise<InstallReport> {
  const { venv, project, version } = options;
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const requirement = `${project}==${version}`;
  const report: InstallReport = {
    ok: false,
    requirement,
    pipVersion: venv.pipVersion,
    importNamesFrom: options.importNames.length > 0 ? 'input' : 'wheel',
    imports: [],
  };
  const fail = (problem: string): InstallReport => ({ ...report, ok: false, problem: redact(problem) });
  const cwd = venv.scratch;
  const stream = (line: string) => log(redact(line));

  // 1. The package alone, fresh from the index and nowhere else.
  const reportPath = supportsReport(venv.pipVersion) ? join(cwd, 'install-report.json') : null;
  const install = await runProcess(
    venv.python,
    packageInstallArgs(requirement, options.indexUrl, reportPath),
    {
      cwd,
      env: isolatedPipEnv(env, devNull),
      onLine: stream,
    },
  );
  if (install.code !== 0) {
    return fail(
      `pip install ${requirement} from the index failed: ${pipErrorLine(install.stderr || install.stdout)}`,
    );
  }
  if (reportPath) {
    const choice = parsePipReport((await readFile(reportPath, 'utf8').catch(() => '')) || '', project);
    if (choice) {
      const wrong = judgeInstalledFile(choice, options.expected);
      report.installed = { ...choice, matches: wrong === null };
      if (wrong) return fail(wrong);
    }
  }

  // 2. Its dependencies, from the index and the extra indexes.
  const deps = await runProcess(
    venv.python,
    dependencyInstallArgs(requirement, options.indexUrl, options.extraIndexUrls),
    {
      cwd,
      env: pipEnv(env),
      onLine: stream,
    },
  );
  if (deps.code !== 0) {
    const hint =
      options.extraIndexUrls.length === 0 ? ' (set extra-index-url to where the dependencies come from)' : '';
    return fail(
      `installing the dependencies of ${requirement} failed: ${pipErrorLine(deps.stderr || deps.stdout)}${hint}`,
    );
  }

  // 3. What is installed: the version importlib.metadata reports, and the modules it brought.
  const probePath = join(cwd, 'probe.json');
  const probeRun = await runProcess(venv.python, ['-I', '-c', PROBE_SCRIPT, probePath, project], {
    cwd,
    env: pipEnv(env),
  });
  const probe = await readJson<Probe>(probePath);
  if (probeRun.code !== 0 || !probe)
    return fail(`inspecting the venv failed: ${pipErrorLine(probeRun.stderr)}`);
  report.python = probe.python;
  if (probe.error) return fail(probe.error);
  if (probe.version === undefined)
    return fail(`pip reported success, but no distribution named ${project} is installed`);
  report.installedVersion = probe.version;
  if (normalizeVersion(probe.version) !== version) {
    return fail(
      `importlib.metadata.version('${probe.name ?? project}') is ${probe.version}, expected ${version}`,
    );
  }

  // 4. Import every module, in a directory with nothing to import from but the venv.
  const modules =
    options.importNames.length > 0 ? [...options.importNames] : topLevelModules(probe.files ?? []);
  if (modules.length === 0) {
    return fail(
      `${requirement} installs no importable top-level module: set import-names to the modules to import`,
    );
  }
  const importsPath = join(cwd, 'imports.json');
  const importRun = await runProcess(venv.python, ['-I', '-c', IMPORT_SCRIPT, importsPath, ...modules], {
    cwd,
    env: pipEnv(env),
    onLine: stream,
  });
  report.imports = (await readJson<ImportResult[]>(importsPath)) ?? [];
  const failed = report.imports.find((result) => !result.ok);
  if (failed) return fail(`import ${failed.module} failed: ${failed.error ?? 'unknown error'}`);
  if (importRun.code !== 0 || report.imports.length < modules.length) {
    const crashed = modules[report.imports.length] ?? modules[modules.length - 1];
    const how = importRun.signal ? `signal ${importRun.signal}` : `exit code ${importRun.code}`;
    return fail(`import ${crashed} crashed the interpreter (${how})`);
  }

  // 5. The user's smoke command, with the venv first on PATH.
  if (options.smokeCommand) {
    const smokeEnv: NodeJS.ProcessEnv = { ...pipEnv(env), VIRTUAL_ENV: venv.dir };
    const pathKey = Object.keys(smokeEnv).find((key) => key.toUpperCase() === 'PATH') ?? 'PATH';
    smokeEnv[pathKey] = [venv.bin, smokeEnv[pathKey]].filter(Boolean).join(delimiter);
    const smoke = await runProcess(options.smokeCommand, [], {
      cwd,
      env: smokeEnv,
      shell: true,
      onLine: stream,
    });
    report.smoke = { command: options.smokeCommand, exitCode: smoke.code };
    if (smoke.code !== 0) {
      return fail(
        `smoke-command exited with ${smoke.code ?? `signal ${smoke.signal}`}: ${options.smokeCommand}`,
      );
    }
  }
  return { ...report, ok: true };
}
