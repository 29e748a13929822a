/**
 * rehearsal: a release workflow template played locally on a real project, as GitHub would run it (the parser's
 * job graph and conditions, this suite's bundles, local equivalents of the well-known actions, the embedded index
 * with trusted publishing). See README.md.
 */
export { rehearse, hostEnv, type RehearsalOptions, type RehearsalReport } from './rehearse.js';
export { readTrigger, TriggerError, type RehearsalEvent } from './trigger.js';
export {
  plainToken,
  readWorkflow,
  WorkflowError,
  type Workflow,
  type WorkflowJob,
  type WorkflowStep,
} from './workflow.js';
export {
  evaluate,
  resolve,
  condition,
  ExpressionProblem,
  type Contexts,
  type Status,
} from './expressions.js';
export { expandMatrix, type Combination } from './matrix.js';
export { classifyStep, type StepPlay } from './steps.js';
export { combinedResult, nextReady } from './engine.js';
export type { JobReport, RehearsalLog, Result, Trigger } from './types.js';
