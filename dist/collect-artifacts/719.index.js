export const id = 719;
export const ids = [719];
export const modules = {

/***/ 38719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sourceFor: () => (/* binding */ sourceFor)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/action-kit/stdout.ts
var stdout = __webpack_require__(35025);
;// CONCATENATED MODULE: ./packages/action-kit/artifacts.ts
/**
 * Listing and downloading workflow artifacts with the official @actions/artifact client: this run's through the
 * runner's artifact service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN), another run's through the REST API
 * with a token. Imported on first use: the client brings the Azure storage SDK and Octokit, which only an
 * action that downloads artifacts should load.
 */



/** The downloaded bytes are not the ones the service recorded for the artifact. */
class ArtifactDigestError extends Error {
    name = 'ArtifactDigestError';
}
/** A client for this run's artifacts, or for `other`'s when given. */
async function createArtifactClient(other) {
    (0,stdout/* useStdoutStream */.d)(); // @actions/artifact logs there too
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.bind(__webpack_require__, 7291));
    const client = new DefaultArtifactClient();
    const findBy = other && {
        token: other.token,
        workflowRunId: other.runId,
        repositoryOwner: other.owner,
        repositoryName: other.repo,
    };
    return {
        list: async () => {
            const { artifacts } = await client.listArtifacts(findBy ? { findBy } : {});
            return artifacts.map((artifact) => ({
                id: artifact.id,
                name: artifact.name,
                size: artifact.size,
                createdAt: artifact.createdAt ? artifact.createdAt.toISOString() : null,
                digest: artifact.digest ?? null,
            }));
        },
        downloadZip: async (artifact, directory) => {
            const { digestMismatch } = await client.downloadArtifact(artifact.id, {
                path: directory,
                skipDecompress: true,
                ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
                ...(findBy ? { findBy } : {}),
            });
            if (digestMismatch)
                throw new ArtifactDigestError(`the downloaded zip's sha256 is not the ${artifact.digest ?? ''} the service recorded`);
            const [file, ...more] = await (0,promises_.readdir)(directory);
            if (!file || more.length > 0)
                throw new Error(`expected one downloaded file in ${directory}, found ${more.length + (file ? 1 : 0)}`);
            return (0,external_node_path_.join)(directory, file);
        },
    };
}

// EXTERNAL MODULE: ./packages/collect/directory-source.ts
var directory_source = __webpack_require__(36192);
// EXTERNAL MODULE: ./packages/collect/zip-source.ts
var zip_source = __webpack_require__(60328);
;// CONCATENATED MODULE: ./actions/collect-artifacts/src/source.ts
/** The artifact source the settings name: a directory, or the artifact service through the official client. */


/** The source to collect from; the artifact client (and its dependencies) load only for the service. */
async function sourceFor(source, tempDir) {
    if (source.kind === 'directory')
        return (0,directory_source/* directorySource */.X)(source.from);
    const { other } = source;
    const describe = other ? `run ${other.runId} of ${other.owner}/${other.repo}` : 'this run';
    return (0,zip_source/* zipArtifactSource */.Z)(await createArtifactClient(other ?? undefined), { describe, tempDir });
}


/***/ })

};
