/**
 * process: the one way this suite runs other programs (python, pip, git, node, the smoke command):
 * PATH and PATHEXT resolution and Windows batch-file quoting as pure functions of the platform, one error
 * for a program that cannot start, and a timeout that stops the whole process tree. See README.md.
 */
export { ProcessError, ProcessFailedError, type ProcessErrorKind } from './errors.js';
export { killTree, startsOwnGroup, treeKill, type TreeKill } from './kill-tree.js';
export { lineSplitter } from './lines.js';
export {
  candidateNames,
  envValue,
  isPathLike,
  resolveCommand,
  type ResolveContext,
  type Resolution,
} from './resolve-command.js';
export {
  DEFAULT_TIMEOUT_MS,
  describeExit,
  runChecked,
  runProcess,
  startProcess,
  type ProcessResult,
  type RunningProcess,
  type RunOptions,
} from './run.js';
export { isBatchFile, quoteForCmd, spawnPlan, type SpawnPlan } from './spawn-plan.js';
