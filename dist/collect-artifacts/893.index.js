export const id = 893;
export const ids = [893];
export const modules = {

/***/ 36192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ directorySource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50361);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29604);




function kindOf(entry) {
    if (entry.isSymbolicLink())
        return 'symlink';
    if (entry.isDirectory())
        return 'directory';
    if (entry.isFile())
        return 'file';
    return 'special';
}
async function* fileChunks(path) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        yield* (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readChunks */ .z)(handle, 0, size);
    }
    finally {
        await handle.close();
    }
}
/** Every entry under `root`, depth first, paths relative to it with `/`; links are reported, not followed. */
async function walk(root, prefix = '') {
    const entries = [];
    const children = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, prefix), { withFileTypes: true });
    for (const child of children.sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const path = prefix ? `${prefix}/${child.name}` : child.name;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path);
        const kind = kindOf(child);
        const size = kind === 'file' ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full)).size : 0;
        entries.push({ path, kind, size, refusal: null, read: () => fileChunks(full) });
        if (kind === 'directory')
            entries.push(...(await walk(root, path)));
    }
    return entries;
}
/** The subdirectories of `from` as artifacts (numbered in name order), their files read where they are. */
function directorySource(from) {
    const describe = `directory ${from}`;
    return {
        describe,
        list: async () => {
            let children;
            try {
                children = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(from, { withFileTypes: true });
            }
            catch (error) {
                const code = error.code;
                const why = code === 'ENOENT'
                    ? 'does not exist'
                    : code === 'ENOTDIR'
                        ? 'is not a directory'
                        : `cannot be read (${code})`;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CollectError */ .h(`from ${from} ${why}: give the directory whose subdirectories are the artifacts (one per upload-artifact name)`);
            }
            const names = children
                .filter((c) => c.isDirectory())
                .map((c) => c.name)
                .sort();
            return names.map((name, index) => ({
                id: index + 1,
                name,
                size: 0,
                createdAt: null,
                digest: null,
            }));
        },
        open: async (artifact) => ({
            entries: await walk((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(from, artifact.name)),
            close: async () => undefined,
        }),
    };
}


/***/ }),

/***/ 29604:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ CollectError)
/* harmony export */ });
/** A collection that cannot proceed; the message is one line naming what is wrong and the fix. */
class CollectError extends Error {
    name = 'CollectError';
}


/***/ }),

/***/ 60328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ zipArtifactSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _common_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8839);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28567);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(24029);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29604);
/**
 * Artifacts from the artifact service: each is downloaded as the zip it is stored as (not extracted by the
 * client, whose extractor rewrites `..` and follows no rules about links), into a private temporary directory,
 * and read member by member from there. The zip goes as soon as the artifact is closed.
 */






/**
 * One artifact per core, at least two (one downloading while another is read) and at most four. The client's
 * download and every digest run on this process's one JavaScript thread, so more artifacts at once than cores
 * gain no speed; each only holds its own buffers (and node's http a few megabytes of chunks awaiting collection).
 */
