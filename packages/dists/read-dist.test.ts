import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFixture, type BuiltFixture } from '../../test/fixtures/build.js';
import { inspectDistribution } from './inspect-dist.js';
import { readDistMetadata } from './read-dist.js';
import { checkDistribution } from './rules/check-distribution.js';
import { python } from '../../test/support/python.js';

// What Python reads from the archive: every header (email.parser, compat32) and the body.
const PYTHON_READ = `
import json, sys, tarfile, zipfile, email.parser, email.policy
path = sys.argv[1]
if path.endswith(".whl"):
    with zipfile.ZipFile(path) as z:
        name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        text = z.read(name).decode()
else:
    with tarfile.open(path) as t:
        top = t.getnames()[0].split("/")[0]
        text = t.extractfile(top + "/PKG-INFO").read().decode()
msg = email.parser.Parser(policy=email.policy.compat32).parsestr(text)
print(json.dumps(dict(headers=[[k, v] for k, v in msg.items()], body=msg.get_payload())))`;

let pure: BuiltFixture;
let cext: BuiltFixture;
beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'dists-read-'));
  [pure, cext] = await Promise.all([
    buildFixture('pure', '1.2.3rc1', join(out, 'pure')),
    buildFixture('cext', '0.1.0', join(out, 'cext')),
  ]);
}, 240_000);

describe('readDistMetadata on wheels and sdists built by python -m build', () => {
  it('reads the metadata Python reads, from every fixture file', async () => {
    for (const path of [pure.wheel, pure.sdist, cext.wheel, cext.sdist]) {
      const expected = await python<{ headers: Array<[string, string]>; body: string }>(PYTHON_READ, path);
      const dist = await readDistMetadata(path);
      expect(dist.metadata.fields.map((f) => [f.name, f.value])).toEqual(expected.headers);
      expect(dist.metadata.description ?? '').toBe(expected.body);
    }
  });

  it('types the pure wheel and its WHEEL file', async () => {
    const dist = await readDistMetadata(pure.wheel);
    expect(dist).toMatchObject({ filename: 'pure-1.2.3rc1-py3-none-any.whl', kind: 'wheel' });
    expect(dist.metadata).toMatchObject({
      metadataVersion: '2.1',
      name: 'pure',
      version: '1.2.3rc1',
      requiresPython: '>=3.8',
      providesExtra: ['fast'],
      projectUrls: [
        { label: 'Homepage', url: 'https://example.org/pure' },
        { label: 'Issue Tracker', url: 'https://example.org/pure/issues' },
      ],
    });
    expect(dist.wheelInfo).toMatchObject({
      distInfoDir: 'pure-1.2.3rc1.dist-info',
      rootIsPurelib: true,
      tags: ['py3-none-any'],
      hasRecord: true,
    });
  });

  it('agrees with importlib.metadata on the installed-format fields', async () => {
    const oracle = await python<{ name: string; version: string; requires: string[] }>(
      `
import json, sys, zipfile, tempfile, importlib.metadata as im
d = tempfile.mkdtemp()
zipfile.ZipFile(sys.argv[1]).extractall(d)
dist = next(im.distributions(path=[d]))
print(json.dumps(dict(name=dist.metadata["Name"], version=dist.version, requires=dist.requires or [])))`,
      cext.wheel,
    );
    const dist = await readDistMetadata(cext.wheel);
    expect({
      name: dist.metadata.name,
      version: dist.metadata.version,
      requires: dist.metadata.requiresDist,
    }).toEqual(oracle);
    expect(dist.wheelInfo?.rootIsPurelib).toBe(false);
  });
});

describe('checkDistribution on real files', () => {
  it('finds nothing wrong with the pure wheel and sdist', async () => {
    for (const path of [pure.wheel, pure.sdist]) {
      const facts = await inspectDistribution(path);
      expect(facts.metadataError).toBeUndefined();
      expect(checkDistribution(facts)).toEqual([]);
    }
  });

  it("refuses the C extension's linux_x86_64 wheel as PyPI does, and takes its sdist", async () => {
    const wheel = await inspectDistribution(cext.wheel);
    expect(checkDistribution(wheel)).toEqual([
      {
        code: 'unsupported-platform-tag',
        status: 400,
        message: `Binary wheel '${wheel.filename}' has an unsupported platform tag 'linux_x86_64'.`,
      },
    ]);
    expect(checkDistribution(await inspectDistribution(cext.sdist))).toEqual([]);
  });

  it('refuses a second sdist and a re-upload with other content, and answers 200 to an identical one', async () => {
    const facts = await inspectDistribution(pure.sdist);
    const same = { filename: facts.filename, packagetype: 'sdist' as const, ...facts.hashes };
    expect(checkDistribution(facts, { releaseFiles: [same] })[0]).toEqual({
      code: 'file-exists-identical',
      status: 200,
      message: '',
    });
    const other = {
      filename: 'pure-1.2.3rc1.zip',
      packagetype: 'sdist' as const,
      sha256: 'x',
      blake2_256: 'y',
    };
    expect(checkDistribution(facts, { releaseFiles: [other] })).toEqual([
      { code: 'duplicate-sdist', status: 400, message: 'Only one sdist may be uploaded per release.' },
    ]);
  });

  it('sees the unnormalized sdist name setuptools 66 writes for a dotted project name', async () => {
    const out = await mkdtemp(join(tmpdir(), 'dists-dotted-'));
    const dotted = await buildFixture('pure', '1.0', out, { projectName: 'Pure.Fixture' });
    const facts = await inspectDistribution(dotted.sdist);
    const problems = checkDistribution(facts).map((p) => p.message);
    if (facts.filename !== 'pure_fixture-1.0.tar.gz') {
      expect(problems).toEqual([
        `Filename '${facts.filename}' is invalid, should be 'pure_fixture-1.0.tar.gz'.`,
      ]);
    } else expect(problems).toEqual([]);
    const wheel = await inspectDistribution(dotted.wheel);
    const wheelProblems = checkDistribution(wheel).map((p) => p.message);
    if (!wheel.filename.startsWith('pure_fixture-')) {
      expect(wheelProblems).toEqual([
        `Filename '${wheel.filename}' should contain the normalized project name 'pure_fixture', not '${wheel.filename.split('-')[0]}'.`,
      ]);
    } else expect(wheelProblems).toEqual([]);
  }, 120_000);
});
