/** Reading pip's installation report (`--report`, pip 22.2+): which file pip chose for a project, and its hash. */
import { normalizeProjectName } from '../dists/index.js';

/** The distribution pip installed (or would install) for one project. */
export interface PipChoice {
  name: string;
  version: string;
  /** Where pip got it. */
  url: string;
  /** The file's name, from the URL. */
  filename: string;
  /** sha256 of the archive, when pip reports it. */
  sha256: string | null;
}

interface ReportItem {
  metadata?: { name?: unknown; version?: unknown };
  download_info?: { url?: unknown; archive_info?: { hash?: unknown; hashes?: Record<string, unknown> } };
}

/** The report's entry for `project` (any spelling), or null when the report does not list it. */
export function parsePipReport(text: string, project: string): PipChoice | null {
  let report: { install?: unknown };
  try {
    report = JSON.parse(text) as typeof report;
  } catch {
    return null;
  }
  const items = Array.isArray(report.install) ? (report.install as ReportItem[]) : [];
  const wanted = normalizeProjectName(project);
  for (const item of items) {
    const name = item.metadata?.name;
    const version = item.metadata?.version;
    if (typeof name !== 'string' || typeof version !== 'string' || normalizeProjectName(name) !== wanted)
      continue;
    const url = typeof item.download_info?.url === 'string' ? item.download_info.url : '';
    const archive = item.download_info?.archive_info;
    const fromHashes = archive?.hashes?.['sha256'];
    const fromHash =
      typeof archive?.hash === 'string' ? /^sha256=([0-9a-f]{64})$/i.exec(archive.hash)?.[1] : undefined;
    const sha256 = typeof fromHashes === 'string' ? fromHashes : (fromHash ?? null);
    return { name, version, url, filename: filenameOf(url), sha256: sha256?.toLowerCase() ?? null };
  }
  return null;
}

function filenameOf(url: string): string {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return url.slice(url.lastIndexOf('/') + 1);
  }
}
