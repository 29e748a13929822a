/**
 * The index against real clients: Debian's twine uploads (token auth, --skip-existing), Debian's pip in a
 * fresh venv installs through the JSON and the HTML simple API, and `pip download` gets the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { buildFixture } from '../fixtures/build.js';
import {
  freshVenv,
  makeDists,
  startTestIndex,
  twineUpload,
  type TestIndex,
} from './support/index-helpers.js';

const TOKEN = 'pypi-rehearsal-token';

/** twine's output with rich's line wrapping and padding undone. */
function flat(result: { stdout: string; stderr: string }): string {
  return `${result.stdout}\n${result.stderr}`.replace(/\s+/g, ' ');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

describe('twine uploading to the index', () => {
  let index: TestIndex;
  let pure: { wheel: string; sdist: string };

  beforeAll(async () => {
    pure = await buildFixture('pure', '1.2.0');
    index = await startTestIndex({ token: TOKEN });
  });
  afterAll(async () => {
    await index.stop();
  });

  it('refuses a wrong token with PyPI’s 403 message, which twine prints', async () => {
    const result = await twineUpload(index.uploadUrl, [pure.wheel], { password: 'not-the-token' });
    expect(result.code).not.toBe(0);
    // twine 4 prints the standard phrase, then PyPI's reason phrase on the next line.
    expect(flat(result)).toContain(
      `403 Forbidden from ${index.uploadUrl} Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.`,
    );
    expect(index.log.at(-1)).toMatchObject({ path: '/legacy/', status: 403 });
  });

  it('takes a wheel and an sdist with the token', async () => {
    const result = await twineUpload(index.uploadUrl, [pure.wheel, pure.sdist], { password: TOKEN });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const project = (await (await fetch(`${index.jsonUrl}pure/json`)).json()) as {
      urls: { filename: string }[];
    };
    expect(project.urls.map((u) => u.filename).sort()).toEqual(
      [basename(pure.wheel), basename(pure.sdist)].sort(),
    );
  });

  it('answers a byte-identical re-upload with 200 and changes nothing', async () => {
    const before = (await (
      await fetch(`${index.simpleUrl}pure/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })
    ).json()) as Record<string, unknown>;
    const result = await twineUpload(index.uploadUrl, [pure.wheel], { password: TOKEN });
    expect(result.code).toBe(0);
    expect(index.log.at(-1)).toMatchObject({ path: '/legacy/', status: 200 });
    const after = (await (
      await fetch(`${index.simpleUrl}pure/`, { headers: { Accept: 'application/vnd.pypi.simple.v1+json' } })
    ).json()) as Record<string, unknown>;
    expect(after).toEqual(before);
  });

  it('skips an existing file with other content under --skip-existing, and fails without it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'li-other-'));
    try {
      // Same filename, other bytes: a rebuild of the same version.
      const [other] = await makeDists([{ name: 'pure', version: '1.2.0', summary: 'rebuilt' }], dir);
      expect(basename(other ?? '')).toBe(basename(pure.wheel));
      const strict = await twineUpload(index.uploadUrl, [other as string], { password: TOKEN });
      expect(strict.code).not.toBe(0);
      expect(flat(strict)).toContain(
        `400 Bad Request from ${index.uploadUrl} File already exists ('pure-1.2.0-py3-none-any.whl', with blake2_256 hash`,
      );
      const skipping = await twineUpload(index.uploadUrl, [other as string], {
        password: TOKEN,
        extra: ['--skip-existing'],
      });
      expect(skipping.code).toBe(0);
      expect(flat(skipping)).toContain(
        'Skipping pure-1.2.0-py3-none-any.whl because it appears to already exist',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('pip installing from the index', () => {
  let index: TestIndex;
  let htmlOnly: TestIndex;
  let files: string[];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'li-pip-'));
    // An app with a dependency, so pip resolves through the index, and an older and a newer lib. Names are
    // written as requested: Debian's pip 23.0 compares the raw Name of PEP 658 metadata with the request.
    files = await makeDists(
      [
        { name: 'rehearsal-lib', version: '1.0.0', sdist: true },
        { name: 'rehearsal-lib', version: '1.1.0', sdist: true },
        { name: 'rehearsal-lib', version: '2.0.0rc1' },
        { name: 'rehearsal-app', version: '0.3.0', requires: ['rehearsal-lib>=1.0,<2'] },
      ],
      dir,
    );
    index = await startTestIndex({ token: TOKEN });
    htmlOnly = await startTestIndex({ token: TOKEN, simpleFormats: 'html' });
    for (const target of [index, htmlOnly]) {
      const uploaded = await twineUpload(target.uploadUrl, files, { password: TOKEN });
      if (uploaded.code !== 0) throw new Error(`twine failed: ${uploaded.stderr}`);
    }
  });
  afterAll(async () => {
    await index.stop();
    await htmlOnly.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['the JSON simple API (PEP 691)', 'json', 'application/vnd.pypi.simple.v1+json'],
    ['the HTML simple API (PEP 503)', 'html', 'application/vnd.pypi.simple.v1+html'],
  ])('installs an app and its dependency through %s', async (_label, which, contentType) => {
    // pip 23.0 reads PEP 658 metadata from HTML (data-dist-info-metadata); in JSON it looks for a key
    // PyPI does not send (PEP 714), so there it downloads the wheels.
    const target = which === 'json' ? index : htmlOnly;
    const venv = await freshVenv();
    try {
      target.log.length = 0;
      const result = await venv.pip(['install', '--index-url', target.simpleUrl, 'rehearsal-app']);
      expect(result.stderr).not.toMatch(/ERROR/);
      expect(result.code).toBe(0);
      const shown = await venv.python([
        '-c',
        'import rehearsal_app, rehearsal_lib; print(rehearsal_app.VERSION, rehearsal_lib.VERSION)',
      ]);
      // The pre-release 2.0.0rc1 and the <2 pin both keep pip on 1.1.0.
      expect(shown.stdout.trim()).toBe('0.3.0 1.1.0');
      const pages = target.log.filter((e) => e.path.startsWith('/simple/'));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(page.contentType).toBe(contentType);
      expect(target.log.some((e) => e.path.endsWith('.whl.metadata') && e.status === 200)).toBe(
        which === 'html',
      );
    } finally {
      await venv.remove();
    }
  });

  it('pip download gets byte-identical files', async () => {
    // Downloading an sdist prepares its metadata, which needs Debian's setuptools and wheel.
    const venv = await freshVenv({ systemSitePackages: true });
    const out = await mkdtemp(join(tmpdir(), 'li-download-'));
    try {
      const result = await venv.pip([
        'download',
        '--index-url',
        index.simpleUrl,
        '--no-deps',
        '--dest',
        out,
        'rehearsal-lib==1.0.0',
        '--no-binary',
        ':all:',
        '--no-build-isolation',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const wheels = await venv.pip([
        'download',
        '--index-url',
        index.simpleUrl,
        '--no-deps',
        '--dest',
        out,
        'rehearsal-lib==1.1.0',
        'rehearsal-app==0.3.0',
      ]);
      expect(wheels.code).toBe(0);
      const got = (await readdir(out)).sort();
      expect(got).toEqual([
        'rehearsal_app-0.3.0-py3-none-any.whl',
        'rehearsal_lib-1.0.0.tar.gz',
        'rehearsal_lib-1.1.0-py3-none-any.whl',
      ]);
      for (const name of got) {
        const original = files.find((f) => basename(f) === name) as string;
        expect(sha256(await readFile(join(out, name)))).toBe(sha256(await readFile(original)));
      }
    } finally {
      await venv.remove();
      await rm(out, { recursive: true, force: true });
    }
  });
});
