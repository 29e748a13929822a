/** The second rule of verification: a file listed with the right hash must also be served with those bytes. */
import type { Download, DownloadRequest } from './download-files.js';
import type { FileCheck } from './types.js';

const short = (sha256: string): string => sha256.slice(0, 12);

/** Every URL the two APIs list the file at (normally one, the same on both). */
export function listedUrls(check: FileCheck): string[] {
  return [...new Set([check.json?.url, check.simple?.url].filter((url): url is string => !!url))];
}

/** True when a download got the whole body (right or wrong), so that trying again cannot change the verdict. */
export function isComplete(download: Download | undefined): boolean {
  return download !== undefined && download.error === undefined;
}

/** The downloads still to make: each URL of a file listed `ok` without a complete download yet. */
export function pendingDownloads(
  checks: readonly FileCheck[],
  downloads: ReadonlyMap<string, Download>,
): DownloadRequest[] {
  const pending = new Map<string, DownloadRequest>();
  for (const check of checks) {
    if (check.status !== 'ok' || !check.local) continue;
    for (const url of listedUrls(check))
      if (!isComplete(downloads.get(url))) pending.set(url, { url, expectedSize: check.local.size });
  }
  return [...pending.values()];
}

function servedOther(check: FileCheck, download: Download): string {
  const local = check.local;
  const what =
    download.sha256 === null
      ? `more than the ${local?.size} bytes of the local file`
      : `sha256 ${short(download.sha256)}… (${download.size} bytes), the local file has ${short(local?.sha256 ?? '')}… (${local?.size} bytes)`;
  return `${check.filename}: ${download.url} serves ${what} — the index lists the right hash but serves other bytes`;
}

/** A check the listings found `ok`, judged again by what each of its URLs served. Others pass unchanged. */
export function judgeDownloads(check: FileCheck, downloads: ReadonlyMap<string, Download>): FileCheck {
  if (check.status !== 'ok' || !check.local) return check;
  const urls = listedUrls(check);
  if (urls.length === 0) {
    const problem = `${check.filename}: the index lists no URL to download it from, so its bytes cannot be checked`;
    return { ...check, status: 'unverifiable', problem };
  }
  const served = urls.map((url) => downloads.get(url));
  const local = check.local;
  const done = served.filter((d): d is Download => isComplete(d));
  const wrong = done.find((d) => d.sha256 !== local.sha256 || d.size !== local.size);
  if (wrong) return { ...check, status: 'mismatch', problem: servedOther(check, wrong), downloads: done };
  if (done.length === urls.length) return { ...check, downloads: done };
  const failed = served.find((d) => d?.error)?.error;
  const problem = `${check.filename}: listed with the right hash, but not downloaded yet${failed ? ` (${failed})` : ''}`;
  return { ...check, status: 'missing', problem, downloads: done };
}
