/**
 * warehouse's upload cases, sent to the embedded index over HTTP and given to the preflight's check
 * (`checkUpload`, what publish-pypi runs on the form twine would send): both must answer warehouse's status
 * and message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkUpload, hashFile, type ExistingFile, type FormField } from '../../packages/dists/index.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type TestIndex,
} from '../local-index/support/index-helpers.js';
import { applyCase, EXISTING_PROJECTS, NAME_CASES, WAREHOUSE_CASES } from './cases.js';

const TOKEN = 'warehouse-cases';
let index: TestIndex;
let work: string;
let wheel: string;
let form: FormField[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'warehouse-cases-'));
  index = await startTestIndex({ token: TOKEN });
  [wheel = ''] = await makeDists([{ name: 'rehearsal', version: '1.0' }], work);
  form = await twineForm(wheel);
});
afterAll(async () => {
  await index.stop();
  await rm(work, { recursive: true, force: true });
});

describe.each(WAREHOUSE_CASES)('$name', (c) => {
  it('the index answers as warehouse', async () => {
    const answer = await rawUpload(index.uploadUrl, applyCase(form, c), { path: wheel }, { password: TOKEN });
    // Taken: the first time stores the wheel, later ones meet it again (identical: 200 too).
    const reason = c.status === 200 ? 'OK' : c.message;
    expect({ status: answer.status, reason: answer.reason }).toEqual({ status: c.status, reason });
  });

  it('the preflight answers as warehouse', async () => {
    const { size, ...hashes } = await hashFile(wheel);
    const file = { filename: basename(wheel), size, hashes };
    const decision = await checkUpload({ fields: applyCase(form, c), file });
    const first = decision.problems[0] ?? { status: 200, message: '' };
    expect({ status: first.status, message: first.message }).toEqual({
      status: c.status,
      message: c.message,
    });
  });
});

describe('what the form alone cannot show', () => {
  it('refuses a metadata field sent as a file part', async () => {
    const decision = await checkUpload({ fields: form, fileFields: ['keywords', 'content'], file: null });
    expect(decision.problems[0]?.message).toBe('keywords: Should not be a tuple.');
  });

  it('answers POST /legacy with warehouse 308', async () => {
    const answer = await rawUpload(`${index.url}/legacy`, form, { path: wheel }, { password: TOKEN });
    expect({ status: answer.status, reason: answer.reason }).toEqual({
      status: 308,
      reason:
        'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)',
    });
  });

  it('refuses attestations sent with an API token', async () => {
    // A file the index does not hold yet: an identical re-upload is answered before attestations are read.
    const [fresh = ''] = await makeDists([{ name: 'rehearsal', version: '1.1' }], work);
    const answer = await rawUpload(
      index.uploadUrl,
      [...(await twineForm(fresh)), ['attestations', '[]']],
      { path: fresh },
      { password: TOKEN },
    );
    expect(answer.reason).toBe(
      'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
    );
  });
});

describe('a release older than 14 days', () => {
  const DAY = 24 * 3600 * 1000;
  const closed = async (existing: ExistingFile[]) => {
    const { size, ...hashes } = await hashFile(wheel);
    return checkUpload(
      { fields: form, file: { filename: basename(wheel), size, hashes } },
      {
        releaseFiles: existing,
        releaseCreatedAt: Date.UTC(2026, 0, 1),
        now: Date.UTC(2026, 0, 1) + 15 * DAY,
      },
    );
  };

  it('takes no new file (test_upload_fails_release_is_closed)', async () => {
    const decision = await closed([]);
    expect(decision.problems[0]?.message).toBe(
      'Uploading new files to releases older than 14 days is not allowed.',
    );
  });

  it('is closed on the index too, by its clock, with the upload times it records', async () => {
    let now = Date.UTC(2026, 0, 1);
    const clocked = await startTestIndex({ token: TOKEN, clock: () => now });
    try {
      // A wheel, and then another wheel of the same release (another platform's tag).
      const [first = '', second = ''] = await makeDists(
        [
          { name: 'closing', version: '1.0' },
          { name: 'closing', version: '1.0', tag: 'py311-none-any' },
        ],
        work,
      );
      const send = (path: string) =>
        twineForm(path).then((f) => rawUpload(clocked.uploadUrl, f, { path }, { password: TOKEN }));
      expect((await send(first)).status).toBe(200);
      now += 15 * DAY;
      expect(await send(second)).toMatchObject({
        status: 400,
        reason: 'Uploading new files to releases older than 14 days is not allowed.',
      });
    } finally {
      await clocked.stop();
    }
  });

  it('still answers a duplicate as a duplicate (test_upload_duplicate_error_on_closed_releases)', async () => {
    const other = { filename: basename(wheel), packagetype: 'bdist_wheel' as const, sha256: '0'.repeat(64) };
    const decision = await closed([other]);
    expect(decision.problems[0]?.message).toMatch(
      /^File already exists \('rehearsal-1\.0-py3-none-any\.whl', /,
    );
  });
});

describe("a new project's name", () => {
  beforeAll(async () => {
    const existing = await makeDists(
      EXISTING_PROJECTS.map((name) => ({ name, version: '1.0' })),
      work,
    );
    for (const path of existing) {
      const answer = await rawUpload(index.uploadUrl, await twineForm(path), { path }, { password: TOKEN });
      expect(answer.status).toBe(200);
    }
  });

  describe.each(NAME_CASES)('$name', (c) => {
    const fields = (): FormField[] =>
      applyCase(form, { name: c.name, set: { name: c.name }, status: 0, message: '' });

    it('the index answers as warehouse', async () => {
      const answer = await rawUpload(index.uploadUrl, fields(), { path: wheel }, { password: TOKEN });
      expect({ status: answer.status, reason: answer.reason }).toEqual({ status: 400, reason: c.message });
    });

    it('checkUpload answers as warehouse', async () => {
      const { size, ...hashes } = await hashFile(wheel);
      const decision = await checkUpload(
        { fields: fields(), file: { filename: basename(wheel), size, hashes } },
        { project: null, projectNames: EXISTING_PROJECTS },
      );
      expect(decision.problems[0]).toMatchObject({ status: 400, message: c.message });
    });
  });
});

describe('what the data must keep up with', () => {
  it.each([
    'Programming Language :: Python :: 3.13',
    'Programming Language :: Python :: 3.14',
    'Programming Language :: Python :: Free Threading :: 3 - Stable',
  ])('accepts the classifier %s, which PyPI lists today', async (classifier) => {
    const { size, ...hashes } = await hashFile(wheel);
    const file = { filename: basename(wheel), size, hashes };
    const decision = await checkUpload({ fields: [...form, ['classifiers', classifier]], file });
    expect(decision.problems).toEqual([]);
  });
});
