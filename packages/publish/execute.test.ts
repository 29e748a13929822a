import { describe, expect, it } from '@jest/globals';
import { fakeClock } from '../../test/support/clock.js';
import { resolveIndexUrls, type UploadOutcome, type UploadReport } from '../pypi/index.js';
import { executePlan, settle, type UploadFunction } from './execute.js';
import { planRelease } from './plan.js';
import { countStatuses, filesOutput } from './report.js';
import { indexWith, inspected, remoteOf } from '../../test/support/publish-files.js';
import type { IndexState, InspectedFile, PublishEvent } from './types.js';

const URLS = resolveIndexUrls('http://127.0.0.1:9/legacy/');
const AUTH = { username: '__token__', password: 'pypi-test-token' };
const EMPTY: IndexState = { files: new Map(), releaseExists: false };
const MIB = 1024 * 1024;

const report = (outcome: UploadOutcome, attempts = 1, history: string[] = []): UploadReport => ({
  outcome,
  attempts,
  history,
});
const UPLOADED = report({ kind: 'uploaded', status: 200, message: '200 OK' });

/** An index stand-in that answers per filename and records the order and overlap of uploads. */
function recordingUpload(answers: Record<string, UploadReport | Error> = {}, clock = fakeClock()) {
  const events: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fields = new Map<string, Array<[string, string]>>();
  const upload: UploadFunction = async (request) => {
    const name = request.filename ?? '';
    fields.set(name, [...request.fields]);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    events.push(`start ${name}`);
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(1500);
    inFlight--;
    events.push(`end ${name}`);
    const answer = answers[name] ?? UPLOADED;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { upload, events, fields, clock, maxInFlight: () => maxInFlight };
}

function release(files: InspectedFile[], index: IndexState = EMPTY) {
  return planRelease(files, { project: 'pure', version: '1.0' }, index, { skipExisting: false });
}

const wheels = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    inspected(`pure-1.0-cp3${10 + i}-cp3${10 + i}-manylinux_2_17_x86_64.whl`, { size: (i + 1) * MIB }),
  );

