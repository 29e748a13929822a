// A fresh embedded index with trusted publishing and its Sigstore stand-in, and GitHub's OIDC stand-in, in
// their own process: prints {"url", "uploadUrl", "oidc": {ACTIONS_ID_TOKEN_REQUEST_*}} and serves until SIGTERM.
// Usage: node --import test/local-index/support/ts-loader.mjs serve.ts <storage-dir>
import { startIndex } from '../../../packages/local-index/index.js';
import { defaultClaims, startGithubOidc } from '../../support/github-oidc.js';

const [storageDir] = process.argv.slice(2);
if (!storageDir) throw new Error('usage: serve.ts <storage-dir>');
const github = await startGithubOidc(defaultClaims());
const index = await startIndex({
  storageDir,
  port: 0,
  trustedPublishers: [
    { issuer: github.issuer, jwks: github.jwks, repository: 'octo-org/octo-repo', workflow: 'release.yml' },
  ],
});
process.stdout.write(`${JSON.stringify({ url: index.url, uploadUrl: index.uploadUrl, oidc: github.env })}\n`);
process.on('SIGTERM', () => {
  void Promise.all([index.close(), github.close()]).then(() => process.exit(0));
});
