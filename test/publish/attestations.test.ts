// publish-pypi's PEP 740 attestations, the built bundle run as the runner runs it (Node 20 and 24): real
// @sigstore/sign against the embedded index's Sigstore stand-in, the job's OIDC token from GitHub's stand-in.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseProvenance } from '../../packages/attestations/index.js';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import { errorLines, releaseDir, startTestIndex, uploadRequests, type TestIndex } from './support.js';

const indexes: TestIndex[] = [];
let github: GithubOidcService;
beforeAll(async () => {
  github = await startGithubOidc(defaultClaims({ environment: 'pypi' }));
});
afterAll(() => github.close());
afterEach(async () => {
  await Promise.all(indexes.splice(0).map((index) => index.stop()));
});

async function index(options: Parameters<typeof startTestIndex>[0] = {}): Promise<TestIndex> {
  const publisher = { issuer: github.issuer, jwks: github.jwks, repository: 'octo-org/octo-repo' };
  const started = await startTestIndex({
    trustedPublishers: [{ ...publisher, workflow: 'release.yml', environment: 'pypi' }],
    ...options,
  });
  indexes.push(started);
  return started;
}

function publish(
  node: string,
  target: TestIndex,
  dir: string,
  extra: { inputs?: Record<string, string>; sigstore?: string } = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('publish-pypi'),
    node,
    inputs: { 'repository-url': target.uploadUrl, 'packages-dir': dir, ...extra.inputs },
    env: {
      NO_PROXY: '127.0.0.1',
      ...github.env,
      RELEASE_ACTIONS_SIGSTORE_URL: extra.sigstore ?? `${target.url}/_/sigstore`,
    },
    timeoutMs: 60_000,
  });
}

describe.each(nodeRuntimes())('publish-pypi attestations under $label', ({ path: node }) => {
  it('signs every file under trusted publishing, sends the attestations, and a re-run finds the release done', async () => {
    const target = await index();
    const { dir, files } = await releaseDir({ wheels: 2 });
    const run = await publish(node, target, dir);
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const attestations = JSON.parse(run.outputs['attestations'] ?? '{}') as Record<string, number>;
    expect(Object.keys(attestations).sort()).toEqual(files.map((f) => basename(f)).sort());
    for (const file of files) {
      expect(attestations[basename(file)]).toEqual(expect.any(Number));
      const answer = await fetch(`${target.url}/integrity/demo-pkg/1.0.0/${basename(file)}/provenance`);
      expect(answer.status).toBe(200);
      expect(parseProvenance(await answer.json()).ok).toBe(true);
    }
    // Kept under RUNNER_TEMP, never beside the dists.
    const kept = [...run.log.matchAll(/kept at (\S+)/g)].map((m) => m[1] as string);
    expect(kept).toHaveLength(files.length);
    expect(new Set(kept.map((path) => dirname(path))).size).toBe(1);
    expect(dirname(kept[0] as string)).not.toBe(dir);
    expect(kept[0]).toMatch(
      /runner-temp\/publish-pypi-attestations\/demo_pkg-1\.0\.0-.*\.publish\.attestation$/,
    );
    expect((await readdir(dir)).sort()).toEqual(files.map((f) => basename(f)).sort());
    expect(run.summary).toContain('Attested (PEP 740): 3 files signed with Sigstore');

    const again = await publish(node, target, dir);
    expect(again.exitCode).toBe(0);
    expect([again.outputs['uploaded'], again.outputs['attestations']]).toEqual(['0', '{}']);
  });

  it('uploads nothing when signing fails, and says which file and why in one line', async () => {
    const target = await index();
    // The stand-in of another index, which trusts no issuer: its Fulcio refuses the job's token.
    const elsewhere = await index({
      trustedPublishers: [
        {
          issuer: 'https://issuer.invalid',
          publicKey: github.jwks.keys[0] as never,
          repository: 'x/y',
          workflow: 'z.yml',
        },
      ],
    });
    const { dir } = await releaseDir({ wheels: 1 });
    const run = await publish(node, target, dir, { sigstore: `${elsewhere.url}/_/sigstore` });
    expect(run.exitCode).toBe(1);
    const errors = errorLines(run);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^demo_pkg-1\.0\.0-\S+: signing failed: error creating signing certificate - \(401\) .*unknown issuer.*; nothing was uploaded$/,
    );
    expect(uploadRequests(target)).toBe(0);
  });

  it('attests nothing with an API token, and refuses attestations: true with one', async () => {
    const target = await index({ token: 'pypi-test-token' });
    const { dir } = await releaseDir({ wheels: 1 });
    const plain = await publish(node, target, dir, { inputs: { password: 'pypi-test-token' } });
    expect([plain.exitCode, plain.outputs['attestations']]).toEqual([0, '{}']);
    const refused = await publish(node, target, dir, {
      inputs: { password: 'pypi-test-token', attestations: 'true' },
    });
    expect(refused.exitCode).toBe(1);
    expect(errorLines(refused)).toEqual([
      'Input attestations is true but a password (API token) is given: PyPI takes attestations only from trusted publishers. Leave password empty to publish with trusted publishing, or set attestations to false.',
    ]);
  });
});
