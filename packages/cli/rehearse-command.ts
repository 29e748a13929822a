/** `release-actions rehearse [project-dir]`: play a release workflow template locally on a real project. */
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RehearsalEvent } from '../rehearsal/index.js';
import { bundledActionDirs } from './action-lookup.js';
import type { CommandLine, OptionSpecs } from './command-line.js';
import type { Command, CommandContext } from './command.js';
import { nonEmpty, oneOf } from './option-values.js';
import { readableLine } from './readable.js';
import { indentLine, resultTable, verdict } from './rehearse-report.js';
import { UsageError } from './usage-error.js';

const HELP = `Usage: release-actions rehearse [project-dir] [options]

Play a release workflow template's jobs locally on a Python project (a git repository; default the current
directory), as GitHub would run them: the job graph, needs and if: come from the template, read by GitHub's own
parser. This suite's actions run their bundles; run: steps run in bash (shell: python in the python on PATH);
checkout clones the project at the rehearsed commit; setup-python is a virtual environment of --python (with
its packages); upload/download-artifact use the local artifact service; setup-qemu is skipped; cibuildwheel
builds this host's wheel with 'python -m build --wheel' (other platforms' entries are skipped). Any other
action fails its job, naming the step. Publishing goes to an embedded index on a free port whose trusted
publisher is this repository, workflow and environment; the publish job's OIDC token comes from a local
stand-in of GitHub's, and every repository-url of this suite's actions is that index.

Options:
  --event <event>                tag: a push of the project's newest v* tag, at its commit (a release);
                                 branch: a push of HEAD to main (a dev release); pull_request: build only
                                 (default tag)
  --template <file>              The workflow: a path, or a name looked up in <project>/.github/workflows/
                                 and then in release-actions' action-templates/ (default release.yml)
  --python <python>              The interpreter setup-python and cibuildwheel stand for (default python3)
  --extra-index-url <url>        Where verify-pypi's install check finds the release's dependencies
                                 (default none: the embedded index alone)
  --index-storage <dir>          Keep the index's files in <dir>, and start from what an earlier
                                 rehearsal published there (default a temporary directory, removed)
  --repository <owner/name>      The repository the run stands for (default local/<project dir name>)
  --node <path>                  The node binary for this suite's actions (default the one running this)
  --debug                        Show the actions' debug lines too
  -h, --help                     Show this help

Exit codes: 0 every job that ran succeeded, 1 a job failed (or the rehearsal could not start), 2 bad
command line, 130 interrupted.

Examples:
  release-actions rehearse . --event tag --template pure-release.yml
  release-actions rehearse ../mypkg --event branch --extra-index-url https://pypi.org/simple/
`;

const EVENTS = ['tag', 'branch', 'pull_request'] as const;

const OPTIONS: OptionSpecs = {
  event: { kind: 'value', accepts: 'tag, branch or pull_request' },
  template: { kind: 'value', accepts: 'a workflow file or a template name' },
  python: { kind: 'value', accepts: 'a Python interpreter' },
  'extra-index-url': { kind: 'value', accepts: 'an index URL' },
  'index-storage': { kind: 'value', accepts: 'a directory' },
  repository: { kind: 'value', accepts: 'owner/name' },
  node: { kind: 'value', accepts: 'a node binary' },
  debug: { kind: 'flag' },
};

/** The workflow file `template` names: a path, the project's own workflow, or one of the suite's templates. */
function templateCandidates(template: string, projectDir: string, cwd: string, here: string): string[] {
  if (template.includes('/') || template.includes('\\')) return [resolve(cwd, template)];
  return [
    join(projectDir, '.github', 'workflows', template),
    // dist/action-templates: beside cli/ in a clone's dist/ and in an installed release tree alike.
    join(here, '..', 'action-templates', template),
    resolve(cwd, template),
  ];
}

function findTemplate(template: string, projectDir: string, cwd: string): string {
  const candidates = templateCandidates(template, projectDir, cwd, dirname(fileURLToPath(import.meta.url)));
  const found = candidates.find((file) => existsSync(file));
  if (found) return found;
  throw new UsageError(`--template: no workflow '${template}' (looked in ${candidates.join(', ')})`);
}

function suiteDir(): string {
  const found = bundledActionDirs('compute-dev-version').find((dir) => existsSync(join(dir, 'action.yml')));
  if (!found) throw new Error("rehearse: this suite's built actions are missing; run 'npm run build' first");
  return dirname(found);
}

/** The command line read into the rehearsal's options (everything checked before anything starts). */
function rehearseSettings(line: CommandLine, context: CommandContext) {
  if (line.positionals.length > 1) throw new UsageError('rehearse: give at most one project directory');
  const projectDir = resolve(context.cwd, line.positionals[0] ?? '.');
  const storage = line.value('index-storage', nonEmpty);
  const repository = line.value('repository', (text) => (/^[^/\s]+\/[^/\s]+$/.test(text) ? text : undefined));
  const node = line.value('node', nonEmpty);
  return {
    projectDir,
    event: line.value('event', oneOf(EVENTS)) ?? ('tag' as RehearsalEvent),
    templatePath: findTemplate(line.value('template', nonEmpty) ?? 'release.yml', projectDir, context.cwd),
    suiteDir: suiteDir(),
    python: line.value('python', nonEmpty) ?? 'python3',
    extraIndexUrl: line.value('extra-index-url', nonEmpty) ?? null,
    ...(storage ? { indexStorage: resolve(context.cwd, storage) } : {}),
    ...(repository ? { repository } : {}),
    ...(node ? { node: resolve(context.cwd, node) } : {}),
  };
}

async function run(line: CommandLine, context: CommandContext): Promise<number> {
  const settings = rehearseSettings(line, context);
  const debug = line.flag('debug');
  const say = (text: string) => context.io.out(`${text}\n`);
  say(`== rehearse ${settings.templatePath} on ${settings.projectDir} (${settings.event})`);
  // Loaded here, not at start-up: GitHub's workflow parser is most of the command's size, and no other command
  // needs it (nor can plain node load it from source: it imports JSON without an import attribute).
  const { rehearse } = await import('../rehearsal/index.js');
  // Everything the run writes lives here; a second Ctrl+C, which ends the process at once, removes it too.
  const tempDir = await mkdtemp(join(context.tempDir, 'release-actions-rehearse-'));
  const unregister = context.atExit(() => rmSync(tempDir, { recursive: true, force: true }));
  try {
    const report = await rehearse({
      ...settings,
      tempDir,
      env: context.env,
      signal: context.stop,
      log: {
        line: (text) => say(indentLine(text)),
        output: (text, stream) => {
          const shown = stream === 'stdout' ? readableLine(text, { debug }) : text;
          if (shown !== null) say(`      ${shown}`);
        },
      },
    });
    say(`\n${report.trigger.ref} at ${report.trigger.sha.slice(0, 12)}, index ${report.indexUrl}\n`);
    say(resultTable(report.jobs));
    const { ok, lines } = verdict(report.jobs);
    say(`\n${lines.join('\n')}`);
    if (context.stop.aborted) return 130;
    return ok ? 0 : 1;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
    unregister();
  }
}

/** `rehearse [project-dir]`. */
export const rehearseCommand: Command = {
  name: ['rehearse'],
  usage: 'rehearse [project-dir]',
  summary: 'Play a release workflow template locally on a project, against an embedded index',
  help: HELP,
  options: OPTIONS,
  run,
};
