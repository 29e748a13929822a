import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistError } from './errors.js';
import { readDistMetadata } from './read-dist.js';
import { python } from '../../test/support/python.js';
import { makeZip, wheelMembers } from '../../test/support/zip-writer.js';
import { ZipArchive, zipEntryKind, type ZipEntry } from './zip-reader.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dists-zip-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, data: Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(DistError);
    return (error as DistError).code;
  }
}

describe('ZipArchive', () => {
  it.each([false, true])(
    'reads members of a handmade zip (zip64 records: %s) as Python zipfile does',
    async (zip64) => {
      const members = [
        { name: 'a.txt', data: 'stored text', method: 0 },
        { name: 'dir/b.txt', data: 'deflated '.repeat(100) },
        { name: 'ünï/c.txt', data: '' },
      ];
      const path = await write(`plain-${zip64}.zip`, makeZip(members, { zip64 }));
      const oracle = await python<Array<[string, string]>>(
        `
import json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps([[i.filename, z.read(i).decode()] for i in z.infolist()]))`,
        path,
      );
      const zip = await ZipArchive.open(path);
      try {
        const ours: Array<[string, string]> = [];
        for (const entry of zip.entries) ours.push([entry.name, (await zip.read(entry)).toString()]);
        expect(ours).toEqual(oracle);
      } finally {
        await zip.close();
      }
    },
  );

  it('refuses a file that is not a zip, and a truncated zip', async () => {
    const good = makeZip(wheelMembers('pure', '1.0'));
    expect(await codeOf(ZipArchive.open(await write('text.zip', Buffer.from('not a zip at all'))))).toBe(
      'not-a-zipfile',
    );
    expect(await codeOf(ZipArchive.open(await write('cut.zip', good.subarray(0, good.length - 30))))).toBe(
      'not-a-zipfile',
    );
    // The end record survives but the data before it is gone: the directory points past the file.
    const tailOnly = good.subarray(good.length - 200);
    expect(await codeOf(ZipArchive.open(await write('tail.zip', tailOnly)))).toBe('not-a-zipfile');
  });

  it('refuses entries whose ratio marks a zip bomb, but not tiny ones', async () => {
    const members = [
      { name: 'small-zeros', data: Buffer.alloc(64 * 1024) },
      { name: 'bomb', data: Buffer.alloc(4 << 20) },
    ];
    const zip = await ZipArchive.open(await write('bomb.zip', makeZip(members)));
    try {
      expect(zip.bombs().map((e) => e.name)).toEqual(['bomb']);
      const small = zip.entry('small-zeros');
      const bomb = zip.entry('bomb');
      if (!small || !bomb) throw new Error('missing entries');
      expect((await zip.read(small)).length).toBe(64 * 1024);
      await expect(zip.read(bomb)).rejects.toThrow(/refused as a zip bomb/);
    } finally {
      await zip.close();
    }
  });

  it('caps the size of a member it inflates and refuses unknown compression', async () => {
    const zip = await ZipArchive.open(
      await write(
        'caps.zip',
        makeZip([
          { name: 'big', data: Buffer.alloc(2048, 'x') },
          { name: 'bz2', data: 'pretend', method: 12 },
        ]),
      ),
      { maxMemberSize: 1024 },
    );
    try {
      const [big, bz2] = zip.entries;
      if (!big || !bz2) throw new Error('missing entries');
      expect(await codeOf(zip.read(big))).toBe('entry-too-large');
      expect(await codeOf(zip.read(bz2))).toBe('unsupported-compression');
    } finally {
      await zip.close();
    }
  });

  it('detects a corrupt member by its CRC', async () => {
    const data = makeZip([{ name: 'a.txt', data: 'hello world', method: 0 }]);
    data.write('HELLO', 30 + 'a.txt'.length);
    const zip = await ZipArchive.open(await write('crc.zip', data));
    try {
      expect(await codeOf(zip.read(zip.entries[0] ?? ({} as never)))).toBe('corrupt-entry');
    } finally {
      await zip.close();
    }
  });
});

