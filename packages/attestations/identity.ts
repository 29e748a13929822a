/**
 * Who signed: the Fulcio certificate extensions that name a GitHub workflow run, and the check PyPI makes
 * of them against a trusted publisher (pypi-attestations' GitHub policy). Pure: claims in, a problem out.
 */

/** Fulcio's certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export const FULCIO_OIDS = {
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

/** GitHub Actions' OIDC issuer, which a GitHub publisher's certificate must name. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** The certificate's claims, by OID (values decoded from their UTF8String). */
export type CertificateClaims = Readonly<Record<string, string>>;

/** The publisher a signature must come from. */
export interface ExpectedPublisher {
  /** `owner/name`. */
  repository: string;
  /** The workflow file name, e.g. `release.yml`. */
  workflow: string;
}

/** The signing workflow a certificate names, for messages: `owner/repo/.github/workflows/x.yml@ref`. */
export function signingWorkflow(claims: CertificateClaims): string {
  const uri = claims[FULCIO_OIDS.buildConfigUri] ?? '';
  return uri.replace(/^https:\/\/github\.com\//, '') || '(no build config URI)';
}

/**
 * Why the certificate is not `expected`'s (null: it is): the issuer is GitHub Actions, the source repository
 * is the publisher's, and the Build Config URI is the publisher's workflow at the certificate's own ref or
 * commit. The environment is not in the certificate; PyPI checks it when it mints the upload token.
 */
export function publisherProblem(claims: CertificateClaims, expected: ExpectedPublisher): string | null {
  const issuer = claims[FULCIO_OIDS.issuerV2];
  if (issuer !== GITHUB_ACTIONS_ISSUER)
    return `Certificate's OIDC issuer is ${issuer ?? '(none)'}, expected ${GITHUB_ACTIONS_ISSUER}`;
  const repositoryUri = claims[FULCIO_OIDS.sourceRepositoryUri];
  if (repositoryUri !== `https://github.com/${expected.repository}`)
    return `Certificate's source repository (${repositoryUri ?? 'none'}) does not match expected Trusted Publisher repository (${expected.repository})`;
  const suffixes = [
    claims[FULCIO_OIDS.sourceRepositoryDigest],
    claims[FULCIO_OIDS.sourceRepositoryRef],
  ].filter((suffix): suffix is string => suffix !== undefined);
  if (suffixes.length === 0)
    return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
  const buildConfigUri = claims[FULCIO_OIDS.buildConfigUri];
  const base = `https://github.com/${expected.repository}/.github/workflows/${expected.workflow}`;
  if (suffixes.some((suffix) => buildConfigUri === `${base}@${suffix}`)) return null;
  return `Certificate's Build Config URI (${buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${expected.workflow} @ ${expected.repository})`;
}