function defaultConcurrency() {
    return Math.min(4, Math.max(2, (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()));
}
/**
 * A member refused before reading: one that would inflate past `limit`. Reading stops at the size the
 * directory records, so this bounds what a hostile zip can write. (No ratio rule: a wheel holding stored data
 * may well shrink fifty times in its artifact's zip.)
 */
function refusalOf(entry, limit) {
    return entry.uncompressedSize > limit
        ? `would inflate to ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(entry.uncompressedSize)}, more than the ${(0,_common_index_js__WEBPACK_IMPORTED_MODULE_3__/* .formatBytes */ .z3)(limit)} a distribution may be`
        : null;
}
function entriesOf(zip, limit) {
    return zip.entries.map((entry) => ({
        path: entry.name,
        kind: (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_4__/* .zipEntryKind */ .wK)(entry),
        size: entry.uncompressedSize,
        refusal: refusalOf(entry, limit),
        read: () => zip.stream(entry),
    }));
}
async function download(downloader, artifact, directory, attempts) {
    let last;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const into = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, `attempt-${attempt}`);
        try {
            // The client's HTTP chunks die as they are written: the collection frees them early (collect.ts).
            return await downloader.downloadZip(artifact, into);
        }
        catch (error) {
            last = error;
            // What an interrupted attempt wrote stays out of everything that follows.
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(into, { recursive: true, force: true });
        }
    }
    const why = last instanceof Error ? last.message.split('\n')[0] : String(last);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CollectError */ .h(`artifact ${artifact.name} could not be downloaded (${attempts} tries): ${why}`);
}
/** The artifact service as a source, through `downloader` (action-kit's artifact client). */
function zipArtifactSource(downloader, options) {
    return {
        describe: options.describe,
        concurrency: options.concurrency ?? defaultConcurrency(),
        list: () => downloader.list(),
        open: async (artifact) => {
            const directory = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.tempDir, `artifact-${artifact.id}-`));
            try {
                const path = await download(downloader, artifact, directory, options.attempts ?? 2);
                const zip = await _dists_index_js__WEBPACK_IMPORTED_MODULE_4__/* .ZipArchive */ .SJ.open(path).catch((error) => {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .CollectError */ .h(`artifact ${artifact.name} is not a readable zip: ${error.message}`);
                });
                return {
                    entries: entriesOf(zip, options.maxEntrySize ?? _dists_index_js__WEBPACK_IMPORTED_MODULE_6__/* .PYPI_MAX_PROJECT_SIZE */ .UC),
                    close: async () => {
                        await zip.close();
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
                    },
                };
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(directory, { recursive: true, force: true });
                throw error;
            }
        },
    };
}


/***/ }),

/***/ 84027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/**
 * Reusable I/O buffers. Node allocates each large Buffer with malloc, and glibc serves freed ones back from
 * its heap without returning the pages: a buffer per file (or per upload attempt) grows the process's
 * resident memory with every file of a release, long after the garbage collector freed them. Borrowing
 * from a pool keeps the same few allocations for the life of the process.
 */
class BufferPool {
    size;
    keep;
    idle = [];
    /** Buffers of `size` bytes; at most `keep` idle ones are held between uses. */
    constructor(size, keep) {
        this.size = size;
        this.keep = keep;
    }
    /** A buffer of `size` bytes, with whatever bytes its last user left in it. */
    take() {
        return this.idle.pop() ?? new ArrayBuffer(this.size);
    }
    /** Gives a buffer back; it must not be used afterwards. Foreign sizes and surplus are left to the collector. */
    give(buffer) {
        if (buffer.byteLength === this.size && this.idle.length < this.keep)
            this.idle.push(buffer);
    }
}


/***/ }),

/***/ 47356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadCrypto),
/* harmony export */   s: () => (/* binding */ loadZlib)
/* harmony export */ });
/**
 * node:zlib and node:crypto, loaded with their first use rather than at every action's start-up, and then once
 * per process. In a bundle each `await import('node:…')` builds a fresh namespace object (a getter for every
 * export, about a hundred each): imported per file read or hashed, that was some 80 KiB of garbage per
 * artifact, promoted to the old generation when a read outlived two young-generation collections.
 */
let zlib;
let crypto;
/** node:zlib, imported on first call. */
function loadZlib() {
    return (zlib ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 38522, 23)));
}
/** node:crypto, imported on first call. */
function loadCrypto() {
    return (crypto ??= Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 77598, 23)));
}


/***/ }),

/***/ 50361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ readChunks)
/* harmony export */ });
/* harmony import */ var _buffer_pool_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84027);

/** Read buffers of the common chunk size, reused from file to file (see BufferPool for why). */
const chunkBuffers = new _buffer_pool_js__WEBPACK_IMPORTED_MODULE_0__/* .BufferPool */ .P(1 << 20, 8);
/**
 * `length` bytes of `handle` from `start`, in chunks of up to `chunkSize`, read into two buffers in turn. Each
 * chunk is the caller's only until it asks for the next one. Ends early if the file is shorter.
 */
