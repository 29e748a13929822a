/**
 * job-gate: whether a release may go on. Mode 1 judges `${{ toJSON(needs) }}` with one rule (decide.ts);
 * mode 2 polls GitHub — this run's jobs, the commit's check runs and statuses — through an injected
 * client and clock until everything guarded has finished. No runner knowledge.
 */
export { decide } from './decide.js';
export { GateApiError, GateInputError } from './errors.js';
export type { Evaluation, Judged } from './evaluate.js';
export {
  runGate,
  type Clock,
  type GateEvent,
  type GateOutcome,
  type GateSettings,
  type StopReason,
} from './gate.js';
export {
  githubGateApi,
  type ApiCheckRun,
  type ApiJob,
  type ApiStatus,
  type ApiWorkflowRun,
  type GateApi,
  type RestClient,
  type RunTarget,
} from './github-api.js';
export type { Item, ItemKind, SelfIdentity } from './items.js';
export { parseNameList } from './names.js';
export { parseNeeds } from './needs.js';
export { ALLOW_LIST_INPUTS } from './policy.js';
export { gateReport, type FailedJob, type GateReport, type ReportRow } from './report.js';
export {
  RESULTS,
  STRICT_POLICY,
  type Decision,
  type Entry,
  type Policy,
  type Result,
  type Verdict,
} from './results.js';
export type { RunContext } from './snapshot.js';
