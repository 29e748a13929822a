/**
 * PEP 740 provenance of a release, proven: for each file, the provenance the index serves, every
 * attestation in it verified with Sigstore against the trust root, about that file and its sha256, and
 * signed by the expected publisher (repository and workflow). `auto` checks when the index serves
 * provenance for any file of the release; then a file without any is a failure too.
 */
import {
  AttestationError,
  parseProvenance,
  type AttestationVerifier,
  type ExpectedPublisher,
} from '../attestations/index.js';
import { defaultHttpClient, type HttpClient, type SimpleProject } from '../pypi/index.js';
import type { ExpectedFile } from './types.js';

/** Whether to check provenance: `auto` when the index serves some for the release. */
export type ProvenanceMode = 'auto' | 'on' | 'off';

/** How to check provenance. */
export interface ProvenanceOptions {
  mode: ProvenanceMode;
  publisher: ExpectedPublisher;
  /** Made on first use, with the trust root (public-good or the rehearsal's stand-in). */
  createVerifier: () => Promise<AttestationVerifier>;
  client?: HttpClient;
}

/** One file's provenance, checked. */
export interface ProvenanceRow {
  filename: string;
  status: 'verified' | 'missing' | 'failed';
  /** Rekor log index of its publish attestation. */
  logIndex?: number | null;
  /** The workflow that signed it. */
  signer?: string;
  problem?: string;
}

/** The provenance verdict of a release. */
export interface ProvenanceReport {
  checked: boolean;
  /** One line on what was done, for the log and summary. */
  note: string;
  files: ProvenanceRow[];
  /** One line per file that failed, naming it. */
  problems: string[];
}

/** Checks the provenance of every expected file, as the index's simple page links it. */
export async function checkProvenance(
  expected: readonly ExpectedFile[],
  page: SimpleProject | null,
  options: ProvenanceOptions,
): Promise<ProvenanceReport> {
  if (options.mode === 'off') return skipped('provenance not checked (verify-provenance: false)');
  const byName = new Map(page?.files.map((f) => [f.filename, f]) ?? []);
  const served = expected.filter((f) => typeof byName.get(f.filename)?.provenance === 'string');
  if (options.mode === 'auto' && served.length === 0)
    return skipped(
      'provenance not checked: the index serves none for this release (verify-provenance: auto)',
    );
  const verify = await options.createVerifier();
  const client = options.client ?? defaultHttpClient();
  const files: ProvenanceRow[] = [];
  for (const file of expected) {
    const url = byName.get(file.filename)?.provenance;
    files.push(
      typeof url === 'string'
        ? await checkFile(file, url, client, verify, options.publisher)
        : {
            filename: file.filename,
            status: 'missing',
            problem: `${file.filename}: the index serves no provenance (PEP 740 attestation) for it`,
          },
    );
  }
  const problems = files.flatMap((row) => (row.problem ? [row.problem] : []));
  const verified = files.length - problems.length;
  return {
    checked: true,
    note: `provenance: ${verified} of ${files.length} file(s) attested by ${options.publisher.repository} (${options.publisher.workflow}), verified with Sigstore`,
    files,
    problems,
  };
}

function skipped(note: string): ProvenanceReport {
  return { checked: false, note, files: [], problems: [] };
}

async function checkFile(
  file: ExpectedFile,
  url: string,
  client: HttpClient,
  verify: AttestationVerifier,
  publisher: ExpectedPublisher,
): Promise<ProvenanceRow> {
  const fail = (problem: string): ProvenanceRow => ({
    filename: file.filename,
    status: 'failed',
    problem: `${file.filename}: ${problem}`,
  });
  let body: unknown;
  try {
    const response = await client.request({
      method: 'GET',
      url,
      headers: { Accept: 'application/json' },
      timeoutMs: 30_000,
    });
    if (response.status === 404) return { ...fail(`no provenance at ${url} (404)`), status: 'missing' };
    if (response.status !== 200)
      return fail(`provenance at ${url} answered ${response.status} ${response.reason}`);
    body = JSON.parse(response.body.toString('utf8')) as unknown;
  } catch (error) {
    return fail(`provenance at ${url} could not be read: ${(error as Error).message}`);
  }
  const provenance = parseProvenance(body);
  if (!provenance.ok) return fail(`provenance at ${url} is malformed: ${provenance.problem}`);
  const attestations = provenance.value.attestation_bundles.flatMap((b) => b.attestations);
  if (attestations.length === 0) return { ...fail('its provenance holds no attestation'), status: 'missing' };
  let row: ProvenanceRow | null = null;
  for (const attestation of attestations) {
    try {
      const verified = verify(attestation, file, publisher);
      if (verified.predicateType.endsWith('/publish/v1') || !row)
        row = {
          filename: file.filename,
          status: 'verified',
          logIndex: verified.logIndex,
          signer: verified.signer,
        };
    } catch (error) {
      if (!(error instanceof AttestationError)) throw error;
      return fail(error.message);
    }
  }
  return row ?? fail('no attestation verified');
}
