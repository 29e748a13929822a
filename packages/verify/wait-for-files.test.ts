import { describe, expect, it } from '@jest/globals';
import { fakeClock } from '../../test/support/clock.js';
import { resolveIndexUrls, type Clock } from '../pypi/index.js';
import type { Download, DownloadRequest } from './download-files.js';
import type { ListingRead } from './read-listing.js';
import type { ExpectedFile, IndexEntry } from './types.js';
import { seconds, waitForFiles, type WaitOptions } from './wait-for-files.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const wheel: ExpectedFile = { filename: 'pkg-1.0-py3-none-any.whl', size: 10, sha256: A };
const sdist: ExpectedFile = { filename: 'pkg-1.0.tar.gz', size: 20, sha256: A };

const fileUrl = (file: ExpectedFile): string => `https://files.example/${file.filename}`;

/** An index that shows each file on each API from a given time on (ms), with the given hash. */
function laggingIndex(
  clock: Clock,
  files: { file: ExpectedFile; json: number; simple: number; sha256?: string }[],
) {
  let reads = 0;
  const read = async (): Promise<ListingRead> => {
    reads++;
    const at = clock.now();
    const listed = (api: 'json' | 'simple') =>
      new Map<string, IndexEntry>(
        files
          .filter((f) => f[api] <= at)
          .map((f) => [
            f.file.filename,
            { sha256: f.sha256 ?? f.file.sha256, size: f.file.size, yanked: false, url: fileUrl(f.file) },
          ]),
      );
    const json = listed('json');
    return {
      listing: { json: json.size > 0 ? json : null, simple: listed('simple') },
      simplePage: null,
      errors: [],
    };
  };
  return { read, reads: () => reads };
}

/** The files behind the listed URLs: each serves its own bytes unless `served` says otherwise. */
function fileServer(files: readonly ExpectedFile[], served: Record<string, Partial<Download>> = {}) {
  const fetched: string[] = [];
  const fetchFile = async (request: DownloadRequest): Promise<Download> => {
    fetched.push(request.url);
    const file = files.find((f) => fileUrl(f) === request.url) as ExpectedFile;
    return { url: request.url, sha256: file.sha256, size: file.size, ...served[request.url] };
  };
  return { fetchFile, fetched };
}

const base = {
  urls: resolveIndexUrls('pypi'),
  project: 'pkg',
  version: '1.0',
  expected: [wheel, sdist],
  fetchFile: fileServer([wheel, sdist]).fetchFile,
};

/** Waits (10 s interval, 15 min timeout unless `extra` says otherwise) on a release listed rightly from the start. */
async function waitOnListedRelease(server: ReturnType<typeof fileServer>, extra: Partial<WaitOptions> = {}) {
  const clock = fakeClock(0);
  const index = laggingIndex(clock, [
    { file: wheel, json: 0, simple: 0 },
    { file: sdist, json: 0, simple: 0 },
  ]);
  const result = await waitForFiles({
    ...base,
    timeoutMs: 900_000,
    intervalMs: 10_000,
    clock,
    read: index.read,
    fetchFile: server.fetchFile,
    ...extra,
  });
  return { result, reads: index.reads(), clock };
}

