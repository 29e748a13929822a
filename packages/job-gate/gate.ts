import { GateApiError } from './errors.js';
import { compilePatterns, evaluate, type Evaluation } from './evaluate.js';
import type { GateApi } from './github-api.js';
import type { Item, SelfIdentity } from './items.js';
import { unmatchedAllowances, unmatchedAllowancesError } from './policy.js';
import type { Entry, Policy } from './results.js';
import { CheckSuites, loadRunContext, takeSnapshot, type RunContext } from './snapshot.js';

/** Everything the gate needs to know, parsed from the action's inputs. */
export interface GateSettings {
  /** Mode 1: the entries of `${{ toJSON(needs) }}`, or null. */
  needs: Entry[] | null;
  /** Mode 2: patterns over this run's jobs, the commit's check runs and statuses; empty for none. */
  waitFor: string[];
  policy: Policy;
  failFast: boolean;
  timeoutMs: number;
  discoveryTimeoutMs: number;
  /** The first wait between two looks; it grows by half each time, up to `maxPollIntervalMs`. */
  pollIntervalMs: number;
  maxPollIntervalMs: number;
  /** GITHUB_RUN_ATTEMPT: whose jobs count. */
  attempt: number;
  identity: SelfIdentity;
}

/** Time, passed in so tests need not wait. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Why the gate stopped. */
export type StopReason =
  | { kind: 'decided' }
  | { kind: 'fail-fast' }
  | { kind: 'undiscovered'; patterns: string[]; seconds: number }
  | { kind: 'timeout'; seconds: number; lastError: string | null }
  | { kind: 'allowances'; message: string };

/** What the gate saw and decided. */
export interface GateOutcome {
  result: 'success' | 'failure';
  stop: StopReason;
  needs: Evaluation | null;
  api: Evaluation | null;
  run: RunContext | null;
}

/** Progress, for the log. */
export type GateEvent =
  | { type: 'run'; run: RunContext }
  | { type: 'look'; round: number; evaluation: Evaluation; selfFound: boolean }
  | { type: 'retrying'; message: string }
  | { type: 'waiting'; ms: number };

/** The items of `needs` entries. */
export function needsItems(entries: readonly Entry[]): Item[] {
  return entries.map((entry) => ({
    kind: 'needs',
    name: entry.name,
    aliases: [],
    state: entry.result,
    detail: entry.result,
    url: null,
    replaced: 0,
    self: false,
  }));
}

/**
 * The gate: judges `needs` at once, then (with wait-for) looks at GitHub until everything guarded has
 * finished, a red settles it (fail-fast), a pattern finds nothing in time, or the timeout passes.
 */
export async function runGate(
  settings: GateSettings,
  api: GateApi | null,
  clock: Clock,
  onEvent: (event: GateEvent) => void = () => {},
): Promise<GateOutcome> {
  const needs = settings.needs ? evaluate(needsItems(settings.needs), null, settings.policy) : null;
  const base = { needs, api: null, run: null };
  if (needs && settings.waitFor.length === 0) return settle(settings, base);
  if (needs && settings.failFast && needs.finalReds.length > 0)
    return { ...base, result: 'failure', stop: { kind: 'fail-fast' } };
  if (!api) throw new Error('wait-for needs a GitHub API client');
  const polled = await poll(settings, api, clock, onEvent);
  const outcome = { ...base, api: polled.evaluation, run: polled.run };
  return polled.stop.kind === 'decided'
    ? settle(settings, outcome)
    : { ...outcome, result: 'failure', stop: polled.stop };
}

/** The final answer once everything guarded has finished: both parts green, every allow-list entry used. */
function settle(settings: GateSettings, outcome: Omit<GateOutcome, 'result' | 'stop'>): GateOutcome {
  const parts = [outcome.needs, outcome.api].filter((part): part is Evaluation => part !== null);
  const guarded = parts.flatMap((part) => part.judged.filter((j) => j.role === 'guarded').map((j) => j.item));
  const unmatched = unmatchedAllowances(settings.policy, guarded);
  if (unmatched.length > 0) {
    const message = unmatchedAllowancesError(unmatched, guarded).message;
    return { ...outcome, result: 'failure', stop: { kind: 'allowances', message } };
  }
  const green = parts.every((part) => part.decision.result === 'success');
  return { ...outcome, result: green ? 'success' : 'failure', stop: { kind: 'decided' } };
}

interface Polled {
  evaluation: Evaluation | null;
  run: RunContext | null;
  stop: StopReason;
}

/** Looks at GitHub again and again, backing off, until something settles the gate. */
async function poll(
  settings: GateSettings,
  api: GateApi,
  clock: Clock,
  onEvent: (event: GateEvent) => void,
): Promise<Polled> {
  const patterns = compilePatterns(settings.waitFor);
  const started = clock.now();
  let run: RunContext | null = null;
  let checkSuites: CheckSuites | null = null;
  let evaluation: Evaluation | null = null;
  let lastError: string | null = null;
  let interval = settings.pollIntervalMs;
  for (let round = 1; ; round += 1) {
    try {
      if (!run) {
        run = await loadRunContext(api, settings.attempt);
        onEvent({ type: 'run', run });
      }
      checkSuites ??= new CheckSuites(run);
      const snapshot = await takeSnapshot(api, run, settings.identity, checkSuites);
      evaluation = evaluate(snapshot.items, patterns, settings.policy);
      lastError = null;
      onEvent({ type: 'look', round, evaluation, selfFound: snapshot.selfFound });
      const stop = stopReason(settings, evaluation, clock.now() - started);
      if (stop) return { evaluation, run, stop };
    } catch (error) {
      if (!(error instanceof GateApiError) || !error.transient) throw error;
      lastError = error.message;
      onEvent({ type: 'retrying', message: error.message });
    }
    const left = started + settings.timeoutMs - clock.now();
    if (left <= 0)
      return { evaluation, run, stop: { kind: 'timeout', seconds: settings.timeoutMs / 1000, lastError } };
    const untilDiscovery = started + settings.discoveryTimeoutMs - clock.now();
    const wait = Math.min(
      interval,
      left,
      evaluation?.unmatched.length && untilDiscovery > 0 ? untilDiscovery : Infinity,
    );
    onEvent({ type: 'waiting', ms: wait });
    await clock.sleep(wait);
    interval = Math.min(interval * 1.5, settings.maxPollIntervalMs);
  }
}

/** Why to stop after a look, or null to look again. */
function stopReason(settings: GateSettings, evaluation: Evaluation, elapsedMs: number): StopReason | null {
  if (settings.failFast && evaluation.finalReds.length > 0) return { kind: 'fail-fast' };
  if (evaluation.unmatched.length > 0) {
    if (elapsedMs < settings.discoveryTimeoutMs) return null;
    return {
      kind: 'undiscovered',
      patterns: evaluation.unmatched,
      seconds: settings.discoveryTimeoutMs / 1000,
    };
  }
  if (evaluation.pending.length === 0) return { kind: 'decided' };
  return null;
}
