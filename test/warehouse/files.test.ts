/**
 * warehouse's file-level upload cases with real files: each sent to the embedded index over HTTP, given to
 * `checkUpload` with the archive's facts (what the index and the preflight decide with), and, where
 * publish-pypi would pick the file up as it is, run through publishRelease's dry run (its whole preflight).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkUpload,
  hashFile,
  inspectDistribution,
  parseCoreMetadata,
  uploadFormFields,
  type FormField,
} from '../../packages/dists/index.js';
import { runChecked } from '../../packages/process/index.js';
import { publishRelease } from '../../packages/publish/index.js';
import { resolveIndexUrls } from '../../packages/pypi/index.js';
import {
  PYTHON,
  rawUpload,
  startTestIndex,
  twineForm,
  type TestIndex,
} from '../local-index/support/index-helpers.js';
import { FILE_CASES, PLATFORM_TAGS, type FileCase } from './file-cases.js';

const TOKEN = 'warehouse-files';
const here = dirname(fileURLToPath(import.meta.url));
let work: string;
let files: Record<string, string>;
let index: TestIndex;
let rehearsal: TestIndex;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'warehouse-files-'));
  const platforms = { accepted: PLATFORM_TAGS.accepted, refused: PLATFORM_TAGS.refused.map(([tag]) => tag) };
  const { stdout } = await runChecked(PYTHON, [
    join(here, 'make-case-files.py'),
    work,
    JSON.stringify(platforms),
  ]);
  files = JSON.parse(stdout) as Record<string, string>;
  [index, rehearsal] = await Promise.all([
    startTestIndex({ token: TOKEN }),
    startTestIndex({ token: TOKEN }),
  ]);
});
afterAll(async () => {
  await Promise.all([index.stop(), rehearsal.stop()]);
  await rm(work, { recursive: true, force: true });
});

const pathOf = (c: FileCase): string => {
  const path = files[c.file];
  if (!path) throw new Error(`make-case-files.py wrote no file ${c.file}`);
  return path;
};

/** The form of a case: twine's for the file, or the case's own with the file's digests. */
async function formOf(c: FileCase): Promise<FormField[]> {
  const path = pathOf(c);
  if (!c.form) return twineForm(path);
  const { size: _size, ...hashes } = await hashFile(path);
  const { name, version, metadataVersion = '2.1', filetype = 'sdist', extra = [] } = c.form;
  const metadata = parseCoreMetadata(
    `Metadata-Version: ${metadataVersion}\nName: ${name}\nVersion: ${version}\n`,
  );
  const pyversion = c.form.pyversion ?? (filetype === 'sdist' ? 'source' : 'py3');
  // The name as warehouse's tests send it (twine would send its safe name), and the filetype as the case says.
  const fields = uploadFormFields(metadata, { filetype: 'sdist', pyversion, hashes }).map(
    ([key, value]): FormField => [key, key === 'filetype' ? filetype : key === 'name' ? name : value],
  );
  return [...fields, ...extra];
}

const expected = (c: FileCase) => ({ status: c.status, message: c.message });

describe.each(FILE_CASES)('$name', (c) => {
  it('the index answers as warehouse', async () => {
    const answer = await rawUpload(
      index.uploadUrl,
      await formOf(c),
      { path: pathOf(c), ...(c.uploadAs !== undefined ? { filename: c.uploadAs } : {}) },
      { password: TOKEN, ...(c.contentType !== undefined ? { contentType: c.contentType } : {}) },
    );
    const reason = c.status === 200 ? 'OK' : c.message;
    expect({ status: answer.status, reason: answer.reason }).toEqual({ status: c.status, reason });
  });

  it('checkUpload answers as warehouse', async () => {
    const facts = await inspectDistribution(pathOf(c));
    const file = {
      filename: c.uploadAs ?? facts.filename,
      size: facts.size,
      hashes: facts.hashes,
      ...(facts.archive ? { archive: facts.archive } : {}),
      ...(c.contentType !== undefined ? { contentType: c.contentType } : {}),
    };
    const decision = await checkUpload(
      { fields: await formOf(c), file },
      { project: null, projectNames: [] },
    );
    const first = decision.problems[0];
    expect(first ? { status: first.status, message: first.message } : { status: 200, message: '' }).toEqual(
      expected(c),
    );
  });

  if (c.publish) {
    it("publish-pypi's dry run answers as warehouse, naming the file", async () => {
      const result = await publishRelease({
        source: { directory: dirname(pathOf(c)) },
        urls: resolveIndexUrls(rehearsal.uploadUrl),
        credentials: { kind: 'password', username: '__token__', password: TOKEN },
        dryRun: true,
        renderer: { rendersRst: () => Promise.resolve(true) },
      });
      const filename = basename(pathOf(c));
      if (c.status === 200) expect(result.failure).toBeUndefined();
      else
        expect(result.failure).toBe(
          `${filename} would be refused by the index: ${c.status} ${c.message}; nothing was uploaded`,
        );
    });
  }
});
