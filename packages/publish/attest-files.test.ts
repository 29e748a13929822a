// attestPlan with a plain fake signer: what is signed, where it is kept, and a refusal stopping everything.
import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Attestation, AttestationSigner } from '../attestations/index.js';
import { AttestationError } from '../attestations/index.js';
import { inspected } from '../../test/support/publish-files.js';
import { AttestationFailure, attestPlan } from './attest-files.js';
import type { PlanEntry, ReleasePlan } from './types.js';

function plan(actions: PlanEntry['action'][]): ReleasePlan {
  const entries = actions.map((action, i) => ({
    file: inspected(`pure-1.0-cp31${i}-cp31${i}-manylinux_2_17_x86_64.whl`),
    action,
    phase: action === 'upload' ? ('wheel' as const) : ('none' as const),
  }));
  return { project: 'pure', version: '1.0', entries, problems: [], warnings: [] };
}

const attestationFor = (filename: string, logIndex: number): Attestation => ({
  version: 1,
  verification_material: { certificate: 'Y2VydA==', transparency_entries: [{ logIndex: String(logIndex) }] },
  envelope: { statement: Buffer.from(filename).toString('base64'), signature: 'c2ln' },
});

describe('attestPlan', () => {
  it('signs exactly the files to upload, each with its sha256, and keeps them in the directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'attest-plan-'));
    const signed: string[] = [];
    const sign: AttestationSigner = async (file) => {
      signed.push(`${file.filename} ${file.sha256}`);
      return attestationFor(file.filename, signed.length);
    };
    const release = plan(['upload', 'already-present', 'upload']);
    const made = await attestPlan(release, { createSigner: async () => sign, directory: join(dir, 'kept') });
    const uploads = [release.entries[0], release.entries[2]].map((e) => e?.file);
    expect(signed.sort()).toEqual(uploads.map((f) => `${f?.filename} ${f?.hashes?.sha256}`).sort());
    expect([...made.keys()].sort()).toEqual(uploads.map((f) => f?.filename).sort());
    const first = made.get(uploads[0]?.filename ?? '');
    expect(JSON.parse(first?.field ?? '')).toEqual([
      attestationFor(uploads[0]?.filename ?? '', first?.logIndex ?? 0),
    ]);
    expect((await readdir(join(dir, 'kept'))).sort()).toEqual(
      uploads.map((f) => `${f?.filename}.publish.attestation`).sort(),
    );
    expect(JSON.parse(await readFile(first?.path ?? '', 'utf8'))).toMatchObject({ version: 1 });
    await rm(dir, { recursive: true, force: true });
  });

  it('asks for no signer when nothing is to be uploaded', async () => {
    const made = await attestPlan(plan(['already-present']), {
      createSigner: () => Promise.reject(new Error('not needed')),
      directory: '/nonexistent',
    });
    expect(made.size).toBe(0);
  });

  it('stops at the first refusal, starting no more signatures, with the one line naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'attest-plan-'));
    let calls = 0;
    const sign: AttestationSigner = async (file) => {
      calls += 1;
      throw new AttestationError(
        `${file.filename}: signing failed: error creating signing certificate - (401) Unauthorized`,
      );
    };
    const release = plan(['upload', 'upload', 'upload', 'upload', 'upload', 'upload']);
    const refused = await attestPlan(release, {
      createSigner: async () => sign,
      directory: dir,
      concurrency: 2,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AttestationFailure);
    expect((refused as Error).message).toBe(
      `${release.entries[0]?.file.filename}: signing failed: error creating signing certificate - (401) Unauthorized`,
    );
    expect(calls).toBe(2);
    await rm(dir, { recursive: true, force: true });
  });
});
