import { describe, expect, it } from '@jest/globals';
import { parseCoreMetadata } from './core-metadata.js';
import { python } from '../../test/support/python.js';

// What Python's email parser (compat32, the policy packaging.metadata uses) makes of a text.
async function pythonView(text: string): Promise<{ headers: Array<[string, string]>; body: string }> {
  return python(
    `
import json, sys, email.parser, email.policy
msg = email.parser.Parser(policy=email.policy.compat32).parsestr(sys.argv[1])
print(json.dumps(dict(headers=[[k, v] for k, v in msg.items()], body=msg.get_payload())))`,
    text,
  );
}

const SAMPLES: Record<string, string> = {
  'metadata 2.1 with a body': [
    'Metadata-Version: 2.1',
    'Name: pure',
    'Version: 1.2.3',
    'Summary: A fixture',
    'Project-URL: Homepage, https://example.org/pure',
    'Project-URL: Issue Tracker, https://example.org/pure/issues',
    'Keywords: fixture,testing',
    'Classifier: Programming Language :: Python :: 3',
    'Classifier: License :: OSI Approved :: MIT License',
    'Requires-Dist: packaging (>=20) ; python_version >= "3.8"',
    'Provides-Extra: fast',
    'License-File: LICENSE',
    'Dynamic: license',
    '',
    '# pure',
    '',
    'Body with: a colon, and trailing lines',
    '',
    '',
  ].join('\n'),
  'continuation lines and a header description (metadata 1.x style)': [
    'Metadata-Version: 1.1',
    'Name: old',
    'Version: 0.1',
    'Description: first line',
    '        |second line',
    '        |',
    '        |   indented',
    'License: BSD',
    '\tcontinued with a tab',
    'Platform: UNKNOWN',
    '',
  ].join('\n'),
  'CRLF line endings': 'Metadata-Version: 2.2\r\nName: crlf\r\nVersion: 1.0\r\n\r\nbody line\r\nsecond\r\n',
  'no body, no final newline': 'Metadata-Version: 2.3\nName: x\nVersion: 2',
  'spaces around the colon and odd case': 'metadata-version:2.1\nNAME:   spaced   \nversion: 1.0\n\n',
};

describe('parseCoreMetadata', () => {
  for (const [title, text] of Object.entries(SAMPLES)) {
    it(`reads headers and body as Python's email parser does: ${title}`, async () => {
      const expected = await pythonView(text);
      const meta = parseCoreMetadata(text);
      expect(meta.fields.map((f) => [f.name, f.value])).toEqual(expected.headers);
      expect(meta.description ?? '').toBe(
        expected.body !== ''
          ? expected.body
          : (expected.headers.find(([k]) => k === 'Description')?.[1] ?? ''),
      );
    });
  }

  it('types single and multiple-use fields', () => {
    const meta = parseCoreMetadata(SAMPLES['metadata 2.1 with a body'] ?? '');
    expect(meta).toMatchObject({
      metadataVersion: '2.1',
      name: 'pure',
      version: '1.2.3',
      summary: 'A fixture',
      keywords: ['fixture', 'testing'],
      classifiers: ['Programming Language :: Python :: 3', 'License :: OSI Approved :: MIT License'],
      requiresDist: ['packaging (>=20) ; python_version >= "3.8"'],
      providesExtra: ['fast'],
      licenseFiles: ['LICENSE'],
      dynamic: ['license'],
      projectUrls: [
        { label: 'Homepage', url: 'https://example.org/pure' },
        { label: 'Issue Tracker', url: 'https://example.org/pure/issues' },
      ],
      platforms: [],
      warnings: [],
    });
    expect(meta.description).toBe('# pure\n\nBody with: a colon, and trailing lines\n\n');
  });

  it('matches field names case-insensitively and warns on repeated single fields', () => {
    const meta = parseCoreMetadata('metadata-version: 2.1\nname: a\nNAME: b\nversion: 1\n');
    expect(meta.name).toBe('a');
    expect(meta.metadataVersion).toBe('2.1');
    expect(meta.warnings).toEqual(['Name appears more than once; the first is used']);
  });

  it('refuses bytes that are not UTF-8, naming the source', () => {
    expect(() => parseCoreMetadata(Uint8Array.from([0x4e, 0x61, 0xff, 0x0a]), 'x.whl: METADATA')).toThrow(
      'x.whl: METADATA: core metadata is not valid UTF-8',
    );
  });
});
