/**
 * Each of PyPI's upload rules through the HTTP API: the status, and PyPI's message both in the reason
 * phrase (what twine prints) and in the body. Requests are shaped as twine sends them (its field names
 * and order), with one thing broken each time, since twine itself would refuse to send most of them.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile, type FormField } from '../../packages/dists/index.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type Answer,
  type TestIndex,
} from './support/index-helpers.js';

const TOKEN = 'rules-token';
let index: TestIndex;
let work: string;

/** A copy of `path` under another name (the bytes, and so the archive's members, unchanged). */
async function renamed(path: string, filename: string): Promise<string> {
  const target = join(work, filename);
  await copyFile(path, target);
  return target;
}

function withField(fields: FormField[], name: string, value: string): FormField[] {
  return fields.map(([key, old]) => [key, key === name ? value : old]);
}

async function upload(path: string, fields?: FormField[]): Promise<Answer> {
  return rawUpload(index.uploadUrl, fields ?? (await twineForm(path)), { path }, { password: TOKEN });
}

function expectRefusal(answer: Answer, status: number, message: string): void {
  expect({ status: answer.status, reason: answer.reason }).toEqual({ status, reason: message });
  expect(answer.body).toContain(message);
}

async function dists(
  version: string,
  options: { sdist?: boolean; payload?: number; fileName?: string; fileVersion?: string; tag?: string } = {},
): Promise<string[]> {
  return makeDists([{ name: 'rehearsal', version, ...options }], await mkdtemp(join(work, `v${version}-`)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-rules-'));
  index = await startTestIndex({ token: TOKEN, maxFileSize: 1024 * 1024 });
});
afterAll(async () => {
  await index.stop();
  await rm(work, { recursive: true, force: true });
});

describe('versions', () => {
  it('refuses an invalid version', async () => {
    const [wheel] = await dists('1.0.0');
    const answer = await upload(
      wheel as string,
      withField(await twineForm(wheel as string), 'version', '1.0-foo!'),
    );
    expectRefusal(
      answer,
      400,
      "'1.0-foo!' is invalid for 'version'. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
  });

  it.each(['dog', '1.0.dev.a1'])(
    'refuses version=%s with a file as PyPI does (400, not 500)',
    async (version) => {
      const [wheel] = await dists('1.0.1');
      const answer = await upload(
        wheel as string,
        withField(await twineForm(wheel as string), 'version', version),
      );
      expectRefusal(
        answer,
        400,
        `'${version}' is invalid for 'version'. See https://packaging.python.org/specifications/core-metadata for more information.`,
      );
    },
  );

  it('refuses an upload that declares no digest', async () => {
    const [wheel] = await dists('1.0.2');
    const fields = (await twineForm(wheel as string)).filter(([name]) => !name.endsWith('_digest'));
    expectRefusal(await upload(wheel as string, fields), 400, 'Error: Include at least one message digest.');
    expect((await fetch(`${index.jsonUrl}rehearsal/1.0.2/json`)).status).toBe(404);
  });

  it('refuses a local version', async () => {
    const [wheel] = await dists('1.0.0+local.7');
    expectRefusal(
      await upload(wheel as string),
      400,
      "The use of local versions in '1.0.0+local.7' is not allowed. See https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers for more information.",
    );
  });
});

describe('filenames', () => {
  it('refuses a wheel not named after the normalized project', async () => {
    // The dist-info directory follows the filename, so the archive itself passes PyPI's first check.
    const [wheel] = await dists('1.1.0', { fileName: 'other' });
    const answer = await upload(wheel as string);
    expectRefusal(answer, 400, "Start filename for 'rehearsal' with 'rehearsal'.");
  });

  it('refuses a wheel whose name part is not written normalized', async () => {
    const [wheel] = await dists('1.1.1', { fileName: 'Rehearsal' });
    const answer = await upload(wheel as string);
    expectRefusal(
      answer,
      400,
      "Filename 'Rehearsal-1.1.1-py3-none-any.whl' should contain the normalized project name 'rehearsal', not 'Rehearsal'.",
    );
  });

  it('refuses a wheel whose filename version is not the metadata’s', async () => {
    const [wheel] = await dists('1.2.0', { fileVersion: '1.2.1' });
    const answer = await upload(wheel as string);
    expectRefusal(answer, 400, "Version in filename should be '1.2.0' not '1.2.1'.");
  });

  it('refuses a wheel filename that is not PEP 427', async () => {
    const [wheel] = await dists('1.3.0', { tag: 'py3-none' });
    const answer = await upload(wheel as string);
    expectRefusal(answer, 400, "Invalid wheel filename (wrong number of parts): 'rehearsal-1.3.0-py3-none'");
  });

  it('checks the archive before the filename, as PyPI does', async () => {
    const [wheel] = await dists('1.3.1');
    const answer = await upload(await renamed(wheel as string, 'rehearsal-1.3.1.whl'));
    expectRefusal(
      answer,
      400,
      'Invalid distribution file. Unable to parse name and version from wheel filename',
    );
  });

  it('refuses an sdist filename that is not PEP 625', async () => {
    const [, sdist] = await dists('1.4.0', { sdist: true });
    const answer = await upload(await renamed(sdist as string, 'Rehearsal-1.4.0.tar.gz'));
    expectRefusal(
      answer,
      400,
      "Filename 'Rehearsal-1.4.0.tar.gz' is invalid, should be 'rehearsal-1.4.0.tar.gz'.",
    );
  });

  it('refuses a wheel with a platform tag PyPI does not take', async () => {
    const [wheel] = await dists('1.5.0');
    const answer = await upload(await renamed(wheel as string, 'rehearsal-1.5.0-py3-none-linux_x86_64.whl'));
    expectRefusal(
      answer,
      400,
      "Binary wheel 'rehearsal-1.5.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
    );
  });
});

describe('content', () => {
  it('refuses a file whose digest is not the declared one', async () => {
    const [wheel] = await dists('2.0.0');
    const answer = await upload(
      wheel as string,
      withField(await twineForm(wheel as string), 'sha256_digest', 'ab'.repeat(32)),
    );
    expectRefusal(
      answer,
      400,
      'The digest supplied does not match a digest calculated from the uploaded file.',
    );
  });

  it('refuses an unsupported metadata version', async () => {
    const [wheel] = await dists('2.1.0');
    const answer = await upload(
      wheel as string,
      withField(await twineForm(wheel as string), 'metadata_version', '3.0'),
    );
    expectRefusal(
      answer,
      400,
      "'3.0' is not a valid metadata version. See https://packaging.python.org/specifications/core-metadata for more information.",
    );
  });

  it('refuses a file over the configured size limit', async () => {
    const [wheel] = await dists('2.2.0', { payload: 2 * 1024 * 1024 });
    const answer = await upload(wheel as string);
    expectRefusal(
      answer,
      400,
      "File too large. Limit for project 'rehearsal' is 1 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
    );
    const page = await fetch(`${index.jsonUrl}rehearsal/2.2.0/json`);
    expect(page.status).toBe(404);
  });
});

describe('what the index already holds', () => {
  it('takes one sdist per release and refuses a second', async () => {
    const [, sdist] = await dists('3.0.0', { sdist: true });
    expect((await upload(sdist as string)).status).toBe(200);
    // A legacy .zip sdist of the same release, built from the same PKG-INFO.
    const zip = join(work, 'rehearsal-3.0.0.zip');
    await makeZipSdist(sdist as string, zip);
    expectRefusal(await upload(zip), 400, 'Only one sdist may be uploaded per release.');
  });

  it('refuses the same filename with other content', async () => {
    const [first] = await dists('4.0.0');
    expect((await upload(first as string)).status).toBe(200);
    const [other] = await makeDists(
      [{ name: 'rehearsal', version: '4.0.0', summary: 'rebuilt' }],
      await mkdtemp(join(work, 'other-')),
    );
    const answer = await upload(other as string);
    expect(answer.status).toBe(400);
    expect(answer.reason).toMatch(
      /^File already exists \('rehearsal-4\.0\.0-py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. See https:\/\/pypi\.org\/help\/#file-name-reuse for more information\.$/,
    );
  });

  it('files 1.0.0 under the release 1.0, as PyPI matches canonical versions', async () => {
    const [wheel] = await dists('7.0');
    expect((await upload(wheel as string)).status).toBe(200);
    const [, sdist] = await dists('7.0.0', { sdist: true });
    expect((await upload(sdist as string)).status).toBe(200);
    const release = (await (await fetch(`${index.url}/pypi/rehearsal/7.0/json`)).json()) as {
      info: { version: string };
      urls: Array<{ filename: string }>;
    };
    expect(release.info.version).toBe('7.0');
    expect(release.urls.map((u) => u.filename).sort()).toEqual([
      'rehearsal-7.0-py3-none-any.whl',
      'rehearsal-7.0.0.tar.gz',
    ]);
  });

  it('refuses the same bytes under another name, naming the new one', async () => {
    const [first] = await dists('4.2.0');
    expect((await upload(first as string)).status).toBe(200);
    const copy = await renamed(first as string, 'rehearsal-4.2.0-py2.py3-none-any.whl');
    const answer = await upload(copy);
    expect(answer.reason).toMatch(
      /^File already exists \('rehearsal-4\.2\.0-py2\.py3-none-any\.whl', with blake2_256 hash '[0-9a-f]{64}'\)\. /,
    );
  });

  it('refuses a second sdist before looking inside it (test_upload_fails_for_second_sdist)', async () => {
    const [, sdist] = await dists('4.3.0', { sdist: true });
    expect((await upload(sdist as string)).status).toBe(200);
    const fake = join(work, 'rehearsal-4.3.0.zip');
    await writeFile(fake, 'A fake file.');
    const fields = await twineForm(sdist as string);
    const digests = new Set(['md5_digest', 'sha256_digest', 'blake2_256_digest']);
    const { size: _size, ...hashes } = await hashFile(fake);
    const form = fields
      .filter(([key]) => !digests.has(key))
      .concat([['sha256_digest', hashes.sha256]] as FormField[]);
    expectRefusal(await upload(fake, form), 400, 'Only one sdist may be uploaded per release.');
  });

  it('answers a byte-identical re-upload with 200 and changes nothing', async () => {
    const [wheel] = await dists('4.1.0');
    expect((await upload(wheel as string)).status).toBe(200);
    const journal = await readFile(join(index.storageDir, 'journal.jsonl'), 'utf8');
    const again = await upload(wheel as string);
    expect(again.status).toBe(200);
    expect(await readFile(join(index.storageDir, 'journal.jsonl'), 'utf8')).toBe(journal);
  });

  it('never takes a deleted filename again, whatever the bytes', async () => {
    const [wheel] = await dists('5.0.0');
    expect((await upload(wheel as string)).status).toBe(200);
    expect(await index.admin.deleteFile('rehearsal-5.0.0-py3-none-any.whl')).toBe(true);
    const message =
      'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.';
    expectRefusal(await upload(wheel as string), 400, message);
    const [rebuilt] = await makeDists(
      [{ name: 'rehearsal', version: '5.0.0', summary: 'rebuilt' }],
      await mkdtemp(join(work, 'rebuilt-')),
    );
    expectRefusal(await upload(rebuilt as string), 400, message);
  });
});

describe('the request itself', () => {
  it('asks for authentication as PyPI does', async () => {
    const [wheel] = await dists('6.0.0');
    const fields = await twineForm(wheel as string);
    const invalid =
      'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
    expectRefusal(await rawUpload(index.uploadUrl, fields, { path: wheel as string }), 403, invalid);
    expectRefusal(
      await rawUpload(index.uploadUrl, fields, { path: wheel as string }, { password: 'wrong' }),
      403,
      invalid,
    );
    const basic = Buffer.from(`someone:${TOKEN}`).toString('base64');
    expectRefusal(
      await rawUpload(
        index.uploadUrl,
        fields,
        { path: wheel as string },
        { headers: { Authorization: `Basic ${basic}` } },
      ),
      403,
      'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers',
    );
  });

  it('refuses a form without a file, an unknown protocol, retired actions', async () => {
    const [wheel] = await dists('6.1.0');
    const fields = await twineForm(wheel as string);
    expectRefusal(
      await rawUpload(index.uploadUrl, fields, null, { password: TOKEN }),
      400,
      'Upload payload does not have a file.',
    );
    // PyPI fails with 500 on a `content` part without a filename; here it is no file either.
    expectRefusal(
      await rawUpload(index.uploadUrl, [...fields, ['content', 'PK not a file part']], null, {
        password: TOKEN,
      }),
      400,
      'Upload payload does not have a file.',
    );
    expectRefusal(
      await upload(wheel as string, withField(fields, 'protocol_version', '2')),
      400,
      'Unknown protocol version.',
    );
    expectRefusal(
      await upload(wheel as string, withField(fields, ':action', 'doc_upload')),
      410,
      'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    );
  });

  it('offers deleting and yanking over HTTP to the token holder only', async () => {
    const [wheel] = await dists('7.0.0');
    expect((await upload(wheel as string)).status).toBe(200);
    const admin = (path: string, body: unknown, token?: string): Promise<Response> =>
      fetch(`${index.url}/_admin/${path}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
      });
    expect((await admin('yank', { project: 'rehearsal', version: '7.0.0' })).status).toBe(403);
    const yanked = await admin('yank', { project: 'Rehearsal', version: '7.0', reason: 'bad build' }, TOKEN);
    expect([yanked.status, await yanked.json()]).toEqual([
      200,
      { yanked: { project: 'Rehearsal', version: '7.0' } },
    ]);
    expect((await admin('unyank', { project: 'rehearsal', version: '7.0.0' }, TOKEN)).status).toBe(200);
    expect((await admin('yank', { project: 'rehearsal', version: '9.9' }, TOKEN)).status).toBe(404);
    const deleted = await admin('delete', { filename: 'rehearsal-7.0.0-py3-none-any.whl' }, TOKEN);
    expect([deleted.status, await deleted.json()]).toEqual([
      200,
      { deleted: 'rehearsal-7.0.0-py3-none-any.whl' },
    ]);
    expect((await admin('delete', { filename: 'rehearsal-7.0.0-py3-none-any.whl' }, TOKEN)).status).toBe(404);
    expect((await admin('delete', 'not an object', TOKEN)).status).toBe(400);
  });

  it('answers JSON errors to clients that ask for JSON', async () => {
    const [wheel] = await dists('6.2.0');
    const answer = await rawUpload(
      index.uploadUrl,
      await twineForm(wheel as string),
      { path: wheel as string },
      { headers: { Accept: 'application/json' } },
    );
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({
      message: expect.stringContaining('Invalid or non-existent authentication'),
      title: 'Forbidden',
    });
  });
});

/** Repacks an sdist's members into a .zip: the legacy sdist format, same PKG-INFO. */
async function makeZipSdist(tarGz: string, zip: string): Promise<void> {
  const { runProcess, PYTHON } = await import('./support/index-helpers.js');
  const script = [
    'import sys, tarfile, zipfile',
    'with tarfile.open(sys.argv[1]) as t, zipfile.ZipFile(sys.argv[2], "w") as z:',
    '    for m in t.getmembers():',
    '        if m.isfile(): z.writestr(m.name, t.extractfile(m).read())',
  ].join('\n');
  const result = await runProcess(PYTHON, ['-c', script, tarGz, zip]);
  if (result.code !== 0) throw new Error(result.stderr);
}
