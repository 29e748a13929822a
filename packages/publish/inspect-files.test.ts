// inspectFiles over real wheels in a temp directory: hashing order, hashing that never waits for the
// description renderer, one render per distinct description, and the digests.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { makeZip, wheelMembers } from '../../test/support/zip-writer.js';
import { hashFile, type DescriptionRenderer, type FileDigests } from '../dists/index.js';
import { inspectFiles, type HashFunction } from './inspect-files.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Wheels of demo 1.0 in a fresh directory: `padding` bytes of payload each, `description` as METADATA's body. */
async function wheels(specs: Array<{ tag: string; padding: number; description?: string }>) {
  const dir = await mkdtemp(join(tmpdir(), 'inspect-files-'));
  dirs.push(dir);
  return Promise.all(
    specs.map(async ({ tag, padding, description = 'Body' }) => {
      const filename = `demo-1.0-${tag}.whl`;
      const metadata = `Metadata-Version: 2.1\nName: demo\nVersion: 1.0\nSummary: test\n\n${description}\n`;
      const members = [
        ...wheelMembers('demo', '1.0', metadata),
        { name: 'demo/padding.bin', data: Buffer.alloc(padding, 7), method: 0 },
      ];
      await writeFile(join(dir, filename), makeZip(members));
      return { path: join(dir, filename), filename };
    }),
  );
}

/** A hash function that records the files it was asked for, in order, and hashes them for real. */
function recordingHash(): { hash: HashFunction; order: string[] } {
  const order: string[] = [];
  return {
    order,
    hash: (path, extras) => {
      order.push(path.split('/').at(-1) as string);
      return hashFile(path, extras);
    },
  };
}

describe('inspectFiles', () => {
  it('hashes the largest file first, whatever the order of the files', async () => {
    const files = await wheels([
      { tag: 'cp311-cp311-win32', padding: 10 },
      { tag: 'cp312-cp312-win32', padding: 50_000 },
      { tag: 'py3-none-any', padding: 200_000 },
    ]);
    const { hash, order } = recordingHash();
    await inspectFiles(files, { verifyMetadata: true, hash, concurrency: 1 });
    expect(order).toEqual([
      'demo-1.0-py3-none-any.whl',
      'demo-1.0-cp312-cp312-win32.whl',
      'demo-1.0-cp311-cp311-win32.whl',
    ]);
  });

  it('keeps hashing while descriptions wait for the renderer', async () => {
    const files = await wheels(
      ['cp310', 'cp311', 'cp312', 'cp313'].map((py) => ({ tag: `${py}-${py}-win32`, padding: 1000 })),
    );
    const { hash, order } = recordingHash();
    let allHashed!: () => void;
    const hashed = new Promise<void>((resolve) => (allHashed = resolve));
    // A renderer slow to start (a Python worker): it answers only once every file has been hashed.
    const renderer: DescriptionRenderer = {
      rendersRst: async () => {
        await hashed;
        return true;
      },
    };
    const counting: HashFunction = async (path, extras) => {
      const digests = await hash(path, extras);
      if (order.length === files.length) allHashed();
      return digests;
    };
    const inspected = await inspectFiles(files, {
      verifyMetadata: true,
      hash: counting,
      concurrency: 2,
      renderer,
    });
    expect(inspected.map((f) => f.problems)).toEqual([[], [], [], []]);
  });

  it('renders each distinct description once', async () => {
    const files = await wheels([
      { tag: 'cp311-cp311-win32', padding: 10 },
      { tag: 'cp312-cp312-win32', padding: 10 },
      { tag: 'cp313-cp313-win32', padding: 10 },
      { tag: 'py3-none-any', padding: 10, description: 'Another *body*' },
    ]);
    const rendered: string[] = [];
    const renderer: DescriptionRenderer = {
      rendersRst: async (text) => {
        rendered.push(text);
        return !text.includes('Another');
      },
    };
    const inspected = await inspectFiles(files, { verifyMetadata: true, renderer });
    expect(rendered.sort()).toEqual(['Another *body*\n', 'Body\n']);
    // Each file still gets its own answer.
    expect(inspected.map((f) => f.problems.length)).toEqual([0, 0, 0, 1]);
  });

  it('computes the digests dists computes, with and without the extra digests', async () => {
    const files = await wheels([
      { tag: 'py3-none-any', padding: 3 * 1024 * 1024 + 5 },
      { tag: 'cp312-cp312-win32', padding: 0 },
      { tag: 'cp313-cp313-win32', padding: 1024 * 1024 },
    ]);
    for (const extraDigests of [[], ['md5'], ['md5', 'blake2_256']] as const) {
      const inspected = await inspectFiles(files, { verifyMetadata: false, extraDigests });
      const expected: FileDigests[] = await Promise.all(files.map((f) => hashFile(f.path, extraDigests)));
      expect(inspected.map((f) => f.hashes)).toEqual(expected);
    }
  });

  it('reports a file that vanishes before it is hashed as unreadable, with nothing else read', async () => {
    const [file] = (await wheels([{ tag: 'py3-none-any', padding: 10 }])) as [
      { path: string; filename: string },
    ];
    const vanishing: HashFunction = async (path, extras) => {
      await rm(path);
      return hashFile(path, extras);
    };
    const [inspected] = await inspectFiles([file], { verifyMetadata: true, hash: vanishing });
    expect(inspected?.problems).toEqual([
      `cannot be read: ENOENT: no such file or directory, open '${file.path}'`,
    ]);
    expect(inspected?.metadata).toBeNull();
  });
});
