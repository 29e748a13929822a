// collectArtifacts over real files: a directory source as a rehearsal lays artifacts out, and the service source
// over zips as the artifact service stores them (hostile ones included), with real wheels and sdists.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { releaseFiles } from '../../packages/artifacts/index.js';
import {
  collectArtifacts,
  directorySource,
  zipArtifactSource,
  type ArtifactDownloader,
  type ArtifactRef,
  type ArtifactSource,
  type CollectOptions,
} from '../../packages/collect/index.js';
import { hashFile } from '../../packages/dists/index.js';
import { runChecked } from '../../packages/process/index.js';
import { minorCollectionsDuring } from '../support/gc-entries.js';
import { makeZip, type ZipMember } from '../support/zip-writer.js';
import { makeDists } from './support.js';

let root: string;
let lib: Record<string, string>;

const LINUX = 'pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.whl';
const MAC = 'pkg-1.0-cp312-cp312-macosx_11_0_arm64.whl';
const PURE = 'pkg-1.0-py3-none-any.whl';
const SDIST = 'pkg-1.0.tar.gz';

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collect-'));
  const made = await makeDists(join(root, 'lib'), [
    { tag: 'cp312-cp312-manylinux_2_17_x86_64', payload: 3 << 20 },
    { tag: 'cp312-cp312-macosx_11_0_arm64' },
    { tag: 'py3-none-any' },
    { tag: 'sdist' },
    { tag: 'cp312-cp312-win_amd64', version: '1.1' },
    { tag: 'py3-none-any', fileName: 'other' },
  ]);
  lib = Object.fromEntries(made.map((path) => [basename(path), path]));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let cases = 0;
/** A fresh directory for one case: `from/<artifact>/…` as given, and `dist` to collect into. */
async function layout(
  artifacts: Record<string, Record<string, string | Buffer>>,
): Promise<{ from: string; path: string }> {
  const dir = join(root, `case-${++cases}`);
  for (const [artifact, files] of Object.entries(artifacts)) {
    for (const [name, content] of Object.entries(files)) {
      const target = join(dir, 'from', artifact, name);
      await mkdir(join(target, '..'), { recursive: true });
      if (typeof content === 'string' && content.startsWith('lib:'))
        await copyFile(lib[content.slice(4)] as string, target);
      else await writeFile(target, content);
    }
  }
  return { from: join(dir, 'from'), path: join(dir, 'dist') };
}

const options = (
  source: ArtifactSource,
  path: string,
  more: Partial<CollectOptions> = {},
): CollectOptions => ({
  source,
  pattern: 'dist-*',
  path,
  expected: null,
  rules: { name: null, version: null, requireSdist: true },
  ...more,
});

