import { escapeHtml, Summary, type Cell } from '../../../packages/action-kit/index.js';
import type { FileRow, InstallReport, VerifyResult } from '../../../packages/verify/index.js';

const STATUS_LABEL: Record<FileRow['status'], string> = {
  ok: '✅ ok',
  missing: '⏳ missing',
  mismatch: '❌ different file',
  unverifiable: '❌ no hash on the index',
  unexpected: '⚠️ not expected',
};

function hashCell(sha256: string | null): Cell {
  if (sha256 === null) return '—';
  return { html: `<code title="${sha256}">${sha256.slice(0, 16)}…</code>` };
}

function installRows(install: InstallReport): Cell[][] {
  const rows: Cell[][] = [];
  const { python } = install;
  if (python) rows.push(['Python', `${python.implementation} ${python.version} (${python.executable})`]);
  rows.push(['pip', install.pipVersion ?? 'unknown']);
  rows.push(['requirement', install.requirement]);
  if (install.installed) {
    const verdict = install.installed.matches
      ? 'sha256 matches the release'
      : 'sha256 differs from the release';
    rows.push(['installed file', `${install.installed.filename} (${verdict})`]);
  }
  if (install.installedVersion !== undefined)
    rows.push(['importlib.metadata.version', install.installedVersion]);
  if (install.imports.length > 0) {
    const imports = install.imports.map((i) => `${i.ok ? '✅' : '❌'} ${i.module}`).join(', ');
    rows.push([
      install.importNamesFrom === 'input'
        ? 'imports (import-names)'
        : "imports (the wheel's top-level modules)",
      imports,
    ]);
  }
  if (install.smoke) {
    const { smoke } = install;
    const ended = smoke.timedOut ? 'stopped at smoke-timeout' : `exit code ${smoke.exitCode ?? 'none'}`;
    rows.push([`smoke-command (${smoke.shell})`, `${ended}: ${smoke.command}`]);
  }
  rows.push(['result', install.ok ? '✅ installs and imports' : `❌ ${install.problem ?? 'failed'}`]);
  return rows.map(([label, value]) => [{ html: `<b>${escapeHtml(String(label))}</b>` }, value ?? '']);
}

/** The job summary: per file, local and index hash and status; then the install check and check-latest. */
export function writeSummary(result: VerifyResult, indexUrl: string): void {
  const verdict = result.verified ? '✅ verified' : '❌ not verified';
  const summary = new Summary().heading(`${result.project} ${result.version}: ${verdict}`);
  const expected = result.files.filter((f) => f.local_sha256 !== null).length;
  summary.paragraph(
    `${expected} file(s) from ${result.source} compared with ${indexUrl} (JSON and simple API); ` +
      `${result.wait.polls} look(s) over ${result.waitedSeconds} s.`,
  );
  summary.paragraph(`Download (${result.download.mode}): ${result.download.note}.`);
  const served = result.download.mode === 'all';
  summary.table(
    ['File', 'Local sha256', 'Listed sha256', ...(served ? ['Served sha256'] : []), 'Status'],
    result.files.map((f) => [
      f.filename,
      hashCell(f.local_sha256),
      hashCell(f.index_sha256),
      ...(served ? [hashCell(f.served_sha256)] : []),
      STATUS_LABEL[f.status],
    ]),
  );
  if (result.problems.length > 0) summary.heading('Problems', 3).list(result.problems);
  if (result.warnings.length > 0) summary.heading('Warnings', 3).list(result.warnings);
  if (result.provenance?.checked) {
    summary
      .heading('Provenance (PEP 740)', 3)
      .paragraph(result.provenance.note)
      .table(
        ['File', 'Provenance', 'Rekor log index', 'Signed by'],
        result.provenance.files.map((row) => [
          row.filename,
          row.status === 'verified' ? '✅ verified' : `❌ ${row.status}`,
          row.logIndex === undefined || row.logIndex === null ? '' : String(row.logIndex),
          row.signer ?? '',
        ]),
      );
  } else if (result.provenance) summary.paragraph(result.provenance.note);
  if (result.install) summary.heading('Install check', 3).table(null, installRows(result.install));
  if (result.latest)
    summary.heading('check-latest', 3).paragraph(`${result.latest.ok ? '✅' : '❌'} ${result.latest.note}`);
  summary.list(result.skipped).write();
}
