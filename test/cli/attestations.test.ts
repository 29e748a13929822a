/**
 * A signing rehearsal as people run it: `release-actions index serve --trusted-publishers` (its Sigstore
 * stand-in), then `release-actions run publish-pypi` under trusted publishing (GitHub's OIDC stand-in for the
 * runner's token service) and `run verify-pypi`: signed, checked by the index, provenance proven.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import { makeDists } from '../local-index/support/index-helpers.js';
import { cli, printed, startCli } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'cli-attest-'));
let github: GithubOidcService;
beforeAll(async () => {
  github = await startGithubOidc(defaultClaims());
});
afterAll(async () => {
  await github.close();
  rmSync(work, { recursive: true, force: true });
});

describe('index serve + run publish-pypi + run verify-pypi', () => {
  it("rehearses signing end to end against the index's Sigstore stand-in", async () => {
    const publishers = join(work, 'publishers.json');
    writeFileSync(
      publishers,
      JSON.stringify([
        {
          issuer: github.issuer,
          jwks: github.jwks,
          repository: 'octo-org/octo-repo',
          workflow: 'release.yml',
        },
      ]),
    );
    const index = await startCli(
      ['index', 'serve', '--port', '0', '--quiet', '--trusted-publishers', publishers],
      {
        cwd: work,
      },
    );
    try {
      const upload = (await printed(index, /upload URL:\s+(\S+)/))[1] as string;
      const sigstore = (await printed(index, /Sigstore stand-in: (\S+)/))[1] as string;
      const project = join(work, 'project');
      mkdirSync(join(project, 'dist'), { recursive: true });
      await makeDists([{ name: 'rehearsed', version: '1.0.0', sdist: true }], join(project, 'dist'));
      const env = [
        ...Object.entries(github.env).map(([k, v]) => `${k}=${v}`),
        `RELEASE_ACTIONS_SIGSTORE_URL=${sigstore}`,
        'GITHUB_WORKFLOW_REF=octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
        'NO_PROXY=127.0.0.1',
      ].flatMap((pair) => ['--env', pair]);
      const published = await cli(
        [
          'run',
          'publish-pypi',
          '--workspace',
          project,
          '--input',
          `repository-url=${upload}`,
          '--json',
          ...env,
        ],
        { cwd: project },
      );
      expect(published.code).toBe(0);
      const outputs = (JSON.parse(published.stdout) as { outputs: Record<string, string> }).outputs;
      expect(Object.keys(JSON.parse(outputs['attestations'] ?? '{}') as object)).toHaveLength(2);

      const verified = await cli(
        [
          'run',
          'verify-pypi',
          '--workspace',
          project,
          '--input',
          `repository-url=${upload}`,
          '--input',
          'install-check=false',
          '--json',
          ...env,
        ],
        { cwd: project },
      );
      expect(verified.code).toBe(0);
      const rows = JSON.parse(
        (JSON.parse(verified.stdout) as { outputs: Record<string, string> }).outputs['provenance'] ?? '[]',
      ) as { status: string }[];
      expect(rows.map((row) => row.status)).toEqual(['verified', 'verified']);
    } finally {
      index.signal('SIGINT');
      await index.result;
    }
  });
});
