/** A `run:` step: its script written to a file and run by bash, sh or python, as a runner runs it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess } from '../process/index.js';
import { readStepWrites, stepFileEnv } from './file-commands.js';
import { stepEnvironment } from './runner-env.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';

// As GitHub's runner starts each shell (its documented command lines).
const SHELLS: Record<string, { extension: string; command: (script: string) => [string, string[]] }> = {
  default: { extension: 'sh', command: (script) => ['bash', ['-e', script]] },
  bash: {
    extension: 'sh',
    command: (script) => ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]],
  },
  sh: { extension: 'sh', command: (script) => ['sh', ['-e', script]] },
  python: { extension: 'py', command: (script) => ['python', [script]] },
};

/** Why a step was stopped: the rehearsal was interrupted, or else its job ran out of time. */
const stopped = (setup: RehearsalSetup): string =>
  setup.signal.aborted
    ? 'stopped: the rehearsal was interrupted'
    : 'stopped: the job ran past its timeout-minutes';

/** Runs `script` with `shell` in the job's workspace (or `workingDirectory` inside it). */
export async function runShellStep(
  setup: RehearsalSetup,
  job: JobScope,
  step: {
    index: number;
    script: string;
    shell: string;
    env: Record<string, string>;
    workingDirectory: string | null;
  },
): Promise<StepOutcome> {
  const shell = SHELLS[step.shell] ?? SHELLS['default'];
  if (!shell) throw new Error('no shells');
  if (job.signal.aborted) return { ok: false, problem: stopped(setup) };
  const stepDir = join(job.tempDir, `step-${step.index}`);
  const files = await stepFileEnv(stepDir);
  const scriptPath = join(stepDir, `script.${shell.extension}`);
  await writeFile(scriptPath, step.script);
  const env = { ...stepEnvironment(setup, job, step.env), ...files };
  const [command, args] = shell.command(scriptPath);
  const running = await startProcess(command, args, {
    cwd: step.workingDirectory ? join(job.workspace, step.workingDirectory) : job.workspace,
    env,
    timeoutMs: 6 * 3600_000,
    onLine: (line, stream) => setup.log.output(line, stream),
  });
  const stop = () => void running.stop();
  // An interruption while the process was starting has already fired: stop it now.
  if (job.signal.aborted) stop();
  else job.signal.addEventListener('abort', stop, { once: true });
  const result = await running.result.finally(() => job.signal.removeEventListener('abort', stop));
  if (job.signal.aborted) return { ok: false, problem: stopped(setup) };
  if (result.code !== 0)
    return { ok: false, problem: `the ${command} script exited with ${result.code ?? result.signal}` };
  return { ok: true, ...(await readStepWrites(stepDir)) };
}
