/** What verify-pypi itself downloaded and hashed, in the words the log and the job summary use. */
import type { DownloadMode, FileCheck } from './types.js';
import { formatBytes } from '../common/index.js';

/** What verify-pypi itself downloaded and hashed, and what that means, for the summary. */
export interface DownloadReport {
  mode: DownloadMode;
  /** Files whose bytes were downloaded and hashed here. */
  files: number;
  bytes: number;
  /** One sentence saying what was downloaded, and what the rest was judged by. */
  note: string;
}

/** What was downloaded under `mode`, judged from the checks the wait ended with. */
export function downloadReport(
  mode: DownloadMode,
  checks: readonly FileCheck[],
  installCheck: boolean,
): DownloadReport {
  const expected = checks.filter((check) => check.local);
  const served = expected.filter((check) => check.downloads && check.downloads.length > 0);
  const bytes = served.flatMap((check) => check.downloads ?? []).reduce((sum, d) => sum + d.size, 0);
  const trusted = 'judged by the sha256 the index lists';
  let note: string;
  if (mode === 'all') {
    note = `${served.length} of ${expected.length} file(s) downloaded from the URLs the index lists and hashed (${formatBytes(bytes)})`;
  } else if (mode === 'installed' && installCheck) {
    note = `only the file the install check installs is downloaded, by pip, which accepts it only with the sha256 of one of the release's files; the others are ${trusted}`;
  } else if (mode === 'installed') {
    note = `nothing downloaded, as the install check is off; every file is ${trusted}`;
  } else {
    note = `nothing downloaded; every file is ${trusted}`;
  }
  return { mode, files: served.length, bytes, note };
}
