/**
 * PEP 740 on the embedded index: real @sigstore/sign gets certificates and log entries from the index's
 * Sigstore stand-in (@sigstore/mock's CA and logs) for GitHub OIDC tokens; uploads carry the attestations
 * as PyPI's legacy API takes them; the index checks them as warehouse does and serves the provenance.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  attestedStatement,
  createAttestationSigner,
  createAttestationVerifier,
  parseProvenance,
  publishStatement,
  type Attestation,
} from '../../packages/attestations/index.js';
import { hashFile } from '../../packages/dists/index.js';
import {
  defaultClaims,
  GITHUB_ISSUER,
  startGithubOidc,
  type GithubOidcService,
} from '../support/github-oidc.js';
import { makeDists, rawUpload, startTestIndex, twineForm, type TestIndex } from './support/index-helpers.js';

const REPO = 'octo-org/octo-repo';
// pypi-attestations' own attestation of its 0.0.19 sdist (its test assets): the shape to match.
const reference = JSON.parse(
  readFileSync(
    join('test', 'fixtures', 'attestations', 'pypi_attestations-0.0.19.tar.gz.publish.attestation'),
    'utf8',
  ),
) as Attestation;
let work: string;
let github: GithubOidcService;
let otherWorkflow: GithubOidcService;
let dists: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-attest-'));
  dists = await makeDists(
    [
      { name: 'attested', version: '1.0.0' },
      { name: 'attested', version: '1.0.1' },
      { name: 'attested', version: '1.0.2' },
    ],
    work,
  );
  github = await startGithubOidc(defaultClaims({ environment: 'pypi' }));
  otherWorkflow = await startGithubOidc(
    defaultClaims({ workflow_ref: `${REPO}/.github/workflows/nightly.yml@refs/heads/main` }),
  );
});
afterAll(async () => {
  await Promise.all([github.close(), otherWorkflow.close()]);
  await rm(work, { recursive: true, force: true });
});

async function index(options: Parameters<typeof startTestIndex>[0] = {}): Promise<TestIndex> {
  return startTestIndex({
    trustedPublishers: [
      {
        issuer: GITHUB_ISSUER,
        jwks: github.jwks,
        repository: REPO,
        workflow: 'release.yml',
        environment: 'pypi',
      },
      // Trusted only so that the stand-in's Fulcio takes its tokens: a workflow of no publisher of the project.
      {
        issuer: GITHUB_ISSUER,
        jwks: otherWorkflow.jwks,
        repository: 'elsewhere/other',
        workflow: 'nightly.yml',
      },
    ],
    ...options,
  });
}

async function uploadToken(target: TestIndex): Promise<string> {
  const answer = await fetch(`${target.url}/_/oidc/mint-token`, {
    method: 'POST',
    body: JSON.stringify({ token: github.token('pypi') }),
  });
  return ((await answer.json()) as { token: string }).token;
}

async function sign(target: TestIndex, file: { filename: string; sha256: string }, oidc = github) {
  const base = `${target.url}/_/sigstore`;
  const signer = await createAttestationSigner({
    fulcioUrl: base,
    rekorUrl: base,
    getIdToken: async () => oidc.token('sigstore'),
  });
  return signer(file);
}

async function upload(target: TestIndex, path: string, attestations: string | undefined, password?: string) {
  const fields = await twineForm(path);
  if (attestations !== undefined) fields.push(['attestations', attestations]);
  return rawUpload(target.uploadUrl, fields, { path }, { password: password ?? (await uploadToken(target)) });
}

const fileOf = async (path: string) => ({ filename: basename(path), sha256: (await hashFile(path)).sha256 });
const INVALID = 'Invalid attestations supplied during upload: ';
const UNVERIFIED = `${INVALID}Could not verify the uploaded artifact using the included attestation: Verification failed: `;

describe('an index with trusted publishers', () => {
  let target: TestIndex;
  beforeAll(async () => {
    target = await index();
  });
  afterAll(() => target.stop());

  it('keeps a verified attestation and serves it: Integrity API, PEP 691 provenance key, HTML data-provenance', async () => {
    const path = dists[0] as string;
    const file = await fileOf(path);
    const attestation = await sign(target, file);
    // The structure pypi-attestations writes, key for key down to the Rekor entry (its own published one).
    const keys = (value: object) => Object.keys(value).sort();
    expect(keys(attestation)).toEqual(keys(reference));
    expect(keys(attestation.envelope)).toEqual(keys(reference.envelope));
    expect(keys(attestation.verification_material)).toEqual(
      keys(reference.verification_material).filter((key) => key !== 'timestamps'),
    );
    expect(keys(attestation.verification_material.transparency_entries[0] ?? {})).toEqual(
      keys(reference.verification_material.transparency_entries[0] ?? {}),
    );
    expect(attestedStatement(attestation)).toEqual(publishStatement(file.filename, file.sha256));
    const answer = await upload(target, path, JSON.stringify([attestation]));
    expect([answer.status, answer.body]).toEqual([200, 'OK\n']);

    const url = `${target.url}/integrity/attested/1.0.0/${file.filename}/provenance`;
    const provenance = (await (await fetch(url)).json()) as unknown;
    expect(provenance).toEqual({
      version: 1,
      attestation_bundles: [
        {
          publisher: { kind: 'GitHub', repository: REPO, workflow: 'release.yml', environment: 'pypi' },
          attestations: [attestation],
        },
      ],
    });
    expect(parseProvenance(provenance).ok).toBe(true);
    const page = (await (
      await fetch(`${target.url}/simple/attested/`, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
      })
    ).json()) as { files: { filename: string; provenance: string | null }[] };
    expect(page.files.find((f) => f.filename === file.filename)?.provenance).toBe(url);
    const html = await (
      await fetch(`${target.url}/simple/attested/`, { headers: { Accept: 'text/html' } })
    ).text();
    expect(html).toContain(`data-provenance="${url}"`);

    // What the index keeps verifies against the stand-in's own trust root, as verify-pypi checks it.
    const root = (await (await fetch(`${target.url}/_/sigstore/trusted_root.json`)).json()) as unknown;
    const verify = await createAttestationVerifier(root);
    expect(verify(attestation as Attestation, file, { repository: REPO, workflow: 'release.yml' })).toEqual({
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      logIndex: expect.any(Number),
      signer: `${REPO}/.github/workflows/release.yml@refs/heads/main`,
    });
  });

  it("answers 404 with warehouse's message for a file uploaded without attestations", async () => {
    const path = dists[1] as string;
    expect((await upload(target, path, undefined)).status).toBe(200);
    const answer = await fetch(`${target.url}/integrity/attested/1.0.1/${basename(path)}/provenance`);
    expect([answer.status, await answer.json()]).toEqual([
      404,
      { message: `No provenance available for ${basename(path)}` },
    ]);
  });

  it.each([
    [
      'a tampered subject (another file)',
      'subject',
      `subject does not match distribution name: attested-1.0.0-py3-none-any.whl != attested-1.0.2-py3-none-any.whl`,
    ],
    ['a wrong digest', 'digest', 'subject does not match distribution digest'],
    [
      'a wrong workflow identity',
      'workflow',
      `Certificate's Build Config URI (https://github.com/${REPO}/.github/workflows/nightly.yml@refs/heads/main) does not match expected Trusted Publisher (release.yml @ ${REPO})`,
    ],
  ])('refuses %s with 400 and stores nothing', async (_name, kind, message) => {
    const path = dists[2] as string;
    const file = await fileOf(path);
    const attestation =
      kind === 'subject'
        ? await sign(target, { ...file, filename: basename(dists[0] as string) })
        : kind === 'digest'
          ? await sign(target, { ...file, sha256: '0'.repeat(64) })
          : await sign(target, file, otherWorkflow);
    const answer = await upload(target, path, JSON.stringify([attestation]));
    expect([answer.status, answer.reason]).toEqual([400, `${UNVERIFIED}${message}`]);
    expect((await fetch(`${target.url}/pypi/attested/1.0.2/json`)).status).toBe(404);
  });

  it('refuses what is no JSON list of attestations, and attestations with an API token', async () => {
    const path = dists[2] as string;
    expect((await upload(target, path, '{')).reason).toMatch(
      /^Invalid attestations supplied during upload: Malformed attestations: invalid JSON/,
    );
    expect((await upload(target, path, '[]')).reason).toBe(
      `${INVALID}Malformed attestations: an empty attestation set is not permitted`,
    );
    const withToken = await index({ token: 'pypi-api-token' });
    try {
      const attestation = await sign(withToken, await fileOf(path));
      const answer = await upload(withToken, path, JSON.stringify([attestation]), 'pypi-api-token');
      expect([answer.status, answer.reason]).toEqual([
        400,
        `${INVALID}Attestations are only supported when using Trusted Publishing`,
      ]);
    } finally {
      await withToken.stop();
    }
  });
});

describe('the stand-in', () => {
  it('keeps trusting the roots of earlier runs on a kept storage: provenance from before still verifies', async () => {
    const storageDir = await mkdtemp(join(work, 'kept-'));
    const publishers = [
      { issuer: GITHUB_ISSUER, jwks: github.jwks, repository: REPO, workflow: 'release.yml' },
    ];
    const path = dists[0] as string;
    const file = await fileOf(path);
    const first = await startTestIndex({ storageDir, trustedPublishers: publishers });
    expect((await upload(first, path, JSON.stringify([await sign(first, file)]))).status).toBe(200);
    await first.close();
    const second = await startTestIndex({ storageDir, trustedPublishers: publishers });
    try {
      const provenance = (await (
        await fetch(`${second.url}/integrity/attested/1.0.0/${file.filename}/provenance`)
      ).json()) as { attestation_bundles: { attestations: Attestation[] }[] };
      const root = (await (await fetch(`${second.url}/_/sigstore/trusted_root.json`)).json()) as {
        certificateAuthorities: unknown[];
      };
      expect(root.certificateAuthorities).toHaveLength(2);
      const verify = await createAttestationVerifier(root);
      const kept = provenance.attestation_bundles[0]?.attestations[0] as Attestation;
      expect(verify(kept, file, { repository: REPO, workflow: 'release.yml' }).signer).toMatch(
        /release\.yml@/,
      );
      // The new run's own certificates verify too.
      const other = dists[1] as string;
      expect(
        (await upload(second, other, JSON.stringify([await sign(second, await fileOf(other))]))).status,
      ).toBe(200);
    } finally {
      await second.stop();
    }
  });

  it('refuses a certificate that expired before its log entry was made', async () => {
    const target = await index({ sigstoreCertificateTime: new Date(Date.now() - 3600_000) });
    try {
      const path = dists[2] as string;
      const attestation = await sign(target, await fileOf(path));
      const answer = await upload(target, path, JSON.stringify([attestation]));
      expect(answer.status).toBe(400);
      expect(answer.reason).toMatch(
        new RegExp(`^${UNVERIFIED.replace(/[()]/g, '\\$&')}.*(expired|not valid)`, 'i'),
      );
    } finally {
      await target.stop();
    }
  });

  it('gives no certificate for a token of an unknown issuer or another audience', async () => {
    const target = await index();
    try {
      const stranger = await startGithubOidc();
      await expect(sign(target, await fileOf(dists[0] as string), stranger)).rejects.toThrow(
        /signing failed: .*(401|identity token)/,
      );
      await stranger.close();
    } finally {
      await target.stop();
    }
  });
});