describe('collectArtifacts from a directory', () => {
  it('flattens the artifacts into one checked release with a manifest publish and verify read', async () => {
    const { from, path } = await layout({
      'dist-linux': { [`wheelhouse/${LINUX}`]: `lib:${LINUX}`, [PURE]: `lib:${PURE}` },
      'dist-mac': { [MAC]: `lib:${MAC}` },
      'dist-pure': { [PURE]: `lib:${PURE}` },
      'dist-sdist': { [SDIST]: `lib:${SDIST}`, 'build.log': 'built\n' },
      docs: { 'index.html': '<p>not collected</p>' },
    });
    const report = await collectArtifacts(
      options(directorySource(from), path, { rules: { name: 'PKG', version: '1.0.0', requireSdist: true } }),
    );
    expect(report.problems).toEqual([]);
    expect(report.selected.map((a) => a.name)).toEqual(['dist-linux', 'dist-mac', 'dist-pure', 'dist-sdist']);
    expect([report.project, report.version]).toEqual(['pkg', '1.0']);
    expect(report.files.map((f) => [f.filename, f.artifact, f.alsoIn])).toEqual([
      [MAC, 'dist-mac', []],
      [LINUX, 'dist-linux', []],
      [PURE, 'dist-linux', ['dist-pure']],
      [SDIST, 'dist-sdist', []],
    ]);
    expect(report.extras).toEqual([{ artifact: 'dist-sdist', path: 'build.log', size: 6 }]);
    expect(report.manifest).toBe(join(path, 'manifest.json'));
    expect((await readdir(path)).sort()).toEqual([MAC, LINUX, PURE, SDIST, 'manifest.json'].sort());

    // The manifest is what publish-pypi and verify-pypi read: the same files with their true digests.
    const release = await releaseFiles({ manifest: join(path, 'manifest.json') });
    for (const file of release.files) {
      const { size, sha256, blake2_256 } = await hashFile(file.path);
      expect(file.expected).toEqual({ size, sha256, blake2b_256: blake2_256 });
    }
    expect(
      JSON.parse(await readFile(join(path, 'manifest.json'), 'utf8')).files.map(
        (f: { origin: string }) => f.origin,
      ),
    ).toEqual(['dist-mac', 'dist-linux', 'dist-linux', 'dist-sdist']);
  });

  it('refuses one filename with other bytes, naming both artifacts, and leaves nothing in path', async () => {
    const { from, path } = await layout({
      'dist-a': { [PURE]: `lib:${PURE}`, [SDIST]: `lib:${SDIST}` },
      'dist-b': { [PURE]: Buffer.from('another build of the same name') },
    });
    const report = await collectArtifacts(options(directorySource(from), path));
    expect(report.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${PURE.replace(/\./g, '\\.')} differs between artifact dist-a \\(sha256 [0-9a-f]{16}…\\) and artifact dist-b \\(sha256 [0-9a-f]{16}…\\)`,
        ),
      ),
    ]);
    expect(report.manifest).toBeNull();
    expect(await readdir(path)).toEqual([]);
  });

  it('refuses links and devices inside an artifact', async () => {
    const { from, path } = await layout({
      'dist-a': { [PURE]: `lib:${PURE}` },
      'dist-b': { [SDIST]: `lib:${SDIST}` },
    });
    await symlink(lib[LINUX] as string, join(from, 'dist-a', LINUX));
    await runChecked('mkfifo', [join(from, 'dist-b', 'pipe')]);
    const report = await collectArtifacts(options(directorySource(from), path));
    expect(report.problems).toEqual([
      `artifact dist-a: entry "${LINUX}" is a symbolic link, so the artifact is refused`,
      'artifact dist-b: entry "pipe" is a device, FIFO or socket, so the artifact is refused',
    ]);
    expect(await readdir(path)).toEqual([]);
  });

  it('checks the files with dists: metadata and PyPI rules, one version, the sdist', async () => {
    const { from, path } = await layout({
      'dist-a': {
        [PURE]: `lib:${PURE}`,
        'pkg-1.1-cp312-cp312-win_amd64.whl': 'lib:pkg-1.1-cp312-cp312-win_amd64.whl',
      },
      'dist-b': { 'other-1.0-py3-none-any.whl': 'lib:other-1.0-py3-none-any.whl' },
    });
    const report = await collectArtifacts(options(directorySource(from), path));
    expect(report.problems).toEqual([
      expect.stringMatching(/^other-1\.0-py3-none-any\.whl from artifact dist-b would be refused by PyPI: /),
      expect.stringMatching(
        /^the files are not one version: 1\.0 \(.*\) and 1\.1 \(pkg-1\.1-cp312-cp312-win_amd64\.whl from dist-a\)/,
      ),
      expect.stringMatching(/^no sdist \(\.tar\.gz\) is among the artifacts/),
    ]);
  });

  it('collects the young generation on a timer from listing to manifest, not only while downloading', async () => {
    const { from, path } = await layout({ 'dist-a': { [PURE]: 'lib:' + PURE, [SDIST]: 'lib:' + SDIST } });
    const directory = directorySource(from);
    // Nothing downloads while the source lists: what is collected then is the collection's own timer, which
    // the checks after the downloads need as much (their burst of small reads filled a young generation the
    // downloads had grown, and made the peak).
    const slowList: ArtifactSource = {
      ...directory,
      list: async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return directory.list();
      },
    };
    let report: Awaited<ReturnType<typeof collectArtifacts>> | undefined;
    const during = await minorCollectionsDuring(async () => {
      report = await collectArtifacts(options(slowList, path));
    });
    expect(report?.problems).toEqual([]);
    expect(during).toBeGreaterThanOrEqual(4);
    expect(
      await minorCollectionsDuring(() => new Promise((resolve) => setTimeout(resolve, 150))),
    ).toBeLessThan(2);
  });

  it('refuses a path that already holds other distributions', async () => {
    const { from, path } = await layout({ 'dist-a': { [PURE]: `lib:${PURE}`, [SDIST]: `lib:${SDIST}` } });
    await mkdir(path);
    await copyFile(lib[MAC] as string, join(path, MAC));
    await copyFile(lib[PURE] as string, join(path, PURE)); // the same bytes: fine
    const report = await collectArtifacts(options(directorySource(from), path, { pathInput: 'path' }));
    expect(report.problems).toEqual([
      `path ${path} already holds ${MAC}, which no artifact has: collect into an empty directory (or empty path first), so that the release is exactly what the artifacts hold`,
    ]);
  });

  it('names the pattern and what exists when nothing matches, and a from that is no directory', async () => {
    const { from, path } = await layout({ wheels: { [PURE]: `lib:${PURE}` } });
    await expect(collectArtifacts(options(directorySource(from), path))).rejects.toThrow(
      `pattern "dist-*" matched nothing: none of the 1 artifacts of directory ${from} matches (wheels): fix the pattern input or the upload-artifact names`,
    );
    await expect(collectArtifacts(options(directorySource(join(from, 'nope')), path))).rejects.toThrow(
      `from ${join(from, 'nope')} does not exist: give the directory whose subdirectories are the artifacts (one per upload-artifact name)`,
    );
  });
});

/** A downloader serving zips from memory, as the artifact service stores them; `fail` decides per attempt. */
function zipDownloader(
  zips: Record<string, Buffer>,
  fail: (name: string, attempt: number) => boolean = () => false,
): ArtifactDownloader & { attempts: string[] } {
  const refs: ArtifactRef[] = Object.entries(zips).map(([name, zip], index) => ({
    id: index + 1,
    name,
    size: zip.length,
    createdAt: null,
    digest: null,
  }));
  const attempts: string[] = [];
  return {
    attempts,
    list: async () => refs,
    downloadZip: async (artifact, directory) => {
      attempts.push(directory);
      await mkdir(directory, { recursive: true });
      const zip = zips[artifact.name] as Buffer;
      const path = join(directory, `${artifact.name}.zip`);
      if (fail(artifact.name, attempts.filter((a) => a.includes(`artifact-${artifact.id}-`)).length)) {
        await writeFile(path, zip.subarray(0, zip.length >> 1)); // what a killed download leaves
        throw new Error('Unable to download and extract artifact: Artifact download failed after 5 retries.');
      }
      await writeFile(path, zip);
      return path;
    },
  };
}

const member = async (name: string, file: string, extra: Partial<ZipMember> = {}): Promise<ZipMember> => ({
  name,
  data: await readFile(lib[file] as string),
  method: 0,
  ...extra,
});

describe('collectArtifacts from the artifact service (zips)', () => {
  it('reads zipped artifacts, retrying a failed download with a fresh one', async () => {
    const zips = {
      'dist-pure': makeZip([
        await member(PURE, PURE),
        await member(SDIST, SDIST),
        { name: 'dist/', data: '', mode: 0o040755 },
      ]),
      'dist-linux': makeZip([await member(`wheelhouse/${LINUX}`, LINUX, { method: 8 })], { zip64: true }),
    };
    const downloader = zipDownloader(zips, (name, attempt) => name === 'dist-linux' && attempt === 1);
    const temp = await mkdtemp(join(root, 'temp-'));
    const source = zipArtifactSource(downloader, { describe: 'the artifacts of this run', tempDir: temp });
    const path = join(root, `zip-${++cases}`);
    const report = await collectArtifacts(options(source, path));
    expect(report.problems).toEqual([]);
    expect(report.files.map((f) => f.filename)).toEqual([LINUX, PURE, SDIST]);
    expect(downloader.attempts.filter((a) => a.includes('artifact-2-'))).toHaveLength(2);
    expect(await readdir(temp)).toEqual([]); // every downloaded zip is gone
    for (const file of report.files)
      expect((await hashFile(join(path, file.filename))).sha256).toBe(file.sha256);
  });

  it('refuses entries outside the artifact, links, devices and members too large to be a distribution, and gives up on downloads that keep failing', async () => {
    const wheel = await member(PURE, PURE);
    const zips = {
      'dist-1': makeZip([{ ...wheel, name: '../pkg-1.0-py3-none-any.whl' }]),
      'dist-2': makeZip([{ ...wheel, name: '/tmp/pkg-1.0-py3-none-any.whl' }]),
      'dist-3': makeZip([{ ...wheel, name: 'C:\\pkg-1.0-py3-none-any.whl' }]),
      'dist-4': makeZip([{ name: PURE, data: '/etc/passwd', mode: 0o120777 }]),
      'dist-5': makeZip([{ name: 'null', data: '', mode: 0o020666 }]),
      'dist-6': makeZip([{ name: PURE, data: Buffer.alloc(2 << 20), method: 8 }]),
      'dist-7': makeZip([wheel]),
    };
    const temp = await mkdtemp(join(root, 'temp-'));
    const source = zipArtifactSource(
      zipDownloader(zips, (name) => name === 'dist-7'),
      { describe: 'run 9', tempDir: temp, maxEntrySize: 1 << 20 },
    );
    const path = join(root, `zip-${++cases}`);
    const report = await collectArtifacts(options(source, path));
    expect(report.problems).toEqual([
      `artifact dist-1: entry "../${PURE}" has a '..' component, so the artifact is refused`,
      `artifact dist-2: entry "/tmp/${PURE}" has an absolute path, so the artifact is refused`,
      `artifact dist-3: entry "C:\\\\${PURE}" has a drive letter, so the artifact is refused`,
      `artifact dist-4: entry "${PURE}" is a symbolic link, so the artifact is refused`,
      'artifact dist-5: entry "null" is a device, FIFO or socket, so the artifact is refused',
      `artifact dist-6: entry "${PURE}" would inflate to 2.00 MiB, more than the 1.00 MiB a distribution may be, so the artifact is refused`,
      'artifact dist-7 could not be downloaded (2 tries): Unable to download and extract artifact: Artifact download failed after 5 retries.',
    ]);
    expect(await readdir(path)).toEqual([]);
    expect(await readdir(temp)).toEqual([]);
  });

  it('downloads as many artifacts at once as the source asks for, and no more', async () => {
    const wheel = await member(PURE, PURE);
    const zips = Object.fromEntries(
      ['a', 'b', 'c', 'd', 'e'].map((name) => [`dist-${name}`, makeZip([wheel])]),
    );
    const served = zipDownloader(zips);
    // Each download waits until a second one runs beside it (or none is left to start), then lasts a while
    // longer: a collection reading fewer at once would never finish, one reading more would be seen.
    let started = 0;
    let downloading = 0;
    let most = 0;
    const waiting: (() => void)[] = [];
    const downloader: ArtifactDownloader = {
      list: served.list,
      downloadZip: async (artifact, directory) => {
        started += 1;
        most = Math.max(most, ++downloading);
        if (downloading < 2 && started < 5) await new Promise<void>((resolve) => waiting.push(resolve));
        else waiting.splice(0).forEach((resolve) => resolve());
        await new Promise((resolve) => setTimeout(resolve, 20));
        try {
          return await served.downloadZip(artifact, directory);
        } finally {
          downloading -= 1;
        }
      },
    };
    const temp = await mkdtemp(join(root, 'temp-'));
    const source = zipArtifactSource(downloader, { describe: 'run 3', tempDir: temp, concurrency: 2 });
    expect(source.concurrency).toBe(2);
    const path = join(root, `zip-${++cases}`);
    const report = await collectArtifacts(
      options(source, path, { rules: { name: null, version: null, requireSdist: false } }),
    );
    expect(report.problems).toEqual([]);
    expect(report.files.map((file) => [file.filename, file.alsoIn.length])).toEqual([[PURE, 4]]);
    expect(most).toBe(2);
  });

  it('throws a bug in reading an artifact on, rather than reporting it as a problem of the artifact', async () => {
    const source: ArtifactSource = {
      describe: 'a buggy source',
      list: async () => [{ id: 1, name: 'dist-a', size: 1, createdAt: null, digest: null }],
      open: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'from')");
      },
    };
    const path = join(root, `bug-${++cases}`);
    await expect(collectArtifacts(options(source, path))).rejects.toThrow(TypeError);
    expect(await readdir(path)).toEqual([]);
  });

  it('leaves no file a later step could take for a distribution when the copy stops midway', async () => {
    const wheel = await readFile(lib[LINUX] as string);
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    let reached!: () => void;
    const midway = new Promise<void>((resolve) => (reached = resolve));
    const source: ArtifactSource = {
      describe: 'a source that dies',
      list: async () => [{ id: 1, name: 'dist-linux', size: wheel.length, createdAt: null, digest: null }],
      open: async () => ({
        entries: [
          {
            path: LINUX,
            kind: 'file',
            size: wheel.length,
            refusal: null,
            read: async function* () {
              yield wheel.subarray(0, 1 << 20);
              reached();
              await paused;
              throw new Error('connection reset');
            },
          },
        ],
        close: async () => undefined,
      }),
    };
    const path = join(root, `partial-${++cases}`);
    const collecting = collectArtifacts(options(source, path));
    await midway;
    // Killed here, the job would leave only a dot-directory holding a .partial file: no reader takes it.
    const [staging] = await readdir(path);
    expect(staging).toMatch(/^\.collect-/);
    expect(await readdir(join(path, staging as string, '1.0'))).toEqual([`.${LINUX}.partial`]);
    await expect(releaseFiles({ directory: path })).rejects.toThrow(/holds no wheel \(\.whl\) or sdist/);
    resume();
    const report = await collecting;
    expect(report.problems).toEqual(['artifact dist-linux: connection reset']);
    expect(await readdir(path)).toEqual([]);
  });
});
