export const id = 216;
export const ids = [216];
export const modules = {

/***/ 8216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAttestationVerifier: () => (/* reexport */ createAttestationVerifier),
  loadTrustedRoot: () => (/* reexport */ loadTrustedRoot)
});

// UNUSED EXPORTS: AttestationError, BUNDLE_MEDIA_TYPE, ConversionError, FULCIO_OIDS, GITHUB_ACTIONS_ISSUER, INTOTO_PAYLOAD_TYPE, PUBLIC_GOOD_SIGSTORE, PUBLISH_PREDICATE_TYPE, SIGSTORE_URL_ENV, STATEMENT_TYPE, SUPPORTED_PREDICATE_TYPES, attestationFromBundle, attestationShapeProblem, attestedStatement, bundleFromAttestation, createAttestationSigner, logIndexOf, parseAttestationsField, parseProvenance, publishStatement, publisherProblem, signingWorkflow, sigstoreStandInUrl, standInTrustRoot, statementBytes, statementProblem

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/attestations/errors.ts
var errors = __webpack_require__(6281);
;// CONCATENATED MODULE: ./packages/attestations/trust-root.ts
/**
 * The Sigstore trust root attestations are verified against: the public-good instance's (through TUF,
 * cached under a directory of the caller's choosing) or a trusted_root.json given by path or URL (the
 * release-actions index's Sigstore stand-in serves its own at `<index>/_/sigstore/trusted_root.json`).
 */


