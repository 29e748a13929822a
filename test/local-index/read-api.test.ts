/**
 * The read side as pip, uv and verify tools see it: PEP 503 HTML and PEP 691 JSON chosen by Accept, PEP 700
 * fields, PEP 658/714 metadata files, PEP 592 yanks, PyPI's JSON API, downloads, redirects, CDN-like delay.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  get,
  makeDists,
  PYTHON,
  rawUpload,
  runProcess,
  startTestIndex,
  twineForm,
  type TestIndex,
} from './support/index-helpers.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const HTML_TYPE = 'application/vnd.pypi.simple.v1+html';
const UPLOAD_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

let index: TestIndex;
let work: string;
let files: string[];

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
const byName = (name: string): string => files.find((f) => basename(f) === name) as string;

async function uploadAll(target: TestIndex, paths: string[]): Promise<void> {
  for (const path of paths) {
    const answer = await rawUpload(target.uploadUrl, await twineForm(path), { path });
    if (answer.status !== 200) throw new Error(`${basename(path)}: ${answer.status} ${answer.reason}`);
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-read-'));
  files = await makeDists(
    [
      { name: 'Rehearsal.Lib', version: '1.0.0', sdist: true, requires: ['packaging>=20'] },
      { name: 'Rehearsal.Lib', version: '0.9.0' },
      { name: 'Rehearsal.Lib', version: '1.1.0rc1' },
      { name: 'other', version: '3.0' },
    ],
    work,
  );
  index = await startTestIndex();
  await uploadAll(index, files);
});
afterAll(async () => {
  await index.stop();
  await rm(work, { recursive: true, force: true });
});

describe('the simple API', () => {
  it('lists projects in HTML by default and in JSON on request', async () => {
    const html = await get(index.simpleUrl);
    expect(html.headers['content-type']).toBe('text/html');
    expect(html.body).toContain('<a href="/simple/rehearsal-lib/">Rehearsal.Lib</a>');
    const json = await get(index.simpleUrl, JSON_TYPE);
    expect(json.headers['content-type']).toBe(JSON_TYPE);
    expect(JSON.parse(json.body)).toEqual({
      meta: { 'api-version': '1.1', '_last-serial': 5 },
      projects: [{ name: 'other' }, { name: 'Rehearsal.Lib' }],
    });
  });

  it('chooses the format from Accept as warehouse does, and says it varies', async () => {
    const page = `${index.simpleUrl}rehearsal-lib/`;
    const cases: [string | undefined, string][] = [
      [undefined, 'text/html'],
      ['*/*', 'text/html'],
      [JSON_TYPE, JSON_TYPE],
      [HTML_TYPE, HTML_TYPE],
      [`${JSON_TYPE}, ${HTML_TYPE};q=0.1, text/html;q=0.01`, JSON_TYPE], // pip's header
      [`text/html;q=0.5, ${JSON_TYPE}`, JSON_TYPE],
      ['application/x-unknown', 'text/html'],
    ];
    for (const [accept, expected] of cases) {
      const answer = await get(page, accept);
      expect([accept, answer.headers['content-type']]).toEqual([accept, expected]);
      expect(answer.headers.vary).toBe('Accept');
      expect(answer.headers['x-pypi-last-serial']).toBe('5');
    }
    const forced = await get(`${page}?format=${encodeURIComponent(JSON_TYPE)}`, 'text/html');
    expect(forced.headers['content-type']).toBe(JSON_TYPE);
  });

  it('gives PEP 691/700/714 fields for every file', async () => {
    const answer = JSON.parse((await get(`${index.simpleUrl}rehearsal-lib/`, JSON_TYPE)).body);
    expect(answer.name).toBe('rehearsal-lib');
    expect(answer.meta['api-version']).toBe('1.1');
    expect(answer.versions).toEqual(['0.9.0', '1.0.0', '1.1.0rc1']);
    const names = answer.files.map((f: { filename: string }) => f.filename);
    expect(names).toEqual([
      'rehearsal_lib-0.9.0-py3-none-any.whl',
      'rehearsal_lib-1.0.0-py3-none-any.whl',
      'rehearsal_lib-1.0.0.tar.gz',
      'rehearsal_lib-1.1.0rc1-py3-none-any.whl',
    ]);
    for (const file of answer.files) {
      const bytes = await readFile(byName(file.filename));
      expect(file.hashes).toEqual({ sha256: sha256(bytes) });
      expect(file.size).toBe(bytes.length);
      expect(file['requires-python']).toBe('>=3.7');
      expect(file['upload-time']).toMatch(UPLOAD_TIME);
      expect(file.yanked).toBe(false);
      expect(file.url).toMatch(
        new RegExp(`^${index.url}/packages/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{60}/${file.filename}$`),
      );
      if (file.filename.endsWith('.whl')) {
        expect(file['core-metadata']).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
        expect(file['data-dist-info-metadata']).toEqual(file['core-metadata']);
      } else {
        expect(file['core-metadata']).toBe(false);
      }
    }
  });

  it('writes the same facts as PEP 503 HTML anchors', async () => {
    const html = (await get(`${index.simpleUrl}rehearsal-lib/`, HTML_TYPE)).body;
    expect(html).toContain('<meta name="pypi:repository-version" content="1.1">');
    const wheel = await readFile(byName('rehearsal_lib-1.0.0-py3-none-any.whl'));
    const anchor =
      html.split('\n').find((line) => line.includes('>rehearsal_lib-1.0.0-py3-none-any.whl<')) ?? '';
    expect(anchor).toContain(`#sha256=${sha256(wheel)}"`);
    expect(anchor).toContain('data-requires-python="&gt;=3.7"');
    expect(anchor).toMatch(
      /data-dist-info-metadata="sha256=[0-9a-f]{64}" data-core-metadata="sha256=[0-9a-f]{64}"/,
    );
    const sdistAnchor = html.split('\n').find((line) => line.includes('>rehearsal_lib-1.0.0.tar.gz<')) ?? '';
    expect(sdistAnchor).not.toContain('metadata');
  });

  it('redirects a name that is not normalized, or lacks its slash, and 404s the unknown', async () => {
    const upper = await get(`${index.simpleUrl}Rehearsal.Lib/`);
    expect([upper.status, upper.headers.location]).toEqual([301, '/simple/rehearsal-lib/']);
    const bare = await get(`${index.simpleUrl}rehearsal-lib`);
    expect([bare.status, bare.headers.location]).toEqual([301, '/simple/rehearsal-lib/']);
    expect((await get(`${index.simpleUrl}nothing-here/`)).status).toBe(404);
  });
});

