import {
  escapeHtml,
  exportVariable,
  group,
  info,
  setOutput,
  Summary,
  warning,
  type Cell,
} from '../../../packages/action-kit/index.js';
import type { ComputeResult, SettingSource } from '../../../packages/git-version/index.js';
import { readSettings, type Settings } from './inputs.js';

function writeOutputs(result: ComputeResult): void {
  const outputs: Record<string, string | number | boolean | null> = {
    version: result.version,
    'local-version': result.localVersion,
    'base-version': result.baseVersion,
    tag: result.tag ?? '',
    distance: result.distance,
    commit: result.commit,
    dirty: result.dirty,
    'is-release': result.isRelease,
    'is-prerelease': result.isPrerelease,
    'is-dev': result.isDev,
    'should-publish': result.shouldPublish,
    'publish-reason': result.publishReason,
    'docker-tag': result.dockerTag,
    semver: result.semver,
  };
  for (const [name, value] of Object.entries(outputs)) setOutput(name, String(value ?? ''));
}

// Where a setting came from, as a reader looks it up: the input's name, the file and key, or the default.
function origin(source: SettingSource): Cell {
  if (source.origin === 'default') return "setuptools_scm's default";
  const where = source.origin === 'input' ? 'input' : source.origin;
  return { html: `${where} <code>${escapeHtml(source.key ?? '')}</code>` };
}

function writeSummary(result: ComputeResult, settings: Settings): void {
  const { options } = settings;
  const rows: [string, string][] = [
    ['version', result.version],
    ['tag', result.tag ?? '(none)'],
    ['distance', String(result.distance)],
    ['commit', result.commit.slice(0, 12) + (result.dirty ? ' (dirty)' : '')],
    ['mode', `${options.mode} (${result.isRelease ? 'release' : 'dev'} build, ${result.scheme})`],
    ['should publish', `${result.shouldPublish ? 'yes' : 'no'}: ${result.publishReason}`],
  ];
  const summary = new Summary().heading(`Version ${result.version}`).table(
    null,
    rows.map(([label, value]) => [{ html: `<b>${label}</b>` }, value]),
  );
  summary.heading('Settings', 3).table(
    ['setting', 'value', 'from'],
    result.settings.map((source) => [source.setting, source.value, origin(source)]),
  );
  if (settings.exportEnv && Object.keys(result.env).length > 0) {
    summary.paragraph(`Exported for later steps: ${Object.keys(result.env).join(', ')}`);
  }
  summary.list([...result.warnings, ...result.notes]).write();
}

/** compute-dev-version: one PEP 440 version per run, from git and the project's versioning configuration. */
export async function main(): Promise<void> {
  const settings = readSettings();
  // git-version is most of the bundle: loaded once the inputs are good, so a refusal does not parse it.
  const { computeVersion } = await import('../../../packages/git-version/index.js');
  const result = await group('Compute version from git', async () => {
    const computed = await computeVersion(settings.options);
    for (const source of computed.settings) {
      const from = source.origin === 'default' ? 'default' : `${source.origin} ${source.key ?? ''}`;
      info(`${source.setting}: ${source.value} (${from})`);
    }
    for (const note of computed.notes) info(note);
    info(
      `version ${computed.version} (${computed.localVersion}), should-publish ${computed.shouldPublish}: ${computed.publishReason}`,
    );
    return computed;
  });
  for (const message of result.warnings) warning(message);
  writeOutputs(result);
  if (settings.exportEnv) for (const [name, value] of Object.entries(result.env)) exportVariable(name, value);
  writeSummary(result, settings);
}