/** The trust root as parsed JSON (a `TrustedRoot` in protobuf JSON form). */
async function loadTrustedRoot(source) {
    try {
        if (source.kind === 'file')
            return JSON.parse(await (0,promises_.readFile)(source.path, 'utf8'));
        if (source.kind === 'url') {
            const response = await fetch(source.url, { signal: AbortSignal.timeout(30_000) });
            if (!response.ok)
                throw new Error(`${response.status} ${response.statusText}`);
            return (await response.json());
        }
        const [{ getTrustedRoot }, { TrustedRoot }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4423)),
            __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23)),
        ]);
        return TrustedRoot.toJSON(await getTrustedRoot({ cachePath: source.cacheDir }));
    }
    catch (error) {
        const where = source.kind === 'file'
            ? source.path
            : source.kind === 'url'
                ? source.url
                : "Sigstore's public-good TUF repository";
        throw new errors/* AttestationError */.L(`cannot read the Sigstore trust root from ${where}: ${(0,errors/* causeLine */.m)(error)}`, {
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./packages/attestations/identity.ts
/**
 * Who signed: the Fulcio certificate extensions that name a GitHub workflow run, and the check PyPI makes
 * of them against a trusted publisher (pypi-attestations' GitHub policy). Pure: claims in, a problem out.
 */
/** Fulcio's certificate extension OIDs (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const FULCIO_OIDS = {
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    buildSignerUri: '1.3.6.1.4.1.57264.1.9',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
/** GitHub Actions' OIDC issuer, which a GitHub publisher's certificate must name. */
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** The signing workflow a certificate names, for messages: `owner/repo/.github/workflows/x.yml@ref`. */
function signingWorkflow(claims) {
    const uri = claims[FULCIO_OIDS.buildConfigUri] ?? '';
    return uri.replace(/^https:\/\/github\.com\//, '') || '(no build config URI)';
}
/**
 * Why the certificate is not `expected`'s (null: it is): the issuer is GitHub Actions, the source repository
 * is the publisher's, and the Build Config URI is the publisher's workflow at the certificate's own ref or
 * commit. The environment is not in the certificate; PyPI checks it when it mints the upload token.
 */
function publisherProblem(claims, expected) {
    const issuer = claims[FULCIO_OIDS.issuerV2];
    if (issuer !== GITHUB_ACTIONS_ISSUER)
        return `Certificate's OIDC issuer is ${issuer ?? '(none)'}, expected ${GITHUB_ACTIONS_ISSUER}`;
    const repositoryUri = claims[FULCIO_OIDS.sourceRepositoryUri];
    if (repositoryUri !== `https://github.com/${expected.repository}`)
        return `Certificate's source repository (${repositoryUri ?? 'none'}) does not match expected Trusted Publisher repository (${expected.repository})`;
    const suffixes = [
        claims[FULCIO_OIDS.sourceRepositoryDigest],
        claims[FULCIO_OIDS.sourceRepositoryRef],
    ].filter((suffix) => suffix !== undefined);
    if (suffixes.length === 0)
        return 'Certificate must contain either Source Repository Digest or Source Repository Ref';
    const buildConfigUri = claims[FULCIO_OIDS.buildConfigUri];
    const base = `https://github.com/${expected.repository}/.github/workflows/${expected.workflow}`;
    if (suffixes.some((suffix) => buildConfigUri === `${base}@${suffix}`))
        return null;
    return `Certificate's Build Config URI (${buildConfigUri ?? 'none'}) does not match expected Trusted Publisher (${expected.workflow} @ ${expected.repository})`;
}

// EXTERNAL MODULE: ./packages/attestations/model.ts
var model = __webpack_require__(369);
// EXTERNAL MODULE: ./packages/attestations/parse.ts
var parse = __webpack_require__(7119);
;// CONCATENATED MODULE: ./packages/attestations/verify.ts
/**
 * Verifying an attestation as PyPI does: the Sigstore signature, certificate and transparency log entry
 * against a trust root, the signer against the expected publisher, then the statement against the file.
 * The Sigstore libraries load on first use.
 */





/** A verifier trusting `trustedRoot` (a Sigstore trusted_root.json, parsed). */
async function createAttestationVerifier(trustedRoot) {
    const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }, { X509Certificate },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(917), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 4187)),
        Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 8659)),
        __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23)),
        __webpack_require__.e(/* import() */ 917).then(__webpack_require__.t.bind(__webpack_require__, 3917, 23)),
    ]);
    let verifier;
    try {
        verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)));
    }
    catch (error) {
        throw new errors/* AttestationError */.L(`the Sigstore trust root cannot be read: ${(0,errors/* causeLine */.m)(error)}`, {
            cause: error,
        });
    }
    const fail = (message) => {
        throw new errors/* AttestationError */.L(`Verification failed: ${message}`);
    };
    return (attestation, file, publisher) => {
        let bundle;
        try {
            bundle = bundleFromJSON((0,model/* bundleFromAttestation */.lO)(attestation));
        }
        catch (error) {
            return fail(`invalid attestation: ${(0,errors/* causeLine */.m)(error)}`);
        }
        try {
            verifier.verify(toSignedEntity(bundle));
        }
        catch (error) {
            return fail((0,errors/* causeLine */.m)(error));
        }
        const certificate = X509Certificate.parse(Buffer.from(attestation.verification_material.certificate, 'base64'));
        const claims = {};
        for (const oid of Object.values(FULCIO_OIDS)) {
            const value = certificate.extension(oid)?.value;
            if (value)
                claims[oid] = utf8StringValue(value);
        }
        const identity = publisherProblem(claims, publisher);
        if (identity)
            fail(identity);
        const problem = (0,parse/* statementProblem */.hy)(INTOTO, (0,model/* attestedStatement */.m9)(attestation), file);
        if (problem)
            fail(problem);
        return {
            predicateType: String((0,model/* attestedStatement */.m9)(attestation)?.predicateType),
            logIndex: (0,model/* logIndexOf */.Or)(attestation),
            signer: signingWorkflow(claims),
        };
    };
}
// bundleFromAttestation always says in-toto; the signature covers the type, so a different one fails above.
const INTOTO = 'application/vnd.in-toto+json';
/** A DER UTF8String's text (Fulcio's extensions from .8 on); a legacy raw value as it is. */
function utf8StringValue(der) {
    if (der[0] !== 0x0c || der.length < 2)
        return der.toString('utf8');
    const first = der[1];
    if (first < 0x80)
        return der.subarray(2, 2 + first).toString('utf8');
    const lengthBytes = first & 0x7f;
    const length = der.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
    return der.subarray(2 + lengthBytes, 2 + lengthBytes + length).toString('utf8');
}

;// CONCATENATED MODULE: ./packages/attestations/index.ts
/**
 * attestations: PEP 740 for publish-pypi, verify-pypi and the local index — the publish statement, the
 * attestation object and its Sigstore bundle, PyPI's checks of both, and Sigstore signing and verifying
 * (the Sigstore libraries load only when a signer, verifier or trust root is first made).
 */










/***/ })

};
