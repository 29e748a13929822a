/** How a rehearsal plays each step: this suite's bundle, a shell, or the local equivalent of a known action. */
import type { WorkflowStep } from './workflow.js';

/** What plays a step. */
export type StepPlay =
  /** `default`: no shell named, which GitHub runs as `bash -e {0}` (no pipefail, unlike `shell: bash`). */
  | { kind: 'run'; shell: 'default' | 'bash' | 'python' | 'sh' }
  | { kind: 'suite'; action: string }
  | {
      kind:
        'checkout' | 'setup-python' | 'upload-artifact' | 'download-artifact' | 'setup-qemu' | 'cibuildwheel';
    }
  | { kind: 'unknown'; reason: string };

const KNOWN: Record<string, StepPlay['kind']> = {
  'actions/checkout': 'checkout',
  'actions/setup-python': 'setup-python',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
  'docker/setup-qemu-action': 'setup-qemu',
  'pypa/cibuildwheel': 'cibuildwheel',
};

/** The name of the action a `uses:` names (`owner/repo[/path]`, without `@ref`). */
export function usesName(uses: string): string {
  return uses.replace(/@.*$/, '');
}

/**
 * How to play `step`: `uses: <owner>/release-actions/<name>@…` (or `./dist/<name>`) is this suite's `<name>`
 * when `suiteActions` has it; a few well-known actions have local equivalents; anything else cannot be played.
 */
export function classifyStep(step: WorkflowStep, suiteActions: readonly string[]): StepPlay {
  if (step.uses === null) {
    const shell = step.shell ?? 'default';
    if (shell === 'default' || shell === 'bash' || shell === 'python' || shell === 'sh')
      return { kind: 'run', shell };
    return { kind: 'unknown', reason: `shell '${shell}' cannot run here (bash, sh and python can)` };
  }
  const name = usesName(step.uses);
  const suite = /^(?:[^/]+\/release-actions|\.\/dist)\/([^/]+)$/.exec(name)?.[1];
  if (suite !== undefined) {
    if (suiteActions.includes(suite)) return { kind: 'suite', action: suite };
    return { kind: 'unknown', reason: `release-actions has no action '${suite}'` };
  }
  const known = KNOWN[name.toLowerCase()];
  if (known !== undefined && known !== 'run' && known !== 'suite' && known !== 'unknown')
    return { kind: known };
  return { kind: 'unknown', reason: `no local equivalent of ${step.uses}` };
}
