/**
 * PEP 740 attestations for a release, made in preflight: every file to upload is signed before the first
 * byte goes up, so a signing failure uploads nothing. Each attestation is also written under a directory
 * of the caller's (the runner's temp directory), never beside the dists, so a re-run finds them untouched.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { logIndexOf, type Attestation, type AttestationSigner } from '../attestations/index.js';
import { mapWithLimit } from '../common/index.js';
import type { ReleasePlan } from './types.js';

/** How to attest a release. */
export interface AttestationOptions {
  /** Made once per release, on first use (loads Sigstore, asks for the OIDC token). */
  createSigner: () => Promise<AttestationSigner>;
  /** Where the attestations are kept: `<dir>/<filename>.publish.attestation`. */
  directory: string;
  /** Files signed at once (default 4). */
  concurrency?: number;
}

/** One file's attestation, as sent (the `attestations` form field) and as reported. */
export interface FileAttestation {
  /** The form field's value: a JSON list of the attestation objects. */
  field: string;
  /** Rekor log index of its entry. */
  logIndex: number | null;
  path: string;
}

/** A failed signing: one line naming the file, and nothing was uploaded. */
export class AttestationFailure extends Error {
  override readonly name = 'AttestationFailure';
}

/** Signs every file the plan uploads; the attestations by filename. Throws AttestationFailure on the first refusal. */
export async function attestPlan(
  plan: ReleasePlan,
  options: AttestationOptions,
): Promise<Map<string, FileAttestation>> {
  const files = plan.entries.filter((e) => e.action === 'upload').map((e) => e.file);
  if (files.length === 0) return new Map();
  let sign: AttestationSigner;
  try {
    sign = await options.createSigner();
  } catch (error) {
    throw new AttestationFailure(`attestations: ${(error as Error).message}`, { cause: error });
  }
  await mkdir(options.directory, { recursive: true });
  let failed = false;
  const made = await mapWithLimit(
    files,
    options.concurrency ?? 4,
    async (file) => {
      const sha256 = file.hashes?.sha256 ?? '';
      let attestation: Attestation;
      try {
        attestation = await sign({ filename: file.filename, sha256 });
      } catch (error) {
        failed = true;
        throw new AttestationFailure((error as Error).message, { cause: error });
      }
      const path = join(options.directory, `${file.filename}.publish.attestation`);
      await writeFile(path, JSON.stringify(attestation));
      const result: FileAttestation = {
        field: JSON.stringify([attestation]),
        logIndex: logIndexOf(attestation),
        path,
      };
      return [file.filename, result] as const;
    },
    () => !failed,
  );
  return new Map(made.filter((entry) => entry !== undefined));
}
