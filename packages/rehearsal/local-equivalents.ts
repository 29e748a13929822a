/**
 * Local equivalents of the well-known actions the templates use, each saying in the log what it stands for:
 * checkout clones the project at the rehearsed commit, setup-python is a virtual environment of the host's
 * interpreter, setup-qemu is not needed, cibuildwheel builds this host's wheel with `python -m build`.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runProcess } from '../process/index.js';
import { RETAG_SCRIPT } from './host.js';
import { runShellStep } from './shell-step.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';

async function quietly(command: string, args: string[], cwd: string): Promise<string> {
  const result = await runProcess(command, args, { cwd, timeoutMs: 600_000 });
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(' ')}: ${result.stderr.trim().split('\n').at(-1)}`);
  return result.stdout;
}

/** actions/checkout: a fresh clone of the project, detached at the rehearsed commit, with its tags. */
export async function playCheckout(setup: RehearsalSetup, job: JobScope): Promise<StepOutcome> {
  setup.log.line(`checkout: plays as a clone of ${setup.projectDir} at ${setup.trigger.sha.slice(0, 12)}`);
  if ((await readdir(job.workspace)).length > 0)
    return { ok: false, problem: `checkout: the workspace ${job.workspace} is not empty` };
  await quietly(
    'git',
    ['clone', '--quiet', '--no-hardlinks', '--no-checkout', setup.projectDir, '.'],
    job.workspace,
  );
  await quietly('git', ['checkout', '--quiet', '--detach', setup.trigger.sha], job.workspace);
  return { ok: true };
}

/** actions/setup-python: a virtual environment of the host's interpreter (with its packages), first on PATH. */
export async function playSetupPython(
  setup: RehearsalSetup,
  job: JobScope,
  inputs: Record<string, string>,
): Promise<StepOutcome> {
  const dir = join(job.tempDir, 'python');
  const asked = inputs['python-version']
    ? ` (python-version '${inputs['python-version']}' is not installed)`
    : '';
  setup.log.line(`setup-python: plays as a virtual environment of the host's ${setup.python}${asked}`);
  if (job.path.includes(join(dir, 'bin'))) return { ok: true };
  try {
    await quietly(setup.python, ['-m', 'venv', '--system-site-packages', '--without-pip', dir], job.tempDir);
  } catch (error) {
    return { ok: false, problem: `setup-python: ${(error as Error).message}` };
  }
  const version = (
    await quietly(
      join(dir, 'bin', 'python'),
      ['-c', 'import platform; print(platform.python_version())'],
      dir,
    )
  ).trim();
  return {
    ok: true,
    outputs: { 'python-version': version, 'python-path': join(dir, 'bin', 'python') },
    env: { pythonLocation: dir, Python_ROOT_DIR: dir },
    path: [join(dir, 'bin')],
  };
}

/** docker/setup-qemu-action: nothing to do, since only this host's own wheels are built. */
export function playSetupQemu(setup: RehearsalSetup): StepOutcome {
  setup.log.line('setup-qemu: skipped (a rehearsal builds only the wheels this host runs natively)');
  return { ok: true };
}

/**
 * pypa/cibuildwheel: for the matrix entry of this host's platform and architecture, `python -m build --wheel`
 * into output-dir (the one wheel of the host's interpreter; on Linux tagged manylinux for the host's glibc, as
 * auditwheel's repair is not played); any other entry is skipped and said so.
 */
export async function playCibuildwheel(
  setup: RehearsalSetup,
  job: JobScope,
  step: { index: number; with: Record<string, string>; env: Record<string, string> },
): Promise<StepOutcome> {
  const { host } = setup;
  const platform = step.env['CIBW_PLATFORM'] || job.env['CIBW_PLATFORM'] || host.platform;
  const archs = step.env['CIBW_ARCHS'] || job.env['CIBW_ARCHS'] || host.arch;
  if (platform !== host.platform || !archs.split(/[\s,]+/).includes(host.arch)) {
    setup.log.line(
      `cibuildwheel: skipped, ${platform} ${archs} wheels are not built on this ${host.platform} ${host.arch} host`,
    );
    return { ok: true };
  }
  const outputDir = step.with['output-dir'] || 'wheelhouse';
  const packageDir = step.with['package-dir'] || '.';
  await mkdir(join(job.workspace, outputDir), { recursive: true });
  setup.log.line(
    `cibuildwheel: plays as '${setup.python} -m build --wheel' for ${host.pythonTag} on this host, into ${outputDir}`,
  );
  const python = JSON.stringify(setup.python);
  const retag = host.glibc
    ? `for wheel in "${outputDir}"/*-linux_*.whl; do ${python} -c "$RETAG" "$wheel" manylinux_${host.glibc}; done\n`
    : '';
  return runShellStep(setup, job, {
    index: step.index,
    script: `${python} -m build --wheel --outdir "${outputDir}" "${packageDir}"\n${retag}`,
    shell: 'bash',
    env: { ...step.env, RETAG: RETAG_SCRIPT },
    workingDirectory: null,
  });
}