describe('executePlan', () => {
  it('uploads the first file alone, then wheels with bounded concurrency, then the sdist after every wheel', async () => {
    const files = [...wheels(5), inspected('pure-1.0.tar.gz')];
    const fake = recordingUpload();
    const results = await executePlan(release(files), {
      urls: URLS,
      auth: AUTH,
      concurrency: 2,
      skipExisting: false,
      upload: fake.upload,
      clock: fake.clock,
    });
    const first = 'pure-1.0-cp310-cp310-manylinux_2_17_x86_64.whl';
    expect(fake.events.slice(0, 2)).toEqual([`start ${first}`, `end ${first}`]);
    expect(fake.maxInFlight()).toBe(2);
    expect(fake.events.slice(-2)).toEqual(['start pure-1.0.tar.gz', 'end pure-1.0.tar.gz']);
    const lastWheelEnd = fake.events.lastIndexOf(`end pure-1.0-cp311-cp311-manylinux_2_17_x86_64.whl`);
    expect(lastWheelEnd).toBeLessThan(fake.events.indexOf('start pure-1.0.tar.gz'));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill('uploaded'));
    expect(results.every((r) => r.attempts === 1)).toBe(true);
    // Alone, a file's time is its own upload's (the stand-in takes 1.5 s of the injected clock).
    expect([results[0]?.seconds, results[5]?.seconds]).toEqual([1.5, 1.5]);
  });

  it("builds twine's form for each file: metadata, filetype, pyversion and all three digests", async () => {
    const file = inspected('pure-1.0-py2.py3-none-any.whl');
    const fake = recordingUpload();
    await executePlan(release([file]), {
      urls: URLS,
      auth: AUTH,
      concurrency: 4,
      skipExisting: false,
      upload: fake.upload,
    });
    const sent = new Map(fake.fields.get(file.filename));
    expect(sent.get(':action')).toBe('file_upload');
    expect(sent.get('name')).toBe('pure');
    expect(sent.get('version')).toBe('1.0');
    expect(sent.get('filetype')).toBe('bdist_wheel');
    expect(sent.get('pyversion')).toBe('py2.py3');
    expect(sent.get('sha256_digest')).toBe(file.hashes?.sha256);
    expect(sent.get('md5_digest')).toBe(file.hashes?.md5);
    expect(sent.get('blake2_256_digest')).toBe(file.hashes?.blake2_256);
  });

  it('stops starting uploads after a final failure; what is up stays up, the rest is pending', async () => {
    const files = [...wheels(4), inspected('pure-1.0.tar.gz')];
    const refused = report({
      kind: 'client-error',
      status: 400,
      message: '400 Invalid value for classifiers',
    });
    const fake = recordingUpload({ 'pure-1.0-cp313-cp313-manylinux_2_17_x86_64.whl': refused });
    const results = await executePlan(release(files), {
      urls: URLS,
      auth: AUTH,
      concurrency: 1,
      skipExisting: false,
      upload: fake.upload,
    });
    expect(results.map((r) => `${r.filename.slice(9, 14)} ${r.status}`)).toEqual([
      'cp310 uploaded',
      'cp313 failed',
      'cp312 pending',
      'cp311 pending',
      'tar.g pending',
    ]);
    expect(results[1]?.message).toBe('refused: 400 Invalid value for classifiers');
  });

  it('turns a thrown error (a failed re-mint) into a failure of that file', async () => {
    const fake = recordingUpload({
      'pure-1.0-cp310-cp310-manylinux_2_17_x86_64.whl': new Error(
        'trusted publishing: PyPI refused the OIDC token',
      ),
    });
    const results = await executePlan(release(wheels(2)), {
      urls: URLS,
      auth: AUTH,
      concurrency: 4,
      skipExisting: false,
      upload: fake.upload,
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'pending']);
    expect(results[0]?.message).toBe('trusted publishing: PyPI refused the OIDC token');
  });

  it('leaves files already there alone and reports them with the index URL', async () => {
    const [a, b] = wheels(2) as [InspectedFile, InspectedFile];
    const fake = recordingUpload();
    const results = await executePlan(release([a, b], indexWith(remoteOf(a))), {
      urls: URLS,
      auth: AUTH,
      concurrency: 4,
      skipExisting: false,
      upload: fake.upload,
    });
    expect(fake.events).toEqual([`start ${b.filename}`, `end ${b.filename}`]);
    expect(results.map((r) => [r.filename, r.status, r.url])).toEqual([
      [b.filename, 'uploaded', ''],
      [a.filename, 'already-present', `https://files.example/${a.filename}`],
    ]);
  });

  it('skips an upload the index answers "exists with other content" under skip-existing, with a warning', async () => {
    const taken = report({
      kind: 'already-exists',
      status: 400,
      message: "400 File already exists ('x', with blake2_256 hash 'ab')",
      sameContent: false,
    });
    const fake = recordingUpload({ 'pure-1.0-cp310-cp310-manylinux_2_17_x86_64.whl': taken });
    const events: PublishEvent[] = [];
    const results = await executePlan(release(wheels(2)), {
      urls: URLS,
      auth: AUTH,
      concurrency: 4,
      skipExisting: true,
      upload: fake.upload,
      onEvent: (e) => events.push(e),
    });
    expect(results.map((r) => r.status)).toEqual(['skipped', 'uploaded']);
    expect(events.filter((e) => e.type === 'warning')).toHaveLength(1);
    expect(countStatuses(results)).toMatchObject({ uploaded: 1, skipped: 1, failed: 0 });
    expect(filesOutput(results)[0]).toEqual({
      filename: 'pure-1.0-cp310-cp310-manylinux_2_17_x86_64.whl',
      sha256: results[0]?.sha256,
      size: MIB,
      status: 'skipped',
      url: '',
    });
  });

  it('reports each upload as it starts, retries and finishes', async () => {
    const events: PublishEvent[] = [];
    const upload: UploadFunction = async (request) => {
      request.onRetry?.({ attempt: 1, delayMs: 700, reason: '503 Service Unavailable' });
      return report({ kind: 'uploaded', status: 200, message: '200 OK' }, 2, ['503 Service Unavailable']);
    };
    await executePlan(release(wheels(1)), {
      urls: URLS,
      auth: AUTH,
      concurrency: 4,
      skipExisting: false,
      upload,
      onEvent: (e) => events.push(e),
    });
    expect(events.map((e) => e.type)).toEqual(['upload-started', 'upload-retry', 'upload-finished']);
    expect(events[1]).toMatchObject({ attempt: 1, delayMs: 700, reason: '503 Service Unavailable' });
    expect(events[2]).toMatchObject({
      result: {
        status: 'uploaded',
        attempts: 2,
        message: 'after 2 attempts (last trouble: 503 Service Unavailable)',
      },
    });
  });
});

describe('settle', () => {
  it.each<[string, UploadReport, boolean, ReturnType<typeof settle>]>([
    ['a plain upload', UPLOADED, false, { status: 'uploaded' }],
    [
      'an ambiguous answer resolved by asking the index',
      report(
        {
          kind: 'uploaded',
          status: 200,
          message: 'x.whl is on the index after: 502 Bad Gateway',
          confirmedByProbe: true,
        },
        1,
        ['502 Bad Gateway'],
      ),
      false,
      { status: 'uploaded', message: 'landed despite 502 Bad Gateway (the index confirmed it)' },
    ],
    [
      'the same file found there',
      report({ kind: 'already-exists', status: 400, message: '400 File already exists', sameContent: true }),
      false,
      { status: 'already-present' },
    ],
    [
      'other content found there',
      report({ kind: 'already-exists', status: 400, message: '400 File already exists', sameContent: false }),
      false,
      {
        status: 'failed',
        message:
          'is already on the index with different content (400 File already exists): bump the version and build again, or set skip-existing: true',
      },
    ],
    [
      'an exists answer nobody can compare',
      report({ kind: 'already-exists', status: 409, message: '409 Conflict' }),
      false,
      {
        status: 'failed',
        message: 'the index says it already exists, and could not tell with which content (409 Conflict)',
      },
    ],
    [
      'retries running out',
      report({ kind: 'retryable', status: 503, message: '503 Service Unavailable' }, 5, ['503', '503']),
      false,
      { status: 'failed', message: 'gave up after 5 attempts: 503 Service Unavailable' },
    ],
    [
      'an ambiguous end',
      report({ kind: 'ambiguous', message: 'socket hang up after the body was sent' }, 5),
      false,
      { status: 'failed', message: 'gave up after 5 attempts: socket hang up after the body was sent' },
    ],
  ])('maps %s', (_label, given, skipExisting, expected) => {
    expect(settle(given, skipExisting)).toEqual(expected);
  });
});
