/**
 * GitHub-hosted runner labels for each planned job, and the runner-map input that overrides them. Targets
 * without a native hosted runner (ppc64le, s390x, riscv64, armv7l) run on ubuntu-latest under QEMU.
 */
import { InputError } from '../../../packages/action-kit/index.js';
import { COARSE_TOKENS, TARGETS, type PlannedJob } from '../../../packages/wheel-matrix/index.js';

/** What `runs-on` takes: one label or a list of labels. */
export type RunsOn = string | string[];

/** runner-map: overrides by fine token, coarse platform, `sdist` or `pure`. */
export type RunnerMap = Readonly<Record<string, RunsOn>>;

/** The labels of GitHub's hosted runners for each target, and for the sdist and pure jobs. */
export const DEFAULT_RUNNERS: Readonly<Record<string, string>> = {
  'linux-x86_64': 'ubuntu-latest',
  'linux-aarch64': 'ubuntu-24.04-arm',
  'linux-i686': 'ubuntu-latest',
  'linux-ppc64le': 'ubuntu-latest',
  'linux-s390x': 'ubuntu-latest',
  'linux-riscv64': 'ubuntu-latest',
  'linux-armv7l': 'ubuntu-latest',
  'macos-arm64': 'macos-latest',
  'macos-x86_64': 'macos-15-intel',
  'macos-universal2': 'macos-latest',
  'windows-amd64': 'windows-latest',
  'windows-arm64': 'windows-11-arm',
  'windows-x86': 'windows-latest',
  pyodide: 'ubuntu-latest',
  ios: 'macos-latest',
  android: 'ubuntu-latest',
  sdist: 'ubuntu-latest',
  pure: 'ubuntu-latest',
};

const KEYS = [...TARGETS.map((t) => t.token), ...Object.keys(COARSE_TOKENS), 'sdist', 'pure'];

function isRunsOn(value: unknown): value is RunsOn {
  if (typeof value === 'string') return value.trim() !== '';
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((label) => typeof label === 'string' && label.trim() !== '')
  );
}

/** Parses the runner-map input; the errors name the key or value and what is accepted. */
export function parseRunnerMap(text: string): RunnerMap {
  if (text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `Input runner-map is not JSON (${(error as Error).message}); write e.g. {"linux-aarch64": "my-arm-runner"}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('Input runner-map must be a JSON object, e.g. {"linux-aarch64": "my-arm-runner"}');
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (!KEYS.includes(key))
      throw new InputError(
        `Input runner-map: unknown key ${JSON.stringify(key)}; the keys are ${KEYS.join(', ')}`,
      );
    if (!isRunsOn(value))
      throw new InputError(`Input runner-map: ${key} must be a runner label or a list of labels`);
  }
  return parsed as RunnerMap;
}

/** The runs-on value of a job, and whether it needs QEMU (an emulated target not mapped to a runner of its own). */
export function runnerFor(job: PlannedJob, map: RunnerMap): { runner: RunsOn; qemu: boolean } {
  const key = job.target?.token ?? job.kind;
  const own = map[key];
  const platformWide = job.platform ? map[job.platform] : undefined;
  const runner = own ?? platformWide ?? DEFAULT_RUNNERS[key] ?? 'ubuntu-latest';
  return { runner, qemu: (job.target?.emulated ?? false) && own === undefined };
}
