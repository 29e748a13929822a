import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { buildFixture, type BuiltFixture } from '../../test/fixtures/build.js';
import { parseCoreMetadata } from './core-metadata.js';
import { hashFile } from './hash-file.js';
import { readDistMetadata } from './read-dist.js';
import { metadataFromUploadForm, uploadFormFields, type FormField } from './upload-form.js';

const run = promisify(execFile);

// A one-route server that keeps the form fields of each POST, as the legacy upload API receives them.
let server: Server;
let url: string;
const received: FormField[][] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const boundary = /boundary=(.+)$/.exec(req.headers['content-type'] ?? '')?.[1] ?? '';
      received.push(parseMultipart(Buffer.concat(chunks), boundary));
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/legacy/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function parseMultipart(body: Buffer, boundary: string): FormField[] {
  const fields: FormField[] = [];
  for (const part of body.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
    const [head = '', ...rest] = part.split('\r\n\r\n');
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    if (name !== 'content')
      fields.push([name, Buffer.from(rest.join('\r\n\r\n').slice(0, -2), 'latin1').toString('utf8')]);
  }
  return fields;
}

async function twineUpload(path: string): Promise<FormField[]> {
  const before = received.length;
  await run('/usr/bin/python3', [
    '-m',
    'twine',
    'upload',
    '--repository-url',
    url,
    '-u',
    '__token__',
    '-p',
    'pypi-test',
    '--non-interactive',
    '--disable-progress-bar',
    path,
  ]);
  expect(received.length).toBe(before + 1);
  return received[before] ?? [];
}

const keywordsAsTwine6 = (value: string): string =>
  value
    .split(',')
    .map((k) => k.trim())
    .join(', ');

const sorted = (fields: FormField[]): FormField[] =>
  [...fields].sort((a, b) => (a.join('\0') < b.join('\0') ? -1 : 1));

let pure: BuiltFixture;
beforeAll(async () => {
  pure = await buildFixture('pure', '2.0.0');
}, 240_000);

describe('uploadFormFields', () => {
  it.each(['wheel', 'sdist'] as const)(
    'sends what twine sends for the %s (twine 4 differences aside)',
    async (kind) => {
      const path = pure[kind];
      const twine = await twineUpload(path);
      const { metadata } = await readDistMetadata(path);
      const { size: _size, ...hashes } = await hashFile(path);
      const ours = uploadFormFields(metadata, {
        filetype: kind === 'wheel' ? 'bdist_wheel' : 'sdist',
        pyversion: kind === 'wheel' ? 'py3' : 'source',
        hashes,
      });
      // Debian's twine 4 predates twine 6: it sends absent fields as empty strings (warehouse drops them, twine 6
      // omits them), leaves an sdist's pyversion empty (warehouse and twine 6 say `source`), names the extras
      // field `provides_extras`, sends keywords as written rather than re-joined with ", ", and never sends
      // License-File. Map those, then compare exactly.
      const twineAsSix: FormField[] = [];
      for (const [name, value] of twine) {
        if (name === 'pyversion' && value === '') twineAsSix.push([name, 'source']);
        else if (value === '') continue;
        else if (name === 'provides_extras') twineAsSix.push(['provides_extra', value]);
        else if (name === 'keywords') twineAsSix.push([name, keywordsAsTwine6(value)]);
        else twineAsSix.push([name, value]);
      }
      expect(sorted(ours)).toEqual(sorted(twineAsSix));
    },
  );

  it("applies twine's safe name and drops License-File below metadata 2.4", () => {
    const meta = parseCoreMetadata(
      'Metadata-Version: 2.1\nName: my_pkg\nVersion: 1\nLicense-File: LICENSE\n',
    );
    const fields = uploadFormFields(meta);
    expect(fields).toContainEqual(['name', 'my-pkg']);
    expect(fields.find(([n]) => n === 'license_file')).toBeUndefined();
    const v24 = parseCoreMetadata(
      'Metadata-Version: 2.4\nName: p\nVersion: 1\nLicense-File: LICENSE\nLicense-File: NOTICE\n',
    );
    expect(uploadFormFields(v24).filter(([n]) => n === 'license_file')).toEqual([
      ['license_file', 'LICENSE'],
      ['license_file', 'NOTICE'],
    ]);
  });

  it('round-trips through metadataFromUploadForm', async () => {
    const { metadata } = await readDistMetadata(pure.wheel);
    const back = metadataFromUploadForm(uploadFormFields(metadata));
    for (const key of ['metadataVersion', 'version', 'summary', 'description', 'requiresPython'] as const) {
      expect(back[key]).toEqual(metadata[key]);
    }
    expect(back.classifiers).toEqual(metadata.classifiers);
    expect(back.projectUrls).toEqual(metadata.projectUrls);
    expect(back.keywords).toEqual(metadata.keywords);
  });
});