describe('files and metadata files', () => {
  it('serves the exact bytes, with an ETag', async () => {
    const json = JSON.parse((await get(`${index.simpleUrl}rehearsal-lib/`, JSON_TYPE)).body);
    for (const file of json.files) {
      const answer = await get(file.url);
      expect(answer.status).toBe(200);
      expect(sha256(answer.bytes)).toBe(file.hashes.sha256);
      expect(answer.headers.etag).toBe(`"${file.hashes.sha256}"`);
    }
  });

  it('serves the wheel’s own METADATA at <file>.metadata (PEP 658), matching its advertised hash', async () => {
    const json = JSON.parse((await get(`${index.simpleUrl}rehearsal-lib/`, JSON_TYPE)).body);
    const wheel = json.files.find(
      (f: { filename: string }) => f.filename === 'rehearsal_lib-1.0.0-py3-none-any.whl',
    );
    const answer = await get(`${wheel.url}.metadata`);
    expect(answer.status).toBe(200);
    expect(sha256(answer.bytes)).toBe(wheel['core-metadata'].sha256);
    const inside = await runProcess(PYTHON, [
      '-c',
      'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("rehearsal_lib-1.0.0.dist-info/METADATA"))',
      byName(wheel.filename),
    ]);
    expect(answer.body).toBe(inside.stdout);
    const sdist = json.files.find((f: { filename: string }) => f.filename.endsWith('.tar.gz'));
    expect((await get(`${sdist.url}.metadata`)).status).toBe(404);
  });

  it('404s paths that are not a stored file', async () => {
    expect(
      (await get(`${index.url}/packages/00/00/${'0'.repeat(60)}/rehearsal_lib-1.0.0.tar.gz`)).status,
    ).toBe(404);
  });
});

