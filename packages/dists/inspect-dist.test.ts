import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { inspectDistribution } from './inspect-dist.js';
import { checkDistribution } from './rules/check-distribution.js';
import { makeZip, wheelMembers } from '../../test/support/zip-writer.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dists-inspect-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function answerFor(filename: string, data: Buffer): Promise<string | undefined> {
  const path = join(dir, filename);
  await writeFile(path, data);
  return checkDistribution(await inspectDistribution(path))[0]?.message;
}

describe('inspectDistribution + checkDistribution on broken files', () => {
  it('answers as PyPI for a wheel without RECORD, a truncated wheel, and a zip bomb', async () => {
    const noRecord = wheelMembers('pure', '1.0').filter((m) => !m.name.endsWith('RECORD'));
    expect(await answerFor('pure-1.0-py3-none-any.whl', makeZip(noRecord))).toBe(
      "Wheel 'pure-1.0-py3-none-any.whl' does not contain the required RECORD file: pure-1.0.dist-info/RECORD",
    );
    const whole = makeZip(wheelMembers('pure', '1.0'));
    expect(await answerFor('pure-1.0-py3-none-any.whl', whole.subarray(0, whole.length >> 1))).toBe(
      'Invalid distribution file. File is not a zipfile',
    );
    const bomb = makeZip([
      ...wheelMembers('pure', '1.0'),
      { name: 'pure/zeros.bin', data: Buffer.alloc(65 << 20) },
    ]);
    expect(await answerFor('pure-1.0-py3-none-any.whl', bomb)).toBe(
      'Invalid distribution file. File exceeds compression ratio of 50',
    );
  });

  it('answers as PyPI for a .tar.gz that is no tar', async () => {
    expect(await answerFor('pure-1.0.tar.gz', gzipSync(Buffer.alloc(2048, 'x')))).toBe(
      'Invalid distribution file. File is not a tarfile',
    );
  });

  it('uses digests it is given instead of hashing again', async () => {
    const path = join(dir, 'pure-1.0-py3-none-any.whl');
    await writeFile(path, makeZip(wheelMembers('pure', '1.0')));
    const hashes = { sha256: 's', blake2_256: 'b' };
    const facts = await inspectDistribution(path, { hashes });
    expect(facts.hashes).toBe(hashes);
    expect(facts.metadata?.name).toBe('pure');
    expect(checkDistribution(facts)).toEqual([]);
  });
});