async function streamed(zip: ZipArchive, entry: ZipEntry, chunkSize?: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of zip.stream(entry, chunkSize)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe('ZipArchive.stream', () => {
  it('streams stored and deflated members of any size in chunks, as Python zipfile reads them', async () => {
    const noise = Buffer.from(Array.from({ length: 3 << 20 }, (_, i) => (i * 2654435761) >>> 24));
    const members = [
      { name: 'stored.bin', data: noise, method: 0 },
      { name: 'deflated.bin', data: Buffer.concat([noise, Buffer.alloc(1 << 20, 'a')]) },
      { name: 'empty', data: '' },
    ];
    const path = await write('stream.zip', makeZip(members, { zip64: true }));
    const oracle = await python<string[]>(
      `
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    print(json.dumps([hashlib.sha256(z.read(i)).hexdigest() for i in z.infolist()]))`,
      path,
    );
    const zip = await ZipArchive.open(path);
    try {
      const { createHash } = await import('node:crypto');
      const ours: string[] = [];
      // 64 KiB chunks: many reads per member, the two read buffers taking turns.
      for (const entry of zip.entries)
        ours.push(
          createHash('sha256')
            .update(await streamed(zip, entry, 64 << 10))
            .digest('hex'),
        );
      expect(ours).toEqual(oracle);
      // A reader that stops early leaves nothing running: the member reads again from the start.
      const deflated = zip.entries[1] as ZipEntry;
      for await (const chunk of zip.stream(deflated, 64 << 10)) if (chunk.length > 0) break;
      expect(
        createHash('sha256')
          .update(await streamed(zip, deflated))
          .digest('hex'),
      ).toBe(oracle[1]);
    } finally {
      await zip.close();
    }
  });

  it('stops at a member whose bytes, size or CRC differ from the directory, and at unknown methods', async () => {
    const stored = makeZip([{ name: 'a.txt', data: 'hello world', method: 0 }]);
    stored.write('HELLO', 30 + 'a.txt'.length);
    const deflated = makeZip([{ name: 'b.txt', data: 'x'.repeat(5000) }]);
    deflated.writeUInt32LE(100, deflated.length - 22 - 46 - 'b.txt'.length + 24); // recorded size: 100
    const garbage = makeZip([{ name: 'c.txt', data: 'hello', method: 8 }]);
    garbage.fill(0xff, 30 + 'c.txt'.length, 30 + 'c.txt'.length + 3); // not a deflate stream any more
    const bz2 = makeZip([{ name: 'd.txt', data: 'pretend', method: 12 }]);
    const results: string[] = [];
    for (const [name, data] of Object.entries({ stored, deflated, garbage, bz2 })) {
      const zip = await ZipArchive.open(await write(`${name}-bad.zip`, data));
      try {
        results.push(await codeOf(streamed(zip, zip.entries[0] as ZipEntry)));
      } finally {
        await zip.close();
      }
    }
    expect(results).toEqual(['corrupt-entry', 'corrupt-entry', 'corrupt-entry', 'unsupported-compression']);
  });

  it('tells files, directories, symbolic links and special files apart by the recorded mode', async () => {
    const zip = await ZipArchive.open(
      await write(
        'kinds.zip',
        makeZip([
          { name: 'file', data: 'x' },
          { name: 'dir/', data: '', mode: 0o040755 },
          { name: 'link', data: '/etc/passwd', mode: 0o120777 },
          { name: 'fifo', data: '', mode: 0o010644 },
          { name: 'device', data: '', mode: 0o020644 },
          { name: 'no-type', data: 'y', mode: 0o644 },
        ]),
      ),
    );
    try {
      expect(zip.entries.map((entry) => [entry.name, zipEntryKind(entry)])).toEqual([
        ['file', 'file'],
        ['dir/', 'directory'],
        ['link', 'symlink'],
        ['fifo', 'special'],
        ['device', 'special'],
        ['no-type', 'file'],
      ]);
    } finally {
      await zip.close();
    }
  });
});

describe('readDistMetadata on handmade wheels', () => {
  it('reads METADATA and WHEEL of a zip64 wheel', async () => {
    const path = await write(
      'pure-1.0-py3-none-any.whl',
      makeZip(wheelMembers('pure', '1.0'), { zip64: true }),
    );
    const dist = await readDistMetadata(path);
    expect(dist.kind).toBe('wheel');
    expect(dist.metadata.name).toBe('pure');
    expect(dist.metadata.description).toBe('Body\n');
    expect(dist.wheelInfo).toEqual({
      distInfoDir: 'pure-1.0.dist-info',
      wheelVersion: '1.0',
      generator: 'hand',
      rootIsPurelib: true,
      tags: ['py3-none-any'],
      build: undefined,
      hasRecord: true,
    });
  });

  it.each(['RECORD', 'WHEEL', 'METADATA'])('names a missing %s', async (member) => {
    const members = wheelMembers('pure', '1.0').filter((m) => !m.name.endsWith(`/${member}`));
    const path = await write(`no-${member}/pure-1.0-py3-none-any.whl`.replace('/', '-'), makeZip(members));
    const expected =
      member === 'METADATA'
        ? 'no .dist-info directory with METADATA'
        : `${member} not found at pure-1.0.dist-info/${member}`;
    await expect(readDistMetadata(path)).rejects.toThrow(expected);
  });

  it('refuses a METADATA that is a zip bomb', async () => {
    const members = wheelMembers(
      'pure',
      '1.0',
      `Metadata-Version: 2.1\nName: pure\nVersion: 1.0\n\n${' '.repeat(3 << 20)}`,
    );
    const path = await write('bomb-pure-1.0-py3-none-any.whl', makeZip(members));
    await expect(readDistMetadata(path)).rejects.toThrow(/zip bomb/);
  });
});
