import { compilePattern, selectedBy } from './glob.js';
import type { Decision, Entry, Policy, Verdict } from './results.js';

/**
 * The gate's whole rule. Green only when there is something to judge and every entry is green: a
 * success, or a failure, cancellation or skip its allow-list names. A skip that is not allowed is red,
 * because GitHub counts a skipped job as passed and a gate must not. When every entry was skipped,
 * nothing was tested at all: red unless allow-all-skipped says that is fine (allowed-skips cannot).
 */
export function decide(entries: readonly Entry[], policy: Policy): Decision {
  const allSkipped = entries.length > 0 && entries.every((entry) => entry.result === 'skipped');
  const verdicts = entries.map((entry): Verdict => {
    const names = [entry.name, ...(entry.aliases ?? [])];
    const allowedBy = (list: readonly string[]) => selectedBy(list.map(compilePattern), names);
    const judge = (green: boolean, allowed: boolean, why: string) => ({ ...entry, green, allowed, why });
    switch (entry.result) {
      case 'success':
        return judge(true, false, 'succeeded');
      case 'failure':
        return allowedBy(policy.allowedFailures)
          ? judge(true, true, 'failed, allowed by allowed-failures')
          : judge(false, false, 'failed');
      case 'cancelled':
        return allowedBy(policy.allowedCancels)
          ? judge(true, true, 'cancelled, allowed by allowed-cancels')
          : judge(false, false, 'cancelled');
      case 'skipped':
        if (allSkipped) {
          return policy.allowAllSkipped
            ? judge(true, true, 'skipped like every other job, allowed by allow-all-skipped')
            : judge(false, false, 'skipped like every other job: nothing was tested');
        }
        return allowedBy(policy.allowedSkips)
          ? judge(true, true, 'skipped, allowed by allowed-skips')
          : judge(false, false, 'skipped, and a skip is no success');
    }
  });
  const green = verdicts.length > 0 && verdicts.every((verdict) => verdict.green);
  return { result: green ? 'success' : 'failure', verdicts };
}
