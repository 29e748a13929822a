/** `release-actions index repair`: sets a damaged index journal's damage aside, keeping a copy. */
import { resolve } from 'node:path';
import { repairStorage, type RepairReport } from '../local-index/index.js';
import type { CommandLine } from './command-line.js';
import type { Command, CommandContext } from './command.js';
import { UsageError } from './usage-error.js';

const HELP = `Usage: release-actions index repair --storage <dir> [options]

When 'index serve' refuses to start because its journal is damaged (it names the line), this sets the
damage aside: lines that hold no entry are dropped, a file whose bytes are missing or cut short is marked
deleted (its name is never taken again, as on PyPI), a torn last line goes. The journal as it was is kept
beside it as journal.jsonl.damaged-<time>. Not while an index serves the directory.

Options:
  --storage <dir>                The index's storage directory (the one given to 'index serve --storage')
  --dry-run                      Only say what would be done
  -h, --help                     Show this help

Exit codes: 0 repaired (or nothing to repair), 1 the storage could not be read or written, 2 bad command line.

Example:
  release-actions index repair --storage ./rehearsal-index --dry-run
`;

/** The report as lines a person reads: each damaged line and what became of it, then the outcome. */
export function describeRepair(report: RepairReport, dryRun: boolean): string {
  const lines = report.damage.map(
    (d) =>
      `line ${d.line} ${d.problem}: ${d.filename ? `${d.filename} ${dryRun ? 'would be' : 'is'} marked deleted` : dryRun ? 'would be set aside' : 'set aside'}`,
  );
  if (report.torn) lines.push(`a torn last line (a crash mid-write) ${dryRun ? 'would be' : 'is'} dropped`);
  if (lines.length === 0) return `${report.journal} is sound: nothing to repair\n`;
  const kept = `${report.kept} of ${report.lines} lines kept`;
  const outcome = dryRun
    ? `${kept} (dry run: nothing written)`
    : `${kept}; the journal as it was is kept as ${report.backup}`;
  return `${report.journal}:\n${lines.map((l) => `  ${l}\n`).join('')}${outcome}\n`;
}

async function repair(line: CommandLine, context: CommandContext): Promise<number> {
  const storage = line.string('storage');
  // 'index serve' keeps its files in a temporary directory unless told where: there is no default to repair.
  if (storage === undefined)
    throw new UsageError('index repair: --storage <dir> is required (the index to repair)');
  const dryRun = line.flag('dry-run');
  const report = await repairStorage(resolve(context.cwd, storage), { dryRun });
  context.io.out(describeRepair(report, dryRun));
  return 0;
}

/** `index repair`. */
export const indexRepairCommand: Command = {
  name: ['index', 'repair'],
  usage: 'index repair',
  summary: "Set a damaged index journal's damage aside (keeping a copy)",
  help: HELP,
  options: {
    storage: { kind: 'value', accepts: "the index's storage directory" },
    'dry-run': { kind: 'flag' },
  },
  run: repair,
};