describe('waitForFiles', () => {
  it('returns after one look when everything is already there', async () => {
    const { result, clock } = await waitOnListedRelease(fileServer([wheel, sdist]));
    expect(result).toMatchObject({ outcome: 'verified', polls: 1, waitedMs: 0 });
    expect(clock.sleeps).toEqual([]);
  });

  it('waits out a lagging CDN with growing sleeps', async () => {
    const clock = fakeClock(0);
    const index = laggingIndex(clock, [
      { file: wheel, json: 5_000, simple: 40_000 },
      { file: sdist, json: 20_000, simple: 30_000 },
    ]);
    const lines: string[] = [];
    const result = await waitForFiles({
      ...base,
      timeoutMs: 900_000,
      intervalMs: 10_000,
      clock,
      read: index.read,
      log: (line) => lines.push(line),
    });
    expect(result.outcome).toBe('verified');
    expect(clock.sleeps).toEqual([10_000, 15_000, 22_500]);
    expect(result.waitedMs).toBe(47_500);
    expect(result.firstSeen.get(wheel.filename)).toEqual({ json: 10_000, simple: 47_500 });
    expect(lines[0]).toBe(
      'poll 1 after 0 s: 0/2 files served with the right hash (JSON API no release page, simple API 0); next look in 10 s',
    );
  });

  it('fails at once on a file with another hash, without waiting for the rest', async () => {
    const clock = fakeClock(0);
    const index = laggingIndex(clock, [
      { file: wheel, json: 0, simple: 0, sha256: B },
      { file: sdist, json: 1e9, simple: 1e9 },
    ]);
    const result = await waitForFiles({
      ...base,
      timeoutMs: 900_000,
      intervalMs: 10_000,
      clock,
      read: index.read,
    });
    expect(result.outcome).toBe('failed');
    expect(index.reads()).toBe(1);
    expect(result.checks.find((c) => c.filename === wheel.filename)?.status).toBe('mismatch');
  });

  it('gives up at the timeout after a last look exactly at the deadline', async () => {
    const clock = fakeClock(0);
    const index = laggingIndex(clock, [
      { file: wheel, json: 0, simple: 0 },
      { file: sdist, json: 0, simple: 1e9 },
    ]);
    const result = await waitForFiles({
      ...base,
      timeoutMs: 30_000,
      intervalMs: 10_000,
      clock,
      read: index.read,
    });
    expect(result.outcome).toBe('timeout');
    expect(clock.sleeps).toEqual([10_000, 15_000, 5_000]);
    expect(result.waitedMs).toBe(30_000);
    expect(result.polls).toBe(4);
  });

  it('downloads each file once it is listed rightly, once, and verifies when every file served its bytes', async () => {
    const clock = fakeClock(0);
    const index = laggingIndex(clock, [
      { file: wheel, json: 0, simple: 0 },
      { file: sdist, json: 0, simple: 12_000 },
    ]);
    const server = fileServer([wheel, sdist]);
    const result = await waitForFiles({
      ...base,
      timeoutMs: 900_000,
      intervalMs: 10_000,
      clock,
      read: index.read,
      fetchFile: server.fetchFile,
    });
    expect(result.outcome).toBe('verified');
    expect(server.fetched).toEqual([fileUrl(wheel), fileUrl(sdist)]);
    expect(result.checks.map((c) => c.downloads?.map((d) => d.sha256))).toEqual([[A], [A]]);
  });

  it('fails at once when a file listed with the right hash is served with other bytes', async () => {
    const server = fileServer([wheel, sdist], { [fileUrl(sdist)]: { sha256: B } });
    const { result, reads } = await waitOnListedRelease(server);
    expect(result.outcome).toBe('failed');
    expect(reads).toBe(1);
    expect(result.checks.find((c) => c.filename === sdist.filename)).toMatchObject({
      status: 'mismatch',
      problem: expect.stringContaining('the index lists the right hash but serves other bytes'),
    });
  });

  it('keeps looking while a listed file cannot be downloaded, and says why at the timeout', async () => {
    const notFound = `GET ${fileUrl(sdist)}: 404 Not Found`;
    const server = fileServer([wheel, sdist], { [fileUrl(sdist)]: { sha256: null, error: notFound } });
    const lines: string[] = [];
    const { result } = await waitOnListedRelease(server, {
      timeoutMs: 20_000,
      log: (line) => lines.push(line),
    });
    expect(result.outcome).toBe('timeout');
    expect(server.fetched).toEqual([fileUrl(wheel), fileUrl(sdist), fileUrl(sdist), fileUrl(sdist)]);
    expect(result.lastErrors).toEqual([notFound]);
    expect(lines).toContain(`poll 1: ${notFound} (will retry)`);
  });

  it('downloads nothing when told not to', async () => {
    const server = fileServer([wheel, sdist]);
    const { result } = await waitOnListedRelease(server, { download: false, timeoutMs: 0 });
    expect(result.outcome).toBe('verified');
    expect(server.fetched).toEqual([]);
  });

  it('looks once with a timeout of 0', async () => {
    const clock = fakeClock(0);
    const index = laggingIndex(clock, [{ file: wheel, json: 1, simple: 1 }]);
    const result = await waitForFiles({
      ...base,
      expected: [wheel],
      timeoutMs: 0,
      intervalMs: 10_000,
      clock,
      read: index.read,
    });
    expect(result).toMatchObject({ outcome: 'timeout', polls: 1 });
  });
});

describe('seconds', () => {
  it('shows tenths below ten seconds and whole seconds above', () => {
    expect([seconds(0), seconds(1_234), seconds(12_345), seconds(900_000)]).toEqual([
      '0 s',
      '1.2 s',
      '12 s',
      '900 s',
    ]);
  });
});
