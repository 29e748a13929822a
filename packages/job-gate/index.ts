/**
 * job-gate: whether a release may go on. Mode 1 judges `${{ toJSON(needs) }}` with one rule (decide.ts);
 * mode 2 polls GitHub — this run's jobs, the commit's check runs and statuses — through an injected
 * client and clock until everything guarded has finished. No runner knowledge.
 */
export { decide } from './decide.js';
export { GateApiError, GateInputError } from './errors.js';
export { compilePatterns, evaluate, type Evaluation, type Judged } from './evaluate.js';
export {
  needsItems,
  runGate,
  type Clock,
  type GateEvent,
  type GateOutcome,
  type GateSettings,
  type StopReason,
} from './gate.js';
export { compilePattern, selectedBy, type NamePattern } from './glob.js';
export {
  apiError,
  githubGateApi,
  type ApiCheckRun,
  type ApiJob,
  type ApiStatus,
  type ApiWorkflowRun,
  type GateApi,
  type RestClient,
  type RunTarget,
} from './github-api.js';
export { resultOfConclusion, resultOfStatus, type Item, type ItemKind, type SelfIdentity } from './items.js';
export { parseNameList } from './names.js';
export { parseNeeds } from './needs.js';
export { ALLOW_LIST_INPUTS, unmatchedAllowances, unmatchedAllowancesError } from './policy.js';
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
export { runContext, type RunContext } from './snapshot.js';