async function* readChunks(handle, start, length, chunkSize = 1 << 20) {
    const pooled = chunkSize === chunkBuffers.size;
    const memory = [0, 1].map(() => (pooled ? chunkBuffers.take() : new ArrayBuffer(chunkSize)));
    const buffers = memory.map((m) => Buffer.from(m));
    const end = start + length;
    const readInto = (turn, position) => handle.read(buffers[turn], 0, Math.min(chunkSize, end - position), position);
    let position = start;
    let reading = length > 0 ? readInto(0, position) : null;
    try {
        for (let turn = 0; reading; turn ^= 1) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            reading = position < end ? readInto(turn ^ 1, position) : null;
            yield buffers[turn].subarray(0, bytesRead);
        }
    }
    finally {
        // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
        await reading?.catch(() => undefined);
        if (pooled)
            for (const m of memory)
                chunkBuffers.give(m);
    }
}


/***/ }),

/***/ 24029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ PYPI_MAX_PROJECT_SIZE),
/* harmony export */   li: () => (/* binding */ badRequest),
/* harmony export */   zT: () => (/* binding */ PYPI_MAX_FILE_SIZE)
/* harmony export */ });
/** PyPI's default per-file upload limit: 100 MiB. */
const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
/** A 400 Bad Request problem. */
function badRequest(code, message) {
    return { code, status: 400, message };
}


/***/ }),

/***/ 28567:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ ZipArchive),
/* harmony export */   wK: () => (/* binding */ zipEntryKind)
/* harmony export */ });
/* unused harmony export DEFAULT_ZIP_LIMITS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88809);
/* harmony import */ var _read_chunks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50361);
/* harmony import */ var _lazy_modules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47356);
/** Random-access zip reading: the central directory (zip64 aware) and single members, never the whole archive. */




