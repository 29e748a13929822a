/** local-runner: runs a built JavaScript action exactly as a GitHub runner does, for tests and the CLI. */
export {
  parseActionMetadata,
  readActionMetadata,
  type ActionField,
  type ActionMetadata,
} from './action-metadata.js';
export { parseFileCommands } from './file-command-parser.js';
export { runAction, type ActionRun, type RunActionOptions } from './run-action.js';
export { hostRunner, refNameAndType, runnerVariables, type RunIdentity } from './runner-env.js';
export { applyMasks, parseWorkflowCommand, type WorkflowCommand } from './workflow-commands.js';
