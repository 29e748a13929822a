/** A `run:` step: its script written to a file and run by bash, sh or python, as a runner runs it. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess } from '../process/index.js';
import { readStepWrites, stepFileEnv } from './file-commands.js';
import { stepEnvironment } from './runner-env.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';

const SHELLS: Record<string, { extension: string; command: (script: string) => [string, string[]] }> = {
  bash: {
    extension: 'sh',
    command: (script) => ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]],
  },
  sh: { extension: 'sh', command: (script) => ['sh', ['-e', script]] },
  python: { extension: 'py', command: (script) => ['python', [script]] },
};

const INTERRUPTED = 'stopped: the rehearsal was interrupted';

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
  const shell = SHELLS[step.shell] ?? SHELLS['bash'];
  if (!shell) throw new Error('no shells');
  if (setup.signal.aborted) return { ok: false, problem: INTERRUPTED };
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
  if (setup.signal.aborted) stop();
  else setup.signal.addEventListener('abort', stop, { once: true });
  const result = await running.result.finally(() => setup.signal.removeEventListener('abort', stop));
  if (setup.signal.aborted) return { ok: false, problem: INTERRUPTED };
  if (result.code !== 0)
    return { ok: false, problem: `the ${step.shell} script exited with ${result.code ?? result.signal}` };
  return { ok: true, ...(await readStepWrites(stepDir)) };
}
