/** `release-actions index repair`: sets a damaged index journal's damage aside, keeping a copy. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repairStorage, type RepairReport } from '../local-index/index.js';
import { INDEX_REPAIR_HELP } from './help.js';
import type { CliOutput } from './output.js';
import { UsageError } from './usage-error.js';

/** Where `index serve` keeps its storage unless told otherwise. */
const DEFAULT_STORAGE = '.release-actions/index';

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

/** Runs `index repair`; resolves with the exit code. */
export async function indexRepair(args: string[], io: CliOutput): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        storage: { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`index repair: ${(error as Error).message}`);
  }
  if (values.help) {
    io.out(INDEX_REPAIR_HELP);
    return 0;
  }
  const dryRun = values['dry-run'] ?? false;
  const report = await repairStorage(resolve(values.storage ?? DEFAULT_STORAGE), { dryRun });
  io.out(describeRepair(report, dryRun));
  return 0;
}