describe('the JSON API', () => {
  it('describes the project by its newest final release, with PyPI’s field names', async () => {
    const moved = await get(`${index.jsonUrl}rehearsal-lib/json`);
    expect([moved.status, moved.headers.location]).toEqual([301, '/pypi/Rehearsal.Lib/json']);
    const answer = await get(`${index.jsonUrl}Rehearsal.Lib/json`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body);
    expect(body.last_serial).toBe(Number(answer.headers['x-pypi-last-serial']));
    expect(body.info).toMatchObject({
      name: 'Rehearsal.Lib',
      version: '1.0.0',
      summary: 'A rehearsal fixture',
      requires_python: '>=3.7',
      requires_dist: ['packaging>=20'],
      yanked: false,
      yanked_reason: null,
    });
    expect(Object.keys(body.releases)).toEqual(['0.9.0', '1.0.0', '1.1.0rc1']);
    expect(body.urls.map((u: { filename: string }) => u.filename).sort()).toEqual([
      'rehearsal_lib-1.0.0-py3-none-any.whl',
      'rehearsal_lib-1.0.0.tar.gz',
    ]);
    const wheel = body.urls.find((u: { packagetype: string }) => u.packagetype === 'bdist_wheel');
    const bytes = await readFile(byName(wheel.filename));
    expect(wheel).toMatchObject({
      digests: {
        sha256: sha256(bytes),
        md5: createHash('md5').update(bytes).digest('hex'),
        blake2b_256: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      md5_digest: createHash('md5').update(bytes).digest('hex'),
      python_version: 'py3',
      requires_python: '>=3.7',
      size: bytes.length,
      upload_time_iso_8601: expect.stringMatching(UPLOAD_TIME),
      yanked: false,
    });
    expect(wheel.upload_time).toBe(wheel.upload_time_iso_8601.slice(0, 19));
    const sdist = body.urls.find((u: { packagetype: string }) => u.packagetype === 'sdist');
    expect(sdist.python_version).toBe('source');
  });

  it('describes one release at /pypi/<project>/<version>/json', async () => {
    const body = JSON.parse((await get(`${index.jsonUrl}Rehearsal.Lib/1.1.0rc1/json`)).body);
    expect(body.info.version).toBe('1.1.0rc1');
    expect(body.releases).toBeUndefined();
    expect(body.urls.map((u: { filename: string }) => u.filename)).toEqual([
      'rehearsal_lib-1.1.0rc1-py3-none-any.whl',
    ]);
    expect((await get(`${index.jsonUrl}Rehearsal.Lib/7.0/json`)).status).toBe(404);
    const missing = await get(`${index.jsonUrl}no-such-project/json`);
    expect([missing.status, JSON.parse(missing.body)]).toEqual([404, { message: 'Not Found' }]);
  });
});

describe('yanking (PEP 592)', () => {
  it('marks every file of the release in both formats and in the JSON API', async () => {
    expect(await index.admin.yank('rehearsal-lib', '0.9', 'broken import')).toBe(true);
    const json = JSON.parse((await get(`${index.simpleUrl}rehearsal-lib/`, JSON_TYPE)).body);
    const yanked = json.files.find((f: { filename: string }) => f.filename.includes('0.9.0'));
    expect(yanked.yanked).toBe('broken import');
    const html = (await get(`${index.simpleUrl}rehearsal-lib/`)).body;
    expect(html).toMatch(/data-yanked="broken import">rehearsal_lib-0\.9\.0-py3-none-any\.whl</);
    const release = JSON.parse((await get(`${index.jsonUrl}Rehearsal.Lib/0.9.0/json`)).body);
    expect(release.info).toMatchObject({ yanked: true, yanked_reason: 'broken import' });
    expect(release.urls[0]).toMatchObject({ yanked: true, yanked_reason: 'broken import' });
    expect(await index.admin.unyank('rehearsal-lib', '0.9.0')).toBe(true);
    const back = JSON.parse((await get(`${index.simpleUrl}rehearsal-lib/`, JSON_TYPE)).body);
    expect(back.files.find((f: { filename: string }) => f.filename.includes('0.9.0')).yanked).toBe(false);
  });
});

describe('the visibility delay', () => {
  it('keeps new files off the read APIs until the delay has passed, as behind a CDN', async () => {
    const delayed = await startTestIndex({ visibilityDelayMs: 1500 });
    try {
      const path = byName('other-3.0-py3-none-any.whl');
      await uploadAll(delayed, [path]);
      // Counted from the answer: the upload itself may take a while (its reST description is rendered).
      const started = Date.now();
      expect((await get(`${delayed.simpleUrl}other/`)).status).toBe(404);
      expect((await get(`${delayed.jsonUrl}other/json`)).status).toBe(404);
      expect(JSON.parse((await get(delayed.simpleUrl, JSON_TYPE)).body).projects).toEqual([]);
      // The index itself knows the file at once: the same upload again is the identical re-upload.
      expect((await rawUpload(delayed.uploadUrl, await twineForm(path), { path })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1600 - (Date.now() - started))));
      expect((await get(`${delayed.simpleUrl}other/`)).status).toBe(200);
      expect((await get(`${delayed.jsonUrl}other/json`)).status).toBe(200);
    } finally {
      await delayed.stop();
    }
  });
});
