/** `release-actions run <action>`: run an action locally as a runner does, showing its log as it comes. */
import { join } from 'node:path';
import { readActionMetadata, runAction, type ActionRun } from '../local-runner/index.js';
import { ProcessError } from '../process/index.js';
import { resolveActionDir } from './action-lookup.js';
import { chooseRef, readCheckout, type CheckoutFacts } from './checkout-ref.js';
import type { CommandLine } from './command-line.js';
import type { Command, CommandContext } from './command.js';
import { readableLine } from './readable.js';
import { formatResults, runExitCode, runJson, statusLine } from './run-report.js';
import { checkInputs, RUN_OPTIONS, runSettings, type RunSettings } from './run-options.js';
import { UsageError } from './usage-error.js';

const HELP = `Usage: release-actions run <action> [options]

Run an action locally under the runner's contract (inputs as INPUT_*, the GITHUB_* files, the event
payload), showing its log as it runs; then print its outputs, exported environment and job summary.
<action> is a bundled action's name (e.g. compute-dev-version) or a directory holding an action.yml.
GITHUB_REF and GITHUB_SHA come from the checkout in --workspace: its branch, or the version tag a
detached HEAD is at; the first line says which ref was chosen and why. The action reaches a local
artifact service as on a runner; artifacts stay in <workspace>/.release-actions/artifacts, so a later
run (collect-artifacts) downloads what an earlier one uploaded (all of run GITHUB_RUN_ID, 1 by default).

Options:
  --input <name=value>           An input, as under 'with:' (repeatable; only inputs the action declares)
  --ref <ref>                    GITHUB_REF, a full ref (default: from the checkout, see above)
  --sha <sha>                    GITHUB_SHA (default the checkout's HEAD)
  --event <name>                 GITHUB_EVENT_NAME (default push)
  --event-payload <file>         JSON file with the event payload (default {})
  --env <NAME=value>             Extra environment for the action (repeatable)
  --workspace <dir>              GITHUB_WORKSPACE and working directory (default the current directory)
  --node <path>                  The node binary to run the action with (default the one running this)
  --timeout <seconds>            Stop the action after this long (default 21600, a GitHub job's limit;
                                 actions keep their own shorter timeouts)
  --debug                        Show the action's debug lines too
  --json                         Write one JSON object to stdout (action, ref, sha, result, exit-code,
                                 duration-ms, outputs, env, summary); the log goes to stderr
  -h, --help                     Show this help

Exit codes: the action's own (0 when it succeeded), 1 when it could not run or was stopped by
--timeout, 2 bad command line, 130 interrupted (Ctrl+C or SIGTERM stop it and everything it started).

Examples:
  release-actions run compute-dev-version
  release-actions run compute-dev-version --ref refs/tags/v1.2.0 --json
  release-actions run publish-pypi --input repository-url=http://127.0.0.1:8080/legacy/ --input password=s3cret
`;

const NO_COMMIT = '0000000000000000000000000000000000000000';
const NOT_A_CHECKOUT: CheckoutFacts = {
  head: null,
  isRepository: false,
  branch: null,
  tagsAtHead: [],
  defaultBranch: null,
};

/** The ref and sha the run stands for: as given, or from the checkout (with the reason for the ref). */
async function runTarget(settings: RunSettings): Promise<{ ref: string; sha: string; reason: string }> {
  const facts =
    settings.ref !== undefined && settings.sha !== undefined
      ? NOT_A_CHECKOUT
      : await readCheckout(settings.workspace).catch(() => NOT_A_CHECKOUT);
  const chosen =
    settings.ref !== undefined ? { ref: settings.ref, reason: 'given by --ref' } : chooseRef(facts);
  return { ...chosen, sha: settings.sha ?? facts.head ?? NO_COMMIT };
}

async function execute(
  settings: RunSettings,
  target: { ref: string; sha: string },
  log: (text: string) => void,
  stop: AbortSignal,
): Promise<ActionRun> {
  try {
    return await runAction({
      actionDir: settings.actionDir,
      inputs: settings.inputs,
      event: settings.event,
      env: settings.env,
      workspace: settings.workspace,
      ref: target.ref,
      sha: target.sha,
      timeoutMs: settings.timeoutMs,
      strictInputs: true,
      // Artifacts an action uploads stay here for the next `run` (a rehearsal's later job downloads them).
      artifactStorage: join(settings.workspace, '.release-actions', 'artifacts'),
      signal: stop,
      onLine: (line, stream) => {
        const shown = stream === 'stdout' ? readableLine(line, settings) : line;
        if (shown !== null) log(`${shown}\n`);
      },
      ...(settings.node !== undefined ? { node: settings.node } : {}),
    });
  } catch (error) {
    if (error instanceof ProcessError && settings.node !== undefined)
      throw new UsageError(`--node: ${error.message}`);
    throw error;
  }
}

async function run(line: CommandLine, context: CommandContext): Promise<number> {
  if (line.positionals.length !== 1)
    throw new UsageError("run: give exactly one action, e.g. 'release-actions run compute-dev-version'");
  const settings = await runSettings(
    line,
    resolveActionDir(line.positionals[0] as string, context.cwd),
    context.cwd,
  );
  checkInputs(settings.inputs, await readActionMetadata(settings.actionDir), settings.label);
  const target = await runTarget(settings);
  // With --json, stdout carries the result alone; people still see the log, on stderr.
  const log = settings.json ? context.io.err : context.io.out;
  log(`== run ${settings.label} on ${target.ref} (${target.reason}) at ${target.sha.slice(0, 12)}\n`);
  const result = await execute(settings, target, log, context.stop);
  if (settings.json) context.io.out(runJson(result, { action: settings.label, ...target }));
  else context.io.out(`\n${formatResults(result)}`);
  log(`\n${statusLine(settings.label, result, settings.timeoutMs)}\n`);
  return runExitCode(result);
}

/** `run <action>`. */
export const runCommand: Command = {
  name: ['run'],
  usage: 'run <action>',
  summary: 'Run a bundled action locally, as a GitHub runner would',
  help: HELP,
  options: RUN_OPTIONS,
  run,
};
