import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DistError } from './errors.js';
import { readDistMetadata } from './read-dist.js';
import { walkTarGz, type TarEntry } from './tar-reader.js';
import { python } from '../../test/support/python.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dists-tar-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LONG = `pure-1.0/${'deeply/'.repeat(20)}${'n'.repeat(120)}.py`;

// Python's tarfile writes the archive in the given format and reports the names it reads back.
async function pythonTar(path: string, format: 'PAX' | 'GNU' | 'USTAR', names: string[]): Promise<string[]> {
  return python<string[]>(
    `
import io, json, sys, tarfile
path, fmt, names = sys.argv[1], sys.argv[2], sys.argv[3:]
with tarfile.open(path, "w:gz", format=getattr(tarfile, fmt + "_FORMAT")) as tar:
    d = tarfile.TarInfo("pure-1.0"); d.type = tarfile.DIRTYPE; tar.addfile(d)
    for n in names:
        data = ("content of " + n).encode()
        info = tarfile.TarInfo(n); info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
with tarfile.open(path) as tar:
    print(json.dumps(tar.getnames()))`,
    path,
    format,
    ...names,
  );
}

async function walkAll(path: string): Promise<{ entries: TarEntry[]; contents: Map<string, string> }> {
  const entries: TarEntry[] = [];
  const contents = new Map<string, string>();
  await walkTarGz(path, {
    onEntry(entry) {
      entries.push(entry);
      return 'read';
    },
    onContent(entry, data) {
      contents.set(entry.path, data.toString());
      return false;
    },
  });
  return { entries, contents };
}

describe('walkTarGz', () => {
  const names = ['pure-1.0/PKG-INFO', LONG, `pure-1.0/${'u'.repeat(90)}/${'ü'.repeat(20)}.txt`];

  it.each(['PAX', 'GNU', 'USTAR'] as const)(
    'reads %s archives with the names Python reads',
    async (format) => {
      const path = join(dir, `${format}.tar.gz`);
      // ustar cannot hold a name part over 100 bytes; it splits paths at a slash into prefix + name.
      const used = format === 'USTAR' ? names.filter((n) => n !== LONG) : names;
      const expected = await pythonTar(path, format, used);
      const { entries, contents } = await walkAll(path);
      expect(entries.map((e) => e.path)).toEqual(expected);
      expect(entries[0]?.type).toBe('directory');
      for (const name of used) expect(contents.get(name)).toBe(`content of ${name}`);
    },
  );

  it('stops at PKG-INFO without reading the rest of the stream', async () => {
    const pkgInfo = 'Metadata-Version: 2.1\nName: pure\nVersion: 1.0\n';
    const big = randomBytes(2 << 20);
    const body = Buffer.concat([
      tarHeader('pure-1.0/PKG-INFO', pkgInfo.length),
      padBlock(Buffer.from(pkgInfo)),
      tarHeader('pure-1.0/big.bin', big.length),
      big,
    ]);
    const gz = gzipSync(body);
    // Wreck the last megabyte of the compressed stream: only a reader that stops early gets through.
    gz.fill(0x55, gz.length - (1 << 20));
    const path = join(dir, 'pure-1.0.tar.gz');
    await writeFile(path, gz);
    await expect(walkAll(path)).rejects.toThrow(DistError);
    const dist = await readDistMetadata(path);
    expect(dist.metadata.name).toBe('pure');
  });

  it('refuses a stream that is not a tar, and a truncated one', async () => {
    const notTar = join(dir, 'not.tar.gz');
    await writeFile(notTar, gzipSync(Buffer.alloc(1024, 'x')));
    await expect(walkAll(notTar)).rejects.toThrow(DistError);
    const notGzip = join(dir, 'plain.tar.gz');
    await writeFile(notGzip, 'plain text');
    await expect(walkAll(notGzip)).rejects.toThrow(/not a readable .tar.gz/);
    const cut = join(dir, 'cut.tar.gz');
    const body = Buffer.concat([tarHeader('pure-1.0/big', 4096), Buffer.alloc(1000)]);
    await writeFile(cut, gzipSync(body));
    await expect(walkAll(cut)).rejects.toThrow(/truncated in pure-1.0\/big/);
  });

  it('stops a gzip bomb once it inflates past the ratio', async () => {
    const path = join(dir, 'bomb.tar.gz');
    const body = Buffer.concat([tarHeader('pure-1.0/zeros', 8 << 20), Buffer.alloc(8 << 20)]);
    await writeFile(path, gzipSync(body));
    await expect(walkTarGz(path, { onEntry: () => 'skip' }, { bombMinSize: 1 << 20 })).rejects.toThrow(
      /refused as a gzip bomb/,
    );
  });

  it('names the missing PKG-INFO of an sdist', async () => {
    const path = join(dir, 'nopkg-1.0.tar.gz');
    await pythonTar(path, 'PAX', ['pure-1.0/setup.py']);
    await expect(readDistMetadata(path)).rejects.toThrow(
      'nopkg-1.0.tar.gz: PKG-INFO not found at pure-1.0/PKG-INFO',
    );
  });
});

// A minimal ustar header for a regular file, with a valid checksum.
function tarHeader(name: string, size: number): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0);
  block.write('0000644\0', 100);
  block.write('0000000\0', 108);
  block.write('0000000\0', 116);
  block.write(size.toString(8).padStart(11, '0') + '\0', 124);
  block.write('00000000000\0', 136);
  block.write('        ', 148);
  block.write('0', 156);
  block.write('ustar\x0000', 257);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}

function padBlock(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}
