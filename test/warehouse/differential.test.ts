/**
 * warehouse's upload cases, sent to the embedded index over HTTP and given to the preflight's check
 * (`checkUpload`, what publish-pypi runs on the form twine would send): both must answer warehouse's status
 * and message.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { checkUpload, hashFile, type FormField } from '../../packages/dists/index.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type TestIndex,
} from '../local-index/support/index-helpers.js';
import { applyCase, WAREHOUSE_CASES } from './cases.js';

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
    expect({ status: answer.status, reason: answer.reason }).toEqual({ status: c.status, reason: c.message });
  });

  it('the preflight answers as warehouse', async () => {
    const { size, ...hashes } = await hashFile(wheel);
    const file = { filename: basename(wheel), size, hashes };
    const decision = await checkUpload({ fields: applyCase(form, c), file });
    expect(decision.problems[0]).toMatchObject({ status: c.status, message: c.message });
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
    const answer = await rawUpload(
      index.uploadUrl,
      [...form, ['attestations', '[]']],
      { path: wheel },
      { password: TOKEN },
    );
    expect(answer.reason).toBe(
      'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing',
    );
  });

  it('refuses a standard-library name, a prohibited one and one too similar to a project', async () => {
    const names = ['xml', 'requirements.txt', 'rehearsa1'];
    const expected = [
      "The name 'xml' isn't allowed (conflict with Python Standard Library module name). See https://pypi.org/help/#project-name for more information.",
      "The name 'requirements.txt' isn't allowed. See https://pypi.org/help/#project-name for more information.",
      "The name 'rehearsa1' is too similar to an existing project. See https://pypi.org/help/#project-name for more information.",
    ];
    const { size, ...hashes } = await hashFile(wheel);
    for (const [i, name] of names.entries()) {
      const decision = await checkUpload(
        {
          fields: applyCase(form, { name, set: { name }, status: 0, message: '' }),
          file: { filename: basename(wheel), size, hashes },
        },
        { project: null, projectNames: ['Rehearsal'] },
      );
      expect(decision.problems[0]?.message ?? null).toBe(expected[i] ?? null);
    }
    const similar = await checkUpload(
      {
        fields: applyCase(form, { name: 't0asting', set: { name: 't0asting' }, status: 0, message: '' }),
        file: { filename: basename(wheel), size, hashes },
      },
      { project: null, projectNames: ['toasting'] },
    );
    expect(similar.problems[0]?.message).toBe(
      "The name 't0asting' is too similar to an existing project. See https://pypi.org/help/#project-name for more information.",
    );
    expect((await stat(wheel)).size).toBe(size);
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
