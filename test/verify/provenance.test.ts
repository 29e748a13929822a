// verify-pypi's PEP 740 check, the built bundle run as the runner runs it (Node 20 and 24): provenance the
// embedded index took from real @sigstore/sign (its Sigstore stand-in), verified with @sigstore/verify.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createAttestationSigner } from '../../packages/attestations/index.js';
import { hashFile } from '../../packages/dists/index.js';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type TestIndex,
} from '../local-index/support/index-helpers.js';

const REPO = 'octo-org/octo-repo';
const WORKFLOW_REF = `${REPO}/.github/workflows/release.yml@refs/heads/main`;
let work: string;
let github: GithubOidcService;
let index: TestIndex;
const releases: Record<'attested' | 'partial' | 'plain' | 'tampered', string[]> = {
  attested: [],
  partial: [],
  plain: [],
  tampered: [],
};

async function upload(path: string, attest: boolean): Promise<void> {
  const minted = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    body: JSON.stringify({ token: github.token('pypi') }),
  });
  const fields = await twineForm(path);
  if (attest) {
    const base = `${index.url}/_/sigstore`;
    const sign = await createAttestationSigner({
      fulcioUrl: base,
      rekorUrl: base,
      getIdToken: async () => github.token('sigstore'),
    });
    const attestation = await sign({ filename: basename(path), sha256: (await hashFile(path)).sha256 });
    fields.push(['attestations', JSON.stringify([attestation])]);
  }
  const password = ((await minted.json()) as { token: string }).token;
  const answer = await rawUpload(index.uploadUrl, fields, { path }, { password });
  if (answer.status !== 200) throw new Error(`upload of ${path}: ${answer.status} ${answer.reason}`);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'verify-provenance-'));
  github = await startGithubOidc(defaultClaims());
  index = await startTestIndex({
    trustedPublishers: [
      { issuer: github.issuer, jwks: github.jwks, repository: REPO, workflow: 'release.yml' },
    ],
  });
  const spec = (name: string) => [{ name, version: '1.0.0', sdist: true }];
  for (const name of Object.keys(releases) as (keyof typeof releases)[]) {
    const dir = join(work, name, 'dist');
    await mkdir(dir, { recursive: true });
    releases[name] = await makeDists(spec(`prov-${name}`), dir);
    for (const [i, path] of releases[name].entries())
      await upload(path, name !== 'plain' && !(name === 'partial' && i === 1));
  }
  // Provenance changed on the index after the upload: another file's statement under this one's signature.
  const [victim, other] = [releases.tampered[0] as string, releases.attested[0] as string];
  const stored = async (path: string) => {
    const page = (await (await fetch(`${index.url}/pypi/${basename(path).split('-')[0]}/json`)).json()) as {
      urls: { filename: string; url: string }[];
    };
    const url = page.urls.find((u) => u.filename === basename(path))?.url ?? '';
    return join(index.storageDir, `${new URL(url).pathname}.provenance`);
  };
  const victimFile = await stored(victim);
  const provenance = JSON.parse(await readFile(victimFile, 'utf8')) as {
    attestation_bundles: { attestations: { envelope: { statement: string } }[] }[];
  };
  const donor = JSON.parse(await readFile(await stored(other), 'utf8')) as typeof provenance;
  const attestation = provenance.attestation_bundles[0]?.attestations[0];
  const statement = donor.attestation_bundles[0]?.attestations[0]?.envelope.statement;
  if (!attestation || !statement) throw new Error('no provenance to tamper with');
  attestation.envelope.statement = statement;
  await writeFile(victimFile, JSON.stringify(provenance));
}, 120_000);
afterAll(async () => {
  await index.stop();
  await github.close();
  await rm(work, { recursive: true, force: true });
});

function verify(
  node: string,
  name: keyof typeof releases,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('verify-pypi'),
    node,
    workspace: join(work, name),
    inputs: {
      'repository-url': index.uploadUrl,
      interval: '1',
      timeout: '10',
      'install-check': 'false',
      ...inputs,
    },
    env: {
      NO_PROXY: '127.0.0.1',
      GITHUB_WORKFLOW_REF: WORKFLOW_REF,
      RELEASE_ACTIONS_SIGSTORE_URL: `${index.url}/_/sigstore`,
    },
    timeoutMs: 60_000,
  });
}

const errors = (run: ActionRun) => run.commands.filter((c) => c.command === 'error').map((c) => c.message);
const provenance = (run: ActionRun) =>
  JSON.parse(run.outputs['provenance'] ?? '[]') as {
    filename: string;
    status: string;
    signer: string | null;
  }[];

describe.each(nodeRuntimes())('verify-pypi provenance under $label', ({ path: node }) => {
  it('proves every file was attested by this workflow, verified with Sigstore', async () => {
    const run = await verify(node, 'attested');
    expect(errors(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(provenance(run)).toEqual(
      releases.attested.map((path) => ({
        filename: basename(path),
        status: 'verified',
        log_index: expect.any(Number),
        signer: WORKFLOW_REF,
      })),
    );
    expect(run.summary).toContain('Provenance (PEP 740)');
  });

  it('fails naming the file whose attestation another workflow would have to sign', async () => {
    const run = await verify(node, 'attested', { 'expected-workflow': 'nightly.yml' });
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toContain(
      `${basename(releases.attested[0] as string)}: Verification failed: Certificate's Build Config URI (https://github.com/${WORKFLOW_REF}) does not match expected Trusted Publisher (nightly.yml @ ${REPO})`,
    );
  });

  it('fails naming the one file of a release served without provenance', async () => {
    const run = await verify(node, 'partial');
    expect(run.exitCode).toBe(1);
    const line = `${basename(releases.partial[1] as string)}: the index serves no provenance (PEP 740 attestation) for it`;
    // The problem, then the step's own failure line.
    expect(errors(run)).toEqual([line, line]);
  });

  it('fails naming the file whose provenance was changed on the index', async () => {
    const run = await verify(node, 'tampered');
    expect(run.exitCode).toBe(1);
    expect(errors(run)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^${basename(releases.tampered[0] as string).replace(/\./g, '\\.')}: Verification failed: `,
        ),
      ),
    );
  });

  it('skips the check when the index serves no provenance for the release (auto), and fails with true', async () => {
    const auto = await verify(node, 'plain');
    expect([auto.exitCode, auto.outputs['provenance']]).toEqual([0, '[]']);
    expect(auto.log).toContain('provenance not checked: the index serves none for this release');
    const strict = await verify(node, 'plain', { 'verify-provenance': 'true' });
    expect(strict.exitCode).toBe(1);
    expect(errors(strict)).toHaveLength(3);
  });
});