/** Defaults: 16 MiB per inflated member, ratio 50 (PyPI's figure) for entries over 1 MiB, 64 MiB of directory. */
const DEFAULT_ZIP_LIMITS = {
    maxMemberSize: 16 << 20,
    maxRatio: 50,
    ratioMinSize: 1 << 20,
    maxCentralDirectory: 64 << 20,
};
const EOCD_SIG = 0x06054b50;
const EOCD_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const U32_MAX = 0xffffffff;
/** An open zip file: its entries by name and a way to read one. Close it when done. */
class ZipArchive {
    handle;
    path;
    size;
    entries;
    limits;
    constructor(handle, path, size, entries, limits) {
        this.handle = handle;
        this.path = path;
        this.size = size;
        this.entries = entries;
        this.limits = limits;
    }
    /** Open a zip and read its central directory; throws DistError `not-a-zipfile` when it is not a readable zip. */
    static async open(path, limits = {}) {
        const all = { ...DEFAULT_ZIP_LIMITS, ...limits };
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            const entries = await readCentralDirectory(handle, size, path, all);
            return new ZipArchive(handle, path, size, entries, all);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /** The entry of that exact name, if any. */
    entry(name) {
        return this.entries.find((e) => e.name === name);
    }
    /** Entries whose ratio marks them as a zip bomb under these limits. */
    bombs() {
        const { maxRatio, ratioMinSize } = this.limits;
        return this.entries.filter((e) => e.uncompressedSize > ratioMinSize && e.uncompressedSize > maxRatio * e.compressedSize);
    }
    /** Inflate one member, checking its size caps, compression method, ratio and CRC. */
    async read(entry) {
        const where = `${this.path}: ${entry.name}`;
        if (entry.flags & 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.uncompressedSize > this.limits.maxMemberSize) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('entry-too-large', `${where} inflates to ${entry.uncompressedSize} bytes, over the ${this.limits.maxMemberSize}-byte limit`, this.path);
        }
        if (this.bombs().includes(entry)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('zip-bomb', `${where} inflates ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): refused as a zip bomb`, this.path);
        }
        const raw = await readAt(this.handle, await this.dataStart(entry), entry.compressedSize);
        // zlib loads with the first archive read, not at every action's start-up.
        const { crc32, inflateRawSync } = await (0,_lazy_modules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadZlib */ .s)();
        let data;
        if (entry.method === 0)
            data = raw;
        else if (entry.method === 8) {
            try {
                // maxOutputLength bounds memory even when the directory lies about the size.
                data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
            }
        }
        else {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
        return data;
    }
    /**
     * The member's bytes as they inflate, in chunks of about `chunkSize`, however large it is: stored and deflate
     * members, checked against the directory's size and CRC (a chunk past the size stops it at once). Each chunk
     * is yours only until you ask for the next one.
     */
    async *stream(entry, chunkSize = 1 << 20) {
        const where = `${this.path}: ${entry.name}`;
        if (entry.flags & 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.method !== 0 && entry.method !== 8) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        const { crc32, createInflateRaw } = await (0,_lazy_modules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadZlib */ .s)();
        const raw = (0,_read_chunks_js__WEBPACK_IMPORTED_MODULE_3__/* .readChunks */ .z)(this.handle, await this.dataStart(entry), entry.compressedSize, chunkSize);
        const chunks = entry.method === 0 ? raw : inflated(raw, createInflateRaw({ chunkSize }));
        let size = 0;
        let crc = 0;
        try {
            for await (const chunk of chunks) {
                size += chunk.length;
                if (size > entry.uncompressedSize)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: inflates past its recorded size`, this.path);
                crc = crc32(chunk, crc);
                yield chunk;
            }
        }
        catch (error) {
            const code = error.code ?? '';
            if (!code.startsWith('Z_'))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
        }
        if (size !== entry.uncompressedSize || crc !== entry.crc32) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
    }
    /** Where a member's data begins, after its local header; checks that the data lies within the file. */
    async dataStart(entry) {
        const where = `${this.path}: ${entry.name}`;
        const local = await readAt(this.handle, entry.localHeaderOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: no local header at offset ${entry.localHeaderOffset}`, this.path);
        }
        const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        if (start + entry.compressedSize > this.size) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('corrupt-entry', `${where}: data runs past the end of the file (truncated?)`, this.path);
        }
        return start;
    }
    /** Release the file handle. */
    async close() {
        await this.handle.close();
    }
}
async function readAt(handle, position, length) {
    const buffer = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
        const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
        if (bytesRead === 0)
            break;
        done += bytesRead;
    }
    return done === length ? buffer : buffer.subarray(0, done);
}
async function readCentralDirectory(handle, size, path, limits) {
    const notZip = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DistError */ .b('not-a-zipfile', `${path}: not a zip file (${why})`, path);
    // As Python's zipfile: the end record ends the file, or it is the last signature in the final 64 KiB + 22
    // bytes with 22 bytes after it (whatever its comment length says; data after it is not this reader's concern).
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(handle, size - tailLength, tailLength);
    const last = tail.length - 22;
    const atEnd = last >= 0 && tail.readUInt32LE(last) === EOCD_SIG && tail.readUInt16LE(last + 20) === 0;
    const eocd = atEnd ? last : tail.lastIndexOf(EOCD_BYTES);
    if (eocd < 0 || eocd > last)
        throw notZip('no end of central directory record');
    const eocdOffset = size - tailLength + eocd;
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
    // Where the directory really ends: the end record, or the ZIP64 end record before its locator.
    let cdEnd = eocdOffset;
    if (eocdOffset >= 20) {
        const locator = await readAt(handle, eocdOffset - 20, 20);
        if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIG) {
            const z64Offset = Number(locator.readBigUInt64LE(8));
            const z64 = await readAt(handle, z64Offset, 56);
            if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIG)
                throw notZip('bad zip64 end record');
            count = Number(z64.readBigUInt64LE(32));
            cdSize = Number(z64.readBigUInt64LE(40));
            cdOffset = Number(z64.readBigUInt64LE(48));
            cdEnd = eocdOffset - 20 - 56;
        }
    }
    // Bytes before the zip (a self-extractor, another archive) shift every offset, as zipfile's `concat` does.
    const concat = cdEnd - cdSize - cdOffset;
    cdOffset += concat;
    if (cdOffset < 0)
        throw notZip('bad offset for the central directory');
    if (cdOffset + cdSize > size)
        throw notZip('central directory runs past the end of the file (truncated?)');
    if (cdSize > limits.maxCentralDirectory)
        throw notZip(`central directory of ${cdSize} bytes is over the limit`);
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
        if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIG)
            throw notZip(`bad central directory entry ${i}`);
        const flags = cd.readUInt16LE(at + 8);
        const nameLength = cd.readUInt16LE(at + 28);
        const extraLength = cd.readUInt16LE(at + 30);
        const commentLength = cd.readUInt16LE(at + 32);
        const end = at + 46 + nameLength + extraLength + commentLength;
        if (end > cd.length)
            throw notZip(`central directory entry ${i} runs past the directory`);
        const nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
        // Bit 11 says UTF-8; otherwise the spec says CP437, which agrees with ASCII, all that wheels use.
        const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
        const entry = {
            name,
            method: cd.readUInt16LE(at + 10),
            flags,
            crc32: cd.readUInt32LE(at + 16),
            compressedSize: cd.readUInt32LE(at + 20),
            uncompressedSize: cd.readUInt32LE(at + 24),
            localHeaderOffset: cd.readUInt32LE(at + 42),
            madeBy: cd.readUInt16LE(at + 4),
            externalAttributes: cd.readUInt32LE(at + 38),
        };
        applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        entry.localHeaderOffset += concat;
        entries.push(entry);
        at = end;
    }
    return entries;
}
// The zip64 extra field holds, in this order, only the values whose 32-bit slot is 0xFFFFFFFF.
function applyZip64Extra(entry, extra) {
    let at = 0;
    while (at + 4 <= extra.length) {
        const id = extra.readUInt16LE(at);
        const length = extra.readUInt16LE(at + 2);
        if (id === 0x0001) {
            let p = at + 4;
            const next = () => {
                const value = p + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(p)) : U32_MAX;
                p += 8;
                return value;
            };
            if (entry.uncompressedSize === U32_MAX)
                entry.uncompressedSize = next();
            if (entry.compressedSize === U32_MAX)
                entry.compressedSize = next();
            if (entry.localHeaderOffset === U32_MAX)
                entry.localHeaderOffset = next();
            return;
        }
        at += 4 + length;
    }
}
/**
 * Raw deflate chunks through `inflate`, as inflated chunks: fed with backpressure while the caller reads, the
 * stream destroyed if the reader stops early. (No node:stream helpers: a bundle's dynamic import of that
 * module, a function, loses its named exports.)
 */
