// The verifier against a real PyPI attestation and Sigstore's public-good trust root (as @sigstore/tuf seeds it, offline).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createAttestationVerifier, type Attestation } from './index.js';

const reference = JSON.parse(
  readFileSync(
    join('test', 'fixtures', 'attestations', 'pypi_attestations-0.0.19.tar.gz.publish.attestation'),
    'utf8',
  ),
) as Attestation;
const seeds = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('@sigstore/tuf/seeds.json'), 'utf8'),
) as Record<string, { targets: Record<string, string> }>;
const publicGood = JSON.parse(
  Buffer.from(
    seeds['https://tuf-repo-cdn.sigstore.dev']?.targets['trusted_root.json'] ?? '',
    'base64',
  ).toString('utf8'),
) as unknown;
const file = {
  filename: 'pypi_attestations-0.0.19.tar.gz',
  sha256: '9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3',
};
const publisher = { repository: 'pypi/pypi-attestations', workflow: 'release.yml' };

describe('verifying against the public-good trust root', () => {
  it('accepts the signature of a real attestation and then refuses its signer: a person, not a workflow', async () => {
    const verify = await createAttestationVerifier(publicGood);
    expect(() => verify(reference, file, publisher)).toThrow(
      "Verification failed: Certificate's OIDC issuer is https://github.com/login/oauth, expected https://token.actions.githubusercontent.com",
    );
  });

  it('refuses a statement changed after signing', async () => {
    const verify = await createAttestationVerifier(publicGood);
    const statement = Buffer.from(reference.envelope.statement, 'base64').toString().replace('9bb1', '0bb1');
    const tampered = {
      ...reference,
      envelope: { ...reference.envelope, statement: Buffer.from(statement).toString('base64') },
    };
    expect(() => verify(tampered, file, publisher)).toThrow(/^Verification failed: /);
  });
});
