import { failureMessage, group, info, setOutput } from '../../../packages/action-kit/index.js';
import type { CollectReport } from '../../../packages/collect/index.js';
import { readSettings, type Settings } from './inputs.js';
import { logArtifact, logReport } from './log.js';
import { collectSummary, failureSummary } from './summary.js';

/** The collection failed its checks: the first problem, and how many more the summary lists. */
class CollectionFailed extends Error {
  override readonly name = 'CollectionFailed';
}

function writeOutputs(report: CollectReport): void {
  setOutput('manifest', report.manifest ?? '');
  const files = report.files.map(({ filename, size, sha256, blake2b_256, artifact }) => ({
    file: filename,
    size,
    sha256,
    blake2b_256,
    origin: artifact,
  }));
  setOutput('files', JSON.stringify(files));
  setOutput('count', String(files.length));
  setOutput('name', report.project ?? '');
  setOutput('version', report.version ?? '');
}

async function collect(settings: Settings): Promise<CollectReport> {
  // The collector and its archive readers load once the inputs are good.
  const [{ sourceFor }, { collectArtifacts }] = await Promise.all([
    import('./source.js'),
    import('../../../packages/collect/index.js'),
  ]);
  const source = await sourceFor(settings.source, settings.tempDir);
  return group(`Collecting ${settings.pattern} from ${source.describe}`, () =>
    collectArtifacts({
      source,
      pattern: settings.pattern,
      path: settings.path,
      expected: settings.expected,
      rules: settings.rules,
      onArtifact: logArtifact,
    }),
  );
}

/** collect-artifacts: the release from every job's artifacts, checked, in one directory with its manifest. */
export async function main(): Promise<void> {
  const settings = readSettings();
  let report: CollectReport;
  try {
    report = await collect(settings);
  } catch (error) {
    failureSummary(failureMessage(error)).write();
    throw error;
  }
  await group('Release', () => logReport(report));
  collectSummary(report, settings.pattern).write();
  const [first, ...more] = report.problems;
  if (first !== undefined) {
    const rest =
      more.length > 0
        ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''}, listed in the summary)`
        : '';
    throw new CollectionFailed(`${first}${rest}; nothing was placed in ${settings.path}`);
  }
  writeOutputs(report);
  info(
    `${report.files.length} files of ${report.project} ${report.version} in ${settings.path}, manifest ${report.manifest}`,
  );
}