async function* inflated(raw, inflate) {
    const drained = () => new Promise((resolve) => {
        const done = () => {
            inflate.off('drain', done);
            inflate.off('close', done);
            resolve();
        };
        inflate.on('drain', done);
        inflate.on('close', done);
    });
    const feeding = (async () => {
        // Each raw chunk is copied: the reader reuses its buffers, and zlib may still hold one.
        for await (const chunk of raw) {
            if (inflate.destroyed)
                return;
            if (!inflate.write(Buffer.from(chunk)))
                await drained();
        }
        if (!inflate.destroyed)
            inflate.end();
    })();
    feeding.catch((error) => inflate.destroy(error));
    try {
        for await (const chunk of inflate)
            yield chunk;
        await feeding;
    }
    finally {
        inflate.destroy();
    }
}
const UNIX_HOSTS = new Set([3, 19]); // Unix, and macOS (OS X) as some archivers write it
/** The kind of a member: a symbolic link, device, FIFO or socket only a Unix maker can record. */
function zipEntryKind(entry) {
    if (UNIX_HOSTS.has(entry.madeBy >>> 8)) {
        const type = (entry.externalAttributes >>> 16) & 0o170000;
        if (type === 0o120000)
            return 'symlink';
        if (type === 0o040000)
            return 'directory';
        if (type !== 0 && type !== 0o100000)
            return 'special';
    }
    if (entry.externalAttributes & 0x10 || entry.name.endsWith('/'))
        return 'directory';
    return 'file';
}


/***/ })

};
