import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 608:
/***/ (function(__unused_webpack_module, exports) {

/*!
 * hash-wasm (https://www.npmjs.com/package/hash-wasm)
 * (c) Dani Biro
 * @license MIT
 */

(function (global, factory) {
     true ? factory(exports) :
    0;
})(this, (function (exports) { 'use strict';

    var name$l = "adler32";
    var data$l = "AGFzbQEAAAABDANgAAF/YAAAYAF/AAMHBgABAgEAAgUEAQECAgYOAn8BQYCJBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwAAw1IYXNoX0dldFN0YXRlAAQOSGFzaF9DYWxjdWxhdGUABQpTVEFURV9TSVpFAwEK6wkGBQBBgAkLCgBBAEEBNgKECAvjCAEHf0EAKAKECCIBQf//A3EhAiABQRB2IQMCQAJAIABBAUcNACACQQAtAIAJaiIBQY+AfGogASABQfD/A0sbIgEgA2oiBEEQdCIFQYCAPGogBSAEQfD/A0sbIAFyIQEMAQsCQAJAAkACQAJAIABBEEkNAEGACSEGIABBsCtJDQFBgAkhBgNAQQAhBQNAIAYgBWoiASgCACIEQf8BcSACaiICIANqIAIgBEEIdkH/AXFqIgJqIAIgBEEQdkH/AXFqIgJqIAIgBEEYdmoiAmogAiABQQRqKAIAIgRB/wFxaiICaiACIARBCHZB/wFxaiICaiACIARBEHZB/wFxaiICaiACIARBGHZqIgJqIAIgAUEIaigCACIEQf8BcWoiAmogAiAEQQh2Qf8BcWoiAmogAiAEQRB2Qf8BcWoiAmogAiAEQRh2aiIEaiAEIAFBDGooAgAiAUH/AXFqIgRqIAQgAUEIdkH/AXFqIgRqIAQgAUEQdkH/AXFqIgRqIAQgAUEYdmoiAmohAyAFQRBqIgVBsCtHDQALIANB8f8DcCEDIAJB8f8DcCECIAZBsCtqIQYgAEHQVGoiAEGvK0sNAAsgAEUNBCAAQQ9LDQEMAgsCQCAARQ0AAkACQCAAQQNxIgUNAEGACSEBIAAhBAwBCyAAQXxxIQRBACEBA0AgAiABQYAJai0AAGoiAiADaiEDIAUgAUEBaiIBRw0ACyAFQYAJaiEBCyAAQQRJDQADQCACIAEtAABqIgUgAS0AAWoiBiABLQACaiIAIAFBA2otAABqIgIgACAGIAUgA2pqamohAyABQQRqIQEgBEF8aiIEDQALCyACQY+AfGogAiACQfD/A0sbIANB8f8DcEEQdHIhAQwECwNAIAYoAgAiAUH/AXEgAmoiBCADaiAEIAFBCHZB/wFxaiIEaiAEIAFBEHZB/wFxaiIEaiAEIAFBGHZqIgRqIAQgBkEEaigCACIBQf8BcWoiBGogBCABQQh2Qf8BcWoiBGogBCABQRB2Qf8BcWoiBGogBCABQRh2aiIEaiAEIAZBCGooAgAiAUH/AXFqIgRqIAQgAUEIdkH/AXFqIgRqIAQgAUEQdkH/AXFqIgRqIAQgAUEYdmoiBGogBCAGQQxqKAIAIgFB/wFxaiIEaiAEIAFBCHZB/wFxaiIEaiAEIAFBEHZB/wFxaiIEaiAEIAFBGHZqIgJqIQMgBkEQaiEGIABBcGoiAEEPSw0ACyAARQ0BCyAAQX9qIQcCQCAAQQNxIgVFDQAgAEF8cSEAIAUhBCAGIQEDQCACIAEtAABqIgIgA2ohAyABQQFqIQEgBEF/aiIEDQALIAYgBWohBgsgB0EDSQ0AA0AgAiAGLQAAaiIBIAYtAAFqIgQgBi0AAmoiBSAGQQNqLQAAaiICIAUgBCABIANqampqIQMgBkEEaiEGIABBfGoiAA0ACwsgA0Hx/wNwIQMgAkHx/wNwIQILIAIgA0EQdHIhAQtBACABNgKECAsxAQF/QQBBACgChAgiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2AoAJCwUAQYQICzsAQQBBATYChAggABACQQBBACgChAgiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2AoAJCwsVAgBBgAgLBAQAAAAAQYQICwQBAAAA";
    var hash$l = "02ddbd17";
    var wasmJson$l = {
    	name: name$l,
    	data: data$l,
    	hash: hash$l
    };

    /******************************************************************************
    Copyright (c) Microsoft Corporation.

    Permission to use, copy, modify, and/or distribute this software for any
    purpose with or without fee is hereby granted.

    THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
    REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
    AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
    INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
    LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
    OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
    PERFORMANCE OF THIS SOFTWARE.
    ***************************************************************************** */
    /* global Reflect, Promise, SuppressedError, Symbol, Iterator */


    function __awaiter(thisArg, _arguments, P, generator) {
        function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
        return new (P || (P = Promise))(function (resolve, reject) {
            function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
            function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
            function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
    }

    typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
        var e = new Error(message);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };

    class Mutex {
        constructor() {
            this.mutex = Promise.resolve();
        }
        lock() {
            let begin = () => { };
            this.mutex = this.mutex.then(() => new Promise(begin));
            return new Promise((res) => {
                begin = res;
            });
        }
        dispatch(fn) {
            return __awaiter(this, void 0, void 0, function* () {
                const unlock = yield this.lock();
                try {
                    return yield Promise.resolve(fn());
                }
                finally {
                    unlock();
                }
            });
        }
    }

    var _a;
    function getGlobal() {
        if (typeof globalThis !== "undefined")
            return globalThis;
        if (typeof self !== "undefined")
            return self;
        if (typeof window !== "undefined")
            return window;
        return global;
    }
    const globalObject = getGlobal();
    const nodeBuffer = (_a = globalObject.Buffer) !== null && _a !== void 0 ? _a : null;
    const textEncoder = globalObject.TextEncoder
        ? new globalObject.TextEncoder()
        : null;
    function intArrayToString(arr, len) {
        return String.fromCharCode(...arr.subarray(0, len));
    }
    function hexCharCodesToInt(a, b) {
        return ((((a & 0xf) + ((a >> 6) | ((a >> 3) & 0x8))) << 4) |
            ((b & 0xf) + ((b >> 6) | ((b >> 3) & 0x8))));
    }
    function writeHexToUInt8(buf, str) {
        const size = str.length >> 1;
        for (let i = 0; i < size; i++) {
            const index = i << 1;
            buf[i] = hexCharCodesToInt(str.charCodeAt(index), str.charCodeAt(index + 1));
        }
    }
    function hexStringEqualsUInt8(str, buf) {
        if (str.length !== buf.length * 2) {
            return false;
        }
        for (let i = 0; i < buf.length; i++) {
            const strIndex = i << 1;
            if (buf[i] !==
                hexCharCodesToInt(str.charCodeAt(strIndex), str.charCodeAt(strIndex + 1))) {
                return false;
            }
        }
        return true;
    }
    const alpha = "a".charCodeAt(0) - 10;
    const digit = "0".charCodeAt(0);
    function getDigestHex(tmpBuffer, input, hashLength) {
        let p = 0;
        for (let i = 0; i < hashLength; i++) {
            let nibble = input[i] >>> 4;
            tmpBuffer[p++] = nibble > 9 ? nibble + alpha : nibble + digit;
            nibble = input[i] & 0xf;
            tmpBuffer[p++] = nibble > 9 ? nibble + alpha : nibble + digit;
        }
        return String.fromCharCode.apply(null, tmpBuffer);
    }
    const getUInt8Buffer = nodeBuffer !== null
        ? (data) => {
            if (typeof data === "string") {
                const buf = nodeBuffer.from(data, "utf8");
                return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
            }
            if (nodeBuffer.isBuffer(data)) {
                return new Uint8Array(data.buffer, data.byteOffset, data.length);
            }
            if (ArrayBuffer.isView(data)) {
                return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
            }
            throw new Error("Invalid data type!");
        }
        : (data) => {
            if (typeof data === "string") {
                return textEncoder.encode(data);
            }
            if (ArrayBuffer.isView(data)) {
                return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
            }
            throw new Error("Invalid data type!");
        };
    const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const base64Lookup = new Uint8Array(256);
    for (let i = 0; i < base64Chars.length; i++) {
        base64Lookup[base64Chars.charCodeAt(i)] = i;
    }
    function encodeBase64(data, pad = true) {
        const len = data.length;
        const extraBytes = len % 3;
        const parts = [];
        const len2 = len - extraBytes;
        for (let i = 0; i < len2; i += 3) {
            const tmp = ((data[i] << 16) & 0xff0000) +
                ((data[i + 1] << 8) & 0xff00) +
                (data[i + 2] & 0xff);
            const triplet = base64Chars.charAt((tmp >> 18) & 0x3f) +
                base64Chars.charAt((tmp >> 12) & 0x3f) +
                base64Chars.charAt((tmp >> 6) & 0x3f) +
                base64Chars.charAt(tmp & 0x3f);
            parts.push(triplet);
        }
        if (extraBytes === 1) {
            const tmp = data[len - 1];
            const a = base64Chars.charAt(tmp >> 2);
            const b = base64Chars.charAt((tmp << 4) & 0x3f);
            parts.push(`${a}${b}`);
            if (pad) {
                parts.push("==");
            }
        }
        else if (extraBytes === 2) {
            const tmp = (data[len - 2] << 8) + data[len - 1];
            const a = base64Chars.charAt(tmp >> 10);
            const b = base64Chars.charAt((tmp >> 4) & 0x3f);
            const c = base64Chars.charAt((tmp << 2) & 0x3f);
            parts.push(`${a}${b}${c}`);
            if (pad) {
                parts.push("=");
            }
        }
        return parts.join("");
    }
    function getDecodeBase64Length(data) {
        let bufferLength = Math.floor(data.length * 0.75);
        const len = data.length;
        if (data[len - 1] === "=") {
            bufferLength -= 1;
            if (data[len - 2] === "=") {
                bufferLength -= 1;
            }
        }
        return bufferLength;
    }
    function decodeBase64(data) {
        const bufferLength = getDecodeBase64Length(data);
        const len = data.length;
        const bytes = new Uint8Array(bufferLength);
        let p = 0;
        for (let i = 0; i < len; i += 4) {
            const encoded1 = base64Lookup[data.charCodeAt(i)];
            const encoded2 = base64Lookup[data.charCodeAt(i + 1)];
            const encoded3 = base64Lookup[data.charCodeAt(i + 2)];
            const encoded4 = base64Lookup[data.charCodeAt(i + 3)];
            bytes[p] = (encoded1 << 2) | (encoded2 >> 4);
            p += 1;
            bytes[p] = ((encoded2 & 15) << 4) | (encoded3 >> 2);
            p += 1;
            bytes[p] = ((encoded3 & 3) << 6) | (encoded4 & 63);
            p += 1;
        }
        return bytes;
    }

    const MAX_HEAP = 16 * 1024;
    const WASM_FUNC_HASH_LENGTH = 4;
    const wasmMutex = new Mutex();
    const wasmModuleCache = new Map();
    function WASMInterface(binary, hashLength) {
        return __awaiter(this, void 0, void 0, function* () {
            let wasmInstance = null;
            let memoryView = null;
            let initialized = false;
            if (typeof WebAssembly === "undefined") {
                throw new Error("WebAssembly is not supported in this environment!");
            }
            const writeMemory = (data, offset = 0) => {
                memoryView.set(data, offset);
            };
            const getMemory = () => memoryView;
            const getExports = () => wasmInstance.exports;
            const setMemorySize = (totalSize) => {
                wasmInstance.exports.Hash_SetMemorySize(totalSize);
                const arrayOffset = wasmInstance.exports.Hash_GetBuffer();
                const memoryBuffer = wasmInstance.exports.memory.buffer;
                memoryView = new Uint8Array(memoryBuffer, arrayOffset, totalSize);
            };
            const getStateSize = () => {
                const view = new DataView(wasmInstance.exports.memory.buffer);
                const stateSize = view.getUint32(wasmInstance.exports.STATE_SIZE, true);
                return stateSize;
            };
            const loadWASMPromise = wasmMutex.dispatch(() => __awaiter(this, void 0, void 0, function* () {
                if (!wasmModuleCache.has(binary.name)) {
                    const asm = decodeBase64(binary.data);
                    const promise = WebAssembly.compile(asm);
                    wasmModuleCache.set(binary.name, promise);
                }
                const module = yield wasmModuleCache.get(binary.name);
                wasmInstance = yield WebAssembly.instantiate(module, {
                // env: {
                //   emscripten_memcpy_big: (dest, src, num) => {
                //     const memoryBuffer = wasmInstance.exports.memory.buffer;
                //     const memView = new Uint8Array(memoryBuffer, 0);
                //     memView.set(memView.subarray(src, src + num), dest);
                //   },
                //   print_memory: (offset, len) => {
                //     const memoryBuffer = wasmInstance.exports.memory.buffer;
                //     const memView = new Uint8Array(memoryBuffer, 0);
                //     console.log('print_int32', memView.subarray(offset, offset + len));
                //   },
                // },
                });
                // wasmInstance.exports._start();
            }));
            const setupInterface = () => __awaiter(this, void 0, void 0, function* () {
                if (!wasmInstance) {
                    yield loadWASMPromise;
                }
                const arrayOffset = wasmInstance.exports.Hash_GetBuffer();
                const memoryBuffer = wasmInstance.exports.memory.buffer;
                memoryView = new Uint8Array(memoryBuffer, arrayOffset, MAX_HEAP);
            });
            const init = (bits = null) => {
                initialized = true;
                wasmInstance.exports.Hash_Init(bits);
            };
            const updateUInt8Array = (data) => {
                let read = 0;
                while (read < data.length) {
                    const chunk = data.subarray(read, read + MAX_HEAP);
                    read += chunk.length;
                    memoryView.set(chunk);
                    wasmInstance.exports.Hash_Update(chunk.length);
                }
            };
            const update = (data) => {
                if (!initialized) {
                    throw new Error("update() called before init()");
                }
                const Uint8Buffer = getUInt8Buffer(data);
                updateUInt8Array(Uint8Buffer);
            };
            const digestChars = new Uint8Array(hashLength * 2);
            const digest = (outputType, padding = null) => {
                if (!initialized) {
                    throw new Error("digest() called before init()");
                }
                initialized = false;
                wasmInstance.exports.Hash_Final(padding);
                if (outputType === "binary") {
                    // the data is copied to allow GC of the original memory object
                    return memoryView.slice(0, hashLength);
                }
                return getDigestHex(digestChars, memoryView, hashLength);
            };
            const save = () => {
                if (!initialized) {
                    throw new Error("save() can only be called after init() and before digest()");
                }
                const stateOffset = wasmInstance.exports.Hash_GetState();
                const stateLength = getStateSize();
                const memoryBuffer = wasmInstance.exports.memory.buffer;
                const internalState = new Uint8Array(memoryBuffer, stateOffset, stateLength);
                // prefix is 4 bytes from SHA1 hash of the WASM binary
                // it is used to detect incompatible internal states between different versions of hash-wasm
                const prefixedState = new Uint8Array(WASM_FUNC_HASH_LENGTH + stateLength);
                writeHexToUInt8(prefixedState, binary.hash);
                prefixedState.set(internalState, WASM_FUNC_HASH_LENGTH);
                return prefixedState;
            };
            const load = (state) => {
                if (!(state instanceof Uint8Array)) {
                    throw new Error("load() expects an Uint8Array generated by save()");
                }
                const stateOffset = wasmInstance.exports.Hash_GetState();
                const stateLength = getStateSize();
                const overallLength = WASM_FUNC_HASH_LENGTH + stateLength;
                const memoryBuffer = wasmInstance.exports.memory.buffer;
                if (state.length !== overallLength) {
                    throw new Error(`Bad state length (expected ${overallLength} bytes, got ${state.length})`);
                }
                if (!hexStringEqualsUInt8(binary.hash, state.subarray(0, WASM_FUNC_HASH_LENGTH))) {
                    throw new Error("This state was written by an incompatible hash implementation");
                }
                const internalState = state.subarray(WASM_FUNC_HASH_LENGTH);
                new Uint8Array(memoryBuffer, stateOffset, stateLength).set(internalState);
                initialized = true;
            };
            const isDataShort = (data) => {
                if (typeof data === "string") {
                    // worst case is 4 bytes / char
                    return data.length < MAX_HEAP / 4;
                }
                return data.byteLength < MAX_HEAP;
            };
            let canSimplify = isDataShort;
            switch (binary.name) {
                case "argon2":
                case "scrypt":
                    canSimplify = () => true;
                    break;
                case "blake2b":
                case "blake2s":
                    // if there is a key at blake2 then cannot simplify
                    canSimplify = (data, initParam) => initParam <= 512 && isDataShort(data);
                    break;
                case "blake3":
                    // if there is a key at blake3 then cannot simplify
                    canSimplify = (data, initParam) => initParam === 0 && isDataShort(data);
                    break;
                case "xxhash64": // cannot simplify
                case "xxhash3":
                case "xxhash128":
                case "crc64":
                    canSimplify = () => false;
                    break;
            }
            // shorthand for (init + update + digest) for better performance
            const calculate = (data, initParam = null, digestParam = null) => {
                if (!canSimplify(data, initParam)) {
                    init(initParam);
                    update(data);
                    return digest("hex", digestParam);
                }
                const buffer = getUInt8Buffer(data);
                memoryView.set(buffer);
                wasmInstance.exports.Hash_Calculate(buffer.length, initParam, digestParam);
                return getDigestHex(digestChars, memoryView, hashLength);
            };
            yield setupInterface();
            return {
                getMemory,
                writeMemory,
                getExports,
                setMemorySize,
                init,
                update,
                digest,
                save,
                load,
                calculate,
                hashLength,
            };
        });
    }

    function lockedCreate(mutex, binary, hashLength) {
        return __awaiter(this, void 0, void 0, function* () {
            const unlock = yield mutex.lock();
            const wasm = yield WASMInterface(binary, hashLength);
            unlock();
            return wasm;
        });
    }

    const mutex$l = new Mutex();
    let wasmCache$l = null;
    /**
     * Calculates Adler-32 hash. The resulting 32-bit hash is stored in
     * network byte order (big-endian).
     *
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function adler32(data) {
        if (wasmCache$l === null) {
            return lockedCreate(mutex$l, wasmJson$l, 4).then((wasm) => {
                wasmCache$l = wasm;
                return wasmCache$l.calculate(data);
            });
        }
        try {
            const hash = wasmCache$l.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new Adler-32 hash instance
     */
    function createAdler32() {
        return WASMInterface(wasmJson$l, 4).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 4,
                digestSize: 4,
            };
            return obj;
        });
    }

    var name$k = "argon2";
    var data$k = "AGFzbQEAAAABKQVgAX8Bf2AAAX9gEH9/f39/f39/f39/f39/f38AYAR/f39/AGACf38AAwYFAAECAwQFBgEBAoCAAgYIAX8BQZCoBAsHQQQGbWVtb3J5AgASSGFzaF9TZXRNZW1vcnlTaXplAAAOSGFzaF9HZXRCdWZmZXIAAQ5IYXNoX0NhbGN1bGF0ZQAECvEyBVgBAn9BACEBAkAgAEEAKAKICCICRg0AAkAgACACayIAQRB2IABBgIB8cSAASWoiAEAAQX9HDQBB/wHADwtBACEBQQBBACkDiAggAEEQdK18NwOICAsgAcALcAECfwJAQQAoAoAIIgANAEEAPwBBEHQiADYCgAhBACgCiAgiAUGAgCBGDQACQEGAgCAgAWsiAEEQdiAAQYCAfHEgAElqIgBAAEF/Rw0AQQAPC0EAQQApA4gIIABBEHStfDcDiAhBACgCgAghAAsgAAvcDgECfiAAIAQpAwAiECAAKQMAIhF8IBFCAYZC/v///x+DIBBC/////w+DfnwiEDcDACAMIBAgDCkDAIVCIIkiEDcDACAIIBAgCCkDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgBCAQIAQpAwCFQiiJIhA3AwAgACAQIAApAwAiEXwgEEL/////D4MgEUIBhkL+////H4N+fCIQNwMAIAwgECAMKQMAhUIwiSIQNwMAIAggECAIKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACAEIBAgBCkDAIVCAYk3AwAgASAFKQMAIhAgASkDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgDSAQIA0pAwCFQiCJIhA3AwAgCSAQIAkpAwAiEXwgEUIBhkL+////H4MgEEL/////D4N+fCIQNwMAIAUgECAFKQMAhUIoiSIQNwMAIAEgECABKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACANIBAgDSkDAIVCMIkiEDcDACAJIBAgCSkDACIRfCAQQv////8PgyARQgGGQv7///8fg358IhA3AwAgBSAQIAUpAwCFQgGJNwMAIAIgBikDACIQIAIpAwAiEXwgEUIBhkL+////H4MgEEL/////D4N+fCIQNwMAIA4gECAOKQMAhUIgiSIQNwMAIAogECAKKQMAIhF8IBFCAYZC/v///x+DIBBC/////w+DfnwiEDcDACAGIBAgBikDAIVCKIkiEDcDACACIBAgAikDACIRfCAQQv////8PgyARQgGGQv7///8fg358IhA3AwAgDiAQIA4pAwCFQjCJIhA3AwAgCiAQIAopAwAiEXwgEEL/////D4MgEUIBhkL+////H4N+fCIQNwMAIAYgECAGKQMAhUIBiTcDACADIAcpAwAiECADKQMAIhF8IBFCAYZC/v///x+DIBBC/////w+DfnwiEDcDACAPIBAgDykDAIVCIIkiEDcDACALIBAgCykDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgByAQIAcpAwCFQiiJIhA3AwAgAyAQIAMpAwAiEXwgEEL/////D4MgEUIBhkL+////H4N+fCIQNwMAIA8gECAPKQMAhUIwiSIQNwMAIAsgECALKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACAHIBAgBykDAIVCAYk3AwAgACAFKQMAIhAgACkDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgDyAQIA8pAwCFQiCJIhA3AwAgCiAQIAopAwAiEXwgEUIBhkL+////H4MgEEL/////D4N+fCIQNwMAIAUgECAFKQMAhUIoiSIQNwMAIAAgECAAKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACAPIBAgDykDAIVCMIkiEDcDACAKIBAgCikDACIRfCAQQv////8PgyARQgGGQv7///8fg358IhA3AwAgBSAQIAUpAwCFQgGJNwMAIAEgBikDACIQIAEpAwAiEXwgEUIBhkL+////H4MgEEL/////D4N+fCIQNwMAIAwgECAMKQMAhUIgiSIQNwMAIAsgECALKQMAIhF8IBFCAYZC/v///x+DIBBC/////w+DfnwiEDcDACAGIBAgBikDAIVCKIkiEDcDACABIBAgASkDACIRfCAQQv////8PgyARQgGGQv7///8fg358IhA3AwAgDCAQIAwpAwCFQjCJIhA3AwAgCyAQIAspAwAiEXwgEEL/////D4MgEUIBhkL+////H4N+fCIQNwMAIAYgECAGKQMAhUIBiTcDACACIAcpAwAiECACKQMAIhF8IBFCAYZC/v///x+DIBBC/////w+DfnwiEDcDACANIBAgDSkDAIVCIIkiEDcDACAIIBAgCCkDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgByAQIAcpAwCFQiiJIhA3AwAgAiAQIAIpAwAiEXwgEEL/////D4MgEUIBhkL+////H4N+fCIQNwMAIA0gECANKQMAhUIwiSIQNwMAIAggECAIKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACAHIBAgBykDAIVCAYk3AwAgAyAEKQMAIhAgAykDACIRfCARQgGGQv7///8fgyAQQv////8Pg358IhA3AwAgDiAQIA4pAwCFQiCJIhA3AwAgCSAQIAkpAwAiEXwgEUIBhkL+////H4MgEEL/////D4N+fCIQNwMAIAQgECAEKQMAhUIoiSIQNwMAIAMgECADKQMAIhF8IBBC/////w+DIBFCAYZC/v///x+DfnwiEDcDACAOIBAgDikDAIVCMIkiEDcDACAJIBAgCSkDACIRfCAQQv////8PgyARQgGGQv7///8fg358IhA3AwAgBCAQIAQpAwCFQgGJNwMAC98aAQN/QQAhBEEAIAIpAwAgASkDAIU3A5AIQQAgAikDCCABKQMIhTcDmAhBACACKQMQIAEpAxCFNwOgCEEAIAIpAxggASkDGIU3A6gIQQAgAikDICABKQMghTcDsAhBACACKQMoIAEpAyiFNwO4CEEAIAIpAzAgASkDMIU3A8AIQQAgAikDOCABKQM4hTcDyAhBACACKQNAIAEpA0CFNwPQCEEAIAIpA0ggASkDSIU3A9gIQQAgAikDUCABKQNQhTcD4AhBACACKQNYIAEpA1iFNwPoCEEAIAIpA2AgASkDYIU3A/AIQQAgAikDaCABKQNohTcD+AhBACACKQNwIAEpA3CFNwOACUEAIAIpA3ggASkDeIU3A4gJQQAgAikDgAEgASkDgAGFNwOQCUEAIAIpA4gBIAEpA4gBhTcDmAlBACACKQOQASABKQOQAYU3A6AJQQAgAikDmAEgASkDmAGFNwOoCUEAIAIpA6ABIAEpA6ABhTcDsAlBACACKQOoASABKQOoAYU3A7gJQQAgAikDsAEgASkDsAGFNwPACUEAIAIpA7gBIAEpA7gBhTcDyAlBACACKQPAASABKQPAAYU3A9AJQQAgAikDyAEgASkDyAGFNwPYCUEAIAIpA9ABIAEpA9ABhTcD4AlBACACKQPYASABKQPYAYU3A+gJQQAgAikD4AEgASkD4AGFNwPwCUEAIAIpA+gBIAEpA+gBhTcD+AlBACACKQPwASABKQPwAYU3A4AKQQAgAikD+AEgASkD+AGFNwOICkEAIAIpA4ACIAEpA4AChTcDkApBACACKQOIAiABKQOIAoU3A5gKQQAgAikDkAIgASkDkAKFNwOgCkEAIAIpA5gCIAEpA5gChTcDqApBACACKQOgAiABKQOgAoU3A7AKQQAgAikDqAIgASkDqAKFNwO4CkEAIAIpA7ACIAEpA7AChTcDwApBACACKQO4AiABKQO4AoU3A8gKQQAgAikDwAIgASkDwAKFNwPQCkEAIAIpA8gCIAEpA8gChTcD2ApBACACKQPQAiABKQPQAoU3A+AKQQAgAikD2AIgASkD2AKFNwPoCkEAIAIpA+ACIAEpA+AChTcD8ApBACACKQPoAiABKQPoAoU3A/gKQQAgAikD8AIgASkD8AKFNwOAC0EAIAIpA/gCIAEpA/gChTcDiAtBACACKQOAAyABKQOAA4U3A5ALQQAgAikDiAMgASkDiAOFNwOYC0EAIAIpA5ADIAEpA5ADhTcDoAtBACACKQOYAyABKQOYA4U3A6gLQQAgAikDoAMgASkDoAOFNwOwC0EAIAIpA6gDIAEpA6gDhTcDuAtBACACKQOwAyABKQOwA4U3A8ALQQAgAikDuAMgASkDuAOFNwPIC0EAIAIpA8ADIAEpA8ADhTcD0AtBACACKQPIAyABKQPIA4U3A9gLQQAgAikD0AMgASkD0AOFNwPgC0EAIAIpA9gDIAEpA9gDhTcD6AtBACACKQPgAyABKQPgA4U3A/ALQQAgAikD6AMgASkD6AOFNwP4C0EAIAIpA/ADIAEpA/ADhTcDgAxBACACKQP4AyABKQP4A4U3A4gMQQAgAikDgAQgASkDgASFNwOQDEEAIAIpA4gEIAEpA4gEhTcDmAxBACACKQOQBCABKQOQBIU3A6AMQQAgAikDmAQgASkDmASFNwOoDEEAIAIpA6AEIAEpA6AEhTcDsAxBACACKQOoBCABKQOoBIU3A7gMQQAgAikDsAQgASkDsASFNwPADEEAIAIpA7gEIAEpA7gEhTcDyAxBACACKQPABCABKQPABIU3A9AMQQAgAikDyAQgASkDyASFNwPYDEEAIAIpA9AEIAEpA9AEhTcD4AxBACACKQPYBCABKQPYBIU3A+gMQQAgAikD4AQgASkD4ASFNwPwDEEAIAIpA+gEIAEpA+gEhTcD+AxBACACKQPwBCABKQPwBIU3A4ANQQAgAikD+AQgASkD+ASFNwOIDUEAIAIpA4AFIAEpA4AFhTcDkA1BACACKQOIBSABKQOIBYU3A5gNQQAgAikDkAUgASkDkAWFNwOgDUEAIAIpA5gFIAEpA5gFhTcDqA1BACACKQOgBSABKQOgBYU3A7ANQQAgAikDqAUgASkDqAWFNwO4DUEAIAIpA7AFIAEpA7AFhTcDwA1BACACKQO4BSABKQO4BYU3A8gNQQAgAikDwAUgASkDwAWFNwPQDUEAIAIpA8gFIAEpA8gFhTcD2A1BACACKQPQBSABKQPQBYU3A+ANQQAgAikD2AUgASkD2AWFNwPoDUEAIAIpA+AFIAEpA+AFhTcD8A1BACACKQPoBSABKQPoBYU3A/gNQQAgAikD8AUgASkD8AWFNwOADkEAIAIpA/gFIAEpA/gFhTcDiA5BACACKQOABiABKQOABoU3A5AOQQAgAikDiAYgASkDiAaFNwOYDkEAIAIpA5AGIAEpA5AGhTcDoA5BACACKQOYBiABKQOYBoU3A6gOQQAgAikDoAYgASkDoAaFNwOwDkEAIAIpA6gGIAEpA6gGhTcDuA5BACACKQOwBiABKQOwBoU3A8AOQQAgAikDuAYgASkDuAaFNwPIDkEAIAIpA8AGIAEpA8AGhTcD0A5BACACKQPIBiABKQPIBoU3A9gOQQAgAikD0AYgASkD0AaFNwPgDkEAIAIpA9gGIAEpA9gGhTcD6A5BACACKQPgBiABKQPgBoU3A/AOQQAgAikD6AYgASkD6AaFNwP4DkEAIAIpA/AGIAEpA/AGhTcDgA9BACACKQP4BiABKQP4BoU3A4gPQQAgAikDgAcgASkDgAeFNwOQD0EAIAIpA4gHIAEpA4gHhTcDmA9BACACKQOQByABKQOQB4U3A6APQQAgAikDmAcgASkDmAeFNwOoD0EAIAIpA6AHIAEpA6AHhTcDsA9BACACKQOoByABKQOoB4U3A7gPQQAgAikDsAcgASkDsAeFNwPAD0EAIAIpA7gHIAEpA7gHhTcDyA9BACACKQPAByABKQPAB4U3A9APQQAgAikDyAcgASkDyAeFNwPYD0EAIAIpA9AHIAEpA9AHhTcD4A9BACACKQPYByABKQPYB4U3A+gPQQAgAikD4AcgASkD4AeFNwPwD0EAIAIpA+gHIAEpA+gHhTcD+A9BACACKQPwByABKQPwB4U3A4AQQQAgAikD+AcgASkD+AeFNwOIEEGQCEGYCEGgCEGoCEGwCEG4CEHACEHICEHQCEHYCEHgCEHoCEHwCEH4CEGACUGICRACQZAJQZgJQaAJQagJQbAJQbgJQcAJQcgJQdAJQdgJQeAJQegJQfAJQfgJQYAKQYgKEAJBkApBmApBoApBqApBsApBuApBwApByApB0ApB2ApB4ApB6ApB8ApB+ApBgAtBiAsQAkGQC0GYC0GgC0GoC0GwC0G4C0HAC0HIC0HQC0HYC0HgC0HoC0HwC0H4C0GADEGIDBACQZAMQZgMQaAMQagMQbAMQbgMQcAMQcgMQdAMQdgMQeAMQegMQfAMQfgMQYANQYgNEAJBkA1BmA1BoA1BqA1BsA1BuA1BwA1ByA1B0A1B2A1B4A1B6A1B8A1B+A1BgA5BiA4QAkGQDkGYDkGgDkGoDkGwDkG4DkHADkHIDkHQDkHYDkHgDkHoDkHwDkH4DkGAD0GIDxACQZAPQZgPQaAPQagPQbAPQbgPQcAPQcgPQdAPQdgPQeAPQegPQfAPQfgPQYAQQYgQEAJBkAhBmAhBkAlBmAlBkApBmApBkAtBmAtBkAxBmAxBkA1BmA1BkA5BmA5BkA9BmA8QAkGgCEGoCEGgCUGoCUGgCkGoCkGgC0GoC0GgDEGoDEGgDUGoDUGgDkGoDkGgD0GoDxACQbAIQbgIQbAJQbgJQbAKQbgKQbALQbgLQbAMQbgMQbANQbgNQbAOQbgOQbAPQbgPEAJBwAhByAhBwAlByAlBwApByApBwAtByAtBwAxByAxBwA1ByA1BwA5ByA5BwA9ByA8QAkHQCEHYCEHQCUHYCUHQCkHYCkHQC0HYC0HQDEHYDEHQDUHYDUHQDkHYDkHQD0HYDxACQeAIQegIQeAJQegJQeAKQegKQeALQegLQeAMQegMQeANQegNQeAOQegOQeAPQegPEAJB8AhB+AhB8AlB+AlB8ApB+ApB8AtB+AtB8AxB+AxB8A1B+A1B8A5B+A5B8A9B+A8QAkGACUGICUGACkGICkGAC0GIC0GADEGIDEGADUGIDUGADkGIDkGAD0GID0GAEEGIEBACAkACQCADRQ0AA0AgACAEaiIDIAIgBGoiBSkDACABIARqIgYpAwCFIARBkAhqKQMAhSADKQMAhTcDACADQQhqIgMgBUEIaikDACAGQQhqKQMAhSAEQZgIaikDAIUgAykDAIU3AwAgBEEQaiIEQYAIRw0ADAILC0EAIQQDQCAAIARqIgMgAiAEaiIFKQMAIAEgBGoiBikDAIUgBEGQCGopAwCFNwMAIANBCGogBUEIaikDACAGQQhqKQMAhSAEQZgIaikDAIU3AwAgBEEQaiIEQYAIRw0ACwsL5QcMBX8BfgR/An4BfwF+AX8Bfgd/AX4DfwF+AkBBACgCgAgiAiABQQp0aiIDKAIIIAFHDQAgAygCDCEEIAMoAgAhBUEAIAMoAhQiBq03A7gQQQAgBK0iBzcDsBBBACAFIAEgBUECdG4iCGwiCUECdK03A6gQAkACQAJAAkAgBEUNAEF/IQogBUUNASAIQQNsIQsgCEECdCIErSEMIAWtIQ0gBkF/akECSSEOQgAhDwNAQQAgDzcDkBAgD6chEEIAIRFBACEBA0BBACARNwOgECAPIBGEUCIDIA5xIRIgBkEBRiAPUCITIAZBAkYgEUICVHFxciEUQX8gAUEBakEDcSAIbEF/aiATGyEVIAEgEHIhFiABIAhsIRcgA0EBdCEYQgAhGQNAQQBCADcDwBBBACAZNwOYECAYIQECQCASRQ0AQQBCATcDwBBBkBhBkBBBkCBBABADQZAYQZAYQZAgQQAQA0ECIQELAkAgASAITw0AIAQgGaciGmwgF2ogAWohAwNAIANBACAEIAEbQQAgEVAiGxtqQX9qIRwCQAJAIBQNAEEAKAKACCICIBxBCnQiHGohCgwBCwJAIAFB/wBxIgINAEEAQQApA8AQQgF8NwPAEEGQGEGQEEGQIEEAEANBkBhBkBhBkCBBABADCyAcQQp0IRwgAkEDdEGQGGohCkEAKAKACCECCyACIANBCnRqIAIgHGogAiAKKQMAIh1CIIinIAVwIBogFhsiHCAEbCABIAFBACAZIBytUSIcGyIKIBsbIBdqIAogC2ogExsgAUUgHHJrIhsgFWqtIB1C/////w+DIh0gHX5CIIggG61+QiCIfSAMgqdqQQp0akEBEAMgA0EBaiEDIAggAUEBaiIBRw0ACwsgGUIBfCIZIA1SDQALIBFCAXwiEachASARQgRSDQALIA9CAXwiDyAHUg0AC0EAKAKACCECCyAJQQx0QYB4aiEXIAVBf2oiCkUNAgwBC0EAQgM3A6AQQQAgBEF/aq03A5AQQYB4IRcLIAIgF2ohGyAIQQx0IQhBACEcA0AgCCAcQQFqIhxsQYB4aiEEQQAhAQNAIBsgAWoiAyADKQMAIAIgBCABamopAwCFNwMAIANBCGoiAyADKQMAIAIgBCABQQhyamopAwCFNwMAIAFBCGohAyABQRBqIQEgA0H4B0kNAAsgHCAKRw0ACwsgAiAXaiEbQXghAQNAIAIgAWoiA0EIaiAbIAFqIgRBCGopAwA3AwAgA0EQaiAEQRBqKQMANwMAIANBGGogBEEYaikDADcDACADQSBqIARBIGopAwA3AwAgAUEgaiIBQfgHSQ0ACwsL";
    var hash$k = "e4cdc523";
    var wasmJson$k = {
    	name: name$k,
    	data: data$k,
    	hash: hash$k
    };

    var name$j = "blake2b";
    var data$j = "AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwoJAAECAwECAgABBQQBAQICBg4CfwFBsIsFC38AQYAICwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACkhhc2hfRmluYWwAAwlIYXNoX0luaXQABQtIYXNoX1VwZGF0ZQAGDUhhc2hfR2V0U3RhdGUABw5IYXNoX0NhbGN1bGF0ZQAIClNUQVRFX1NJWkUDAQrTOAkFAEGACQvrAgIFfwF+AkAgAUEBSA0AAkACQAJAIAFBgAFBACgC4IoBIgJrIgNKDQAgASEEDAELQQBBADYC4IoBAkAgAkH/AEoNACACQeCJAWohBSAAIQRBACEGA0AgBSAELQAAOgAAIARBAWohBCAFQQFqIQUgAyAGQQFqIgZB/wFxSg0ACwtBAEEAKQPAiQEiB0KAAXw3A8CJAUEAQQApA8iJASAHQv9+Vq18NwPIiQFB4IkBEAIgACADaiEAAkAgASADayIEQYEBSA0AIAIgAWohBQNAQQBBACkDwIkBIgdCgAF8NwPAiQFBAEEAKQPIiQEgB0L/flatfDcDyIkBIAAQAiAAQYABaiEAIAVBgH9qIgVBgAJLDQALIAVBgH9qIQQMAQsgBEEATA0BC0EAIQUDQCAFQQAoAuCKAWpB4IkBaiAAIAVqLQAAOgAAIAQgBUEBaiIFQf8BcUoNAAsLQQBBACgC4IoBIARqNgLgigELC78uASR+QQBBACkD0IkBQQApA7CJASIBQQApA5CJAXwgACkDICICfCIDhULr+obav7X2wR+FQiCJIgRCq/DT9K/uvLc8fCIFIAGFQiiJIgYgA3wgACkDKCIBfCIHIASFQjCJIgggBXwiCSAGhUIBiSIKQQApA8iJAUEAKQOoiQEiBEEAKQOIiQF8IAApAxAiA3wiBYVCn9j52cKR2oKbf4VCIIkiC0K7zqqm2NDrs7t/fCIMIASFQiiJIg0gBXwgACkDGCIEfCIOfCAAKQNQIgV8Ig9BACkDwIkBQQApA6CJASIQQQApA4CJASIRfCAAKQMAIgZ8IhKFQtGFmu/6z5SH0QCFQiCJIhNCiJLznf/M+YTqAHwiFCAQhUIoiSIVIBJ8IAApAwgiEHwiFiAThUIwiSIXhUIgiSIYQQApA9iJAUEAKQO4iQEiE0EAKQOYiQF8IAApAzAiEnwiGYVC+cL4m5Gjs/DbAIVCIIkiGkLx7fT4paf9p6V/fCIbIBOFQiiJIhwgGXwgACkDOCITfCIZIBqFQjCJIhogG3wiG3wiHSAKhUIoiSIeIA98IAApA1giCnwiDyAYhUIwiSIYIB18Ih0gDiALhUIwiSIOIAx8Ih8gDYVCAYkiDCAWfCAAKQNAIgt8Ig0gGoVCIIkiFiAJfCIaIAyFQiiJIiAgDXwgACkDSCIJfCIhIBaFQjCJIhYgGyAchUIBiSIMIAd8IAApA2AiB3wiDSAOhUIgiSIOIBcgFHwiFHwiFyAMhUIoiSIbIA18IAApA2giDHwiHCAOhUIwiSIOIBd8IhcgG4VCAYkiGyAZIBQgFYVCAYkiFHwgACkDcCINfCIVIAiFQiCJIhkgH3wiHyAUhUIoiSIUIBV8IAApA3giCHwiFXwgDHwiIoVCIIkiI3wiJCAbhUIoiSIbICJ8IBJ8IiIgFyAYIBUgGYVCMIkiFSAffCIZIBSFQgGJIhQgIXwgDXwiH4VCIIkiGHwiFyAUhUIoiSIUIB98IAV8Ih8gGIVCMIkiGCAXfCIXIBSFQgGJIhR8IAF8IiEgFiAafCIWIBUgHSAehUIBiSIaIBx8IAl8IhyFQiCJIhV8Ih0gGoVCKIkiGiAcfCAIfCIcIBWFQjCJIhWFQiCJIh4gGSAOIBYgIIVCAYkiFiAPfCACfCIPhUIgiSIOfCIZIBaFQiiJIhYgD3wgC3wiDyAOhUIwiSIOIBl8Ihl8IiAgFIVCKIkiFCAhfCAEfCIhIB6FQjCJIh4gIHwiICAiICOFQjCJIiIgJHwiIyAbhUIBiSIbIBx8IAp8IhwgDoVCIIkiDiAXfCIXIBuFQiiJIhsgHHwgE3wiHCAOhUIwiSIOIBkgFoVCAYkiFiAffCAQfCIZICKFQiCJIh8gFSAdfCIVfCIdIBaFQiiJIhYgGXwgB3wiGSAfhUIwiSIfIB18Ih0gFoVCAYkiFiAVIBqFQgGJIhUgD3wgBnwiDyAYhUIgiSIYICN8IhogFYVCKIkiFSAPfCADfCIPfCAHfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBnwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAOIBd8Ig4gDyAYhUIwiSIPICAgFIVCAYkiFCAZfCAKfCIXhUIgiSIYfCIZIBSFQiiJIhQgF3wgC3wiF3wgBXwiICAPIBp8Ig8gHyAOIBuFQgGJIg4gIXwgCHwiGoVCIIkiG3wiHyAOhUIoiSIOIBp8IAx8IhogG4VCMIkiG4VCIIkiISAdIB4gDyAVhUIBiSIPIBx8IAF8IhWFQiCJIhx8Ih0gD4VCKIkiDyAVfCADfCIVIByFQjCJIhwgHXwiHXwiHiAWhUIoiSIWICB8IA18IiAgIYVCMIkiISAefCIeIBogFyAYhUIwiSIXIBl8IhggFIVCAYkiFHwgCXwiGSAchUIgiSIaICR8IhwgFIVCKIkiFCAZfCACfCIZIBqFQjCJIhogHSAPhUIBiSIPICJ8IAR8Ih0gF4VCIIkiFyAbIB98Iht8Ih8gD4VCKIkiDyAdfCASfCIdIBeFQjCJIhcgH3wiHyAPhUIBiSIPIBsgDoVCAYkiDiAVfCATfCIVICOFQiCJIhsgGHwiGCAOhUIoiSIOIBV8IBB8IhV8IAx8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAHfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBogHHwiGiAVIBuFQjCJIhUgHiAWhUIBiSIWIB18IAR8IhuFQiCJIhx8Ih0gFoVCKIkiFiAbfCAQfCIbfCABfCIeIBUgGHwiFSAXIBogFIVCAYkiFCAgfCATfCIYhUIgiSIXfCIaIBSFQiiJIhQgGHwgCXwiGCAXhUIwiSIXhUIgiSIgIB8gISAVIA6FQgGJIg4gGXwgCnwiFYVCIIkiGXwiHyAOhUIoiSIOIBV8IA18IhUgGYVCMIkiGSAffCIffCIhIA+FQiiJIg8gHnwgBXwiHiAghUIwiSIgICF8IiEgGyAchUIwiSIbIB18IhwgFoVCAYkiFiAYfCADfCIYIBmFQiCJIhkgJHwiHSAWhUIoiSIWIBh8IBJ8IhggGYVCMIkiGSAfIA6FQgGJIg4gInwgAnwiHyAbhUIgiSIbIBcgGnwiF3wiGiAOhUIoiSIOIB98IAZ8Ih8gG4VCMIkiGyAafCIaIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAh8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgC3wiFXwgBXwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAh8IiIgGiAgIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGHwgCXwiGIVCIIkiHHwiGiAUhUIoiSIUIBh8IAZ8IhggHIVCMIkiHCAafCIaIBSFQgGJIhR8IAR8IiAgGSAdfCIZIBUgISAPhUIBiSIPIB98IAN8Ih2FQiCJIhV8Ih8gD4VCKIkiDyAdfCACfCIdIBWFQjCJIhWFQiCJIiEgFyAbIBkgFoVCAYkiFiAefCABfCIZhUIgiSIbfCIXIBaFQiiJIhYgGXwgE3wiGSAbhUIwiSIbIBd8Ihd8Ih4gFIVCKIkiFCAgfCAMfCIgICGFQjCJIiEgHnwiHiAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IBJ8Ih0gG4VCIIkiGyAafCIaIA6FQiiJIg4gHXwgC3wiHSAbhUIwiSIbIBcgFoVCAYkiFiAYfCANfCIXICKFQiCJIhggFSAffCIVfCIfIBaFQiiJIhYgF3wgEHwiFyAYhUIwiSIYIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGXwgCnwiFSAchUIgiSIZICN8IhwgD4VCKIkiDyAVfCAHfCIVfCASfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgBXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAbIBp8IhogFSAZhUIwiSIVIB4gFIVCAYkiFCAXfCADfCIXhUIgiSIZfCIbIBSFQiiJIhQgF3wgB3wiF3wgAnwiHiAVIBx8IhUgGCAaIA6FQgGJIg4gIHwgC3wiGoVCIIkiGHwiHCAOhUIoiSIOIBp8IAR8IhogGIVCMIkiGIVCIIkiICAfICEgFSAPhUIBiSIPIB18IAZ8IhWFQiCJIh18Ih8gD4VCKIkiDyAVfCAKfCIVIB2FQjCJIh0gH3wiH3wiISAWhUIoiSIWIB58IAx8Ih4gIIVCMIkiICAhfCIhIBogFyAZhUIwiSIXIBt8IhkgFIVCAYkiFHwgEHwiGiAdhUIgiSIbICR8Ih0gFIVCKIkiFCAafCAJfCIaIBuFQjCJIhsgHyAPhUIBiSIPICJ8IBN8Ih8gF4VCIIkiFyAYIBx8Ihh8IhwgD4VCKIkiDyAffCABfCIfIBeFQjCJIhcgHHwiHCAPhUIBiSIPIBggDoVCAYkiDiAVfCAIfCIVICOFQiCJIhggGXwiGSAOhUIoiSIOIBV8IA18IhV8IA18IiKFQiCJIiN8IiQgD4VCKIkiDyAifCAMfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHXwiGyAVIBiFQjCJIhUgISAWhUIBiSIWIB98IBB8IhiFQiCJIh18Ih8gFoVCKIkiFiAYfCAIfCIYfCASfCIhIBUgGXwiFSAXIBsgFIVCAYkiFCAefCAHfCIZhUIgiSIXfCIbIBSFQiiJIhQgGXwgAXwiGSAXhUIwiSIXhUIgiSIeIBwgICAVIA6FQgGJIg4gGnwgAnwiFYVCIIkiGnwiHCAOhUIoiSIOIBV8IAV8IhUgGoVCMIkiGiAcfCIcfCIgIA+FQiiJIg8gIXwgBHwiISAehUIwiSIeICB8IiAgGCAdhUIwiSIYIB98Ih0gFoVCAYkiFiAZfCAGfCIZIBqFQiCJIhogJHwiHyAWhUIoiSIWIBl8IBN8IhkgGoVCMIkiGiAcIA6FQgGJIg4gInwgCXwiHCAYhUIgiSIYIBcgG3wiF3wiGyAOhUIoiSIOIBx8IAN8IhwgGIVCMIkiGCAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAt8IhUgI4VCIIkiFyAdfCIdIBSFQiiJIhQgFXwgCnwiFXwgBHwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IAl8IiIgGyAeIBUgF4VCMIkiFSAdfCIXIBSFQgGJIhQgGXwgDHwiGYVCIIkiHXwiGyAUhUIoiSIUIBl8IAp8IhkgHYVCMIkiHSAbfCIbIBSFQgGJIhR8IAN8Ih4gGiAffCIaIBUgICAPhUIBiSIPIBx8IAd8IhyFQiCJIhV8Ih8gD4VCKIkiDyAcfCAQfCIcIBWFQjCJIhWFQiCJIiAgFyAYIBogFoVCAYkiFiAhfCATfCIahUIgiSIYfCIXIBaFQiiJIhYgGnwgDXwiGiAYhUIwiSIYIBd8Ihd8IiEgFIVCKIkiFCAefCAFfCIeICCFQjCJIiAgIXwiISAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIBx8IAt8IhwgGIVCIIkiGCAbfCIbIA6FQiiJIg4gHHwgEnwiHCAYhUIwiSIYIBcgFoVCAYkiFiAZfCABfCIXICKFQiCJIhkgFSAffCIVfCIfIBaFQiiJIhYgF3wgBnwiFyAZhUIwiSIZIB98Ih8gFoVCAYkiFiAVIA+FQgGJIg8gGnwgCHwiFSAdhUIgiSIaICN8Ih0gD4VCKIkiDyAVfCACfCIVfCANfCIihUIgiSIjfCIkIBaFQiiJIhYgInwgCXwiIiAjhUIwiSIjICR8IiQgFoVCAYkiFiAYIBt8IhggFSAahUIwiSIVICEgFIVCAYkiFCAXfCASfCIXhUIgiSIafCIbIBSFQiiJIhQgF3wgCHwiF3wgB3wiISAVIB18IhUgGSAYIA6FQgGJIg4gHnwgBnwiGIVCIIkiGXwiHSAOhUIoiSIOIBh8IAt8IhggGYVCMIkiGYVCIIkiHiAfICAgFSAPhUIBiSIPIBx8IAp8IhWFQiCJIhx8Ih8gD4VCKIkiDyAVfCAEfCIVIByFQjCJIhwgH3wiH3wiICAWhUIoiSIWICF8IAN8IiEgHoVCMIkiHiAgfCIgIBggFyAahUIwiSIXIBt8IhogFIVCAYkiFHwgBXwiGCAchUIgiSIbICR8IhwgFIVCKIkiFCAYfCABfCIYIBuFQjCJIhsgHyAPhUIBiSIPICJ8IAx8Ih8gF4VCIIkiFyAZIB18Ihl8Ih0gD4VCKIkiDyAffCATfCIfIBeFQjCJIhcgHXwiHSAPhUIBiSIPIBkgDoVCAYkiDiAVfCAQfCIVICOFQiCJIhkgGnwiGiAOhUIoiSIOIBV8IAJ8IhV8IBN8IiKFQiCJIiN8IiQgD4VCKIkiDyAifCASfCIiICOFQjCJIiMgJHwiJCAPhUIBiSIPIBsgHHwiGyAVIBmFQjCJIhUgICAWhUIBiSIWIB98IAt8IhmFQiCJIhx8Ih8gFoVCKIkiFiAZfCACfCIZfCAJfCIgIBUgGnwiFSAXIBsgFIVCAYkiFCAhfCAFfCIahUIgiSIXfCIbIBSFQiiJIhQgGnwgA3wiGiAXhUIwiSIXhUIgiSIhIB0gHiAVIA6FQgGJIg4gGHwgEHwiFYVCIIkiGHwiHSAOhUIoiSIOIBV8IAF8IhUgGIVCMIkiGCAdfCIdfCIeIA+FQiiJIg8gIHwgDXwiICAhhUIwiSIhIB58Ih4gGSAchUIwiSIZIB98IhwgFoVCAYkiFiAafCAIfCIaIBiFQiCJIhggJHwiHyAWhUIoiSIWIBp8IAp8IhogGIVCMIkiGCAdIA6FQgGJIg4gInwgBHwiHSAZhUIgiSIZIBcgG3wiF3wiGyAOhUIoiSIOIB18IAd8Ih0gGYVCMIkiGSAbfCIbIA6FQgGJIg4gFSAXIBSFQgGJIhR8IAx8IhUgI4VCIIkiFyAcfCIcIBSFQiiJIhQgFXwgBnwiFXwgEnwiIoVCIIkiI3wiJCAOhUIoiSIOICJ8IBN8IiIgGyAhIBUgF4VCMIkiFSAcfCIXIBSFQgGJIhQgGnwgBnwiGoVCIIkiHHwiGyAUhUIoiSIUIBp8IBB8IhogHIVCMIkiHCAbfCIbIBSFQgGJIhR8IA18IiEgGCAffCIYIBUgHiAPhUIBiSIPIB18IAJ8Ih2FQiCJIhV8Ih4gD4VCKIkiDyAdfCABfCIdIBWFQjCJIhWFQiCJIh8gFyAZIBggFoVCAYkiFiAgfCADfCIYhUIgiSIZfCIXIBaFQiiJIhYgGHwgBHwiGCAZhUIwiSIZIBd8Ihd8IiAgFIVCKIkiFCAhfCAIfCIhIB+FQjCJIh8gIHwiICAiICOFQjCJIiIgJHwiIyAOhUIBiSIOIB18IAd8Ih0gGYVCIIkiGSAbfCIbIA6FQiiJIg4gHXwgDHwiHSAZhUIwiSIZIBcgFoVCAYkiFiAafCALfCIXICKFQiCJIhogFSAefCIVfCIeIBaFQiiJIhYgF3wgCXwiFyAahUIwiSIaIB58Ih4gFoVCAYkiFiAVIA+FQgGJIg8gGHwgBXwiFSAchUIgiSIYICN8IhwgD4VCKIkiDyAVfCAKfCIVfCACfCIChUIgiSIifCIjIBaFQiiJIhYgAnwgC3wiAiAihUIwiSILICN8IiIgFoVCAYkiFiAZIBt8IhkgFSAYhUIwiSIVICAgFIVCAYkiFCAXfCANfCINhUIgiSIXfCIYIBSFQiiJIhQgDXwgBXwiBXwgEHwiECAVIBx8Ig0gGiAZIA6FQgGJIg4gIXwgDHwiDIVCIIkiFXwiGSAOhUIoiSIOIAx8IBJ8IhIgFYVCMIkiDIVCIIkiFSAeIB8gDSAPhUIBiSINIB18IAl8IgmFQiCJIg98IhogDYVCKIkiDSAJfCAIfCIJIA+FQjCJIgggGnwiD3wiGiAWhUIoiSIWIBB8IAd8IhAgEYUgDCAZfCIHIA6FQgGJIgwgCXwgCnwiCiALhUIgiSILIAUgF4VCMIkiBSAYfCIJfCIOIAyFQiiJIgwgCnwgE3wiEyALhUIwiSIKIA58IguFNwOAiQFBACADIAYgDyANhUIBiSINIAJ8fCICIAWFQiCJIgUgB3wiBiANhUIoiSIHIAJ8fCICQQApA4iJAYUgBCABIBIgCSAUhUIBiSIDfHwiASAIhUIgiSISICJ8IgkgA4VCKIkiAyABfHwiASAShUIwiSIEIAl8IhKFNwOIiQFBACATQQApA5CJAYUgECAVhUIwiSIQIBp8IhOFNwOQiQFBACABQQApA5iJAYUgAiAFhUIwiSICIAZ8IgGFNwOYiQFBACASIAOFQgGJQQApA6CJAYUgAoU3A6CJAUEAIBMgFoVCAYlBACkDqIkBhSAKhTcDqIkBQQAgASAHhUIBiUEAKQOwiQGFIASFNwOwiQFBACALIAyFQgGJQQApA7iJAYUgEIU3A7iJAQvdAgUBfwF+AX8BfgJ/IwBBwABrIgAkAAJAQQApA9CJAUIAUg0AQQBBACkDwIkBIgFBACgC4IoBIgKsfCIDNwPAiQFBAEEAKQPIiQEgAyABVK18NwPIiQECQEEALQDoigFFDQBBAEJ/NwPYiQELQQBCfzcD0IkBAkAgAkH/AEoNAEEAIQQDQCACIARqQeCJAWpBADoAACAEQQFqIgRBgAFBACgC4IoBIgJrSA0ACwtB4IkBEAIgAEEAKQOAiQE3AwAgAEEAKQOIiQE3AwggAEEAKQOQiQE3AxAgAEEAKQOYiQE3AxggAEEAKQOgiQE3AyAgAEEAKQOoiQE3AyggAEEAKQOwiQE3AzAgAEEAKQO4iQE3AzhBACgC5IoBIgVBAUgNAEEAIQRBACECA0AgBEGACWogACAEai0AADoAACAEQQFqIQQgBSACQQFqIgJB/wFxSg0ACwsgAEHAAGokAAv9AwMBfwF+AX8jAEGAAWsiAiQAQQBBgQI7AfKKAUEAIAE6APGKAUEAIAA6APCKAUGQfiEAA0AgAEGAiwFqQgA3AAAgAEH4igFqQgA3AAAgAEHwigFqQgA3AAAgAEEYaiIADQALQQAhAEEAQQApA/CKASIDQoiS853/zPmE6gCFNwOAiQFBAEEAKQP4igFCu86qptjQ67O7f4U3A4iJAUEAQQApA4CLAUKr8NP0r+68tzyFNwOQiQFBAEEAKQOIiwFC8e30+KWn/aelf4U3A5iJAUEAQQApA5CLAULRhZrv+s+Uh9EAhTcDoIkBQQBBACkDmIsBQp/Y+dnCkdqCm3+FNwOoiQFBAEEAKQOgiwFC6/qG2r+19sEfhTcDsIkBQQBBACkDqIsBQvnC+JuRo7Pw2wCFNwO4iQFBACADp0H/AXE2AuSKAQJAIAFBAUgNACACQgA3A3ggAkIANwNwIAJCADcDaCACQgA3A2AgAkIANwNYIAJCADcDUCACQgA3A0ggAkIANwNAIAJCADcDOCACQgA3AzAgAkIANwMoIAJCADcDICACQgA3AxggAkIANwMQIAJCADcDCCACQgA3AwBBACEEA0AgAiAAaiAAQYAJai0AADoAACAAQQFqIQAgBEEBaiIEQf8BcSABSA0ACyACQYABEAELIAJBgAFqJAALEgAgAEEDdkH/P3EgAEEQdhAECwkAQYAJIAAQAQsGAEGAiQELGwAgAUEDdkH/P3EgAUEQdhAEQYAJIAAQARADCwsLAQBBgAgLBPAAAAA=";
    var hash$j = "c6f286e6";
    var wasmJson$j = {
    	name: name$j,
    	data: data$j,
    	hash: hash$j
    };

    const mutex$k = new Mutex();
    let wasmCache$k = null;
    function validateBits$4(bits) {
        if (!Number.isInteger(bits) || bits < 8 || bits > 512 || bits % 8 !== 0) {
            return new Error("Invalid variant! Valid values: 8, 16, ..., 512");
        }
        return null;
    }
    function getInitParam$1(outputBits, keyBits) {
        return outputBits | (keyBits << 16);
    }
    /**
     * Calculates BLAKE2b hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8, between 8 and 512. Defaults to 512.
     * @param key Optional key (string, Buffer or TypedArray). Maximum length is 64 bytes.
     * @returns Computed hash as a hexadecimal string
     */
    function blake2b(data, bits = 512, key = null) {
        if (validateBits$4(bits)) {
            return Promise.reject(validateBits$4(bits));
        }
        let keyBuffer = null;
        let initParam = bits;
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length > 64) {
                return Promise.reject(new Error("Max key length is 64 bytes"));
            }
            initParam = getInitParam$1(bits, keyBuffer.length);
        }
        const hashLength = bits / 8;
        if (wasmCache$k === null || wasmCache$k.hashLength !== hashLength) {
            return lockedCreate(mutex$k, wasmJson$j, hashLength).then((wasm) => {
                wasmCache$k = wasm;
                if (initParam > 512) {
                    wasmCache$k.writeMemory(keyBuffer);
                }
                return wasmCache$k.calculate(data, initParam);
            });
        }
        try {
            if (initParam > 512) {
                wasmCache$k.writeMemory(keyBuffer);
            }
            const hash = wasmCache$k.calculate(data, initParam);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new BLAKE2b hash instance
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8, between 8 and 512. Defaults to 512.
     * @param key Optional key (string, Buffer or TypedArray). Maximum length is 64 bytes.
     */
    function createBLAKE2b(bits = 512, key = null) {
        if (validateBits$4(bits)) {
            return Promise.reject(validateBits$4(bits));
        }
        let keyBuffer = null;
        let initParam = bits;
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length > 64) {
                return Promise.reject(new Error("Max key length is 64 bytes"));
            }
            initParam = getInitParam$1(bits, keyBuffer.length);
        }
        const outputSize = bits / 8;
        return WASMInterface(wasmJson$j, outputSize).then((wasm) => {
            if (initParam > 512) {
                wasm.writeMemory(keyBuffer);
            }
            wasm.init(initParam);
            const obj = {
                init: initParam > 512
                    ? () => {
                        wasm.writeMemory(keyBuffer);
                        wasm.init(initParam);
                        return obj;
                    }
                    : () => {
                        wasm.init(initParam);
                        return obj;
                    },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 128,
                digestSize: outputSize,
            };
            return obj;
        });
    }

    function encodeResult(salt, options, res) {
        const parameters = [
            `m=${options.memorySize}`,
            `t=${options.iterations}`,
            `p=${options.parallelism}`,
        ].join(",");
        return `$argon2${options.hashType}$v=19$${parameters}$${encodeBase64(salt, false)}$${encodeBase64(res, false)}`;
    }
    const uint32View = new DataView(new ArrayBuffer(4));
    function int32LE(x) {
        uint32View.setInt32(0, x, true);
        return new Uint8Array(uint32View.buffer);
    }
    function hashFunc(blake512, buf, len) {
        return __awaiter(this, void 0, void 0, function* () {
            if (len <= 64) {
                const blake = yield createBLAKE2b(len * 8);
                blake.update(int32LE(len));
                blake.update(buf);
                return blake.digest("binary");
            }
            const r = Math.ceil(len / 32) - 2;
            const ret = new Uint8Array(len);
            blake512.init();
            blake512.update(int32LE(len));
            blake512.update(buf);
            let vp = blake512.digest("binary");
            ret.set(vp.subarray(0, 32), 0);
            for (let i = 1; i < r; i++) {
                blake512.init();
                blake512.update(vp);
                vp = blake512.digest("binary");
                ret.set(vp.subarray(0, 32), i * 32);
            }
            const partialBytesNeeded = len - 32 * r;
            let blakeSmall;
            if (partialBytesNeeded === 64) {
                blakeSmall = blake512;
                blakeSmall.init();
            }
            else {
                blakeSmall = yield createBLAKE2b(partialBytesNeeded * 8);
            }
            blakeSmall.update(vp);
            vp = blakeSmall.digest("binary");
            ret.set(vp.subarray(0, partialBytesNeeded), r * 32);
            return ret;
        });
    }
    function getHashType(type) {
        switch (type) {
            case "d":
                return 0;
            case "i":
                return 1;
            default:
                return 2;
        }
    }
    function argon2Internal(options) {
        return __awaiter(this, void 0, void 0, function* () {
            var _a;
            const { parallelism, iterations, hashLength } = options;
            const password = getUInt8Buffer(options.password);
            const salt = getUInt8Buffer(options.salt);
            const version = 0x13;
            const hashType = getHashType(options.hashType);
            const { memorySize } = options; // in KB
            const secret = getUInt8Buffer((_a = options.secret) !== null && _a !== void 0 ? _a : "");
            const [argon2Interface, blake512] = yield Promise.all([
                WASMInterface(wasmJson$k, 1024),
                createBLAKE2b(512),
            ]);
            // last block is for storing the init vector
            argon2Interface.setMemorySize(memorySize * 1024 + 1024);
            const initVector = new Uint8Array(24);
            const initVectorView = new DataView(initVector.buffer);
            initVectorView.setInt32(0, parallelism, true);
            initVectorView.setInt32(4, hashLength, true);
            initVectorView.setInt32(8, memorySize, true);
            initVectorView.setInt32(12, iterations, true);
            initVectorView.setInt32(16, version, true);
            initVectorView.setInt32(20, hashType, true);
            argon2Interface.writeMemory(initVector, memorySize * 1024);
            blake512.init();
            blake512.update(initVector);
            blake512.update(int32LE(password.length));
            blake512.update(password);
            blake512.update(int32LE(salt.length));
            blake512.update(salt);
            blake512.update(int32LE(secret.length));
            blake512.update(secret);
            blake512.update(int32LE(0)); // associatedData length + associatedData
            const segments = Math.floor(memorySize / (parallelism * 4)); // length of each lane
            const lanes = segments * 4;
            const param = new Uint8Array(72);
            const H0 = blake512.digest("binary");
            param.set(H0);
            for (let lane = 0; lane < parallelism; lane++) {
                param.set(int32LE(0), 64);
                param.set(int32LE(lane), 68);
                let position = lane * lanes;
                let chunk = yield hashFunc(blake512, param, 1024);
                argon2Interface.writeMemory(chunk, position * 1024);
                position += 1;
                param.set(int32LE(1), 64);
                chunk = yield hashFunc(blake512, param, 1024);
                argon2Interface.writeMemory(chunk, position * 1024);
            }
            const C = new Uint8Array(1024);
            writeHexToUInt8(C, argon2Interface.calculate(new Uint8Array([]), memorySize));
            const res = yield hashFunc(blake512, C, hashLength);
            if (options.outputType === "hex") {
                const digestChars = new Uint8Array(hashLength * 2);
                return getDigestHex(digestChars, res, hashLength);
            }
            if (options.outputType === "encoded") {
                return encodeResult(salt, options, res);
            }
            // return binary format
            return res;
        });
    }
    const validateOptions$3 = (options) => {
        var _a;
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (!options.password) {
            throw new Error("Password must be specified");
        }
        options.password = getUInt8Buffer(options.password);
        if (options.password.length < 1) {
            throw new Error("Password must be specified");
        }
        if (!options.salt) {
            throw new Error("Salt must be specified");
        }
        options.salt = getUInt8Buffer(options.salt);
        if (options.salt.length < 8) {
            throw new Error("Salt should be at least 8 bytes long");
        }
        options.secret = getUInt8Buffer((_a = options.secret) !== null && _a !== void 0 ? _a : "");
        if (!Number.isInteger(options.iterations) || options.iterations < 1) {
            throw new Error("Iterations should be a positive number");
        }
        if (!Number.isInteger(options.parallelism) || options.parallelism < 1) {
            throw new Error("Parallelism should be a positive number");
        }
        if (!Number.isInteger(options.hashLength) || options.hashLength < 4) {
            throw new Error("Hash length should be at least 4 bytes.");
        }
        if (!Number.isInteger(options.memorySize)) {
            throw new Error("Memory size should be specified.");
        }
        if (options.memorySize < 8 * options.parallelism) {
            throw new Error("Memory size should be at least 8 * parallelism.");
        }
        if (options.outputType === undefined) {
            options.outputType = "hex";
        }
        if (!["hex", "binary", "encoded"].includes(options.outputType)) {
            throw new Error(`Insupported output type ${options.outputType}. Valid values: ['hex', 'binary', 'encoded']`);
        }
    };
    /**
     * Calculates hash using the argon2i password-hashing function
     * @returns Computed hash
     */
    function argon2i(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions$3(options);
            return argon2Internal(Object.assign(Object.assign({}, options), { hashType: "i" }));
        });
    }
    /**
     * Calculates hash using the argon2id password-hashing function
     * @returns Computed hash
     */
    function argon2id(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions$3(options);
            return argon2Internal(Object.assign(Object.assign({}, options), { hashType: "id" }));
        });
    }
    /**
     * Calculates hash using the argon2d password-hashing function
     * @returns Computed hash
     */
    function argon2d(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions$3(options);
            return argon2Internal(Object.assign(Object.assign({}, options), { hashType: "d" }));
        });
    }
    const getHashParameters = (password, encoded, secret) => {
        const regex = /^\$argon2(id|i|d)\$v=([0-9]+)\$((?:[mtp]=[0-9]+,){2}[mtp]=[0-9]+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;
        const match = encoded.match(regex);
        if (!match) {
            throw new Error("Invalid hash");
        }
        const [, hashType, version, parameters, salt, hash] = match;
        if (version !== "19") {
            throw new Error(`Unsupported version: ${version}`);
        }
        const parsedParameters = {};
        const paramMap = { m: "memorySize", p: "parallelism", t: "iterations" };
        for (const x of parameters.split(",")) {
            const [n, v] = x.split("=");
            parsedParameters[paramMap[n]] = Number(v);
        }
        return Object.assign(Object.assign({}, parsedParameters), { password,
            secret, hashType: hashType, salt: decodeBase64(salt), hashLength: getDecodeBase64Length(hash), outputType: "encoded" });
    };
    const validateVerifyOptions$1 = (options) => {
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (options.hash === undefined || typeof options.hash !== "string") {
            throw new Error("Hash should be specified");
        }
    };
    /**
     * Verifies password using the argon2 password-hashing function
     * @returns True if the encoded hash matches the password
     */
    function argon2Verify(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateVerifyOptions$1(options);
            const params = getHashParameters(options.password, options.hash, options.secret);
            validateOptions$3(params);
            const hashStart = options.hash.lastIndexOf("$") + 1;
            const result = (yield argon2Internal(params));
            return result.substring(hashStart) === options.hash.substring(hashStart);
        });
    }

    var name$i = "blake2s";
    var data$i = "AGFzbQEAAAABEQRgAAF/YAJ/fwBgAX8AYAAAAwkIAAECAwICAAEFBAEBAgIGDgJ/AUGgigULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAKSGFzaF9GaW5hbAADCUhhc2hfSW5pdAAEC0hhc2hfVXBkYXRlAAUNSGFzaF9HZXRTdGF0ZQAGDkhhc2hfQ2FsY3VsYXRlAAcKU1RBVEVfU0laRQMBCr4yCAUAQYAJC6gFAQZ/AkAgAUEBSA0AAkACQAJAIAFBwABBACgC8IkBIgJrIgNKDQAgASEDDAELQQBBADYC8IkBAkAgAkHAAEYNACACQbCJAWohBAJAAkAgA0EHcSIFDQAgACEGIAMhBwwBCyAFIQcgACEGA0AgBCAGLQAAOgAAIARBAWohBCAGQQFqIQYgB0F/aiIHDQALQcAAIAIgBWprIQcLIAJBR2pBB0kNAANAIAQgBi0AADoAACAEIAYtAAE6AAEgBCAGLQACOgACIAQgBi0AAzoAAyAEIAYtAAQ6AAQgBCAGLQAFOgAFIAQgBi0ABjoABiAEIAYtAAc6AAcgBEEIaiEEIAZBCGohBiAHQXhqIgcNAAsLQQAhBEEAQQAoAqCJASIGQcAAajYCoIkBQQBBACgCpIkBIAZBv39LajYCpIkBQbCJARACIAAgA2ohAAJAIAEgA2siA0HBAEgNACACIAFqIQQDQEEAQQAoAqCJASIGQcAAajYCoIkBQQBBACgCpIkBIAZBv39LajYCpIkBIAAQAiAAQcAAaiEAIAQiBkFAaiIEQYABSw0ACyAGQYB/aiEDQQAoAvCJASECDAELQQAoAvCJASECIANFDQELIANBf2ohASACQbCJAWohBAJAAkAgA0EHcSIGDQAgAyEHDAELIANBeHEhBwNAIAQgAC0AADoAACAEQQFqIQQgAEEBaiEAIAZBf2oiBg0ACwsCQCABQQdJDQADQCAEIAAtAAA6AAAgBCAALQABOgABIAQgAC0AAjoAAiAEIAAtAAM6AAMgBCAALQAEOgAEIAQgAC0ABToABSAEIAAtAAY6AAYgBCAALQAHOgAHIARBCGohBCAAQQhqIQAgB0F4aiIHDQALC0EAKALwiQEhAiADIQQLQQAgAiAEajYC8IkBCwuXJwoBfgF/An4CfwF+B38DfgZ/AX4Sf0EAQQApA5iJASIBpyICQQApA4iJASIDp2ogACkDECIEpyIFaiIGQQApA6iJAUKrs4/8kaOz8NsAhSIHp3NBEHciCEHy5rvjA2oiCSACc0EUdyIKIAZqIARCIIinIgJqIgsgCHNBGHciDCAJaiINIApzQRl3Ig5BACkDkIkBIgRCIIinIghBACkDgIkBIg9CIIinaiAAKQMIIhCnIgZqIglBACkDoIkBQv+kuYjFkdqCm3+FIhFCIIinc0EQdyISQYXdntt7aiITIAhzQRR3IhQgCWogEEIgiKciCGoiFWogACkDKCIQpyIJaiIWIASnIhcgD6dqIAApAwAiGKciCmoiGSARp3NBEHciGkHnzKfQBmoiGyAXc0EUdyIcIBlqIBhCIIinIhdqIh0gGnNBGHciHnNBEHciHyABQiCIpyIaIANCIIinaiAAKQMYIgGnIhlqIiAgB0IgiKdzQRB3IiFBuuq/qnpqIiIgGnNBFHciIyAgaiABQiCIpyIaaiIgICFzQRh3IiEgImoiImoiJCAOc0EUdyIlIBZqIBBCIIinIg5qIhYgH3NBGHciHyAkaiIkIBUgEnNBGHciFSATaiImIBRzQRl3IhMgHWogACkDICIBpyISaiIUICFzQRB3Ih0gDWoiISATc0EUdyInIBRqIAFCIIinIg1qIhQgHXNBGHciHSAiICNzQRl3IhMgC2ogACkDMCIBpyILaiIiIBVzQRB3IhUgHiAbaiIbaiIeIBNzQRR3IiMgImogAUIgiKciE2oiIiAVc0EYdyIVIB5qIh4gI3NBGXciIyAgIBsgHHNBGXciG2ogACkDOCIBpyIAaiIcIAxzQRB3IiAgJmoiJiAbc0EUdyIbIBxqIAFCIIinIgxqIhxqIBNqIihzQRB3IilqIiogI3NBFHciIyAoaiAZaiIoIB4gHyAcICBzQRh3IhwgJmoiICAbc0EZdyIbIBRqIABqIhRzQRB3Ih9qIh4gG3NBFHciGyAUaiAJaiIUIB9zQRh3Ih8gHmoiHiAbc0EZdyIbaiACaiImIB0gIWoiHSAcICQgJXNBGXciISAiaiANaiIic0EQdyIcaiIkICFzQRR3IiEgImogDGoiIiAcc0EYdyIcc0EQdyIlICAgFSAdICdzQRl3Ih0gFmogBWoiFnNBEHciFWoiICAdc0EUdyIdIBZqIBJqIhYgFXNBGHciFSAgaiIgaiInIBtzQRR3IhsgJmogCGoiJiAlc0EYdyIlICdqIicgKCApc0EYdyIoICpqIikgI3NBGXciIyAiaiAOaiIiIBVzQRB3IhUgHmoiHiAjc0EUdyIjICJqIBpqIiIgFXNBGHciFSAgIB1zQRl3Ih0gFGogF2oiFCAoc0EQdyIgIBwgJGoiHGoiJCAdc0EUdyIdIBRqIAtqIhQgIHNBGHciICAkaiIkIB1zQRl3Ih0gHCAhc0EZdyIcIBZqIApqIhYgH3NBEHciHyApaiIhIBxzQRR3IhwgFmogBmoiFmogC2oiKHNBEHciKWoiKiAdc0EUdyIdIChqIApqIiggKXNBGHciKSAqaiIqIB1zQRl3Ih0gFSAeaiIVIBYgH3NBGHciFiAnIBtzQRl3IhsgFGogDmoiFHNBEHciHmoiHyAbc0EUdyIbIBRqIBJqIhRqIAlqIicgFiAhaiIWICAgFSAjc0EZdyIVICZqIAxqIiFzQRB3IiBqIiMgFXNBFHciFSAhaiATaiIhICBzQRh3IiBzQRB3IiYgJCAlIBYgHHNBGXciFiAiaiACaiIcc0EQdyIiaiIkIBZzQRR3IhYgHGogBmoiHCAic0EYdyIiICRqIiRqIiUgHXNBFHciHSAnaiAAaiInICZzQRh3IiYgJWoiJSAhIBQgHnNBGHciFCAfaiIeIBtzQRl3IhtqIA1qIh8gInNBEHciISAqaiIiIBtzQRR3IhsgH2ogBWoiHyAhc0EYdyIhICQgFnNBGXciFiAoaiAIaiIkIBRzQRB3IhQgICAjaiIgaiIjIBZzQRR3IhYgJGogGWoiJCAUc0EYdyIUICNqIiMgFnNBGXciFiAgIBVzQRl3IhUgHGogGmoiHCApc0EQdyIgIB5qIh4gFXNBFHciFSAcaiAXaiIcaiATaiIoc0EQdyIpaiIqIBZzQRR3IhYgKGogC2oiKCApc0EYdyIpICpqIiogFnNBGXciFiAhICJqIiEgHCAgc0EYdyIcICUgHXNBGXciHSAkaiAIaiIgc0EQdyIiaiIkIB1zQRR3Ih0gIGogF2oiIGogAmoiJSAcIB5qIhwgFCAhIBtzQRl3IhsgJ2ogGmoiHnNBEHciFGoiISAbc0EUdyIbIB5qIA1qIh4gFHNBGHciFHNBEHciJyAjICYgHCAVc0EZdyIVIB9qIA5qIhxzQRB3Ih9qIiMgFXNBFHciFSAcaiAAaiIcIB9zQRh3Ih8gI2oiI2oiJiAWc0EUdyIWICVqIAlqIiUgJ3NBGHciJyAmaiImICAgInNBGHciICAkaiIiIB1zQRl3Ih0gHmogBmoiHiAfc0EQdyIfICpqIiQgHXNBFHciHSAeaiAZaiIeIB9zQRh3Ih8gIyAVc0EZdyIVIChqIAVqIiMgIHNBEHciICAUICFqIhRqIiEgFXNBFHciFSAjaiAKaiIjICBzQRh3IiAgIWoiISAVc0EZdyIVIBwgFCAbc0EZdyIUaiAMaiIbIClzQRB3IhwgImoiIiAUc0EUdyIUIBtqIBJqIhtqIAlqIihzQRB3IilqIiogFXNBFHciFSAoaiAMaiIoICEgJyAbIBxzQRh3IhsgImoiHCAUc0EZdyIUIB5qIA1qIh5zQRB3IiJqIiEgFHNBFHciFCAeaiAKaiIeICJzQRh3IiIgIWoiISAUc0EZdyIUaiAIaiInIB8gJGoiHyAbICYgFnNBGXciFiAjaiAGaiIjc0EQdyIbaiIkIBZzQRR3IhYgI2ogBWoiIyAbc0EYdyIbc0EQdyImIBwgICAfIB1zQRl3Ih0gJWogAmoiH3NBEHciIGoiHCAdc0EUdyIdIB9qIBpqIh8gIHNBGHciICAcaiIcaiIlIBRzQRR3IhQgJ2ogE2oiJyAmc0EYdyImICVqIiUgKCApc0EYdyIoICpqIikgFXNBGXciFSAjaiAZaiIjICBzQRB3IiAgIWoiISAVc0EUdyIVICNqIBJqIiMgIHNBGHciICAcIB1zQRl3IhwgHmogAGoiHSAoc0EQdyIeIBsgJGoiG2oiJCAcc0EUdyIcIB1qIBdqIh0gHnNBGHciHiAkaiIkIBxzQRl3IhwgGyAWc0EZdyIWIB9qIA5qIhsgInNBEHciHyApaiIiIBZzQRR3IhYgG2ogC2oiG2ogGWoiKHNBEHciKWoiKiAcc0EUdyIcIChqIAlqIiggKXNBGHciKSAqaiIqIBxzQRl3IhwgICAhaiIgIBsgH3NBGHciGyAlIBRzQRl3IhQgHWogBmoiHXNBEHciH2oiISAUc0EUdyIUIB1qIAtqIh1qIAVqIiUgGyAiaiIbIB4gICAVc0EZdyIVICdqIBJqIiBzQRB3Ih5qIiIgFXNBFHciFSAgaiAIaiIgIB5zQRh3Ih5zQRB3IicgJCAmIBsgFnNBGXciFiAjaiAKaiIbc0EQdyIjaiIkIBZzQRR3IhYgG2ogDmoiGyAjc0EYdyIjICRqIiRqIiYgHHNBFHciHCAlaiATaiIlICdzQRh3IicgJmoiJiAgIB0gH3NBGHciHSAhaiIfIBRzQRl3IhRqIBdqIiAgI3NBEHciISAqaiIjIBRzQRR3IhQgIGogDWoiICAhc0EYdyIhICQgFnNBGXciFiAoaiAaaiIkIB1zQRB3Ih0gHiAiaiIeaiIiIBZzQRR3IhYgJGogAmoiJCAdc0EYdyIdICJqIiIgFnNBGXciFiAeIBVzQRl3IhUgG2ogDGoiGyApc0EQdyIeIB9qIh8gFXNBFHciFSAbaiAAaiIbaiAAaiIoc0EQdyIpaiIqIBZzQRR3IhYgKGogE2oiKCApc0EYdyIpICpqIiogFnNBGXciFiAhICNqIiEgGyAec0EYdyIbICYgHHNBGXciHCAkaiAXaiIec0EQdyIjaiIkIBxzQRR3IhwgHmogDGoiHmogGWoiJiAbIB9qIhsgHSAhIBRzQRl3IhQgJWogC2oiH3NBEHciHWoiISAUc0EUdyIUIB9qIAJqIh8gHXNBGHciHXNBEHciJSAiICcgGyAVc0EZdyIVICBqIAVqIhtzQRB3IiBqIiIgFXNBFHciFSAbaiAJaiIbICBzQRh3IiAgImoiImoiJyAWc0EUdyIWICZqIAhqIiYgJXNBGHciJSAnaiInIB4gI3NBGHciHiAkaiIjIBxzQRl3IhwgH2ogCmoiHyAgc0EQdyIgICpqIiQgHHNBFHciHCAfaiAaaiIfICBzQRh3IiAgIiAVc0EZdyIVIChqIA1qIiIgHnNBEHciHiAdICFqIh1qIiEgFXNBFHciFSAiaiAGaiIiIB5zQRh3Ih4gIWoiISAVc0EZdyIVIBsgHSAUc0EZdyIUaiASaiIbIClzQRB3Ih0gI2oiIyAUc0EUdyIUIBtqIA5qIhtqIAhqIihzQRB3IilqIiogFXNBFHciFSAoaiANaiIoICEgJSAbIB1zQRh3IhsgI2oiHSAUc0EZdyIUIB9qIBNqIh9zQRB3IiNqIiEgFHNBFHciFCAfaiAOaiIfICNzQRh3IiMgIWoiISAUc0EZdyIUaiAGaiIlICAgJGoiICAbICcgFnNBGXciFiAiaiALaiIic0EQdyIbaiIkIBZzQRR3IhYgImogF2oiIiAbc0EYdyIbc0EQdyInIB0gHiAgIBxzQRl3IhwgJmogGmoiIHNBEHciHmoiHSAcc0EUdyIcICBqIABqIiAgHnNBGHciHiAdaiIdaiImIBRzQRR3IhQgJWogCWoiJSAnc0EYdyInICZqIiYgKCApc0EYdyIoICpqIikgFXNBGXciFSAiaiASaiIiIB5zQRB3Ih4gIWoiISAVc0EUdyIVICJqIBlqIiIgHnNBGHciHiAdIBxzQRl3IhwgH2ogAmoiHSAoc0EQdyIfIBsgJGoiG2oiJCAcc0EUdyIcIB1qIApqIh0gH3NBGHciHyAkaiIkIBxzQRl3IhwgGyAWc0EZdyIWICBqIAxqIhsgI3NBEHciICApaiIjIBZzQRR3IhYgG2ogBWoiG2ogAGoiKHNBEHciKWoiKiAcc0EUdyIcIChqIA1qIiggKXNBGHciKSAqaiIqIBxzQRl3IhwgHiAhaiIeIBsgIHNBGHciGyAmIBRzQRl3IhQgHWogGWoiHXNBEHciIGoiISAUc0EUdyIUIB1qIAxqIh1qIAtqIiYgGyAjaiIbIB8gHiAVc0EZdyIVICVqIApqIh5zQRB3Ih9qIiMgFXNBFHciFSAeaiASaiIeIB9zQRh3Ih9zQRB3IiUgJCAnIBsgFnNBGXciFiAiaiAOaiIbc0EQdyIiaiIkIBZzQRR3IhYgG2ogCGoiGyAic0EYdyIiICRqIiRqIicgHHNBFHciHCAmaiAGaiImICVzQRh3IiUgJ2oiJyAeIB0gIHNBGHciHSAhaiIgIBRzQRl3IhRqIAlqIh4gInNBEHciISAqaiIiIBRzQRR3IhQgHmogAmoiHiAhc0EYdyIhICQgFnNBGXciFiAoaiATaiIkIB1zQRB3Ih0gHyAjaiIfaiIjIBZzQRR3IhYgJGogGmoiJCAdc0EYdyIdICNqIiMgFnNBGXciFiAfIBVzQRl3IhUgG2ogF2oiGyApc0EQdyIfICBqIiAgFXNBFHciFSAbaiAFaiIbaiAaaiIac0EQdyIoaiIpIBZzQRR3IhYgGmogGWoiGSAoc0EYdyIaIClqIiggFnNBGXciFiAhICJqIiEgGyAfc0EYdyIbICcgHHNBGXciHCAkaiASaiISc0EQdyIfaiIiIBxzQRR3IhwgEmogBWoiBWogDWoiEiAbICBqIg0gHSAhIBRzQRl3IhQgJmogCWoiCXNBEHciG2oiHSAUc0EUdyIUIAlqIAZqIgYgG3NBGHciCXNBEHciGyAjICUgDSAVc0EZdyINIB5qIBdqIhdzQRB3IhVqIh4gDXNBFHciDSAXaiACaiICIBVzQRh3IhcgHmoiFWoiHiAWc0EUdyIWIBJqIABqIhKtQiCGIAUgH3NBGHciBSAiaiIAIBxzQRl3IhwgBmogDGoiBiAXc0EQdyIXIChqIgwgHHNBFHciHCAGaiAOaiIGrYQgD4UgAiAJIB1qIgkgFHNBGXciDmogE2oiAiAac0EQdyIaIABqIhMgDnNBFHciDiACaiAKaiICIBpzQRh3IgogE2oiGq1CIIYgFSANc0EZdyINIBlqIAhqIgggBXNBEHciBSAJaiIJIA1zQRR3IhkgCGogC2oiCCAFc0EYdyIFIAlqIgmthIU3A4CJAUEAIAMgAq1CIIYgCK2EhSASIBtzQRh3IgIgHmoiCK1CIIYgBiAXc0EYdyIGIAxqIhethIU3A4iJAUEAIAQgFyAcc0EZd61CIIYgGiAOc0EZd62EhSAFrUIghiACrYSFNwOQiQFBACAJIBlzQRl3rUIghiAIIBZzQRl3rYRBACkDmIkBhSAGrUIghiAKrYSFNwOYiQELnQIBBH8jAEEgayIAJAACQEEAKAKoiQENAEEAQQAoAqCJASIBQQAoAvCJASICaiIDNgKgiQFBAEEAKAKkiQEgAyABSWo2AqSJAQJAQQAtAPiJAUUNAEEAQX82AqyJAQtBAEF/NgKoiQECQCACQT9KDQBBACEBA0AgAiABakGwiQFqQQA6AAAgAUEBaiIBQcAAQQAoAvCJASICa0gNAAsLQbCJARACIABBACkDgIkBNwMAIABBACkDiIkBNwMIIABBACkDkIkBNwMQIABBACkDmIkBNwMYQQAoAvSJASIDQQFIDQBBACEBQQAhAgNAIAFBgAlqIAAgAWotAAA6AAAgAUEBaiEBIAMgAkEBaiICQf8BcUoNAAsLIABBIGokAAuyAwEEfyMAQcAAayIBJABBAEGBAjsBgooBQQAgAEEQdiICOgCBigFBACAAQQN2OgCAigFBiH8hAwJAA0AgA0H4iQFqQQA2AgAgA0UNASADQfyJAWpBADYCACADQQhqIQMMAAsLQQAhA0EAQQAoAoCKASIEQefMp9AGczYCgIkBQQBBACgChIoBQYXdntt7czYChIkBQQBBACgCiIoBQfLmu+MDczYCiIkBQQBBACgCjIoBQbrqv6p6czYCjIkBQQBBACgCkIoBQf+kuYgFczYCkIkBQQBBACgClIoBQYzRldh5czYClIkBQQBBACgCmIoBQauzj/wBczYCmIkBQQAgBEH/AXE2AvSJAUEAQQAoApyKAUGZmoPfBXM2ApyJAQJAIABBgIAESQ0AIAFBOGpCADcDACABQTBqQgA3AwAgAUEoakIANwMAIAFBIGpCADcDACABQRhqQgA3AwAgAUEQakIANwMAIAFCADcDCCABQgA3AwBBACEAA0AgASADaiADQYAJai0AADoAACADQQFqIQMgAiAAQQFqIgBB/wFxSw0ACyABQcAAEAELIAFBwABqJAALCQBBgAkgABABCwYAQYCJAQsPACABEARBgAkgABABEAMLCwsBAEGACAsEfAAAAA==";
    var hash$i = "5c0ff166";
    var wasmJson$i = {
    	name: name$i,
    	data: data$i,
    	hash: hash$i
    };

    const mutex$j = new Mutex();
    let wasmCache$j = null;
    function validateBits$3(bits) {
        if (!Number.isInteger(bits) || bits < 8 || bits > 256 || bits % 8 !== 0) {
            return new Error("Invalid variant! Valid values: 8, 16, ..., 256");
        }
        return null;
    }
    function getInitParam(outputBits, keyBits) {
        return outputBits | (keyBits << 16);
    }
    /**
     * Calculates BLAKE2s hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8, between 8 and 256. Defaults to 256.
     * @param key Optional key (string, Buffer or TypedArray). Maximum length is 32 bytes.
     * @returns Computed hash as a hexadecimal string
     */
    function blake2s(data, bits = 256, key = null) {
        if (validateBits$3(bits)) {
            return Promise.reject(validateBits$3(bits));
        }
        let keyBuffer = null;
        let initParam = bits;
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length > 32) {
                return Promise.reject(new Error("Max key length is 32 bytes"));
            }
            initParam = getInitParam(bits, keyBuffer.length);
        }
        const hashLength = bits / 8;
        if (wasmCache$j === null || wasmCache$j.hashLength !== hashLength) {
            return lockedCreate(mutex$j, wasmJson$i, hashLength).then((wasm) => {
                wasmCache$j = wasm;
                if (initParam > 512) {
                    wasmCache$j.writeMemory(keyBuffer);
                }
                return wasmCache$j.calculate(data, initParam);
            });
        }
        try {
            if (initParam > 512) {
                wasmCache$j.writeMemory(keyBuffer);
            }
            const hash = wasmCache$j.calculate(data, initParam);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new BLAKE2s hash instance
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8, between 8 and 256. Defaults to 256.
     * @param key Optional key (string, Buffer or TypedArray). Maximum length is 32 bytes.
     */
    function createBLAKE2s(bits = 256, key = null) {
        if (validateBits$3(bits)) {
            return Promise.reject(validateBits$3(bits));
        }
        let keyBuffer = null;
        let initParam = bits;
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length > 32) {
                return Promise.reject(new Error("Max key length is 32 bytes"));
            }
            initParam = getInitParam(bits, keyBuffer.length);
        }
        const outputSize = bits / 8;
        return WASMInterface(wasmJson$i, outputSize).then((wasm) => {
            if (initParam > 512) {
                wasm.writeMemory(keyBuffer);
            }
            wasm.init(initParam);
            const obj = {
                init: initParam > 512
                    ? () => {
                        wasm.writeMemory(keyBuffer);
                        wasm.init(initParam);
                        return obj;
                    }
                    : () => {
                        wasm.init(initParam);
                        return obj;
                    },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: outputSize,
            };
            return obj;
        });
    }

    var name$h = "blake3";
    var data$h = "AGFzbQEAAAABMQdgAAF/YAl/f39+f39/f38AYAZ/f39/fn8AYAF/AGADf39/AGABfgBgBX9/fn9/AX8DDg0AAQIDBAUGAwMDAwAEBQQBAQICBg4CfwFBgJgFC38AQYAICwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACUhhc2hfSW5pdAAIC0hhc2hfVXBkYXRlAAkKSGFzaF9GaW5hbAAKDUhhc2hfR2V0U3RhdGUACw5IYXNoX0NhbGN1bGF0ZQAMClNUQVRFX1NJWkUDAQqQWw0FAEGACQufAwIDfwV+IwBB4ABrIgkkAAJAIAFFDQAgByAFciEKIAdBACACQQFGGyAGciAFciELIARBAEetIQwDQCAAKAIAIQcgCUEAKQOAiQE3AwAgCUEAKQOIiQE3AwggCUEAKQOQiQE3AxAgCUEAKQOYiQE3AxggCUEgaiAJIAdBwAAgAyALEAIgCSAJKQNAIAkpAyCFIg03AwAgCSAJKQNIIAkpAyiFIg43AwggCSAJKQNQIAkpAzCFIg83AxAgCSAJKQNYIAkpAziFIhA3AxggB0HAAGohByACIQQCQANAIAUhBgJAAkAgBEF/aiIEDgIDAAELIAohBgsgCUEgaiAJIAdBwAAgAyAGEAIgCSAJKQNAIAkpAyCFIg03AwAgCSAJKQNIIAkpAyiFIg43AwggCSAJKQNQIAkpAzCFIg83AxAgCSAJKQNYIAkpAziFIhA3AxggB0HAAGohBwwACwsgCCAQNwMYIAggDzcDECAIIA43AwggCCANNwMAIAhBIGohCCAAQQRqIQAgAyAMfCEDIAFBf2oiAQ0ACwsgCUHgAGokAAv4GwIMfh9/IAIpAyghBiACKQM4IQcgAikDMCEIIAIpAxAhCSACKQMgIQogAikDACELIAIpAwghDCACKQMYIQ0gACABKQMAIg43AwAgACABKQMIIg83AwggACABKQMQIhA3AxAgACAPQiCIpyANpyICaiABKQMYIhFCIIinIhJqIhMgDUIgiKciAWogEyAFc0EQdyIUQbrqv6p6aiIVIBJzQRR3IhZqIhcgDqcgC6ciBWogEKciE2oiGCALQiCIpyISaiAYIASnc0EQdyIYQefMp9AGaiIZIBNzQRR3IhNqIhogGHNBGHciGyAZaiIcIBNzQRl3Ih1qIAenIhNqIh4gB0IgiKciGGogHiAPpyAJpyIZaiARpyIfaiIgIAlCIIinIiFqICAgA3NBEHciA0Hy5rvjA2oiICAfc0EUdyIfaiIiIANzQRh3IiNzQRB3IiQgDkIgiKcgDKciA2ogEEIgiKciJWoiJiAMQiCIpyIeaiAmIARCIIinc0EQdyImQYXdntt7aiInICVzQRR3IiVqIiggJnNBGHciJiAnaiInaiIpIB1zQRR3Ih1qIiogGWogFyAUc0EYdyIrIBVqIiwgFnNBGXciFiAiaiAIpyIUaiIXIAhCIIinIhVqIBcgJnNBEHciFyAcaiIcIBZzQRR3IhZqIiIgF3NBGHciJiAcaiItIBZzQRl3Ii5qIhwgFWogJyAlc0EZdyIlIBpqIAqnIhZqIhogCkIgiKciF2ogGiArc0EQdyIaICMgIGoiIGoiIyAlc0EUdyIlaiInIBpzQRh3IisgHHNBEHciLyAgIB9zQRl3Ih8gKGogBqciGmoiICAGQiCIpyIcaiAgIBtzQRB3IhsgLGoiICAfc0EUdyIfaiIoIBtzQRh3IhsgIGoiIGoiLCAuc0EUdyIuaiIwICcgA2ogKiAkc0EYdyIkIClqIicgHXNBGXciHWoiKSACaiAbIClzQRB3IhsgLWoiKSAdc0EUdyIdaiIqIBtzQRh3IhsgKWoiKSAdc0EZdyIdaiAYaiItIBZqIC0gIiABaiAgIB9zQRl3Ih9qIiAgBWogJCAgc0EQdyIgICsgI2oiImoiIyAfc0EUdyIfaiIkICBzQRh3IiBzQRB3IisgKCAeaiAiICVzQRl3IiJqIiUgGmogJiAlc0EQdyIlICdqIiYgInNBFHciImoiJyAlc0EYdyIlICZqIiZqIiggHXNBFHciHWoiLSABaiAwIC9zQRh3Ii8gLGoiLCAuc0EZdyIuICRqIBdqIiQgE2ogJCAlc0EQdyIkIClqIiUgLnNBFHciKWoiLiAkc0EYdyIkICVqIiUgKXNBGXciKWoiMCATaiAmICJzQRl3IiIgKmogEmoiJiAcaiAmIC9zQRB3IiYgICAjaiIgaiIjICJzQRR3IiJqIiogJnNBGHciJiAwc0EQdyIvICAgH3NBGXciHyAnaiAUaiIgICFqICAgG3NBEHciGyAsaiIgIB9zQRR3Ih9qIicgG3NBGHciGyAgaiIgaiIsIClzQRR3IilqIjAgKiAeaiAtICtzQRh3IiogKGoiKCAdc0EZdyIdaiIrIBlqIBsgK3NBEHciGyAlaiIlIB1zQRR3Ih1qIisgG3NBGHciGyAlaiIlIB1zQRl3Ih1qIBZqIi0gEmogLSAuIBVqICAgH3NBGXciH2oiICADaiAqICBzQRB3IiAgJiAjaiIjaiImIB9zQRR3Ih9qIiogIHNBGHciIHNBEHciLSAnIBpqICMgInNBGXciImoiIyAUaiAkICNzQRB3IiMgKGoiJCAic0EUdyIiaiInICNzQRh3IiMgJGoiJGoiKCAdc0EUdyIdaiIuIBVqIDAgL3NBGHciLyAsaiIsIClzQRl3IikgKmogHGoiKiAYaiAqICNzQRB3IiMgJWoiJSApc0EUdyIpaiIqICNzQRh3IiMgJWoiJSApc0EZdyIpaiIwIBhqICQgInNBGXciIiAraiACaiIkICFqICQgL3NBEHciJCAgICZqIiBqIiYgInNBFHciImoiKyAkc0EYdyIkIDBzQRB3Ii8gICAfc0EZdyIfICdqIBdqIiAgBWogICAbc0EQdyIbICxqIiAgH3NBFHciH2oiJyAbc0EYdyIbICBqIiBqIiwgKXNBFHciKWoiMCArIBpqIC4gLXNBGHciKyAoaiIoIB1zQRl3Ih1qIi0gAWogGyAtc0EQdyIbICVqIiUgHXNBFHciHWoiLSAbc0EYdyIbICVqIiUgHXNBGXciHWogEmoiLiACaiAuICogE2ogICAfc0EZdyIfaiIgIB5qICsgIHNBEHciICAkICZqIiRqIiYgH3NBFHciH2oiKiAgc0EYdyIgc0EQdyIrICcgFGogJCAic0EZdyIiaiIkIBdqICMgJHNBEHciIyAoaiIkICJzQRR3IiJqIicgI3NBGHciIyAkaiIkaiIoIB1zQRR3Ih1qIi4gE2ogMCAvc0EYdyIvICxqIiwgKXNBGXciKSAqaiAhaiIqIBZqICogI3NBEHciIyAlaiIlIClzQRR3IilqIiogI3NBGHciIyAlaiIlIClzQRl3IilqIjAgFmogJCAic0EZdyIiIC1qIBlqIiQgBWogJCAvc0EQdyIkICAgJmoiIGoiJiAic0EUdyIiaiItICRzQRh3IiQgMHNBEHciLyAgIB9zQRl3Ih8gJ2ogHGoiICADaiAgIBtzQRB3IhsgLGoiICAfc0EUdyIfaiInIBtzQRh3IhsgIGoiIGoiLCApc0EUdyIpaiIwIC9zQRh3Ii8gLGoiLCApc0EZdyIpICogGGogICAfc0EZdyIfaiIgIBpqIC4gK3NBGHciKiAgc0EQdyIgICQgJmoiJGoiJiAfc0EUdyIfaiIraiAFaiIuIBJqIC4gJyAXaiAkICJzQRl3IiJqIiQgHGogIyAkc0EQdyIjICogKGoiJGoiJyAic0EUdyIiaiIoICNzQRh3IiNzQRB3IiogLSAUaiAkIB1zQRl3Ih1qIiQgFWogGyAkc0EQdyIbICVqIiQgHXNBFHciHWoiJSAbc0EYdyIbICRqIiRqIi0gKXNBFHciKWoiLiAWaiArICBzQRh3IiAgJmoiJiAfc0EZdyIfIChqICFqIiggHmogKCAbc0EQdyIbICxqIiggH3NBFHciH2oiKyAbc0EYdyIbIChqIiggH3NBGXciH2oiLCAUaiAwICQgHXNBGXciHWogAmoiJCAZaiAkICBzQRB3IiAgIyAnaiIjaiIkIB1zQRR3Ih1qIicgIHNBGHciICAsc0EQdyIsICMgInNBGXciIiAlaiABaiIjIANqICMgL3NBEHciIyAmaiIlICJzQRR3IiJqIiYgI3NBGHciIyAlaiIlaiIvIB9zQRR3Ih9qIjAgLHNBGHciLCAvaiIvIB9zQRl3Ih8gKyAcaiAlICJzQRl3IiJqIiUgIWogLiAqc0EYdyIqICVzQRB3IiUgICAkaiIgaiIkICJzQRR3IiJqIitqIAVqIi4gGmogLiAmIBdqICAgHXNBGXciHWoiICATaiAbICBzQRB3IhsgKiAtaiIgaiImIB1zQRR3Ih1qIiogG3NBGHciG3NBEHciLSAnIBhqICAgKXNBGXciIGoiJyASaiAjICdzQRB3IiMgKGoiJyAgc0EUdyIgaiIoICNzQRh3IiMgJ2oiJ2oiKSAfc0EUdyIfaiIuICFqICsgJXNBGHciISAkaiIkICJzQRl3IiIgKmogFWoiJSAeaiAlICNzQRB3IiMgL2oiJSAic0EUdyIiaiIqICNzQRh3IiMgJWoiJSAic0EZdyIiaiIrIAVqICcgIHNBGXciBSAwaiADaiIgIAJqICAgIXNBEHciISAbICZqIhtqIiAgBXNBFHciBWoiJiAhc0EYdyIhICtzQRB3IicgKCAbIB1zQRl3IhtqIBlqIh0gAWogHSAsc0EQdyIdICRqIiQgG3NBFHciG2oiKCAdc0EYdyIdICRqIiRqIisgInNBFHciImoiLCAnc0EYdyInICtqIisgInNBGXciIiAqIBxqICQgG3NBGXciHGoiGyAYaiAuIC1zQRh3IhggG3NBEHciGyAhICBqIiFqIiAgHHNBFHciHGoiJGogE2oiEyAaaiATICggFmogISAFc0EZdyIFaiIhIAJqICMgIXNBEHciAiAYIClqIhhqIiEgBXNBFHciBWoiFiACc0EYdyICc0EQdyITICYgEmogGCAfc0EZdyISaiIYIBdqIB0gGHNBEHciGCAlaiIXIBJzQRR3IhJqIhogGHNBGHciGCAXaiIXaiIdICJzQRR3Ih9qIiI2AgAgACAXIBJzQRl3IhIgLGogA2oiAyAUaiADICQgG3NBGHciFHNBEHciAyACICFqIgJqIiEgEnNBFHciEmoiFyADc0EYdyIDNgIwIAAgFiAUICBqIhQgHHNBGXciHGogAWoiASAVaiABIBhzQRB3IgEgK2oiGCAcc0EUdyIVaiIWIAFzQRh3IgEgGGoiGCAVc0EZdzYCECAAIBc2AgQgACACIAVzQRl3IgIgGmogHmoiBSAZaiAFICdzQRB3IgUgFGoiGSACc0EUdyICaiIeIAVzQRh3IgU2AjQgACAFIBlqIgU2AiAgACAiIBNzQRh3IhMgHWoiGSAfc0EZdzYCFCAAIBg2AiQgACAeNgIIIAAgATYCOCAAIAMgIWoiASASc0EZdzYCGCAAIBk2AiggACAWNgIMIAAgEzYCPCAAIAUgAnNBGXc2AhwgACABNgIsC6USCwN/BH4CfwF+AX8EfgJ/AX4CfwF+BH8jAEHQAmsiASQAAkAgAEUNAAJAAkBBAC0AiYoBQQZ0QQAtAIiKAWoiAg0AQYAJIQMMAQtBoIkBQYAJQYAIIAJrIgIgACACIABJGyICEAQgACACayIARQ0BIAFBoAFqQQApA9CJATcDACABQagBakEAKQPYiQE3AwAgAUEAKQOgiQEiBDcDcCABQQApA6iJASIFNwN4IAFBACkDsIkBIgY3A4ABIAFBACkDuIkBIgc3A4gBIAFBACkDyIkBNwOYAUEALQCKigEhCEEALQCJigEhCUEAKQPAiQEhCkEALQCIigEhCyABQbABakEAKQPgiQE3AwAgAUG4AWpBACkD6IkBNwMAIAFBwAFqQQApA/CJATcDACABQcgBakEAKQP4iQE3AwAgAUHQAWpBACkDgIoBNwMAIAEgCzoA2AEgASAKNwOQASABIAggCUVyQQJyIgg6ANkBIAEgBzcD+AEgASAGNwPwASABIAU3A+gBIAEgBDcD4AEgASABQeABaiABQZgBaiALIAogCEH/AXEQAiABKQMgIQQgASkDACEFIAEpAyghBiABKQMIIQcgASkDMCEMIAEpAxAhDSABKQM4IQ4gASkDGCEPIAoQBUEAQgA3A4CKAUEAQgA3A/iJAUEAQgA3A/CJAUEAQgA3A+iJAUEAQgA3A+CJAUEAQgA3A9iJAUEAQgA3A9CJAUEAQgA3A8iJAUEAQQApA4CJATcDoIkBQQBBACkDiIkBNwOoiQFBAEEAKQOQiQE3A7CJAUEAQQApA5iJATcDuIkBQQBBAC0AkIoBIgtBAWo6AJCKAUEAQQApA8CJAUIBfDcDwIkBIAtBBXQiC0GpigFqIA4gD4U3AwAgC0GhigFqIAwgDYU3AwAgC0GZigFqIAYgB4U3AwAgC0GRigFqIAQgBYU3AwBBAEEAOwGIigEgAkGACWohAwsCQCAAQYEISQ0AQQApA8CJASEEIAFBKGohEANAIARCCoYhCkIBIABBAXKteUI/hYanIQIDQCACIhFBAXYhAiAKIBFBf2qtg0IAUg0ACyARQQp2rSESAkACQCARQYAISw0AIAFBADsB2AEgAUIANwPQASABQgA3A8gBIAFCADcDwAEgAUIANwO4ASABQgA3A7ABIAFCADcDqAEgAUIANwOgASABQgA3A5gBIAFBACkDgIkBNwNwIAFBACkDiIkBNwN4IAFBACkDkIkBNwOAASABQQAtAIqKAToA2gEgAUEAKQOYiQE3A4gBIAEgBDcDkAEgAUHwAGogAyAREAQgASABKQNwIgQ3AwAgASABKQN4IgU3AwggASABKQOAASIGNwMQIAEgASkDiAEiBzcDGCABIAEpA5gBNwMoIAEgASkDoAE3AzAgASABKQOoATcDOCABLQDaASECIAEtANkBIQsgASkDkAEhCiABIAEtANgBIgg6AGggASAKNwMgIAEgASkDsAE3A0AgASABKQO4ATcDSCABIAEpA8ABNwNQIAEgASkDyAE3A1ggASABKQPQATcDYCABIAIgC0VyQQJyIgI6AGkgASAHNwO4AiABIAY3A7ACIAEgBTcDqAIgASAENwOgAiABQeABaiABQaACaiAQIAggCiACQf8BcRACIAEpA4ACIQQgASkD4AEhBSABKQOIAiEGIAEpA+gBIQcgASkDkAIhDCABKQPwASENIAEpA5gCIQ4gASkD+AEhDyAKEAVBAEEALQCQigEiAkEBajoAkIoBIAJBBXQiAkGpigFqIA4gD4U3AwAgAkGhigFqIAwgDYU3AwAgAkGZigFqIAYgB4U3AwAgAkGRigFqIAQgBYU3AwAMAQsCQAJAIAMgESAEQQAtAIqKASICIAEQBiITQQJLDQAgASkDGCEKIAEpAxAhBCABKQMIIQUgASkDACEGDAELIAJBBHIhFEEAKQOYiQEhDUEAKQOQiQEhDkEAKQOIiQEhD0EAKQOAiQEhFQNAIBNBfmoiFkEBdiIXQQFqIhhBA3EhCEEAIQkCQCAWQQZJDQAgGEH8////B3EhGUEAIQkgAUHIAmohAiABIQsDQCACIAs2AgAgAkEMaiALQcABajYCACACQQhqIAtBgAFqNgIAIAJBBGogC0HAAGo2AgAgC0GAAmohCyACQRBqIQIgGSAJQQRqIglHDQALCwJAIAhFDQAgASAJQQZ0aiECIAFByAJqIAlBAnRqIQsDQCALIAI2AgAgAkHAAGohAiALQQRqIQsgCEF/aiIIDQALCyABQcgCaiELIAFBoAJqIQIgGCEIA0AgCygCACEJIAEgDTcD+AEgASAONwPwASABIA83A+gBIAEgFTcD4AEgAUHwAGogAUHgAWogCUHAAEIAIBQQAiABKQOQASEKIAEpA3AhBCABKQOYASEFIAEpA3ghBiABKQOgASEHIAEpA4ABIQwgAkEYaiABKQOoASABKQOIAYU3AwAgAkEQaiAHIAyFNwMAIAJBCGogBSAGhTcDACACIAogBIU3AwAgAkEgaiECIAtBBGohCyAIQX9qIggNAAsCQAJAIBZBfnFBAmogE0kNACAYIRMMAQsgAUGgAmogGEEFdGoiAiABIBhBBnRqIgspAwA3AwAgAiALKQMINwMIIAIgCykDEDcDECACIAspAxg3AxggF0ECaiETCyABIAEpA6ACIgY3AwAgASABKQOoAiIFNwMIIAEgASkDsAIiBDcDECABIAEpA7gCIgo3AxggE0ECSw0ACwsgASkDICEHIAEpAyghDCABKQMwIQ0gASkDOCEOQQApA8CJARAFQQBBAC0AkIoBIgJBAWo6AJCKASACQQV0IgJBqYoBaiAKNwMAIAJBoYoBaiAENwMAIAJBmYoBaiAFNwMAIAJBkYoBaiAGNwMAQQApA8CJASASQgGIfBAFQQBBAC0AkIoBIgJBAWo6AJCKASACQQV0IgJBqYoBaiAONwMAIAJBoYoBaiANNwMAIAJBmYoBaiAMNwMAIAJBkYoBaiAHNwMAC0EAQQApA8CJASASfCIENwPAiQEgAyARaiEDIAAgEWsiAEGACEsNAAsgAEUNAQtBoIkBIAMgABAEQQApA8CJARAFCyABQdACaiQAC4YHAgl/AX4jAEHAAGsiAyQAAkACQCAALQBoIgRFDQACQEHAACAEayIFIAIgBSACSRsiBkUNACAGQQNxIQdBACEFAkAgBkEESQ0AIAAgBGohCCAGQXxxIQlBACEFA0AgCCAFaiIKQShqIAEgBWoiCy0AADoAACAKQSlqIAtBAWotAAA6AAAgCkEqaiALQQJqLQAAOgAAIApBK2ogC0EDai0AADoAACAJIAVBBGoiBUcNAAsLAkAgB0UNACABIAVqIQogBSAEaiAAakEoaiEFA0AgBSAKLQAAOgAAIApBAWohCiAFQQFqIQUgB0F/aiIHDQALCyAALQBoIQQLIAAgBCAGaiIHOgBoIAEgBmohAQJAIAIgBmsiAg0AQQAhAgwCCyADIAAgAEEoakHAACAAKQMgIAAtAGogAEHpAGoiBS0AACIKRXIQAiAAIAMpAyAgAykDAIU3AwAgACADKQMoIAMpAwiFNwMIIAAgAykDMCADKQMQhTcDECAAIAMpAzggAykDGIU3AxggAEEAOgBoIAUgCkEBajoAACAAQeAAakIANwMAIABB2ABqQgA3AwAgAEHQAGpCADcDACAAQcgAakIANwMAIABBwABqQgA3AwAgAEE4akIANwMAIABBMGpCADcDACAAQgA3AygLQQAhByACQcEASQ0AIABB6QBqIgotAAAhBSAALQBqIQsgACkDICEMA0AgAyAAIAFBwAAgDCALIAVB/wFxRXJB/wFxEAIgACADKQMgIAMpAwCFNwMAIAAgAykDKCADKQMIhTcDCCAAIAMpAzAgAykDEIU3AxAgACADKQM4IAMpAxiFNwMYIAogBUEBaiIFOgAAIAFBwABqIQEgAkFAaiICQcAASw0ACwsCQEHAACAHQf8BcSIGayIFIAIgBSACSRsiCUUNACAJQQNxIQtBACEFAkAgCUEESQ0AIAAgBmohByAJQfwAcSEIQQAhBQNAIAcgBWoiAkEoaiABIAVqIgotAAA6AAAgAkEpaiAKQQFqLQAAOgAAIAJBKmogCkECai0AADoAACACQStqIApBA2otAAA6AAAgCCAFQQRqIgVHDQALCwJAIAtFDQAgASAFaiEBIAUgBmogAGpBKGohBQNAIAUgAS0AADoAACABQQFqIQEgBUEBaiEFIAtBf2oiCw0ACwsgAC0AaCEHCyAAIAcgCWo6AGggA0HAAGokAAveAwQFfwN+BX8GfiMAQdABayIBJAACQCAAe6ciAkEALQCQigEiA08NAEEALQCKigFBBHIhBCABQShqIQVBACkDmIkBIQBBACkDkIkBIQZBACkDiIkBIQdBACkDgIkBIQggAyEJA0AgASAANwMYIAEgBjcDECABIAc3AwggASAINwMAIAEgA0EFdCIDQdGJAWoiCikDADcDKCABIANB2YkBaiILKQMANwMwIAEgA0HhiQFqIgwpAwA3AzggASADQemJAWoiDSkDADcDQCABIANB8YkBaikDADcDSCABIANB+YkBaikDADcDUCABIANBgYoBaikDADcDWCADQYmKAWopAwAhDiABQcAAOgBoIAEgDjcDYCABQgA3AyAgASAEOgBpIAEgADcDiAEgASAGNwOAASABIAc3A3ggASAINwNwIAFBkAFqIAFB8ABqIAVBwABCACAEQf8BcRACIAEpA7ABIQ4gASkDkAEhDyABKQO4ASEQIAEpA5gBIREgASkDwAEhEiABKQOgASETIA0gASkDyAEgASkDqAGFNwMAIAwgEiAThTcDACALIBAgEYU3AwAgCiAOIA+FNwMAIAlBf2oiCUH/AXEiAyACSw0AC0EAIAk6AJCKAQsgAUHQAWokAAvHCQIKfwV+IwBB4AJrIgUkAAJAAkAgAUGACEsNACAFIAA2AvwBIAVB/AFqIAFBgAhGIgZBECACQQEgA0EBQQIgBBABIAZBCnQiByABTw0BIAVB4ABqIgZCADcDACAFQdgAaiIIQgA3AwAgBUHQAGoiCUIANwMAIAVByABqIgpCADcDACAFQcAAaiILQgA3AwAgBUE4aiIMQgA3AwAgBUEwaiINQgA3AwAgBSADOgBqIAVCADcDKCAFQQA7AWggBUEAKQOAiQE3AwAgBUEAKQOIiQE3AwggBUEAKQOQiQE3AxAgBUEAKQOYiQE3AxggBSABQYAIRiIOrSACfDcDICAFIAAgB2pBACABIA4bEAQgBUGIAWpBMGogDSkDADcDACAFQYgBakE4aiAMKQMANwMAIAUgBSkDACIPNwOIASAFIAUpAwgiEDcDkAEgBSAFKQMQIhE3A5gBIAUgBSkDGCISNwOgASAFIAUpAyg3A7ABIAUtAGohACAFLQBpIQcgBSkDICECIAUtAGghASAFQYgBakHAAGogCykDADcDACAFQYgBakHIAGogCikDADcDACAFQYgBakHQAGogCSkDADcDACAFQYgBakHYAGogCCkDADcDACAFQYgBakHgAGogBikDADcDACAFIAE6APABIAUgAjcDqAEgBSAAIAdFckECciIAOgDxASAFIBI3A5gCIAUgETcDkAIgBSAQNwOIAiAFIA83A4ACIAVBoAJqIAVBgAJqIAVBsAFqIAEgAiAAQf8BcRACIAUpA8ACIQIgBSkDoAIhDyAFKQPIAiEQIAUpA6gCIREgBSkD0AIhEiAFKQOwAiETIAQgDkEFdGoiASAFKQPYAiAFKQO4AoU3AxggASASIBOFNwMQIAEgECARhTcDCCABIAIgD4U3AwBBAkEBIA4bIQYMAQsgAEIBIAFBf2pBCnZBAXKteUI/hYYiD6dBCnQiDiACIAMgBRAGIQcgACAOaiABIA5rIA9C////AYMgAnwgAyAFQcAAQSAgDkGACEsbahAGIQECQCAHQQFHDQAgBCAFKQMANwMAIAQgBSkDCDcDCCAEIAUpAxA3AxAgBCAFKQMYNwMYIAQgBSkDIDcDICAEIAUpAyg3AyggBCAFKQMwNwMwIAQgBSkDODcDOEECIQYMAQtBACEGQQAhAAJAIAEgB2oiCUECSQ0AIAlBfmoiCkEBdkEBaiIGQQNxIQ5BACEHAkAgCkEGSQ0AIAZB/P///wdxIQhBACEHIAVBiAFqIQEgBSEAA0AgASAANgIAIAFBDGogAEHAAWo2AgAgAUEIaiAAQYABajYCACABQQRqIABBwABqNgIAIABBgAJqIQAgAUEQaiEBIAggB0EEaiIHRw0ACwsgCkF+cSEIAkAgDkUNACAFIAdBBnRqIQEgBUGIAWogB0ECdGohAANAIAAgATYCACABQcAAaiEBIABBBGohACAOQX9qIg4NAAsLIAhBAmohAAsgBUGIAWogBkEBQgBBACADQQRyQQBBACAEEAEgACAJTw0AIAQgBkEFdGoiASAFIAZBBnRqIgApAwA3AwAgASAAKQMINwMIIAEgACkDEDcDECABIAApAxg3AxggBkEBaiEGCyAFQeACaiQAIAYLrRAIAn8EfgF/AX4EfwR+BH8EfiMAQfABayIBJAACQCAARQ0AAkBBAC0AkIoBIgINACABQTBqQQApA9CJATcDACABQThqQQApA9iJATcDACABQQApA6CJASIDNwMAIAFBACkDqIkBIgQ3AwggAUEAKQOwiQEiBTcDECABQQApA7iJASIGNwMYIAFBACkDyIkBNwMoQQAtAIqKASECQQAtAImKASEHQQApA8CJASEIQQAtAIiKASEJIAFBwABqQQApA+CJATcDACABQcgAakEAKQPoiQE3AwAgAUHQAGpBACkD8IkBNwMAIAFB2ABqQQApA/iJATcDACABQeAAakEAKQOAigE3AwAgASAJOgBoIAEgCDcDICABIAIgB0VyIgJBAnI6AGkgAUEoaiEKQgAhCEGACSELIAJBCnJB/wFxIQwDQCABQbABaiABIAogCUH/AXEgCCAMEAIgASABKQPQASINIAEpA7ABhTcDcCABIAEpA9gBIg4gASkDuAGFNwN4IAEgASkD4AEiDyABKQPAAYU3A4ABIAEgASkD6AEiECAGhTcDqAEgASAPIAWFNwOgASABIA4gBIU3A5gBIAEgDSADhTcDkAEgASAQIAEpA8gBhTcDiAEgAEHAACAAQcAASRsiEUF/aiESAkACQCARQQdxIhMNACABQfAAaiECIAshByARIRQMAQsgEUH4AHEhFCABQfAAaiECIAshBwNAIAcgAi0AADoAACAHQQFqIQcgAkEBaiECIBNBf2oiEw0ACwsCQCASQQdJDQADQCAHIAIpAAA3AAAgB0EIaiEHIAJBCGohAiAUQXhqIhQNAAsLIAhCAXwhCCALIBFqIQsgACARayIADQAMAgsLAkACQAJAQQAtAImKASIHQQZ0QQBBAC0AiIoBIhFrRg0AIAEgEToAaCABQQApA4CKATcDYCABQQApA/iJATcDWCABQQApA/CJATcDUCABQQApA+iJATcDSCABQQApA+CJATcDQCABQQApA9iJATcDOCABQQApA9CJATcDMCABQQApA8iJATcDKCABQQApA8CJASIINwMgIAFBACkDuIkBIgM3AxggAUEAKQOwiQEiBDcDECABQQApA6iJASIFNwMIIAFBACkDoIkBIgY3AwAgAUEALQCKigEiEyAHRXJBAnIiCzoAaSATQQRyIRNBACkDmIkBIQ1BACkDkIkBIQ5BACkDiIkBIQ9BACkDgIkBIRAMAQtBwAAhESABQcAAOgBoQgAhCCABQgA3AyAgAUEAKQOYiQEiDTcDGCABQQApA5CJASIONwMQIAFBACkDiIkBIg83AwggAUEAKQOAiQEiEDcDACABQQAtAIqKAUEEciITOgBpIAEgAkF+aiICQQV0IgdByYoBaikDADcDYCABIAdBwYoBaikDADcDWCABIAdBuYoBaikDADcDUCABIAdBsYoBaikDADcDSCABIAdBqYoBaikDADcDQCABIAdBoYoBaikDADcDOCABIAdBmYoBaikDADcDMCABIAdBkYoBaikDADcDKCATIQsgECEGIA8hBSAOIQQgDSEDIAJFDQELIAJBf2oiB0EFdCIUQZGKAWopAwAhFSAUQZmKAWopAwAhFiAUQaGKAWopAwAhFyAUQamKAWopAwAhGCABIAM3A4gBIAEgBDcDgAEgASAFNwN4IAEgBjcDcCABQbABaiABQfAAaiABQShqIhQgESAIIAtB/wFxEAIgASATOgBpIAFBwAA6AGggASAYNwNAIAEgFzcDOCABIBY3AzAgASAVNwMoIAFCADcDICABIA03AxggASAONwMQIAEgDzcDCCABIBA3AwAgASABKQPoASABKQPIAYU3A2AgASABKQPgASABKQPAAYU3A1ggASABKQPYASABKQO4AYU3A1AgASABKQPQASABKQOwAYU3A0ggB0UNACACQQV0QemJAWohAiATQf8BcSERA0AgAkFoaikDACEIIAJBcGopAwAhAyACQXhqKQMAIQQgAikDACEFIAEgDTcDiAEgASAONwOAASABIA83A3ggASAQNwNwIAFBsAFqIAFB8ABqIBRBwABCACAREAIgASATOgBpIAFBwAA6AGggASAFNwNAIAEgBDcDOCABIAM3AzAgASAINwMoIAFCADcDICABIA03AxggASAONwMQIAEgDzcDCCABIBA3AwAgASABKQPoASABKQPIAYU3A2AgASABKQPgASABKQPAAYU3A1ggASABKQPYASABKQO4AYU3A1AgASABKQPQASABKQOwAYU3A0ggAkFgaiECIAdBf2oiBw0ACwsgAUEoaiEJQgAhCEGACSELIBNBCHJB/wFxIQoDQCABQbABaiABIAlBwAAgCCAKEAIgASABKQPQASIDIAEpA7ABhTcDcCABIAEpA9gBIgQgASkDuAGFNwN4IAEgASkD4AEiBSABKQPAAYU3A4ABIAEgDSABKQPoASIGhTcDqAEgASAOIAWFNwOgASABIA8gBIU3A5gBIAEgECADhTcDkAEgASAGIAEpA8gBhTcDiAEgAEHAACAAQcAASRsiEUF/aiESAkACQCARQQdxIhMNACABQfAAaiECIAshByARIRQMAQsgEUH4AHEhFCABQfAAaiECIAshBwNAIAcgAi0AADoAACAHQQFqIQcgAkEBaiECIBNBf2oiEw0ACwsCQCASQQdJDQADQCAHIAIpAAA3AAAgB0EIaiEHIAJBCGohAiAUQXhqIhQNAAsLIAhCAXwhCCALIBFqIQsgACARayIADQALCyABQfABaiQAC6MCAQR+AkACQCAAQSBGDQBCq7OP/JGjs/DbACEBQv+kuYjFkdqCm38hAkLy5rvjo6f9p6V/IQNC58yn0NbQ67O7fyEEQQAhAAwBC0EAKQOYCSEBQQApA5AJIQJBACkDiAkhA0EAKQOACSEEQRAhAAtBACAAOgCKigFBAEIANwOAigFBAEIANwP4iQFBAEIANwPwiQFBAEIANwPoiQFBAEIANwPgiQFBAEIANwPYiQFBAEIANwPQiQFBAEIANwPIiQFBAEIANwPAiQFBACABNwO4iQFBACACNwOwiQFBACADNwOoiQFBACAENwOgiQFBACABNwOYiQFBACACNwOQiQFBACADNwOIiQFBACAENwOAiQFBAEEAOgCQigFBAEEAOwGIigELBgAgABADCwYAIAAQBwsGAEGAiQELqwIBBH4CQAJAIAFBIEYNAEKrs4/8kaOz8NsAIQNC/6S5iMWR2oKbfyEEQvLmu+Ojp/2npX8hBULnzKfQ1tDrs7t/IQZBACEBDAELQQApA5gJIQNBACkDkAkhBEEAKQOICSEFQQApA4AJIQZBECEBC0EAIAE6AIqKAUEAQgA3A4CKAUEAQgA3A/iJAUEAQgA3A/CJAUEAQgA3A+iJAUEAQgA3A+CJAUEAQgA3A9iJAUEAQgA3A9CJAUEAQgA3A8iJAUEAQgA3A8CJAUEAIAM3A7iJAUEAIAQ3A7CJAUEAIAU3A6iJAUEAIAY3A6CJAUEAIAM3A5iJAUEAIAQ3A5CJAUEAIAU3A4iJAUEAIAY3A4CJAUEAQQA6AJCKAUEAQQA7AYiKASAAEAMgAhAHCwsLAQBBgAgLBHgHAAA=";
    var hash$h = "215d875f";
    var wasmJson$h = {
    	name: name$h,
    	data: data$h,
    	hash: hash$h
    };

    const mutex$i = new Mutex();
    let wasmCache$i = null;
    function validateBits$2(bits) {
        if (!Number.isInteger(bits) || bits < 8 || bits % 8 !== 0) {
            return new Error("Invalid variant! Valid values: 8, 16, ...");
        }
        return null;
    }
    /**
     * Calculates BLAKE3 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8. Defaults to 256.
     * @param key Optional key (string, Buffer or TypedArray). Length should be 32 bytes.
     * @returns Computed hash as a hexadecimal string
     */
    function blake3(data, bits = 256, key = null) {
        if (validateBits$2(bits)) {
            return Promise.reject(validateBits$2(bits));
        }
        let keyBuffer = null;
        let initParam = 0; // key is empty by default
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length !== 32) {
                return Promise.reject(new Error("Key length must be exactly 32 bytes"));
            }
            initParam = 32;
        }
        const hashLength = bits / 8;
        const digestParam = hashLength;
        if (wasmCache$i === null || wasmCache$i.hashLength !== hashLength) {
            return lockedCreate(mutex$i, wasmJson$h, hashLength).then((wasm) => {
                wasmCache$i = wasm;
                if (initParam === 32) {
                    wasmCache$i.writeMemory(keyBuffer);
                }
                return wasmCache$i.calculate(data, initParam, digestParam);
            });
        }
        try {
            if (initParam === 32) {
                wasmCache$i.writeMemory(keyBuffer);
            }
            const hash = wasmCache$i.calculate(data, initParam, digestParam);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new BLAKE3 hash instance
     * @param bits Number of output bits, which has to be a number
     *             divisible by 8. Defaults to 256.
     * @param key Optional key (string, Buffer or TypedArray). Length should be 32 bytes.
     */
    function createBLAKE3(bits = 256, key = null) {
        if (validateBits$2(bits)) {
            return Promise.reject(validateBits$2(bits));
        }
        let keyBuffer = null;
        let initParam = 0; // key is empty by default
        if (key !== null) {
            keyBuffer = getUInt8Buffer(key);
            if (keyBuffer.length !== 32) {
                return Promise.reject(new Error("Key length must be exactly 32 bytes"));
            }
            initParam = 32;
        }
        const outputSize = bits / 8;
        const digestParam = outputSize;
        return WASMInterface(wasmJson$h, outputSize).then((wasm) => {
            if (initParam === 32) {
                wasm.writeMemory(keyBuffer);
            }
            wasm.init(initParam);
            const obj = {
                init: initParam === 32
                    ? () => {
                        wasm.writeMemory(keyBuffer);
                        wasm.init(initParam);
                        return obj;
                    }
                    : () => {
                        wasm.init(initParam);
                        return obj;
                    },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType, digestParam),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: outputSize,
            };
            return obj;
        });
    }

    var name$g = "crc32";
    var data$g = "AGFzbQEAAAABEQRgAAF/YAF/AGAAAGACf38AAwgHAAEBAQIAAwUEAQECAgYOAn8BQZDJBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAgtIYXNoX1VwZGF0ZQADCkhhc2hfRmluYWwABA1IYXNoX0dldFN0YXRlAAUOSGFzaF9DYWxjdWxhdGUABgpTVEFURV9TSVpFAwEKkggHBQBBgAkLwwMBA39BgIkBIQFBACECA0AgAUEAQQBBAEEAQQBBAEEAQQAgAkEBcWsgAHEgAkEBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnMiA0EBcWsgAHEgA0EBdnM2AgAgAUEEaiEBIAJBAWoiAkGAAkcNAAtBACEAA0AgAEGEkQFqIABBhIkBaigCACICQf8BcUECdEGAiQFqKAIAIAJBCHZzIgI2AgAgAEGEmQFqIAJB/wFxQQJ0QYCJAWooAgAgAkEIdnMiAjYCACAAQYShAWogAkH/AXFBAnRBgIkBaigCACACQQh2cyICNgIAIABBhKkBaiACQf8BcUECdEGAiQFqKAIAIAJBCHZzIgI2AgAgAEGEsQFqIAJB/wFxQQJ0QYCJAWooAgAgAkEIdnMiAjYCACAAQYS5AWogAkH/AXFBAnRBgIkBaigCACACQQh2cyICNgIAIABBhMEBaiACQf8BcUECdEGAiQFqKAIAIAJBCHZzNgIAIABBBGoiAEH8B0cNAAsLJwACQEEAKAKAyQEgAEYNACAAEAFBACAANgKAyQELQQBBADYChMkBC4gDAQN/QQAoAoTJAUF/cyEBQYAJIQICQCAAQQhJDQBBgAkhAgNAIAJBBGooAgAiA0EOdkH8B3FBgJEBaigCACADQRZ2QfwHcUGAiQFqKAIAcyADQQZ2QfwHcUGAmQFqKAIAcyADQf8BcUECdEGAoQFqKAIAcyACKAIAIAFzIgFBFnZB/AdxQYCpAWooAgBzIAFBDnZB/AdxQYCxAWooAgBzIAFBBnZB/AdxQYC5AWooAgBzIAFB/wFxQQJ0QYDBAWooAgBzIQEgAkEIaiECIABBeGoiAEEHSw0ACwsCQCAARQ0AAkACQCAAQQFxDQAgACEDDAELIAFB/wFxIAItAABzQQJ0QYCJAWooAgAgAUEIdnMhASACQQFqIQIgAEF/aiEDCyAAQQFGDQADQCABQf8BcSACLQAAc0ECdEGAiQFqKAIAIAFBCHZzIgFB/wFxIAJBAWotAABzQQJ0QYCJAWooAgAgAUEIdnMhASACQQJqIQIgA0F+aiIDDQALC0EAIAFBf3M2AoTJAQsyAQF/QQBBACgChMkBIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyNgKACQsGAEGEyQELWQACQEEAKAKAyQEgAUYNACABEAFBACABNgKAyQELQQBBADYChMkBIAAQA0EAQQAoAoTJASIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYCgAkLCwsBAEGACAsEBAAAAA==";
    var hash$g = "d2eba587";
    var wasmJson$g = {
    	name: name$g,
    	data: data$g,
    	hash: hash$g
    };

    const mutex$h = new Mutex();
    let wasmCache$h = null;
    function validatePoly(poly) {
        if (!Number.isInteger(poly) || poly < 0 || poly > 0xffffffff) {
            return new Error("Polynomial must be a valid 32-bit long unsigned integer");
        }
        return null;
    }
    /**
     * Calculates CRC-32 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param polynomial Input polynomial (defaults to 0xedb88320, for CRC32C use 0x82f63b78)
     * @returns Computed hash as a hexadecimal string
     */
    function crc32(data, polynomial = 0xedb88320) {
        if (validatePoly(polynomial)) {
            return Promise.reject(validatePoly(polynomial));
        }
        if (wasmCache$h === null) {
            return lockedCreate(mutex$h, wasmJson$g, 4).then((wasm) => {
                wasmCache$h = wasm;
                return wasmCache$h.calculate(data, polynomial);
            });
        }
        try {
            const hash = wasmCache$h.calculate(data, polynomial);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new CRC-32 hash instance
     * @param polynomial Input polynomial (defaults to 0xedb88320, for CRC32C use 0x82f63b78)
     */
    function createCRC32(polynomial = 0xedb88320) {
        if (validatePoly(polynomial)) {
            return Promise.reject(validatePoly(polynomial));
        }
        return WASMInterface(wasmJson$g, 4).then((wasm) => {
            wasm.init(polynomial);
            const obj = {
                init: () => {
                    wasm.init(polynomial);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 4,
                digestSize: 4,
            };
            return obj;
        });
    }

    var name$f = "crc64";
    var data$f = "AGFzbQEAAAABDANgAAF/YAAAYAF/AAMHBgABAgEAAQUEAQECAgYOAn8BQZCJBgt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwAAw1IYXNoX0dldFN0YXRlAAQOSGFzaF9DYWxjdWxhdGUABQpTVEFURV9TSVpFAwEKgwgGBQBBgAkL9QMDAX4BfwJ+AkBBACkDgIkCQQApA4AJIgBRDQBBgIkBIQFCACECA0AgAUIAQgBCAEIAQgBCAEIAQgAgAkIBg30gAIMgAkIBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIUiA0IBg30gAIMgA0IBiIU3AwAgAUEIaiEBIAJCAXwiAkKAAlINAAtBACEBA0AgAUGImQFqIAFBiIkBaikDACICp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiKkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiLkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiMkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiNkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiOkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhSICNwMAIAFBiPkBaiACp0H/AXFBA3RBgIkBaikDACACQgiIhTcDACABQQhqIgFB+A9HDQALQQAgADcDgIkCC0EAQgA3A4iJAguUAwIBfgJ/QQApA4iJAkJ/hSEBQYAJIQICQCAAQQhJDQBBgAkhAgNAIAIpAwAgAYUiAUIwiKdB/wFxQQN0QYCZAWopAwAgAUI4iKdBA3RBgIkBaikDAIUgAUIoiKdB/wFxQQN0QYCpAWopAwCFIAFCIIinQf8BcUEDdEGAuQFqKQMAhSABpyIDQRV2QfgPcUGAyQFqKQMAhSADQQ12QfgPcUGA2QFqKQMAhSADQQV2QfgPcUGA6QFqKQMAhSADQf8BcUEDdEGA+QFqKQMAhSEBIAJBCGohAiAAQXhqIgBBB0sNAAsLAkAgAEUNAAJAAkAgAEEBcQ0AIAAhAwwBCyABQv8BgyACMQAAhadBA3RBgIkBaikDACABQgiIhSEBIAJBAWohAiAAQX9qIQMLIABBAUYNAANAIAFC/wGDIAIxAACFp0EDdEGAiQFqKQMAIAFCCIiFIgFC/wGDIAJBAWoxAACFp0EDdEGAiQFqKQMAIAFCCIiFIQEgAkECaiECIANBfmoiAw0ACwtBACABQn+FNwOIiQILZAEBfkEAQQApA4iJAiIAQjiGIABCgP4Dg0IohoQgAEKAgPwHg0IYhiAAQoCAgPgPg0IIhoSEIABCCIhCgICA+A+DIABCGIhCgID8B4OEIABCKIhCgP4DgyAAQjiIhISENwOACQsGAEGIiQILAgALCwsBAEGACAsECAAAAA==";
    var hash$f = "c5ac6c16";
    var wasmJson$f = {
    	name: name$f,
    	data: data$f,
    	hash: hash$f
    };

    const mutex$g = new Mutex();
    let wasmCache$g = null;
    const polyBuffer = new Uint8Array(8);
    function parsePoly(poly) {
        const errText = "Polynomial must be provided as a 16 char long hex string";
        if (typeof poly !== "string" || poly.length !== 16) {
            return { hi: 0, lo: 0, err: new Error(errText) };
        }
        const hi = Number(`0x${poly.slice(0, 8)}`);
        const lo = Number(`0x${poly.slice(8)}`);
        if (Number.isNaN(hi) || Number.isNaN(lo)) {
            return { hi, lo, err: new Error(errText) };
        }
        return { hi, lo, err: null };
    }
    function writePoly(arr, lo, hi) {
        // write in little-endian format
        const buffer = new DataView(arr);
        buffer.setUint32(0, lo, true);
        buffer.setUint32(4, hi, true);
    }
    /**
     * Calculates CRC-64 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param polynomial Input polynomial (defaults to 'c96c5795d7870f42' - ECMA)
     * @returns Computed hash as a hexadecimal string
     */
    function crc64(data, polynomial = "c96c5795d7870f42") {
        const { hi, lo, err } = parsePoly(polynomial);
        if (err !== null) {
            return Promise.reject(err);
        }
        if (wasmCache$g === null) {
            return lockedCreate(mutex$g, wasmJson$f, 8).then((wasm) => {
                wasmCache$g = wasm;
                writePoly(polyBuffer.buffer, lo, hi);
                wasmCache$g.writeMemory(polyBuffer);
                return wasmCache$g.calculate(data);
            });
        }
        try {
            writePoly(polyBuffer.buffer, lo, hi);
            wasmCache$g.writeMemory(polyBuffer);
            const hash = wasmCache$g.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new CRC-64 hash instance
     * @param polynomial Input polynomial (defaults to 'c96c5795d7870f42' - ECMA)
     */
    function createCRC64(polynomial = "c96c5795d7870f42") {
        const { hi, lo, err } = parsePoly(polynomial);
        if (err !== null) {
            return Promise.reject(err);
        }
        return WASMInterface(wasmJson$f, 8).then((wasm) => {
            const instanceBuffer = new Uint8Array(8);
            writePoly(instanceBuffer.buffer, lo, hi);
            wasm.writeMemory(instanceBuffer);
            wasm.init();
            const obj = {
                init: () => {
                    wasm.writeMemory(instanceBuffer);
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 8,
                digestSize: 8,
            };
            return obj;
        });
    }

    var name$e = "md4";
    var data$e = "AGFzbQEAAAABEgRgAAF/YAAAYAF/AGACf38BfwMIBwABAgMBAAIFBAEBAgIGDgJ/AUGgigULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAELSGFzaF9VcGRhdGUAAgpIYXNoX0ZpbmFsAAQNSGFzaF9HZXRTdGF0ZQAFDkhhc2hfQ2FsY3VsYXRlAAYKU1RBVEVfU0laRQMBCucUBwUAQYAJCy0AQQBC/rnrxemOlZkQNwKQiQFBAEKBxpS6lvHq5m83AoiJAUEAQgA3AoCJAQu+BQEHf0EAQQAoAoCJASIBIABqQf////8BcSICNgKAiQFBAEEAKAKEiQEgAiABSWogAEEddmo2AoSJAQJAAkACQAJAAkACQCABQT9xIgMNAEGACSEEDAELIABBwAAgA2siBUkNASAFQQNxIQZBACEBAkAgA0E/c0EDSQ0AIANBgIkBaiEEIAVB/ABxIQdBACEBA0AgBCABaiICQRhqIAFBgAlqLQAAOgAAIAJBGWogAUGBCWotAAA6AAAgAkEaaiABQYIJai0AADoAACACQRtqIAFBgwlqLQAAOgAAIAcgAUEEaiIBRw0ACwsCQCAGRQ0AIANBmIkBaiECA0AgAiABaiABQYAJai0AADoAACABQQFqIQEgBkF/aiIGDQALC0GYiQFBwAAQAxogACAFayEAIAVBgAlqIQQLIABBwABPDQEgACECDAILIABFDQIgAEEDcSEGQQAhAQJAIABBBEkNACADQYCJAWohBCAAQXxxIQBBACEBA0AgBCABaiICQRhqIAFBgAlqLQAAOgAAIAJBGWogAUGBCWotAAA6AAAgAkEaaiABQYIJai0AADoAACACQRtqIAFBgwlqLQAAOgAAIAAgAUEEaiIBRw0ACwsgBkUNAiADQZiJAWohAgNAIAIgAWogAUGACWotAAA6AAAgAUEBaiEBIAZBf2oiBg0ADAMLCyAAQT9xIQIgBCAAQUBxEAMhBAsgAkUNACACQQNxIQZBACEBAkAgAkEESQ0AIAJBPHEhAEEAIQEDQCABQZiJAWogBCABaiICLQAAOgAAIAFBmYkBaiACQQFqLQAAOgAAIAFBmokBaiACQQJqLQAAOgAAIAFBm4kBaiACQQNqLQAAOgAAIAAgAUEEaiIBRw0ACwsgBkUNAANAIAFBmIkBaiAEIAFqLQAAOgAAIAFBAWohASAGQX9qIgYNAAsLC+sKARd/QQAoApSJASECQQAoApCJASEDQQAoAoyJASEEQQAoAoiJASEFA0AgACgCHCIGIAAoAhQiByAAKAIYIgggACgCECIJIAAoAiwiCiAAKAIoIgsgACgCJCIMIAAoAiAiDSALIAggACgCCCIOIANqIAAoAgQiDyACaiAEIAMgAnNxIAJzIAVqIAAoAgAiEGpBA3ciESAEIANzcSADc2pBB3ciEiARIARzcSAEc2pBC3ciE2ogEiAHaiAJIBFqIAAoAgwiFCAEaiATIBIgEXNxIBFzakETdyIRIBMgEnNxIBJzakEDdyISIBEgE3NxIBNzakEHdyITIBIgEXNxIBFzakELdyIVaiATIAxqIBIgDWogESAGaiAVIBMgEnNxIBJzakETdyIRIBUgE3NxIBNzakEDdyISIBEgFXNxIBVzakEHdyITIBIgEXNxIBFzakELdyIVIAAoAjgiFmogEyAAKAI0IhdqIBIgACgCMCIYaiARIApqIBUgEyASc3EgEnNqQRN3IhIgFSATc3EgE3NqQQN3IhMgEiAVc3EgFXNqQQd3IhUgEyASc3EgEnNqQQt3IhFqIAkgFWogECATaiASIAAoAjwiCWogESAVIBNzcSATc2pBE3ciEiARIBVycSARIBVxcmpBmfOJ1AVqQQN3IhMgEiARcnEgEiARcXJqQZnzidQFakEFdyIRIBMgEnJxIBMgEnFyakGZ84nUBWpBCXciFWogByARaiAPIBNqIBggEmogFSARIBNycSARIBNxcmpBmfOJ1AVqQQ13IhIgFSARcnEgFSARcXJqQZnzidQFakEDdyIRIBIgFXJxIBIgFXFyakGZ84nUBWpBBXciEyARIBJycSARIBJxcmpBmfOJ1AVqQQl3IhVqIAggE2ogDiARaiAXIBJqIBUgEyARcnEgEyARcXJqQZnzidQFakENdyIRIBUgE3JxIBUgE3FyakGZ84nUBWpBA3ciEiARIBVycSARIBVxcmpBmfOJ1AVqQQV3IhMgEiARcnEgEiARcXJqQZnzidQFakEJdyIVaiAGIBNqIBQgEmogFiARaiAVIBMgEnJxIBMgEnFyakGZ84nUBWpBDXciESAVIBNycSAVIBNxcmpBmfOJ1AVqQQN3IhIgESAVcnEgESAVcXJqQZnzidQFakEFdyITIBIgEXJxIBIgEXFyakGZ84nUBWpBCXciFWogECASaiAJIBFqIBUgEyAScnEgEyAScXJqQZnzidQFakENdyIGIBVzIhIgE3NqQaHX5/YGakEDdyIRIAZzIA0gE2ogEiARc2pBodfn9gZqQQl3IhJzakGh1+f2BmpBC3ciE2ogDiARaiATIBJzIBggBmogEiARcyATc2pBodfn9gZqQQ93IhFzakGh1+f2BmpBA3ciFSARcyALIBJqIBEgE3MgFXNqQaHX5/YGakEJdyISc2pBodfn9gZqQQt3IhNqIA8gFWogEyAScyAWIBFqIBIgFXMgE3NqQaHX5/YGakEPdyIRc2pBodfn9gZqQQN3IhUgEXMgDCASaiARIBNzIBVzakGh1+f2BmpBCXciEnNqQaHX5/YGakELdyITaiAUIBVqIBMgEnMgFyARaiASIBVzIBNzakGh1+f2BmpBD3ciEXNqQaHX5/YGakEDdyIVIBFzIAogEmogESATcyAVc2pBodfn9gZqQQl3IhJzakGh1+f2BmpBC3ciEyADaiEDIAkgEWogEiAVcyATc2pBodfn9gZqQQ93IARqIQQgEiACaiECIBUgBWohBSAAQcAAaiEAIAFBQGoiAQ0AC0EAIAI2ApSJAUEAIAM2ApCJAUEAIAQ2AoyJAUEAIAU2AoiJASAAC8gDAQV/QQAoAoCJAUE/cSIAQZiJAWpBgAE6AAAgAEEBaiEBAkACQAJAAkAgAEE/cyICQQdLDQAgAkUNASABQZiJAWpBADoAACACQQFGDQEgAEGaiQFqQQA6AAAgAkECRg0BIABBm4kBakEAOgAAIAJBA0YNASAAQZyJAWpBADoAACACQQRGDQEgAEGdiQFqQQA6AAAgAkEFRg0BIABBnokBakEAOgAAIAJBBkYNASAAQZ+JAWpBADoAAAwBCyACQQhGDQJBNiAAayIDIQQCQCACQQNxIgBFDQBBACAAayEEQQAhAANAIABBz4kBakEAOgAAIAQgAEF/aiIARw0ACyADIABqIQQLIANBA0kNAgwBC0GYiQFBwAAQAxpBACEBQTchBAsgAUGAiQFqIQBBfyECA0AgACAEakEVakEANgAAIABBfGohACAEIAJBBGoiAkcNAAsLQQBBACgChIkBNgLUiQFBAEEAKAKAiQEiAEEVdjoA04kBQQAgAEENdjoA0okBQQAgAEEFdjoA0YkBQQAgAEEDdCIAOgDQiQFBACAANgKAiQFBmIkBQcAAEAMaQQBBACkCiIkBNwOACUEAQQApApCJATcDiAkLBgBBgIkBCzMAQQBC/rnrxemOlZkQNwKQiQFBAEKBxpS6lvHq5m83AoiJAUEAQgA3AoCJASAAEAIQBAsLCwEAQYAICwSYAAAA";
    var hash$e = "bd8ce7c7";
    var wasmJson$e = {
    	name: name$e,
    	data: data$e,
    	hash: hash$e
    };

    const mutex$f = new Mutex();
    let wasmCache$f = null;
    /**
     * Calculates MD4 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function md4(data) {
        if (wasmCache$f === null) {
            return lockedCreate(mutex$f, wasmJson$e, 16).then((wasm) => {
                wasmCache$f = wasm;
                return wasmCache$f.calculate(data);
            });
        }
        try {
            const hash = wasmCache$f.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new MD4 hash instance
     */
    function createMD4() {
        return WASMInterface(wasmJson$e, 16).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 16,
            };
            return obj;
        });
    }

    var name$d = "md5";
    var data$d = "AGFzbQEAAAABEgRgAAF/YAAAYAF/AGACf38BfwMIBwABAgMBAAIFBAEBAgIGDgJ/AUGgigULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAELSGFzaF9VcGRhdGUAAgpIYXNoX0ZpbmFsAAQNSGFzaF9HZXRTdGF0ZQAFDkhhc2hfQ2FsY3VsYXRlAAYKU1RBVEVfU0laRQMBCoMaBwUAQYAJCy0AQQBC/rnrxemOlZkQNwKQiQFBAEKBxpS6lvHq5m83AoiJAUEAQgA3AoCJAQu+BQEHf0EAQQAoAoCJASIBIABqQf////8BcSICNgKAiQFBAEEAKAKEiQEgAiABSWogAEEddmo2AoSJAQJAAkACQAJAAkACQCABQT9xIgMNAEGACSEEDAELIABBwAAgA2siBUkNASAFQQNxIQZBACEBAkAgA0E/c0EDSQ0AIANBgIkBaiEEIAVB/ABxIQdBACEBA0AgBCABaiICQRhqIAFBgAlqLQAAOgAAIAJBGWogAUGBCWotAAA6AAAgAkEaaiABQYIJai0AADoAACACQRtqIAFBgwlqLQAAOgAAIAcgAUEEaiIBRw0ACwsCQCAGRQ0AIANBmIkBaiECA0AgAiABaiABQYAJai0AADoAACABQQFqIQEgBkF/aiIGDQALC0GYiQFBwAAQAxogACAFayEAIAVBgAlqIQQLIABBwABPDQEgACECDAILIABFDQIgAEEDcSEGQQAhAQJAIABBBEkNACADQYCJAWohBCAAQXxxIQBBACEBA0AgBCABaiICQRhqIAFBgAlqLQAAOgAAIAJBGWogAUGBCWotAAA6AAAgAkEaaiABQYIJai0AADoAACACQRtqIAFBgwlqLQAAOgAAIAAgAUEEaiIBRw0ACwsgBkUNAiADQZiJAWohAgNAIAIgAWogAUGACWotAAA6AAAgAUEBaiEBIAZBf2oiBg0ADAMLCyAAQT9xIQIgBCAAQUBxEAMhBAsgAkUNACACQQNxIQZBACEBAkAgAkEESQ0AIAJBPHEhAEEAIQEDQCABQZiJAWogBCABaiICLQAAOgAAIAFBmYkBaiACQQFqLQAAOgAAIAFBmokBaiACQQJqLQAAOgAAIAFBm4kBaiACQQNqLQAAOgAAIAAgAUEEaiIBRw0ACwsgBkUNAANAIAFBmIkBaiAEIAFqLQAAOgAAIAFBAWohASAGQX9qIgYNAAsLC4cQARl/QQAoApSJASECQQAoApCJASEDQQAoAoyJASEEQQAoAoiJASEFA0AgACgCCCIGIAAoAhgiByAAKAIoIgggACgCOCIJIAAoAjwiCiAAKAIMIgsgACgCHCIMIAAoAiwiDSAMIAsgCiANIAkgCCAHIAMgBmogAiAAKAIEIg5qIAUgBCACIANzcSACc2ogACgCACIPakH4yKq7fWpBB3cgBGoiECAEIANzcSADc2pB1u6exn5qQQx3IBBqIhEgECAEc3EgBHNqQdvhgaECakERdyARaiISaiAAKAIUIhMgEWogACgCECIUIBBqIAQgC2ogEiARIBBzcSAQc2pB7p33jXxqQRZ3IBJqIhAgEiARc3EgEXNqQa+f8Kt/akEHdyAQaiIRIBAgEnNxIBJzakGqjJ+8BGpBDHcgEWoiEiARIBBzcSAQc2pBk4zBwXpqQRF3IBJqIhVqIAAoAiQiFiASaiAAKAIgIhcgEWogDCAQaiAVIBIgEXNxIBFzakGBqppqakEWdyAVaiIQIBUgEnNxIBJzakHYsYLMBmpBB3cgEGoiESAQIBVzcSAVc2pBr++T2nhqQQx3IBFqIhIgESAQc3EgEHNqQbG3fWpBEXcgEmoiFWogACgCNCIYIBJqIAAoAjAiGSARaiANIBBqIBUgEiARc3EgEXNqQb6v88p4akEWdyAVaiIQIBUgEnNxIBJzakGiosDcBmpBB3cgEGoiESAQIBVzcSAVc2pBk+PhbGpBDHcgEWoiFSARIBBzcSAQc2pBjofls3pqQRF3IBVqIhJqIAcgFWogDiARaiAKIBBqIBIgFSARc3EgEXNqQaGQ0M0EakEWdyASaiIQIBJzIBVxIBJzakHiyviwf2pBBXcgEGoiESAQcyAScSAQc2pBwOaCgnxqQQl3IBFqIhIgEXMgEHEgEXNqQdG0+bICakEOdyASaiIVaiAIIBJqIBMgEWogDyAQaiAVIBJzIBFxIBJzakGqj9vNfmpBFHcgFWoiECAVcyAScSAVc2pB3aC8sX1qQQV3IBBqIhEgEHMgFXEgEHNqQdOokBJqQQl3IBFqIhIgEXMgEHEgEXNqQYHNh8V9akEOdyASaiIVaiAJIBJqIBYgEWogFCAQaiAVIBJzIBFxIBJzakHI98++fmpBFHcgFWoiECAVcyAScSAVc2pB5puHjwJqQQV3IBBqIhEgEHMgFXEgEHNqQdaP3Jl8akEJdyARaiISIBFzIBBxIBFzakGHm9Smf2pBDncgEmoiFWogBiASaiAYIBFqIBcgEGogFSAScyARcSASc2pB7anoqgRqQRR3IBVqIhAgFXMgEnEgFXNqQYXSj896akEFdyAQaiIRIBBzIBVxIBBzakH4x75nakEJdyARaiISIBFzIBBxIBFzakHZhby7BmpBDncgEmoiFWogFyASaiATIBFqIBkgEGogFSAScyARcSASc2pBipmp6XhqQRR3IBVqIhAgFXMiFSASc2pBwvJoakEEdyAQaiIRIBVzakGB7ce7eGpBC3cgEWoiEiARcyIaIBBzakGiwvXsBmpBEHcgEmoiFWogFCASaiAOIBFqIAkgEGogFSAac2pBjPCUb2pBF3cgFWoiECAVcyIVIBJzakHE1PulempBBHcgEGoiESAVc2pBqZ/73gRqQQt3IBFqIhIgEXMiCSAQc2pB4JbttX9qQRB3IBJqIhVqIA8gEmogGCARaiAIIBBqIBUgCXNqQfD4/vV7akEXdyAVaiIQIBVzIhUgEnNqQcb97cQCakEEdyAQaiIRIBVzakH6z4TVfmpBC3cgEWoiEiARcyIIIBBzakGF4bynfWpBEHcgEmoiFWogGSASaiAWIBFqIAcgEGogFSAIc2pBhbqgJGpBF3cgFWoiESAVcyIQIBJzakG5oNPOfWpBBHcgEWoiEiAQc2pB5bPutn5qQQt3IBJqIhUgEnMiByARc2pB+PmJ/QFqQRB3IBVqIhBqIAwgFWogDyASaiAGIBFqIBAgB3NqQeWssaV8akEXdyAQaiIRIBVBf3NyIBBzakHExKShf2pBBncgEWoiEiAQQX9zciARc2pBl/+rmQRqQQp3IBJqIhAgEUF/c3IgEnNqQafH0Nx6akEPdyAQaiIVaiALIBBqIBkgEmogEyARaiAVIBJBf3NyIBBzakG5wM5kakEVdyAVaiIRIBBBf3NyIBVzakHDs+2qBmpBBncgEWoiECAVQX9zciARc2pBkpmz+HhqQQp3IBBqIhIgEUF/c3IgEHNqQf3ov39qQQ93IBJqIhVqIAogEmogFyAQaiAOIBFqIBUgEEF/c3IgEnNqQdG7kax4akEVdyAVaiIQIBJBf3NyIBVzakHP/KH9BmpBBncgEGoiESAVQX9zciAQc2pB4M2zcWpBCncgEWoiEiAQQX9zciARc2pBlIaFmHpqQQ93IBJqIhVqIA0gEmogFCARaiAYIBBqIBUgEUF/c3IgEnNqQaGjoPAEakEVdyAVaiIQIBJBf3NyIBVzakGC/c26f2pBBncgEGoiESAVQX9zciAQc2pBteTr6XtqQQp3IBFqIhIgEEF/c3IgEXNqQbul39YCakEPdyASaiIVIARqIBYgEGogFSARQX9zciASc2pBkaeb3H5qQRV3aiEEIBUgA2ohAyASIAJqIQIgESAFaiEFIABBwABqIQAgAUFAaiIBDQALQQAgAjYClIkBQQAgAzYCkIkBQQAgBDYCjIkBQQAgBTYCiIkBIAALyAMBBX9BACgCgIkBQT9xIgBBmIkBakGAAToAACAAQQFqIQECQAJAAkACQCAAQT9zIgJBB0sNACACRQ0BIAFBmIkBakEAOgAAIAJBAUYNASAAQZqJAWpBADoAACACQQJGDQEgAEGbiQFqQQA6AAAgAkEDRg0BIABBnIkBakEAOgAAIAJBBEYNASAAQZ2JAWpBADoAACACQQVGDQEgAEGeiQFqQQA6AAAgAkEGRg0BIABBn4kBakEAOgAADAELIAJBCEYNAkE2IABrIgMhBAJAIAJBA3EiAEUNAEEAIABrIQRBACEAA0AgAEHPiQFqQQA6AAAgBCAAQX9qIgBHDQALIAMgAGohBAsgA0EDSQ0CDAELQZiJAUHAABADGkEAIQFBNyEECyABQYCJAWohAEF/IQIDQCAAIARqQRVqQQA2AAAgAEF8aiEAIAQgAkEEaiICRw0ACwtBAEEAKAKEiQE2AtSJAUEAQQAoAoCJASIAQRV2OgDTiQFBACAAQQ12OgDSiQFBACAAQQV2OgDRiQFBACAAQQN0IgA6ANCJAUEAIAA2AoCJAUGYiQFBwAAQAxpBAEEAKQKIiQE3A4AJQQBBACkCkIkBNwOICQsGAEGAiQELMwBBAEL+uevF6Y6VmRA3ApCJAUEAQoHGlLqW8ermbzcCiIkBQQBCADcCgIkBIAAQAhAECwsLAQBBgAgLBJgAAAA=";
    var hash$d = "e6508e4b";
    var wasmJson$d = {
    	name: name$d,
    	data: data$d,
    	hash: hash$d
    };

    const mutex$e = new Mutex();
    let wasmCache$e = null;
    /**
     * Calculates MD5 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function md5(data) {
        if (wasmCache$e === null) {
            return lockedCreate(mutex$e, wasmJson$d, 16).then((wasm) => {
                wasmCache$e = wasm;
                return wasmCache$e.calculate(data);
            });
        }
        try {
            const hash = wasmCache$e.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new MD5 hash instance
     */
    function createMD5() {
        return WASMInterface(wasmJson$d, 16).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 16,
            };
            return obj;
        });
    }

    var name$c = "sha1";
    var data$c = "AGFzbQEAAAABEQRgAAF/YAF/AGAAAGACf38AAwkIAAECAwECAAEFBAEBAgIGDgJ/AUHgiQULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAILSGFzaF9VcGRhdGUABApIYXNoX0ZpbmFsAAUNSGFzaF9HZXRTdGF0ZQAGDkhhc2hfQ2FsY3VsYXRlAAcKU1RBVEVfU0laRQMBCpoqCAUAQYAJC68iCgF+An8BfgF/AX4DfwF+AX8Bfkd/QQAgACkDECIBQiCIpyICQRh0IAJBgP4DcUEIdHIgAUIoiKdBgP4DcSABQjiIp3JyIgMgACkDCCIEQiCIpyICQRh0IAJBgP4DcUEIdHIgBEIoiKdBgP4DcSAEQjiIp3JyIgVzIAApAygiBkIgiKciAkEYdCACQYD+A3FBCHRyIAZCKIinQYD+A3EgBkI4iKdyciIHcyAEpyICQRh0IAJBgP4DcUEIdHIgAkEIdkGA/gNxIAJBGHZyciIIIAApAwAiBKciAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiCXMgACkDICIKpyICQRh0IAJBgP4DcUEIdHIgAkEIdkGA/gNxIAJBGHZyciILcyAAKQMwIgxCIIinIgJBGHQgAkGA/gNxQQh0ciAMQiiIp0GA/gNxIAxCOIincnIiAnNBAXciDXNBAXciDiAFIARCIIinIg9BGHQgD0GA/gNxQQh0ciAEQiiIp0GA/gNxIARCOIincnIiEHMgCkIgiKciD0EYdCAPQYD+A3FBCHRyIApCKIinQYD+A3EgCkI4iKdyciIRcyAAKQM4IgSnIg9BGHQgD0GA/gNxQQh0ciAPQQh2QYD+A3EgD0EYdnJyIg9zQQF3IhJzIAcgEXMgEnMgCyAAKQMYIgqnIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyIhNzIA9zIA5zQQF3IgBzQQF3IhRzIA0gD3MgAHMgAiAHcyAOcyAGpyIVQRh0IBVBgP4DcUEIdHIgFUEIdkGA/gNxIBVBGHZyciIWIAtzIA1zIApCIIinIhVBGHQgFUGA/gNxQQh0ciAKQiiIp0GA/gNxIApCOIincnIiFyADcyACcyABpyIVQRh0IBVBgP4DcUEIdHIgFUEIdkGA/gNxIBVBGHZyciIYIAhzIBZzIARCIIinIhVBGHQgFUGA/gNxQQh0ciAEQiiIp0GA/gNxIARCOIincnIiFXNBAXciGXNBAXciGnNBAXciG3NBAXciHHNBAXciHXNBAXciHiASIBVzIBEgF3MgFXMgEyAYcyAMpyIfQRh0IB9BgP4DcUEIdHIgH0EIdkGA/gNxIB9BGHZyciIgcyASc0EBdyIfc0EBdyIhcyAPICBzIB9zIBRzQQF3IiJzQQF3IiNzIBQgIXMgI3MgACAfcyAicyAec0EBdyIkc0EBdyIlcyAdICJzICRzIBwgFHMgHnMgGyAAcyAdcyAaIA5zIBxzIBkgDXMgG3MgFSACcyAacyAgIBZzIBlzICFzQQF3IiZzQQF3IidzQQF3IihzQQF3IilzQQF3IipzQQF3IitzQQF3IixzQQF3Ii0gIyAncyAhIBpzICdzIB8gGXMgJnMgI3NBAXciLnNBAXciL3MgIiAmcyAucyAlc0EBdyIwc0EBdyIxcyAlIC9zIDFzICQgLnMgMHMgLXNBAXciMnNBAXciM3MgLCAwcyAycyArICVzIC1zICogJHMgLHMgKSAecyArcyAoIB1zICpzICcgHHMgKXMgJiAbcyAocyAvc0EBdyI0c0EBdyI1c0EBdyI2c0EBdyI3c0EBdyI4c0EBdyI5c0EBdyI6c0EBdyI7IDEgNXMgLyApcyA1cyAuIChzIDRzIDFzQQF3IjxzQQF3Ij1zIDAgNHMgPHMgM3NBAXciPnNBAXciP3MgMyA9cyA/cyAyIDxzID5zIDtzQQF3IkBzQQF3IkFzIDogPnMgQHMgOSAzcyA7cyA4IDJzIDpzIDcgLXMgOXMgNiAscyA4cyA1ICtzIDdzIDQgKnMgNnMgPXNBAXciQnNBAXciQ3NBAXciRHNBAXciRXNBAXciRnNBAXciR3NBAXciSHNBAXciSSA+IEJzIDwgNnMgQnMgP3NBAXciSnMgQXNBAXciSyA9IDdzIENzIEpzQQF3IkwgRCA5IDIgMSA0ICkgHSAUIB8gFSAWQQAoAoCJASJNQQV3QQAoApCJASJOaiAJakEAKAKMiQEiT0EAKAKIiQEiCXNBACgChIkBIlBxIE9zakGZ84nUBWoiUUEedyJSIANqIFBBHnciAyAFaiBPIAMgCXMgTXEgCXNqIBBqIFFBBXdqQZnzidQFaiIQIFIgTUEedyIFc3EgBXNqIAkgCGogUSADIAVzcSADc2ogEEEFd2pBmfOJ1AVqIlFBBXdqQZnzidQFaiJTIFFBHnciAyAQQR53IghzcSAIc2ogBSAYaiBRIAggUnNxIFJzaiBTQQV3akGZ84nUBWoiBUEFd2pBmfOJ1AVqIhhBHnciUmogU0EedyIWIAtqIAggE2ogBSAWIANzcSADc2ogGEEFd2pBmfOJ1AVqIgggUiAFQR53IgtzcSALc2ogAyAXaiAYIAsgFnNxIBZzaiAIQQV3akGZ84nUBWoiBUEFd2pBmfOJ1AVqIhMgBUEedyIWIAhBHnciA3NxIANzaiALIBFqIAUgAyBSc3EgUnNqIBNBBXdqQZnzidQFaiIRQQV3akGZ84nUBWoiUkEedyILaiACIBNBHnciFWogByADaiARIBUgFnNxIBZzaiBSQQV3akGZ84nUBWoiByALIBFBHnciAnNxIAJzaiAgIBZqIFIgAiAVc3EgFXNqIAdBBXdqQZnzidQFaiIRQQV3akGZ84nUBWoiFiARQR53IhUgB0EedyIHc3EgB3NqIA8gAmogESAHIAtzcSALc2ogFkEFd2pBmfOJ1AVqIgtBBXdqQZnzidQFaiIRQR53IgJqIBIgFWogESALQR53Ig8gFkEedyISc3EgEnNqIA0gB2ogCyASIBVzcSAVc2ogEUEFd2pBmfOJ1AVqIg1BBXdqQZnzidQFaiIVQR53Ih8gDUEedyIHcyAZIBJqIA0gAiAPc3EgD3NqIBVBBXdqQZnzidQFaiINc2ogDiAPaiAVIAcgAnNxIAJzaiANQQV3akGZ84nUBWoiAkEFd2pBodfn9gZqIg5BHnciD2ogACAfaiACQR53IgAgDUEedyINcyAOc2ogGiAHaiANIB9zIAJzaiAOQQV3akGh1+f2BmoiAkEFd2pBodfn9gZqIg5BHnciEiACQR53IhRzICEgDWogDyAAcyACc2ogDkEFd2pBodfn9gZqIgJzaiAbIABqIBQgD3MgDnNqIAJBBXdqQaHX5/YGaiIAQQV3akGh1+f2BmoiDUEedyIOaiAcIBJqIABBHnciDyACQR53IgJzIA1zaiAmIBRqIAIgEnMgAHNqIA1BBXdqQaHX5/YGaiIAQQV3akGh1+f2BmoiDUEedyISIABBHnciFHMgIiACaiAOIA9zIABzaiANQQV3akGh1+f2BmoiAHNqICcgD2ogFCAOcyANc2ogAEEFd2pBodfn9gZqIgJBBXdqQaHX5/YGaiINQR53Ig5qICggEmogAkEedyIPIABBHnciAHMgDXNqICMgFGogACAScyACc2ogDUEFd2pBodfn9gZqIgJBBXdqQaHX5/YGaiINQR53IhIgAkEedyIUcyAeIABqIA4gD3MgAnNqIA1BBXdqQaHX5/YGaiIAc2ogLiAPaiAUIA5zIA1zaiAAQQV3akGh1+f2BmoiAkEFd2pBodfn9gZqIg1BHnciDmogKiAAQR53IgBqIA4gAkEedyIPcyAkIBRqIAAgEnMgAnNqIA1BBXdqQaHX5/YGaiIUc2ogLyASaiAPIABzIA1zaiAUQQV3akGh1+f2BmoiDUEFd2pBodfn9gZqIgAgDUEedyICciAUQR53IhJxIAAgAnFyaiAlIA9qIBIgDnMgDXNqIABBBXdqQaHX5/YGaiINQQV3akHc+e74eGoiDkEedyIPaiA1IABBHnciAGogKyASaiANIAByIAJxIA0gAHFyaiAOQQV3akHc+e74eGoiEiAPciANQR53Ig1xIBIgD3FyaiAwIAJqIA4gDXIgAHEgDiANcXJqIBJBBXdqQdz57vh4aiIAQQV3akHc+e74eGoiAiAAQR53Ig5yIBJBHnciEnEgAiAOcXJqICwgDWogACASciAPcSAAIBJxcmogAkEFd2pB3Pnu+HhqIgBBBXdqQdz57vh4aiINQR53Ig9qIDwgAkEedyICaiA2IBJqIAAgAnIgDnEgACACcXJqIA1BBXdqQdz57vh4aiISIA9yIABBHnciAHEgEiAPcXJqIC0gDmogDSAAciACcSANIABxcmogEkEFd2pB3Pnu+HhqIgJBBXdqQdz57vh4aiINIAJBHnciDnIgEkEedyIScSANIA5xcmogNyAAaiACIBJyIA9xIAIgEnFyaiANQQV3akHc+e74eGoiAEEFd2pB3Pnu+HhqIgJBHnciD2ogMyANQR53Ig1qID0gEmogACANciAOcSAAIA1xcmogAkEFd2pB3Pnu+HhqIhIgD3IgAEEedyIAcSASIA9xcmogOCAOaiACIAByIA1xIAIgAHFyaiASQQV3akHc+e74eGoiAkEFd2pB3Pnu+HhqIg0gAkEedyIOciASQR53IhJxIA0gDnFyaiBCIABqIAIgEnIgD3EgAiAScXJqIA1BBXdqQdz57vh4aiIAQQV3akHc+e74eGoiAkEedyIPaiBDIA5qIAIgAEEedyIUciANQR53Ig1xIAIgFHFyaiA+IBJqIAAgDXIgDnEgACANcXJqIAJBBXdqQdz57vh4aiIAQQV3akHc+e74eGoiAkEedyISIABBHnciDnMgOiANaiAAIA9yIBRxIAAgD3FyaiACQQV3akHc+e74eGoiAHNqID8gFGogAiAOciAPcSACIA5xcmogAEEFd2pB3Pnu+HhqIgJBBXdqQdaDi9N8aiINQR53Ig9qIEogEmogAkEedyIUIABBHnciAHMgDXNqIDsgDmogACAScyACc2ogDUEFd2pB1oOL03xqIgJBBXdqQdaDi9N8aiINQR53Ig4gAkEedyIScyBFIABqIA8gFHMgAnNqIA1BBXdqQdaDi9N8aiIAc2ogQCAUaiASIA9zIA1zaiAAQQV3akHWg4vTfGoiAkEFd2pB1oOL03xqIg1BHnciD2ogQSAOaiACQR53IhQgAEEedyIAcyANc2ogRiASaiAAIA5zIAJzaiANQQV3akHWg4vTfGoiAkEFd2pB1oOL03xqIg1BHnciDiACQR53IhJzIEIgOHMgRHMgTHNBAXciFSAAaiAPIBRzIAJzaiANQQV3akHWg4vTfGoiAHNqIEcgFGogEiAPcyANc2ogAEEFd2pB1oOL03xqIgJBBXdqQdaDi9N8aiINQR53Ig9qIEggDmogAkEedyIUIABBHnciAHMgDXNqIEMgOXMgRXMgFXNBAXciGSASaiAAIA5zIAJzaiANQQV3akHWg4vTfGoiAkEFd2pB1oOL03xqIg1BHnciDiACQR53IhJzID8gQ3MgTHMgS3NBAXciGiAAaiAPIBRzIAJzaiANQQV3akHWg4vTfGoiAHNqIEQgOnMgRnMgGXNBAXciGyAUaiASIA9zIA1zaiAAQQV3akHWg4vTfGoiAkEFd2pB1oOL03xqIg1BHnciDyBOajYCkIkBQQAgTyBKIERzIBVzIBpzQQF3IhQgEmogAEEedyIAIA5zIAJzaiANQQV3akHWg4vTfGoiEkEedyIVajYCjIkBQQAgCSBFIDtzIEdzIBtzQQF3IA5qIAJBHnciAiAAcyANc2ogEkEFd2pB1oOL03xqIg1BHndqNgKIiQFBACBQIEAgSnMgS3MgSXNBAXcgAGogDyACcyASc2ogDUEFd2pB1oOL03xqIgBqNgKEiQFBACBNIEwgRXMgGXMgFHNBAXdqIAJqIBUgD3MgDXNqIABBBXdqQdaDi9N8ajYCgIkBCzoAQQBC/rnrxemOlZkQNwKIiQFBAEKBxpS6lvHq5m83AoCJAUEAQvDDy54MNwKQiQFBAEEANgKYiQELqAMBCH9BACECQQBBACgClIkBIgMgAUEDdGoiBDYClIkBQQBBACgCmIkBIAQgA0lqIAFBHXZqNgKYiQECQCADQQN2QT9xIgUgAWpBwABJDQBBwAAgBWsiAkEDcSEGQQAhAwJAIAVBP3NBA0kNACAFQYCJAWohByACQfwAcSEIQQAhAwNAIAcgA2oiBEEcaiAAIANqIgktAAA6AAAgBEEdaiAJQQFqLQAAOgAAIARBHmogCUECai0AADoAACAEQR9qIAlBA2otAAA6AAAgCCADQQRqIgNHDQALCwJAIAZFDQAgACADaiEEIAMgBWpBnIkBaiEDA0AgAyAELQAAOgAAIARBAWohBCADQQFqIQMgBkF/aiIGDQALC0GciQEQASAFQf8AcyEDQQAhBSADIAFPDQADQCAAIAJqEAEgAkH/AGohAyACQcAAaiIEIQIgAyABSQ0ACyAEIQILAkAgASACRg0AIAEgAmshCSAAIAJqIQIgBUGciQFqIQNBACEEA0AgAyACLQAAOgAAIAJBAWohAiADQQFqIQMgCSAEQQFqIgRB/wFxSw0ACwsLCQBBgAkgABADC6YDAQJ/IwBBEGsiACQAIABBgAE6AAcgAEEAKAKYiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AAggAEEAKAKUiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AAwgAEEHakEBEAMCQEEAKAKUiQFB+ANxQcADRg0AA0AgAEEAOgAHIABBB2pBARADQQAoApSJAUH4A3FBwANHDQALCyAAQQhqQQgQA0EAQQAoAoCJASIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYCgAlBAEEAKAKEiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AoQJQQBBACgCiIkBIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgKICUEAQQAoAoyJASIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYCjAlBAEEAKAKQiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2ApAJIABBEGokAAsGAEGAiQELQwBBAEL+uevF6Y6VmRA3AoiJAUEAQoHGlLqW8ermbzcCgIkBQQBC8MPLngw3ApCJAUEAQQA2ApiJAUGACSAAEAMQBQsLCwEAQYAICwRcAAAA";
    var hash$c = "6b530c24";
    var wasmJson$c = {
    	name: name$c,
    	data: data$c,
    	hash: hash$c
    };

    const mutex$d = new Mutex();
    let wasmCache$d = null;
    /**
     * Calculates SHA-1 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sha1(data) {
        if (wasmCache$d === null) {
            return lockedCreate(mutex$d, wasmJson$c, 20).then((wasm) => {
                wasmCache$d = wasm;
                return wasmCache$d.calculate(data);
            });
        }
        try {
            const hash = wasmCache$d.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-1 hash instance
     */
    function createSHA1() {
        return WASMInterface(wasmJson$c, 20).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 20,
            };
            return obj;
        });
    }

    var name$b = "sha3";
    var data$b = "AGFzbQEAAAABFARgAAF/YAF/AGACf38AYAN/f38AAwgHAAEBAgEAAwUEAQECAgYOAn8BQZCNBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwABA1IYXNoX0dldFN0YXRlAAUOSGFzaF9DYWxjdWxhdGUABgpTVEFURV9TSVpFAwEKpBwHBQBBgAoL1wMAQQBCADcDgI0BQQBCADcD+IwBQQBCADcD8IwBQQBCADcD6IwBQQBCADcD4IwBQQBCADcD2IwBQQBCADcD0IwBQQBCADcDyIwBQQBCADcDwIwBQQBCADcDuIwBQQBCADcDsIwBQQBCADcDqIwBQQBCADcDoIwBQQBCADcDmIwBQQBCADcDkIwBQQBCADcDiIwBQQBCADcDgIwBQQBCADcD+IsBQQBCADcD8IsBQQBCADcD6IsBQQBCADcD4IsBQQBCADcD2IsBQQBCADcD0IsBQQBCADcDyIsBQQBCADcDwIsBQQBCADcDuIsBQQBCADcDsIsBQQBCADcDqIsBQQBCADcDoIsBQQBCADcDmIsBQQBCADcDkIsBQQBCADcDiIsBQQBCADcDgIsBQQBCADcD+IoBQQBCADcD8IoBQQBCADcD6IoBQQBCADcD4IoBQQBCADcD2IoBQQBCADcD0IoBQQBCADcDyIoBQQBCADcDwIoBQQBCADcDuIoBQQBCADcDsIoBQQBCADcDqIoBQQBCADcDoIoBQQBCADcDmIoBQQBCADcDkIoBQQBCADcDiIoBQQBCADcDgIoBQQBBwAwgAEEBdGtBA3Y2AoyNAUEAQQA2AoiNAQuMAwEIfwJAQQAoAoiNASIBQQBIDQBBACABIABqQQAoAoyNASICcDYCiI0BAkACQCABDQBBgAohAwwBCwJAIAIgAWsiBCAAIAQgAEkbIgNFDQAgA0EDcSEFQQAhBgJAIANBBEkNACABQYCKAWohByADQXxxIQhBACEGA0AgByAGaiIDQcgBaiAGQYAKai0AADoAACADQckBaiAGQYEKai0AADoAACADQcoBaiAGQYIKai0AADoAACADQcsBaiAGQYMKai0AADoAACAIIAZBBGoiBkcNAAsLIAVFDQAgAUHIiwFqIQMDQCADIAZqIAZBgApqLQAAOgAAIAZBAWohBiAFQX9qIgUNAAsLIAAgBEkNAUHIiwEgAhADIAAgBGshACAEQYAKaiEDCwJAIAAgAkkNAANAIAMgAhADIAMgAmohAyAAIAJrIgAgAk8NAAsLIABFDQBBACECQcgBIQYDQCAGQYCKAWogAyAGakG4fmotAAA6AAAgBkEBaiEGIAAgAkEBaiICQf8BcUsNAAsLC+ALAS1+IAApA0AhAkEAKQPAigEhAyAAKQM4IQRBACkDuIoBIQUgACkDMCEGQQApA7CKASEHIAApAyghCEEAKQOoigEhCSAAKQMgIQpBACkDoIoBIQsgACkDGCEMQQApA5iKASENIAApAxAhDkEAKQOQigEhDyAAKQMIIRBBACkDiIoBIREgACkDACESQQApA4CKASETQQApA8iKASEUAkACQCABQcgASw0AQQApA+iKASEVQQApA/iKASEWQQApA/CKASEXQQApA4CLASEYQQApA9CKASEZQQApA+CKASEaQQApA9iKASEbDAELQQApA+CKASAAKQNghSEaQQApA9iKASAAKQNYhSEbQQApA9CKASAAKQNQhSEZIBQgACkDSIUhFEEAKQPoigEhFUEAKQP4igEhFkEAKQPwigEhF0EAKQOAiwEhGCABQekASQ0AIBggACkDgAGFIRggFiAAKQN4hSEWIBcgACkDcIUhFyAVIAApA2iFIRUgAUGJAUkNAEEAQQApA4iLASAAKQOIAYU3A4iLAQsgAyAChSEcIAUgBIUhHSAHIAaFIQcgCSAIhSEIIAsgCoUhHiANIAyFIQkgDyAOhSEKIBEgEIUhCyATIBKFIQxBACkDuIsBIRBBACkDkIsBIRFBACkDoIsBIRJBACkDsIsBIRNBACkDiIsBIQ1BACkDwIsBIQ5BACkDmIsBIR9BACkDqIsBIQ9BwH4hAANAIB4gByALhSAbhSAYhSAPhUIBiYUgFIUgF4UgH4UgDoUhAiAMIB0gCoUgGoUgDYUgE4VCAYmFIAiFIBmFIBaFIBKFIgMgB4UhICAJIAggDIUgGYUgFoUgEoVCAYmFIByFIBWFIBGFIBCFIgQgDoUhISAcIAogFCAehSAXhSAfhSAOhUIBiYUgHYUgGoUgDYUgE4UiBYVCN4kiIiALIBwgCYUgFYUgEYUgEIVCAYmFIAeFIBuFIBiFIA+FIgYgCoVCPokiI0J/hYMgAyAPhUICiSIkhSEOIBYgAoVCKYkiJSAEIBeFQieJIiZCf4WDICKFIQ8gECAFhUI4iSIQIAYgDYVCD4kiJ0J/hYMgAyAbhUIKiSIohSENIAQgHoVCG4kiKSAoIAggAoVCJIkiKkJ/hYOFIRYgBiAdhUIGiSIrIAMgC4VCAYkiLEJ/hYMgEiAChUISiSIthSEXICsgBCAfhUIIiSIuIBUgBYVCGYkiFUJ/hYOFIRsgBiAThUI9iSIdIAQgFIVCFIkiBCAJIAWFQhyJIghCf4WDhSEUIAggHUJ/hYMgAyAYhUItiSIDhSEcIB0gA0J/hYMgGSAChUIDiSIJhSEdIAQgAyAJQn+Fg4UhByAJIARCf4WDIAiFIQggDCAChSICICFCDokiA0J/hYMgESAFhUIViSIEhSEJIAYgGoVCK4kiBSADIARCf4WDhSEKIAQgBUJ/hYMgIEIsiSIEhSELIABB0AlqKQMAIAUgBEJ/hYOFIAKFIQwgJyAoQn+FgyAqhSIFIRggAyAEIAJCf4WDhSICIR4gKiApQn+FgyAQhSIDIR8gLSAuQn+FgyAVhSIEIRogJiAkICVCf4WDhSIGIRMgFSArQn+FgyAshSIoIRkgIyAmICJCf4WDhSIiIRIgLiAsIC1Cf4WDhSImIRUgJyApIBBCf4WDhSInIREgIyAkQn+FgyAlhSIjIRAgAEEIaiIADQALQQAgDzcDqIsBQQAgBTcDgIsBQQAgGzcD2IoBQQAgBzcDsIoBQQAgCzcDiIoBQQAgDjcDwIsBQQAgAzcDmIsBQQAgFzcD8IoBQQAgFDcDyIoBQQAgAjcDoIoBQQAgBjcDsIsBQQAgDTcDiIsBQQAgBDcD4IoBQQAgHTcDuIoBQQAgCjcDkIoBQQAgIjcDoIsBQQAgFjcD+IoBQQAgKDcD0IoBQQAgCDcDqIoBQQAgDDcDgIoBQQAgIzcDuIsBQQAgJzcDkIsBQQAgJjcD6IoBQQAgHDcDwIoBQQAgCTcDmIoBC/gCAQV/QeQAQQAoAoyNASIBQQF2ayECAkBBACgCiI0BIgNBAEgNACABIQQCQCABIANGDQAgA0HIiwFqIQVBACEDA0AgBSADakEAOgAAIANBAWoiAyABQQAoAoiNASIEa0kNAAsLIARByIsBaiIDIAMtAAAgAHI6AAAgAUHHiwFqIgMgAy0AAEGAAXI6AABByIsBIAEQA0EAQYCAgIB4NgKIjQELAkAgAkEESQ0AIAJBAnYiA0EDcSEFQQAhBAJAIANBf2pBA0kNACADQfz///8DcSEBQQAhA0EAIQQDQCADQYAKaiADQYCKAWooAgA2AgAgA0GECmogA0GEigFqKAIANgIAIANBiApqIANBiIoBaigCADYCACADQYwKaiADQYyKAWooAgA2AgAgA0EQaiEDIAEgBEEEaiIERw0ACwsgBUUNACAFQQJ0IQEgBEECdCEDA0AgA0GACmogA0GAigFqKAIANgIAIANBBGohAyABQXxqIgENAAsLCwYAQYCKAQvRBgEDf0EAQgA3A4CNAUEAQgA3A/iMAUEAQgA3A/CMAUEAQgA3A+iMAUEAQgA3A+CMAUEAQgA3A9iMAUEAQgA3A9CMAUEAQgA3A8iMAUEAQgA3A8CMAUEAQgA3A7iMAUEAQgA3A7CMAUEAQgA3A6iMAUEAQgA3A6CMAUEAQgA3A5iMAUEAQgA3A5CMAUEAQgA3A4iMAUEAQgA3A4CMAUEAQgA3A/iLAUEAQgA3A/CLAUEAQgA3A+iLAUEAQgA3A+CLAUEAQgA3A9iLAUEAQgA3A9CLAUEAQgA3A8iLAUEAQgA3A8CLAUEAQgA3A7iLAUEAQgA3A7CLAUEAQgA3A6iLAUEAQgA3A6CLAUEAQgA3A5iLAUEAQgA3A5CLAUEAQgA3A4iLAUEAQgA3A4CLAUEAQgA3A/iKAUEAQgA3A/CKAUEAQgA3A+iKAUEAQgA3A+CKAUEAQgA3A9iKAUEAQgA3A9CKAUEAQgA3A8iKAUEAQgA3A8CKAUEAQgA3A7iKAUEAQgA3A7CKAUEAQgA3A6iKAUEAQgA3A6CKAUEAQgA3A5iKAUEAQgA3A5CKAUEAQgA3A4iKAUEAQgA3A4CKAUEAQcAMIAFBAXRrQQN2NgKMjQFBAEEANgKIjQEgABACQeQAQQAoAoyNASIAQQF2ayEDAkBBACgCiI0BIgFBAEgNACAAIQQCQCAAIAFGDQAgAUHIiwFqIQVBACEBA0AgBSABakEAOgAAIAFBAWoiASAAQQAoAoiNASIEa0kNAAsLIARByIsBaiIBIAEtAAAgAnI6AAAgAEHHiwFqIgEgAS0AAEGAAXI6AABByIsBIAAQA0EAQYCAgIB4NgKIjQELAkAgA0EESQ0AIANBAnYiAUEDcSEFQQAhBAJAIAFBf2pBA0kNACABQfz///8DcSEAQQAhAUEAIQQDQCABQYAKaiABQYCKAWooAgA2AgAgAUGECmogAUGEigFqKAIANgIAIAFBiApqIAFBiIoBaigCADYCACABQYwKaiABQYyKAWooAgA2AgAgAUEQaiEBIAAgBEEEaiIERw0ACwsgBUUNACAFQQJ0IQAgBEECdCEBA0AgAUGACmogAUGAigFqKAIANgIAIAFBBGohASAAQXxqIgANAAsLCwvYAQEAQYAIC9ABkAEAAAAAAAAAAAAAAAAAAAEAAAAAAAAAgoAAAAAAAACKgAAAAAAAgACAAIAAAACAi4AAAAAAAAABAACAAAAAAIGAAIAAAACACYAAAAAAAICKAAAAAAAAAIgAAAAAAAAACYAAgAAAAAAKAACAAAAAAIuAAIAAAAAAiwAAAAAAAICJgAAAAAAAgAOAAAAAAACAAoAAAAAAAICAAAAAAAAAgAqAAAAAAAAACgAAgAAAAICBgACAAAAAgICAAAAAAACAAQAAgAAAAAAIgACAAAAAgA==";
    var hash$b = "fb24e536";
    var wasmJson$b = {
    	name: name$b,
    	data: data$b,
    	hash: hash$b
    };

    const mutex$c = new Mutex();
    let wasmCache$c = null;
    function validateBits$1(bits) {
        if (![224, 256, 384, 512].includes(bits)) {
            return new Error("Invalid variant! Valid values: 224, 256, 384, 512");
        }
        return null;
    }
    /**
     * Calculates SHA-3 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param bits Number of output bits. Valid values: 224, 256, 384, 512
     * @returns Computed hash as a hexadecimal string
     */
    function sha3(data, bits = 512) {
        if (validateBits$1(bits)) {
            return Promise.reject(validateBits$1(bits));
        }
        const hashLength = bits / 8;
        if (wasmCache$c === null || wasmCache$c.hashLength !== hashLength) {
            return lockedCreate(mutex$c, wasmJson$b, hashLength).then((wasm) => {
                wasmCache$c = wasm;
                return wasmCache$c.calculate(data, bits, 0x06);
            });
        }
        try {
            const hash = wasmCache$c.calculate(data, bits, 0x06);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-3 hash instance
     * @param bits Number of output bits. Valid values: 224, 256, 384, 512
     */
    function createSHA3(bits = 512) {
        if (validateBits$1(bits)) {
            return Promise.reject(validateBits$1(bits));
        }
        const outputSize = bits / 8;
        return WASMInterface(wasmJson$b, outputSize).then((wasm) => {
            wasm.init(bits);
            const obj = {
                init: () => {
                    wasm.init(bits);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType, 0x06),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 200 - 2 * outputSize,
                digestSize: outputSize,
            };
            return obj;
        });
    }

    const mutex$b = new Mutex();
    let wasmCache$b = null;
    function validateBits(bits) {
        if (![224, 256, 384, 512].includes(bits)) {
            return new Error("Invalid variant! Valid values: 224, 256, 384, 512");
        }
        return null;
    }
    /**
     * Calculates Keccak hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param bits Number of output bits. Valid values: 224, 256, 384, 512
     * @returns Computed hash as a hexadecimal string
     */
    function keccak(data, bits = 512) {
        if (validateBits(bits)) {
            return Promise.reject(validateBits(bits));
        }
        const hashLength = bits / 8;
        if (wasmCache$b === null || wasmCache$b.hashLength !== hashLength) {
            return lockedCreate(mutex$b, wasmJson$b, hashLength).then((wasm) => {
                wasmCache$b = wasm;
                return wasmCache$b.calculate(data, bits, 0x01);
            });
        }
        try {
            const hash = wasmCache$b.calculate(data, bits, 0x01);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new Keccak hash instance
     * @param bits Number of output bits. Valid values: 224, 256, 384, 512
     */
    function createKeccak(bits = 512) {
        if (validateBits(bits)) {
            return Promise.reject(validateBits(bits));
        }
        const outputSize = bits / 8;
        return WASMInterface(wasmJson$b, outputSize).then((wasm) => {
            wasm.init(bits);
            const obj = {
                init: () => {
                    wasm.init(bits);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType, 0x01),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 200 - 2 * outputSize,
                digestSize: outputSize,
            };
            return obj;
        });
    }

    var name$a = "sha256";
    var data$a = "AGFzbQEAAAABEQRgAAF/YAF/AGAAAGACf38AAwgHAAEBAQIAAwUEAQECAgYOAn8BQfCJBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwABA1IYXNoX0dldFN0YXRlAAUOSGFzaF9DYWxjdWxhdGUABgpTVEFURV9TSVpFAwEKnEoHBQBBgAkLnQEAQQBCADcDwIkBQQBBHEEgIABB4AFGIgAbNgLoiQFBAEKnn+anxvST/b5/Qquzj/yRo7Pw2wAgABs3A+CJAUEAQrGWgP6fooWs6ABC/6S5iMWR2oKbfyAAGzcD2IkBQQBCl7rDg5Onlod3QvLmu+Ojp/2npX8gABs3A9CJAUEAQti9loj8oLW+NkLnzKfQ1tDrs7t/IAAbNwPIiQEL7wICAX4Gf0EAQQApA8CJASIBIACtfDcDwIkBAkACQAJAIAGnQT9xIgINAEGACSEDDAELAkBBwAAgAmsiBCAAIAQgAEkbIgNFDQAgA0EDcSEFIAJBgIkBaiEGQQAhAgJAIANBBEkNACADQfwAcSEHQQAhAgNAIAYgAmoiAyACQYAJai0AADoAACADQQFqIAJBgQlqLQAAOgAAIANBAmogAkGCCWotAAA6AAAgA0EDaiACQYMJai0AADoAACAHIAJBBGoiAkcNAAsLIAVFDQADQCAGIAJqIAJBgAlqLQAAOgAAIAJBAWohAiAFQX9qIgUNAAsLIAAgBEkNAUGAiQEQAyAAIARrIQAgBEGACWohAwsCQCAAQcAASQ0AA0AgAxADIANBwABqIQMgAEFAaiIAQT9LDQALCyAARQ0AQQAhAkEAIQUDQCACQYCJAWogAyACai0AADoAACACQQFqIQIgACAFQQFqIgVB/wFxSw0ACwsLoz4BRX9BACAAKAI8IgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyIgFBGXcgAUEOd3MgAUEDdnMgACgCOCICQRh0IAJBgP4DcUEIdHIgAkEIdkGA/gNxIAJBGHZyciICaiAAKAIgIgNBGHQgA0GA/gNxQQh0ciADQQh2QYD+A3EgA0EYdnJyIgRBGXcgBEEOd3MgBEEDdnMgACgCHCIDQRh0IANBgP4DcUEIdHIgA0EIdkGA/gNxIANBGHZyciIFaiAAKAIEIgNBGHQgA0GA/gNxQQh0ciADQQh2QYD+A3EgA0EYdnJyIgZBGXcgBkEOd3MgBkEDdnMgACgCACIDQRh0IANBgP4DcUEIdHIgA0EIdkGA/gNxIANBGHZyciIHaiAAKAIkIgNBGHQgA0GA/gNxQQh0ciADQQh2QYD+A3EgA0EYdnJyIghqIAJBD3cgAkENd3MgAkEKdnNqIgNqIAAoAhgiCUEYdCAJQYD+A3FBCHRyIAlBCHZBgP4DcSAJQRh2cnIiCkEZdyAKQQ53cyAKQQN2cyAAKAIUIglBGHQgCUGA/gNxQQh0ciAJQQh2QYD+A3EgCUEYdnJyIgtqIAJqIAAoAhAiCUEYdCAJQYD+A3FBCHRyIAlBCHZBgP4DcSAJQRh2cnIiDEEZdyAMQQ53cyAMQQN2cyAAKAIMIglBGHQgCUGA/gNxQQh0ciAJQQh2QYD+A3EgCUEYdnJyIg1qIAAoAjAiCUEYdCAJQYD+A3FBCHRyIAlBCHZBgP4DcSAJQRh2cnIiDmogACgCCCIJQRh0IAlBgP4DcUEIdHIgCUEIdkGA/gNxIAlBGHZyciIPQRl3IA9BDndzIA9BA3ZzIAZqIAAoAigiCUEYdCAJQYD+A3FBCHRyIAlBCHZBgP4DcSAJQRh2cnIiEGogAUEPdyABQQ13cyABQQp2c2oiCUEPdyAJQQ13cyAJQQp2c2oiEUEPdyARQQ13cyARQQp2c2oiEkEPdyASQQ13cyASQQp2c2oiE2ogACgCNCIUQRh0IBRBgP4DcUEIdHIgFEEIdkGA/gNxIBRBGHZyciIVQRl3IBVBDndzIBVBA3ZzIA5qIBJqIAAoAiwiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnIiFkEZdyAWQQ53cyAWQQN2cyAQaiARaiAIQRl3IAhBDndzIAhBA3ZzIARqIAlqIAVBGXcgBUEOd3MgBUEDdnMgCmogAWogC0EZdyALQQ53cyALQQN2cyAMaiAVaiANQRl3IA1BDndzIA1BA3ZzIA9qIBZqIANBD3cgA0ENd3MgA0EKdnNqIhRBD3cgFEENd3MgFEEKdnNqIhdBD3cgF0ENd3MgF0EKdnNqIhhBD3cgGEENd3MgGEEKdnNqIhlBD3cgGUENd3MgGUEKdnNqIhpBD3cgGkENd3MgGkEKdnNqIhtBD3cgG0ENd3MgG0EKdnNqIhxBGXcgHEEOd3MgHEEDdnMgAkEZdyACQQ53cyACQQN2cyAVaiAYaiAOQRl3IA5BDndzIA5BA3ZzIBZqIBdqIBBBGXcgEEEOd3MgEEEDdnMgCGogFGogE0EPdyATQQ13cyATQQp2c2oiHUEPdyAdQQ13cyAdQQp2c2oiHkEPdyAeQQ13cyAeQQp2c2oiH2ogE0EZdyATQQ53cyATQQN2cyAYaiADQRl3IANBDndzIANBA3ZzIAFqIBlqIB9BD3cgH0ENd3MgH0EKdnNqIiBqIBJBGXcgEkEOd3MgEkEDdnMgF2ogH2ogEUEZdyARQQ53cyARQQN2cyAUaiAeaiAJQRl3IAlBDndzIAlBA3ZzIANqIB1qIBxBD3cgHEENd3MgHEEKdnNqIiFBD3cgIUENd3MgIUEKdnNqIiJBD3cgIkENd3MgIkEKdnNqIiNBD3cgI0ENd3MgI0EKdnNqIiRqIBtBGXcgG0EOd3MgG0EDdnMgHmogI2ogGkEZdyAaQQ53cyAaQQN2cyAdaiAiaiAZQRl3IBlBDndzIBlBA3ZzIBNqICFqIBhBGXcgGEEOd3MgGEEDdnMgEmogHGogF0EZdyAXQQ53cyAXQQN2cyARaiAbaiAUQRl3IBRBDndzIBRBA3ZzIAlqIBpqICBBD3cgIEENd3MgIEEKdnNqIiVBD3cgJUENd3MgJUEKdnNqIiZBD3cgJkENd3MgJkEKdnNqIidBD3cgJ0ENd3MgJ0EKdnNqIihBD3cgKEENd3MgKEEKdnNqIilBD3cgKUENd3MgKUEKdnNqIipBD3cgKkENd3MgKkEKdnNqIitBGXcgK0EOd3MgK0EDdnMgH0EZdyAfQQ53cyAfQQN2cyAbaiAnaiAeQRl3IB5BDndzIB5BA3ZzIBpqICZqIB1BGXcgHUEOd3MgHUEDdnMgGWogJWogJEEPdyAkQQ13cyAkQQp2c2oiLEEPdyAsQQ13cyAsQQp2c2oiLUEPdyAtQQ13cyAtQQp2c2oiLmogJEEZdyAkQQ53cyAkQQN2cyAnaiAgQRl3ICBBDndzICBBA3ZzIBxqIChqIC5BD3cgLkENd3MgLkEKdnNqIi9qICNBGXcgI0EOd3MgI0EDdnMgJmogLmogIkEZdyAiQQ53cyAiQQN2cyAlaiAtaiAhQRl3ICFBDndzICFBA3ZzICBqICxqICtBD3cgK0ENd3MgK0EKdnNqIjBBD3cgMEENd3MgMEEKdnNqIjFBD3cgMUENd3MgMUEKdnNqIjJBD3cgMkENd3MgMkEKdnNqIjNqICpBGXcgKkEOd3MgKkEDdnMgLWogMmogKUEZdyApQQ53cyApQQN2cyAsaiAxaiAoQRl3IChBDndzIChBA3ZzICRqIDBqICdBGXcgJ0EOd3MgJ0EDdnMgI2ogK2ogJkEZdyAmQQ53cyAmQQN2cyAiaiAqaiAlQRl3ICVBDndzICVBA3ZzICFqIClqIC9BD3cgL0ENd3MgL0EKdnNqIjRBD3cgNEENd3MgNEEKdnNqIjVBD3cgNUENd3MgNUEKdnNqIjZBD3cgNkENd3MgNkEKdnNqIjdBD3cgN0ENd3MgN0EKdnNqIjhBD3cgOEENd3MgOEEKdnNqIjlBD3cgOUENd3MgOUEKdnNqIjogOCA0IC4gLCAhIBsgGSADIA4gBEEAKALYiQEiO0EadyA7QRV3cyA7QQd3c0EAKALkiQEiPGpBACgC4IkBIj1BACgC3IkBIj5zIDtxID1zaiAHakGY36iUBGoiB0EAKALUiQEiP2oiACAMaiA7IA1qID4gD2ogPSAGaiAAID4gO3NxID5zaiAAQRp3IABBFXdzIABBB3dzakGRid2JB2oiQEEAKALQiQEiQWoiDCAAIDtzcSA7c2ogDEEadyAMQRV3cyAMQQd3c2pBz/eDrntqIkJBACgCzIkBIkNqIg0gDCAAc3EgAHNqIA1BGncgDUEVd3MgDUEHd3NqQaW3181+aiJEQQAoAsiJASIAaiIPIA0gDHNxIAxzaiAPQRp3IA9BFXdzIA9BB3dzakHbhNvKA2oiRSBBIEMgAHNxIEMgAHFzIABBHncgAEETd3MgAEEKd3NqIAdqIgZqIgdqIAUgD2ogCiANaiALIAxqIAcgDyANc3EgDXNqIAdBGncgB0EVd3MgB0EHd3NqQfGjxM8FaiIKIAYgAHMgQ3EgBiAAcXMgBkEedyAGQRN3cyAGQQp3c2ogQGoiDGoiBCAHIA9zcSAPc2ogBEEadyAEQRV3cyAEQQd3c2pBpIX+kXlqIgsgDCAGcyAAcSAMIAZxcyAMQR53IAxBE3dzIAxBCndzaiBCaiINaiIPIAQgB3NxIAdzaiAPQRp3IA9BFXdzIA9BB3dzakHVvfHYemoiQCANIAxzIAZxIA0gDHFzIA1BHncgDUETd3MgDUEKd3NqIERqIgZqIgcgDyAEc3EgBHNqIAdBGncgB0EVd3MgB0EHd3NqQZjVnsB9aiJCIAYgDXMgDHEgBiANcXMgBkEedyAGQRN3cyAGQQp3c2ogRWoiDGoiBWogFiAHaiAQIA9qIAggBGogBSAHIA9zcSAPc2ogBUEadyAFQRV3cyAFQQd3c2pBgbaNlAFqIgggDCAGcyANcSAMIAZxcyAMQR53IAxBE3dzIAxBCndzaiAKaiINaiIPIAUgB3NxIAdzaiAPQRp3IA9BFXdzIA9BB3dzakG+i8ahAmoiDiANIAxzIAZxIA0gDHFzIA1BHncgDUETd3MgDUEKd3NqIAtqIgZqIgcgDyAFc3EgBXNqIAdBGncgB0EVd3MgB0EHd3NqQcP7sagFaiIQIAYgDXMgDHEgBiANcXMgBkEedyAGQRN3cyAGQQp3c2ogQGoiDGoiBCAHIA9zcSAPc2ogBEEadyAEQRV3cyAEQQd3c2pB9Lr5lQdqIhYgDCAGcyANcSAMIAZxcyAMQR53IAxBE3dzIAxBCndzaiBCaiINaiIFaiABIARqIAIgB2ogFSAPaiAFIAQgB3NxIAdzaiAFQRp3IAVBFXdzIAVBB3dzakH+4/qGeGoiByANIAxzIAZxIA0gDHFzIA1BHncgDUETd3MgDUEKd3NqIAhqIgFqIgYgBSAEc3EgBHNqIAZBGncgBkEVd3MgBkEHd3NqQaeN8N55aiIEIAEgDXMgDHEgASANcXMgAUEedyABQRN3cyABQQp3c2ogDmoiAmoiDCAGIAVzcSAFc2ogDEEadyAMQRV3cyAMQQd3c2pB9OLvjHxqIgUgAiABcyANcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAQaiIDaiINIAwgBnNxIAZzaiANQRp3IA1BFXdzIA1BB3dzakHB0+2kfmoiCCADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBZqIgFqIg8gF2ogESANaiAUIAxqIAkgBmogDyANIAxzcSAMc2ogD0EadyAPQRV3cyAPQQd3c2pBho/5/X5qIgYgASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAHaiICaiIJIA8gDXNxIA1zaiAJQRp3IAlBFXdzIAlBB3dzakHGu4b+AGoiDCACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIARqIgNqIhEgCSAPc3EgD3NqIBFBGncgEUEVd3MgEUEHd3NqQczDsqACaiINIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogBWoiAWoiFCARIAlzcSAJc2ogFEEadyAUQRV3cyAUQQd3c2pB79ik7wJqIg8gASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAIaiICaiIXaiATIBRqIBggEWogEiAJaiAXIBQgEXNxIBFzaiAXQRp3IBdBFXdzIBdBB3dzakGqidLTBGoiGCACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIAZqIgNqIgkgFyAUc3EgFHNqIAlBGncgCUEVd3MgCUEHd3NqQdzTwuUFaiIUIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogDGoiAWoiESAJIBdzcSAXc2ogEUEadyARQRV3cyARQQd3c2pB2pHmtwdqIhcgASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiANaiICaiISIBEgCXNxIAlzaiASQRp3IBJBFXdzIBJBB3dzakHSovnBeWoiGSACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIA9qIgNqIhNqIB4gEmogGiARaiAdIAlqIBMgEiARc3EgEXNqIBNBGncgE0EVd3MgE0EHd3NqQe2Mx8F6aiIaIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogGGoiAWoiCSATIBJzcSASc2ogCUEadyAJQRV3cyAJQQd3c2pByM+MgHtqIhggASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAUaiICaiIRIAkgE3NxIBNzaiARQRp3IBFBFXdzIBFBB3dzakHH/+X6e2oiFCACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIBdqIgNqIhIgESAJc3EgCXNqIBJBGncgEkEVd3MgEkEHd3NqQfOXgLd8aiIXIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogGWoiAWoiE2ogICASaiAcIBFqIB8gCWogEyASIBFzcSARc2ogE0EadyATQRV3cyATQQd3c2pBx6KerX1qIhkgASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAaaiICaiIJIBMgEnNxIBJzaiAJQRp3IAlBFXdzIAlBB3dzakHRxqk2aiIaIAIgAXMgA3EgAiABcXMgAkEedyACQRN3cyACQQp3c2ogGGoiA2oiESAJIBNzcSATc2ogEUEadyARQRV3cyARQQd3c2pB59KkoQFqIhggAyACcyABcSADIAJxcyADQR53IANBE3dzIANBCndzaiAUaiIBaiISIBEgCXNxIAlzaiASQRp3IBJBFXdzIBJBB3dzakGFldy9AmoiFCABIANzIAJxIAEgA3FzIAFBHncgAUETd3MgAUEKd3NqIBdqIgJqIhMgI2ogJiASaiAiIBFqICUgCWogEyASIBFzcSARc2ogE0EadyATQRV3cyATQQd3c2pBuMLs8AJqIhcgAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAZaiIDaiIJIBMgEnNxIBJzaiAJQRp3IAlBFXdzIAlBB3dzakH827HpBGoiGSADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBpqIgFqIhEgCSATc3EgE3NqIBFBGncgEUEVd3MgEUEHd3NqQZOa4JkFaiIaIAEgA3MgAnEgASADcXMgAUEedyABQRN3cyABQQp3c2ogGGoiAmoiEiARIAlzcSAJc2ogEkEadyASQRV3cyASQQd3c2pB1OapqAZqIhggAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAUaiIDaiITaiAoIBJqICQgEWogJyAJaiATIBIgEXNxIBFzaiATQRp3IBNBFXdzIBNBB3dzakG7laizB2oiFCADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBdqIgFqIgkgEyASc3EgEnNqIAlBGncgCUEVd3MgCUEHd3NqQa6Si454aiIXIAEgA3MgAnEgASADcXMgAUEedyABQRN3cyABQQp3c2ogGWoiAmoiESAJIBNzcSATc2ogEUEadyARQRV3cyARQQd3c2pBhdnIk3lqIhkgAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAaaiIDaiISIBEgCXNxIAlzaiASQRp3IBJBFXdzIBJBB3dzakGh0f+VemoiGiADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBhqIgFqIhNqICogEmogLSARaiApIAlqIBMgEiARc3EgEXNqIBNBGncgE0EVd3MgE0EHd3NqQcvM6cB6aiIYIAEgA3MgAnEgASADcXMgAUEedyABQRN3cyABQQp3c2ogFGoiAmoiCSATIBJzcSASc2ogCUEadyAJQRV3cyAJQQd3c2pB8JauknxqIhQgAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAXaiIDaiIRIAkgE3NxIBNzaiARQRp3IBFBFXdzIBFBB3dzakGjo7G7fGoiFyADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBlqIgFqIhIgESAJc3EgCXNqIBJBGncgEkEVd3MgEkEHd3NqQZnQy4x9aiIZIAEgA3MgAnEgASADcXMgAUEedyABQRN3cyABQQp3c2ogGmoiAmoiE2ogMCASaiAvIBFqICsgCWogEyASIBFzcSARc2ogE0EadyATQRV3cyATQQd3c2pBpIzktH1qIhogAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAYaiIDaiIJIBMgEnNxIBJzaiAJQRp3IAlBFXdzIAlBB3dzakGF67igf2oiGCADIAJzIAFxIAMgAnFzIANBHncgA0ETd3MgA0EKd3NqIBRqIgFqIhEgCSATc3EgE3NqIBFBGncgEUEVd3MgEUEHd3NqQfDAqoMBaiIUIAEgA3MgAnEgASADcXMgAUEedyABQRN3cyABQQp3c2ogF2oiAmoiEiARIAlzcSAJc2ogEkEadyASQRV3cyASQQd3c2pBloKTzQFqIhcgAiABcyADcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiAZaiIDaiITIDZqIDIgEmogNSARaiAxIAlqIBMgEiARc3EgEXNqIBNBGncgE0EVd3MgE0EHd3NqQYjY3fEBaiIZIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogGmoiAWoiCSATIBJzcSASc2ogCUEadyAJQRV3cyAJQQd3c2pBzO6hugJqIhogASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAYaiICaiIRIAkgE3NxIBNzaiARQRp3IBFBFXdzIBFBB3dzakG1+cKlA2oiGCACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIBRqIgNqIhIgESAJc3EgCXNqIBJBGncgEkEVd3MgEkEHd3NqQbOZ8MgDaiIUIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogF2oiAWoiE2ogLEEZdyAsQQ53cyAsQQN2cyAoaiA0aiAzQQ93IDNBDXdzIDNBCnZzaiIXIBJqIDcgEWogMyAJaiATIBIgEXNxIBFzaiATQRp3IBNBFXdzIBNBB3dzakHK1OL2BGoiGyABIANzIAJxIAEgA3FzIAFBHncgAUETd3MgAUEKd3NqIBlqIgJqIgkgEyASc3EgEnNqIAlBGncgCUEVd3MgCUEHd3NqQc+U89wFaiIZIAIgAXMgA3EgAiABcXMgAkEedyACQRN3cyACQQp3c2ogGmoiA2oiESAJIBNzcSATc2ogEUEadyARQRV3cyARQQd3c2pB89+5wQZqIhogAyACcyABcSADIAJxcyADQR53IANBE3dzIANBCndzaiAYaiIBaiISIBEgCXNxIAlzaiASQRp3IBJBFXdzIBJBB3dzakHuhb6kB2oiHCABIANzIAJxIAEgA3FzIAFBHncgAUETd3MgAUEKd3NqIBRqIgJqIhNqIC5BGXcgLkEOd3MgLkEDdnMgKmogNmogLUEZdyAtQQ53cyAtQQN2cyApaiA1aiAXQQ93IBdBDXdzIBdBCnZzaiIUQQ93IBRBDXdzIBRBCnZzaiIYIBJqIDkgEWogFCAJaiATIBIgEXNxIBFzaiATQRp3IBNBFXdzIBNBB3dzakHvxpXFB2oiCSACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIBtqIgNqIhEgEyASc3EgEnNqIBFBGncgEUEVd3MgEUEHd3NqQZTwoaZ4aiIbIAMgAnMgAXEgAyACcXMgA0EedyADQRN3cyADQQp3c2ogGWoiAWoiEiARIBNzcSATc2ogEkEadyASQRV3cyASQQd3c2pBiISc5nhqIhkgASADcyACcSABIANxcyABQR53IAFBE3dzIAFBCndzaiAaaiICaiITIBIgEXNxIBFzaiATQRp3IBNBFXdzIBNBB3dzakH6//uFeWoiGiACIAFzIANxIAIgAXFzIAJBHncgAkETd3MgAkEKd3NqIBxqIgNqIhQgPGo2AuSJAUEAID8gAyACcyABcSADIAJxcyADQR53IANBE3dzIANBCndzaiAJaiIBIANzIAJxIAEgA3FzIAFBHncgAUETd3MgAUEKd3NqIBtqIgIgAXMgA3EgAiABcXMgAkEedyACQRN3cyACQQp3c2ogGWoiAyACcyABcSADIAJxcyADQR53IANBE3dzIANBCndzaiAaaiIJajYC1IkBQQAgPSAvQRl3IC9BDndzIC9BA3ZzICtqIDdqIBhBD3cgGEENd3MgGEEKdnNqIhggEWogFCATIBJzcSASc2ogFEEadyAUQRV3cyAUQQd3c2pB69nBonpqIhkgAWoiEWo2AuCJAUEAIEEgCSADcyACcSAJIANxcyAJQR53IAlBE3dzIAlBCndzaiAZaiIBajYC0IkBQQAgPiAwQRl3IDBBDndzIDBBA3ZzIC9qIBdqIDpBD3cgOkENd3MgOkEKdnNqIBJqIBEgFCATc3EgE3NqIBFBGncgEUEVd3MgEUEHd3NqQffH5vd7aiIXIAJqIhJqNgLciQFBACBDIAEgCXMgA3EgASAJcXMgAUEedyABQRN3cyABQQp3c2ogF2oiAmo2AsyJAUEAIDsgNEEZdyA0QQ53cyA0QQN2cyAwaiA4aiAYQQ93IBhBDXdzIBhBCnZzaiATaiASIBEgFHNxIBRzaiASQRp3IBJBFXdzIBJBB3dzakHy8cWzfGoiESADamo2AtiJAUEAIAAgAiABcyAJcSACIAFxcyACQR53IAJBE3dzIAJBCndzaiARamo2AsiJAQuyBgIEfwF+QQAoAsCJASIAQQJ2QQ9xIgFBAnRBgIkBaiICIAIoAgBBfyAAQQN0IgB0QX9zcUGAASAAdHM2AgACQAJAAkAgAUEOSQ0AAkAgAUEORw0AQQBBADYCvIkBC0GAiQEQA0EAIQIMAQsgAUENRg0BIAFBAWohAgsgAiEDAkBBBiACa0EHcSIARQ0AIAIgAGohAyACQQJ0QYCJAWohAQNAIAFBADYCACABQQRqIQEgAEF/aiIADQALCyACQXlqQQdJDQAgA0ECdCEBA0AgAUGYiQFqQgA3AgAgAUGQiQFqQgA3AgAgAUGIiQFqQgA3AgAgAUGAiQFqQgA3AgAgAUEgaiIBQThHDQALC0EAIQFBAEEAKQPAiQEiBKciAEEbdCAAQQt0QYCA/AdxciAAQQV2QYD+A3EgAEEDdEEYdnJyNgK8iQFBACAEQh2IpyIAQRh0IABBgP4DcUEIdHIgAEEIdkGA/gNxIABBGHZycjYCuIkBQYCJARADQQBBACgC5IkBIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyNgLkiQFBAEEAKALgiQEiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2AuCJAUEAQQAoAtyJASIAQRh0IABBgP4DcUEIdHIgAEEIdkGA/gNxIABBGHZycjYC3IkBQQBBACgC2IkBIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyNgLYiQFBAEEAKALUiQEiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2AtSJAUEAQQAoAtCJASIAQRh0IABBgP4DcUEIdHIgAEEIdkGA/gNxIABBGHZycjYC0IkBQQBBACgCzIkBIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyNgLMiQFBAEEAKALIiQEiAEEYdCAAQYD+A3FBCHRyIABBCHZBgP4DcSAAQRh2cnI2AsiJAQJAQQAoAuiJASICRQ0AQQAhAANAIAFBgAlqIAFByIkBai0AADoAACABQQFqIQEgAiAAQQFqIgBB/wFxSw0ACwsLBgBBgIkBC6MBAEEAQgA3A8CJAUEAQRxBICABQeABRiIBGzYC6IkBQQBCp5/mp8b0k/2+f0Krs4/8kaOz8NsAIAEbNwPgiQFBAEKxloD+n6KFrOgAQv+kuYjFkdqCm38gARs3A9iJAUEAQpe6w4OTp5aHd0Ly5rvjo6f9p6V/IAEbNwPQiQFBAELYvZaI/KC1vjZC58yn0NbQ67O7fyABGzcDyIkBIAAQAhAECwsLAQBBgAgLBHAAAAA=";
    var hash$a = "8c18dd94";
    var wasmJson$a = {
    	name: name$a,
    	data: data$a,
    	hash: hash$a
    };

    const mutex$a = new Mutex();
    let wasmCache$a = null;
    /**
     * Calculates SHA-2 (SHA-224) hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sha224(data) {
        if (wasmCache$a === null) {
            return lockedCreate(mutex$a, wasmJson$a, 28).then((wasm) => {
                wasmCache$a = wasm;
                return wasmCache$a.calculate(data, 224);
            });
        }
        try {
            const hash = wasmCache$a.calculate(data, 224);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-2 (SHA-224) hash instance
     */
    function createSHA224() {
        return WASMInterface(wasmJson$a, 28).then((wasm) => {
            wasm.init(224);
            const obj = {
                init: () => {
                    wasm.init(224);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 28,
            };
            return obj;
        });
    }

    const mutex$9 = new Mutex();
    let wasmCache$9 = null;
    /**
     * Calculates SHA-2 (SHA-256) hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sha256(data) {
        if (wasmCache$9 === null) {
            return lockedCreate(mutex$9, wasmJson$a, 32).then((wasm) => {
                wasmCache$9 = wasm;
                return wasmCache$9.calculate(data, 256);
            });
        }
        try {
            const hash = wasmCache$9.calculate(data, 256);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-2 (SHA-256) hash instance
     */
    function createSHA256() {
        return WASMInterface(wasmJson$a, 32).then((wasm) => {
            wasm.init(256);
            const obj = {
                init: () => {
                    wasm.init(256);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 32,
            };
            return obj;
        });
    }

    var name$9 = "sha512";
    var data$9 = "AGFzbQEAAAABEQRgAAF/YAF/AGAAAGACf38AAwgHAAEBAQIAAwUEAQECAgYOAn8BQdCKBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwABA1IYXNoX0dldFN0YXRlAAUOSGFzaF9DYWxjdWxhdGUABgpTVEFURV9TSVpFAwEKlWgHBQBBgAkLmwIAQQBCADcDgIoBQQBBMEHAACAAQYADRiIAGzYCyIoBQQBCpJ/p99uD0trHAEL5wvibkaOz8NsAIAAbNwPAigFBAEKnn+an1sGLhltC6/qG2r+19sEfIAAbNwO4igFBAEKRquDC9tCS2o5/Qp/Y+dnCkdqCm38gABs3A7CKAUEAQrGWgP7/zMmZ5wBC0YWa7/rPlIfRACAAGzcDqIoBQQBCubK5uI+b+5cVQvHt9Pilp/2npX8gABs3A6CKAUEAQpe6w4Ojq8CskX9Cq/DT9K/uvLc8IAAbNwOYigFBAEKHqvOzo6WKzeIAQrvOqqbY0Ouzu38gABs3A5CKAUEAQti9lojcq+fdS0KIkvOd/8z5hOoAIAAbNwOIigEL8gICAX4Gf0EAQQApA4CKASIBIACtfDcDgIoBAkACQAJAIAGnQf8AcSICDQBBgAkhAwwBCwJAQYABIAJrIgQgACAEIABJGyIDRQ0AIANBA3EhBSACQYCJAWohBkEAIQICQCADQQRJDQAgA0H8AXEhB0EAIQIDQCAGIAJqIgMgAkGACWotAAA6AAAgA0EBaiACQYEJai0AADoAACADQQJqIAJBgglqLQAAOgAAIANBA2ogAkGDCWotAAA6AAAgByACQQRqIgJHDQALCyAFRQ0AA0AgBiACaiACQYAJai0AADoAACACQQFqIQIgBUF/aiIFDQALCyAAIARJDQFBgIkBEAMgACAEayEAIARBgAlqIQMLAkAgAEGAAUkNAANAIAMQAyADQYABaiEDIABBgH9qIgBB/wBLDQALCyAARQ0AQQAhAkEAIQUDQCACQYCJAWogAyACai0AADoAACACQQFqIQIgACAFQQFqIgVB/wFxSw0ACwsL3FYBVn5BACAAKQMIIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiAkI/iSACQjiJhSACQgeIhSAAKQMAIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiA3wgACkDSCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgR8IAApA3AiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIFQi2JIAVCA4mFIAVCBoiFfCIGQj+JIAZCOImFIAZCB4iFIAApA3giAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIHfCAEQj+JIARCOImFIARCB4iFIAApA0AiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIIfCAAKQMQIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiCUI/iSAJQjiJhSAJQgeIhSACfCAAKQNQIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiCnwgB0ItiSAHQgOJhSAHQgaIhXwiC3wgACkDOCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgxCP4kgDEI4iYUgDEIHiIUgACkDMCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIg18IAd8IAApAygiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIOQj+JIA5COImFIA5CB4iFIAApAyAiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIPfCAAKQNoIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiEHwgACkDGCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIhFCP4kgEUI4iYUgEUIHiIUgCXwgACkDWCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIhJ8IAZCLYkgBkIDiYUgBkIGiIV8IhNCLYkgE0IDiYUgE0IGiIV8IhRCLYkgFEIDiYUgFEIGiIV8IhVCLYkgFUIDiYUgFUIGiIV8IhZ8IAVCP4kgBUI4iYUgBUIHiIUgEHwgFXwgACkDYCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIhdCP4kgF0I4iYUgF0IHiIUgEnwgFHwgCkI/iSAKQjiJhSAKQgeIhSAEfCATfCAIQj+JIAhCOImFIAhCB4iFIAx8IAZ8IA1CP4kgDUI4iYUgDUIHiIUgDnwgBXwgD0I/iSAPQjiJhSAPQgeIhSARfCAXfCALQi2JIAtCA4mFIAtCBoiFfCIYQi2JIBhCA4mFIBhCBoiFfCIZQi2JIBlCA4mFIBlCBoiFfCIaQi2JIBpCA4mFIBpCBoiFfCIbQi2JIBtCA4mFIBtCBoiFfCIcQi2JIBxCA4mFIBxCBoiFfCIdQi2JIB1CA4mFIB1CBoiFfCIeQj+JIB5COImFIB5CB4iFIAdCP4kgB0I4iYUgB0IHiIUgBXwgGnwgEEI/iSAQQjiJhSAQQgeIhSAXfCAZfCASQj+JIBJCOImFIBJCB4iFIAp8IBh8IBZCLYkgFkIDiYUgFkIGiIV8Ih9CLYkgH0IDiYUgH0IGiIV8IiBCLYkgIEIDiYUgIEIGiIV8IiF8IBZCP4kgFkI4iYUgFkIHiIUgGnwgC0I/iSALQjiJhSALQgeIhSAGfCAbfCAhQi2JICFCA4mFICFCBoiFfCIifCAVQj+JIBVCOImFIBVCB4iFIBl8ICF8IBRCP4kgFEI4iYUgFEIHiIUgGHwgIHwgE0I/iSATQjiJhSATQgeIhSALfCAffCAeQi2JIB5CA4mFIB5CBoiFfCIjQi2JICNCA4mFICNCBoiFfCIkQi2JICRCA4mFICRCBoiFfCIlQi2JICVCA4mFICVCBoiFfCImfCAdQj+JIB1COImFIB1CB4iFICB8ICV8IBxCP4kgHEI4iYUgHEIHiIUgH3wgJHwgG0I/iSAbQjiJhSAbQgeIhSAWfCAjfCAaQj+JIBpCOImFIBpCB4iFIBV8IB58IBlCP4kgGUI4iYUgGUIHiIUgFHwgHXwgGEI/iSAYQjiJhSAYQgeIhSATfCAcfCAiQi2JICJCA4mFICJCBoiFfCInQi2JICdCA4mFICdCBoiFfCIoQi2JIChCA4mFIChCBoiFfCIpQi2JIClCA4mFIClCBoiFfCIqQi2JICpCA4mFICpCBoiFfCIrQi2JICtCA4mFICtCBoiFfCIsQi2JICxCA4mFICxCBoiFfCItQj+JIC1COImFIC1CB4iFICFCP4kgIUI4iYUgIUIHiIUgHXwgKXwgIEI/iSAgQjiJhSAgQgeIhSAcfCAofCAfQj+JIB9COImFIB9CB4iFIBt8ICd8ICZCLYkgJkIDiYUgJkIGiIV8Ii5CLYkgLkIDiYUgLkIGiIV8Ii9CLYkgL0IDiYUgL0IGiIV8IjB8ICZCP4kgJkI4iYUgJkIHiIUgKXwgIkI/iSAiQjiJhSAiQgeIhSAefCAqfCAwQi2JIDBCA4mFIDBCBoiFfCIxfCAlQj+JICVCOImFICVCB4iFICh8IDB8ICRCP4kgJEI4iYUgJEIHiIUgJ3wgL3wgI0I/iSAjQjiJhSAjQgeIhSAifCAufCAtQi2JIC1CA4mFIC1CBoiFfCIyQi2JIDJCA4mFIDJCBoiFfCIzQi2JIDNCA4mFIDNCBoiFfCI0Qi2JIDRCA4mFIDRCBoiFfCI1fCAsQj+JICxCOImFICxCB4iFIC98IDR8ICtCP4kgK0I4iYUgK0IHiIUgLnwgM3wgKkI/iSAqQjiJhSAqQgeIhSAmfCAyfCApQj+JIClCOImFIClCB4iFICV8IC18IChCP4kgKEI4iYUgKEIHiIUgJHwgLHwgJ0I/iSAnQjiJhSAnQgeIhSAjfCArfCAxQi2JIDFCA4mFIDFCBoiFfCI2Qi2JIDZCA4mFIDZCBoiFfCI3Qi2JIDdCA4mFIDdCBoiFfCI4Qi2JIDhCA4mFIDhCBoiFfCI5Qi2JIDlCA4mFIDlCBoiFfCI6Qi2JIDpCA4mFIDpCBoiFfCI7Qi2JIDtCA4mFIDtCBoiFfCI8Qj+JIDxCOImFIDxCB4iFIDBCP4kgMEI4iYUgMEIHiIUgLHwgOHwgL0I/iSAvQjiJhSAvQgeIhSArfCA3fCAuQj+JIC5COImFIC5CB4iFICp8IDZ8IDVCLYkgNUIDiYUgNUIGiIV8Ij1CLYkgPUIDiYUgPUIGiIV8Ij5CLYkgPkIDiYUgPkIGiIV8Ij98IDVCP4kgNUI4iYUgNUIHiIUgOHwgMUI/iSAxQjiJhSAxQgeIhSAtfCA5fCA/Qi2JID9CA4mFID9CBoiFfCJAfCA0Qj+JIDRCOImFIDRCB4iFIDd8ID98IDNCP4kgM0I4iYUgM0IHiIUgNnwgPnwgMkI/iSAyQjiJhSAyQgeIhSAxfCA9fCA8Qi2JIDxCA4mFIDxCBoiFfCJBQi2JIEFCA4mFIEFCBoiFfCJCQi2JIEJCA4mFIEJCBoiFfCJDQi2JIENCA4mFIENCBoiFfCJEfCA7Qj+JIDtCOImFIDtCB4iFID58IEN8IDpCP4kgOkI4iYUgOkIHiIUgPXwgQnwgOUI/iSA5QjiJhSA5QgeIhSA1fCBBfCA4Qj+JIDhCOImFIDhCB4iFIDR8IDx8IDdCP4kgN0I4iYUgN0IHiIUgM3wgO3wgNkI/iSA2QjiJhSA2QgeIhSAyfCA6fCBAQi2JIEBCA4mFIEBCBoiFfCJFQi2JIEVCA4mFIEVCBoiFfCJGQi2JIEZCA4mFIEZCBoiFfCJHQi2JIEdCA4mFIEdCBoiFfCJIQi2JIEhCA4mFIEhCBoiFfCJJQi2JIElCA4mFIElCBoiFfCJKQi2JIEpCA4mFIEpCBoiFfCJLIEkgRSA/ID0gMiAsICogIiAgIBYgBiAXIAhBACkDqIoBIkxCMokgTEIuiYUgTEIXiYVBACkDwIoBIk18QQApA7iKASJOQQApA7CKASJPhSBMgyBOhXwgA3xCotyiuY3zi8XCAHwiA0EAKQOgigEiUHwiASAPfCBMIBF8IE8gCXwgTiACfCABIE8gTIWDIE+FfCABQjKJIAFCLomFIAFCF4mFfELNy72fkpLRm/EAfCJRQQApA5iKASJSfCIJIAEgTIWDIEyFfCAJQjKJIAlCLomFIAlCF4mFfEKv9rTi/vm+4LV/fCJTQQApA5CKASJUfCIPIAkgAYWDIAGFfCAPQjKJIA9CLomFIA9CF4mFfEK8t6eM2PT22ml8IlVBACkDiIoBIgF8IhEgDyAJhYMgCYV8IBFCMokgEUIuiYUgEUIXiYV8Qrjqopq/y7CrOXwiViBSIFQgAYWDIFQgAYOFIAFCJIkgAUIeiYUgAUIZiYV8IAN8IgJ8IgN8IAwgEXwgDSAPfCAOIAl8IAMgESAPhYMgD4V8IANCMokgA0IuiYUgA0IXiYV8Qpmgl7CbvsT42QB8Ig0gAiABhSBUgyACIAGDhSACQiSJIAJCHomFIAJCGYmFfCBRfCIJfCIIIAMgEYWDIBGFfCAIQjKJIAhCLomFIAhCF4mFfEKbn+X4ytTgn5J/fCIOIAkgAoUgAYMgCSACg4UgCUIkiSAJQh6JhSAJQhmJhXwgU3wiD3wiESAIIAOFgyADhXwgEUIyiSARQi6JhSARQheJhXxCmIK2093al46rf3wiUSAPIAmFIAKDIA8gCYOFIA9CJIkgD0IeiYUgD0IZiYV8IFV8IgJ8IgMgESAIhYMgCIV8IANCMokgA0IuiYUgA0IXiYV8QsKEjJiK0+qDWHwiUyACIA+FIAmDIAIgD4OFIAJCJIkgAkIeiYUgAkIZiYV8IFZ8Igl8Igx8IBIgA3wgCiARfCAEIAh8IAwgAyARhYMgEYV8IAxCMokgDEIuiYUgDEIXiYV8Qr7fwauU4NbBEnwiBCAJIAKFIA+DIAkgAoOFIAlCJIkgCUIeiYUgCUIZiYV8IA18Ig98IhEgDCADhYMgA4V8IBFCMokgEUIuiYUgEUIXiYV8Qozlkvfkt+GYJHwiCiAPIAmFIAKDIA8gCYOFIA9CJIkgD0IeiYUgD0IZiYV8IA58IgJ8IgMgESAMhYMgDIV8IANCMokgA0IuiYUgA0IXiYV8QuLp/q+9uJ+G1QB8IhIgAiAPhSAJgyACIA+DhSACQiSJIAJCHomFIAJCGYmFfCBRfCIJfCIIIAMgEYWDIBGFfCAIQjKJIAhCLomFIAhCF4mFfELvku6Tz66X3/IAfCIXIAkgAoUgD4MgCSACg4UgCUIkiSAJQh6JhSAJQhmJhXwgU3wiD3wiDHwgByAIfCAFIAN8IBAgEXwgDCAIIAOFgyADhXwgDEIyiSAMQi6JhSAMQheJhXxCsa3a2OO/rO+Af3wiAyAPIAmFIAKDIA8gCYOFIA9CJIkgD0IeiYUgD0IZiYV8IAR8IgV8IgIgDCAIhYMgCIV8IAJCMokgAkIuiYUgAkIXiYV8QrWknK7y1IHum398IgggBSAPhSAJgyAFIA+DhSAFQiSJIAVCHomFIAVCGYmFfCAKfCIGfCIJIAIgDIWDIAyFfCAJQjKJIAlCLomFIAlCF4mFfEKUzaT7zK78zUF8IgwgBiAFhSAPgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCASfCIHfCIPIAkgAoWDIAKFfCAPQjKJIA9CLomFIA9CF4mFfELSlcX3mbjazWR8IgQgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAXfCIFfCIRIBR8IBggD3wgEyAJfCALIAJ8IBEgDyAJhYMgCYV8IBFCMokgEUIuiYUgEUIXiYV8QuPLvMLj8JHfb3wiAiAFIAeFIAaDIAUgB4OFIAVCJIkgBUIeiYUgBUIZiYV8IAN8IgZ8IgsgESAPhYMgD4V8IAtCMokgC0IuiYUgC0IXiYV8QrWrs9zouOfgD3wiCSAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IAh8Igd8IhMgCyARhYMgEYV8IBNCMokgE0IuiYUgE0IXiYV8QuW4sr3HuaiGJHwiDyAHIAaFIAWDIAcgBoOFIAdCJIkgB0IeiYUgB0IZiYV8IAx8IgV8IhQgEyALhYMgC4V8IBRCMokgFEIuiYUgFEIXiYV8QvWErMn1jcv0LXwiESAFIAeFIAaDIAUgB4OFIAVCJIkgBUIeiYUgBUIZiYV8IAR8IgZ8Ihh8IBogFHwgFSATfCAZIAt8IBggFCAThYMgE4V8IBhCMokgGEIuiYUgGEIXiYV8QoPJm/WmlaG6ygB8IhYgBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCACfCIHfCILIBggFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfELU94fqy7uq2NwAfCIZIAcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgCXwiBXwiEyALIBiFgyAYhXwgE0IyiSATQi6JhSATQheJhXxCtafFmKib4vz2AHwiGCAFIAeFIAaDIAUgB4OFIAVCJIkgBUIeiYUgBUIZiYV8IA98IgZ8IhQgEyALhYMgC4V8IBRCMokgFEIuiYUgFEIXiYV8Qqu/m/OuqpSfmH98IhogBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCARfCIHfCIVfCAcIBR8IB8gE3wgGyALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfEKQ5NDt0s3xmKh/fCIbIAcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgFnwiBXwiCyAVIBSFgyAUhXwgC0IyiSALQi6JhSALQheJhXxCv8Lsx4n5yYGwf3wiFiAFIAeFIAaDIAUgB4OFIAVCJIkgBUIeiYUgBUIZiYV8IBl8IgZ8IhMgCyAVhYMgFYV8IBNCMokgE0IuiYUgE0IXiYV8QuSdvPf7+N+sv398IhkgBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCAYfCIHfCIUIBMgC4WDIAuFfCAUQjKJIBRCLomFIBRCF4mFfELCn6Lts/6C8EZ8IhggByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAafCIFfCIVfCAeIBR8ICEgE3wgHSALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfEKlzqqY+ajk01V8IhogBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAbfCIGfCILIBUgFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfELvhI6AnuqY5QZ8IhsgBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCAWfCIHfCITIAsgFYWDIBWFfCATQjKJIBNCLomFIBNCF4mFfELw3LnQ8KzKlBR8IhYgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAZfCIFfCIUIBMgC4WDIAuFfCAUQjKJIBRCLomFIBRCF4mFfEL838i21NDC2yd8IhkgBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAYfCIGfCIVICh8ICQgFHwgJyATfCAjIAt8IBUgFCAThYMgE4V8IBVCMokgFUIuiYUgFUIXiYV8QqaSm+GFp8iNLnwiGCAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBp8Igd8IgsgFSAUhYMgFIV8IAtCMokgC0IuiYUgC0IXiYV8Qu3VkNbFv5uWzQB8IhogByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAbfCIFfCITIAsgFYWDIBWFfCATQjKJIBNCLomFIBNCF4mFfELf59bsuaKDnNMAfCIbIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgFnwiBnwiFCATIAuFgyALhXwgFEIyiSAUQi6JhSAUQheJhXxC3se93cjqnIXlAHwiFiAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBl8Igd8IhV8ICYgFHwgKSATfCAlIAt8IBUgFCAThYMgE4V8IBVCMokgFUIuiYUgFUIXiYV8Qqjl3uOz14K19gB8IhkgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAYfCIFfCILIBUgFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfELm3ba/5KWy4YF/fCIYIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGnwiBnwiEyALIBWFgyAVhXwgE0IyiSATQi6JhSATQheJhXxCu+qIpNGQi7mSf3wiGiAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBt8Igd8IhQgEyALhYMgC4V8IBRCMokgFEIuiYUgFEIXiYV8QuSGxOeUlPrfon98IhsgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAWfCIFfCIVfCAvIBR8ICsgE3wgLiALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfEKB4Ijiu8mZjah/fCIWIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGXwiBnwiCyAVIBSFgyAUhXwgC0IyiSALQi6JhSALQheJhXxCka/ih43u4qVCfCIZIAYgBYUgB4MgBiAFg4UgBkIkiSAGQh6JhSAGQhmJhXwgGHwiB3wiEyALIBWFgyAVhXwgE0IyiSATQi6JhSATQheJhXxCsPzSsrC0lLZHfCIYIAcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgGnwiBXwiFCATIAuFgyALhXwgFEIyiSAUQi6JhSAUQheJhXxCmKS9t52DuslRfCIaIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgG3wiBnwiFXwgMSAUfCAtIBN8IDAgC3wgFSAUIBOFgyAThXwgFUIyiSAVQi6JhSAVQheJhXxCkNKWq8XEwcxWfCIbIAYgBYUgB4MgBiAFg4UgBkIkiSAGQh6JhSAGQhmJhXwgFnwiB3wiCyAVIBSFgyAUhXwgC0IyiSALQi6JhSALQheJhXxCqsDEu9WwjYd0fCIWIAcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgGXwiBXwiEyALIBWFgyAVhXwgE0IyiSATQi6JhSATQheJhXxCuKPvlYOOqLUQfCIZIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGHwiBnwiFCATIAuFgyALhXwgFEIyiSAUQi6JhSAUQheJhXxCyKHLxuuisNIZfCIYIAYgBYUgB4MgBiAFg4UgBkIkiSAGQh6JhSAGQhmJhXwgGnwiB3wiFSA0fCA3IBR8IDMgE3wgNiALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfELT1oaKhYHbmx58IhogByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAbfCIFfCILIBUgFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfEKZ17v8zemdpCd8IhsgBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAWfCIGfCITIAsgFYWDIBWFfCATQjKJIBNCLomFIBNCF4mFfEKoke2M3pav2DR8IhYgBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCAZfCIHfCIUIBMgC4WDIAuFfCAUQjKJIBRCLomFIBRCF4mFfELjtKWuvJaDjjl8IhkgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAYfCIFfCIVfCA5IBR8IDUgE3wgOCALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfELLlYaarsmq7M4AfCIYIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGnwiBnwiCyAVIBSFgyAUhXwgC0IyiSALQi6JhSALQheJhXxC88aPu/fJss7bAHwiGiAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBt8Igd8IhMgCyAVhYMgFYV8IBNCMokgE0IuiYUgE0IXiYV8QqPxyrW9/puX6AB8IhsgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAWfCIFfCIUIBMgC4WDIAuFfCAUQjKJIBRCLomFIBRCF4mFfEL85b7v5d3gx/QAfCIWIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGXwiBnwiFXwgOyAUfCA+IBN8IDogC3wgFSAUIBOFgyAThXwgFUIyiSAVQi6JhSAVQheJhXxC4N7cmPTt2NL4AHwiGSAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBh8Igd8IgsgFSAUhYMgFIV8IAtCMokgC0IuiYUgC0IXiYV8QvLWwo/Kgp7khH98IhggByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAafCIFfCITIAsgFYWDIBWFfCATQjKJIBNCLomFIBNCF4mFfELs85DTgcHA44x/fCIaIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgG3wiBnwiFCATIAuFgyALhXwgFEIyiSAUQi6JhSAUQheJhXxCqLyMm6L/v9+Qf3wiGyAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBZ8Igd8IhV8IEEgFHwgQCATfCA8IAt8IBUgFCAThYMgE4V8IBVCMokgFUIuiYUgFUIXiYV8Qun7ivS9nZuopH98IhYgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAZfCIFfCILIBUgFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfEKV8pmW+/7o/L5/fCIZIAUgB4UgBoMgBSAHg4UgBUIkiSAFQh6JhSAFQhmJhXwgGHwiBnwiEyALIBWFgyAVhXwgE0IyiSATQi6JhSATQheJhXxCq6bJm66e3rhGfCIYIAYgBYUgB4MgBiAFg4UgBkIkiSAGQh6JhSAGQhmJhXwgGnwiB3wiFCATIAuFgyALhXwgFEIyiSAUQi6JhSAUQheJhXxCnMOZ0e7Zz5NKfCIaIAcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgG3wiBXwiFSBHfCBDIBR8IEYgE3wgQiALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfEKHhIOO8piuw1F8IhsgBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAWfCIGfCILIBUgFIWDIBSFfCALQjKJIAtCLomFIAtCF4mFfEKe1oPv7Lqf7Wp8IhYgBiAFhSAHgyAGIAWDhSAGQiSJIAZCHomFIAZCGYmFfCAZfCIHfCITIAsgFYWDIBWFfCATQjKJIBNCLomFIBNCF4mFfEL4orvz/u/TvnV8IhkgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAYfCIFfCIUIBMgC4WDIAuFfCAUQjKJIBRCLomFIBRCF4mFfEK6392Qp/WZ+AZ8IhwgBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAafCIGfCIVfCA9Qj+JID1COImFID1CB4iFIDl8IEV8IERCLYkgREIDiYUgREIGiIV8IhggFHwgSCATfCBEIAt8IBUgFCAThYMgE4V8IBVCMokgFUIuiYUgFUIXiYV8QqaxopbauN+xCnwiGiAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBt8Igd8IgsgFSAUhYMgFIV8IAtCMokgC0IuiYUgC0IXiYV8Qq6b5PfLgOafEXwiGyAHIAaFIAWDIAcgBoOFIAdCJIkgB0IeiYUgB0IZiYV8IBZ8IgV8IhMgCyAVhYMgFYV8IBNCMokgE0IuiYUgE0IXiYV8QpuO8ZjR5sK4G3wiHSAFIAeFIAaDIAUgB4OFIAVCJIkgBUIeiYUgBUIZiYV8IBl8IgZ8IhQgEyALhYMgC4V8IBRCMokgFEIuiYUgFEIXiYV8QoT7kZjS/t3tKHwiHiAGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBx8Igd8IhV8ID9CP4kgP0I4iYUgP0IHiIUgO3wgR3wgPkI/iSA+QjiJhSA+QgeIhSA6fCBGfCAYQi2JIBhCA4mFIBhCBoiFfCIWQi2JIBZCA4mFIBZCBoiFfCIZIBR8IEogE3wgFiALfCAVIBQgE4WDIBOFfCAVQjKJIBVCLomFIBVCF4mFfEKTyZyGtO+q5TJ8IgsgByAGhSAFgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCAafCIFfCITIBUgFIWDIBSFfCATQjKJIBNCLomFIBNCF4mFfEK8/aauocGvzzx8IhogBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAbfCIGfCIUIBMgFYWDIBWFfCAUQjKJIBRCLomFIBRCF4mFfELMmsDgyfjZjsMAfCIbIAYgBYUgB4MgBiAFg4UgBkIkiSAGQh6JhSAGQhmJhXwgHXwiB3wiFSAUIBOFgyAThXwgFUIyiSAVQi6JhSAVQheJhXxCtoX52eyX9eLMAHwiHCAHIAaFIAWDIAcgBoOFIAdCJIkgB0IeiYUgB0IZiYV8IB58IgV8IhYgTXw3A8CKAUEAIFAgBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCALfCIGIAWFIAeDIAYgBYOFIAZCJIkgBkIeiYUgBkIZiYV8IBp8IgcgBoUgBYMgByAGg4UgB0IkiSAHQh6JhSAHQhmJhXwgG3wiBSAHhSAGgyAFIAeDhSAFQiSJIAVCHomFIAVCGYmFfCAcfCILfDcDoIoBQQAgTiBAQj+JIEBCOImFIEBCB4iFIDx8IEh8IBlCLYkgGUIDiYUgGUIGiIV8IhkgE3wgFiAVIBSFgyAUhXwgFkIyiSAWQi6JhSAWQheJhXxCqvyV48+zyr/ZAHwiGiAGfCITfDcDuIoBQQAgUiALIAWFIAeDIAsgBYOFIAtCJIkgC0IeiYUgC0IZiYV8IBp8IgZ8NwOYigFBACBPIEFCP4kgQUI4iYUgQUIHiIUgQHwgGHwgS0ItiSBLQgOJhSBLQgaIhXwgFHwgEyAWIBWFgyAVhXwgE0IyiSATQi6JhSATQheJhXxC7PXb1rP12+XfAHwiGCAHfCIUfDcDsIoBQQAgVCAGIAuFIAWDIAYgC4OFIAZCJIkgBkIeiYUgBkIZiYV8IBh8Igd8NwOQigFBACBMIEVCP4kgRUI4iYUgRUIHiIUgQXwgSXwgGUItiSAZQgOJhSAZQgaIhXwgFXwgFCATIBaFgyAWhXwgFEIyiSAUQi6JhSAUQheJhXxCl7Cd0sSxhqLsAHwiEyAFfHw3A6iKAUEAIAEgByAGhSALgyAHIAaDhSAHQiSJIAdCHomFIAdCGYmFfCATfHw3A4iKAQvzCQIBfgR/QQApA4CKASIAp0EDdkEPcSIBQQN0QYCJAWoiAiACKQMAQn8gAEIDhiIAhkJ/hYNCgAEgAIaFNwMAIAFBAWohAwJAIAFBDkkNAAJAIANBD0cNAEEAQgA3A/iJAQtBgIkBEANBACEDCyADIQQCQEEHIANrQQdxIgJFDQAgAyACaiEEIANBA3RBgIkBaiEBA0AgAUIANwMAIAFBCGohASACQX9qIgINAAsLAkAgA0F4akEHSQ0AIARBA3QhAQNAIAFBuIkBakIANwMAIAFBsIkBakIANwMAIAFBqIkBakIANwMAIAFBoIkBakIANwMAIAFBmIkBakIANwMAIAFBkIkBakIANwMAIAFBiIkBakIANwMAIAFBgIkBakIANwMAIAFBwABqIgFB+ABHDQALC0EAIQFBAEEAKQOAigEiAEI7hiAAQiuGQoCAgICAgMD/AIOEIABCG4ZCgICAgIDgP4MgAEILhkKAgICA8B+DhIQgAEIFiEKAgID4D4MgAEIViEKAgPwHg4QgAEIliEKA/gODIABCA4ZCOIiEhIQ3A/iJAUGAiQEQA0EAQQApA8CKASIAQjiGIABCgP4Dg0IohoQgAEKAgPwHg0IYhiAAQoCAgPgPg0IIhoSEIABCCIhCgICA+A+DIABCGIhCgID8B4OEIABCKIhCgP4DgyAAQjiIhISENwPAigFBAEEAKQO4igEiAEI4hiAAQoD+A4NCKIaEIABCgID8B4NCGIYgAEKAgID4D4NCCIaEhCAAQgiIQoCAgPgPgyAAQhiIQoCA/AeDhCAAQiiIQoD+A4MgAEI4iISEhDcDuIoBQQBBACkDsIoBIgBCOIYgAEKA/gODQiiGhCAAQoCA/AeDQhiGIABCgICA+A+DQgiGhIQgAEIIiEKAgID4D4MgAEIYiEKAgPwHg4QgAEIoiEKA/gODIABCOIiEhIQ3A7CKAUEAQQApA6iKASIAQjiGIABCgP4Dg0IohoQgAEKAgPwHg0IYhiAAQoCAgPgPg0IIhoSEIABCCIhCgICA+A+DIABCGIhCgID8B4OEIABCKIhCgP4DgyAAQjiIhISENwOoigFBAEEAKQOgigEiAEI4hiAAQoD+A4NCKIaEIABCgID8B4NCGIYgAEKAgID4D4NCCIaEhCAAQgiIQoCAgPgPgyAAQhiIQoCA/AeDhCAAQiiIQoD+A4MgAEI4iISEhDcDoIoBQQBBACkDmIoBIgBCOIYgAEKA/gODQiiGhCAAQoCA/AeDQhiGIABCgICA+A+DQgiGhIQgAEIIiEKAgID4D4MgAEIYiEKAgPwHg4QgAEIoiEKA/gODIABCOIiEhIQ3A5iKAUEAQQApA5CKASIAQjiGIABCgP4Dg0IohoQgAEKAgPwHg0IYhiAAQoCAgPgPg0IIhoSEIABCCIhCgICA+A+DIABCGIhCgID8B4OEIABCKIhCgP4DgyAAQjiIhISENwOQigFBAEEAKQOIigEiAEI4hiAAQoD+A4NCKIaEIABCgID8B4NCGIYgAEKAgID4D4NCCIaEhCAAQgiIQoCAgPgPgyAAQhiIQoCA/AeDhCAAQiiIQoD+A4MgAEI4iISEhDcDiIoBAkBBACgCyIoBIgNFDQBBACECA0AgAUGACWogAUGIigFqLQAAOgAAIAFBAWohASADIAJBAWoiAkH/AXFLDQALCwsGAEGAiQELoQIAQQBCADcDgIoBQQBBMEHAACABQYADRiIBGzYCyIoBQQBCpJ/p99uD0trHAEL5wvibkaOz8NsAIAEbNwPAigFBAEKnn+an1sGLhltC6/qG2r+19sEfIAEbNwO4igFBAEKRquDC9tCS2o5/Qp/Y+dnCkdqCm38gARs3A7CKAUEAQrGWgP7/zMmZ5wBC0YWa7/rPlIfRACABGzcDqIoBQQBCubK5uI+b+5cVQvHt9Pilp/2npX8gARs3A6CKAUEAQpe6w4Ojq8CskX9Cq/DT9K/uvLc8IAEbNwOYigFBAEKHqvOzo6WKzeIAQrvOqqbY0Ouzu38gARs3A5CKAUEAQti9lojcq+fdS0KIkvOd/8z5hOoAIAEbNwOIigEgABACEAQLCwsBAEGACAsE0AAAAA==";
    var hash$9 = "f2e40eb1";
    var wasmJson$9 = {
    	name: name$9,
    	data: data$9,
    	hash: hash$9
    };

    const mutex$8 = new Mutex();
    let wasmCache$8 = null;
    /**
     * Calculates SHA-2 (SHA-384) hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sha384(data) {
        if (wasmCache$8 === null) {
            return lockedCreate(mutex$8, wasmJson$9, 48).then((wasm) => {
                wasmCache$8 = wasm;
                return wasmCache$8.calculate(data, 384);
            });
        }
        try {
            const hash = wasmCache$8.calculate(data, 384);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-2 (SHA-384) hash instance
     */
    function createSHA384() {
        return WASMInterface(wasmJson$9, 48).then((wasm) => {
            wasm.init(384);
            const obj = {
                init: () => {
                    wasm.init(384);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 128,
                digestSize: 48,
            };
            return obj;
        });
    }

    const mutex$7 = new Mutex();
    let wasmCache$7 = null;
    /**
     * Calculates SHA-2 (SHA-512) hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sha512(data) {
        if (wasmCache$7 === null) {
            return lockedCreate(mutex$7, wasmJson$9, 64).then((wasm) => {
                wasmCache$7 = wasm;
                return wasmCache$7.calculate(data, 512);
            });
        }
        try {
            const hash = wasmCache$7.calculate(data, 512);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SHA-2 (SHA-512) hash instance
     */
    function createSHA512() {
        return WASMInterface(wasmJson$9, 64).then((wasm) => {
            wasm.init(512);
            const obj = {
                init: () => {
                    wasm.init(512);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 128,
                digestSize: 64,
            };
            return obj;
        });
    }

    var name$8 = "xxhash32";
    var data$8 = "AGFzbQEAAAABEQRgAAF/YAF/AGAAAGACf38AAwcGAAEBAgADBQQBAQICBg4CfwFBsIkFC38AQYAICwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACUhhc2hfSW5pdAABC0hhc2hfVXBkYXRlAAIKSGFzaF9GaW5hbAADDUhhc2hfR2V0U3RhdGUABA5IYXNoX0NhbGN1bGF0ZQAFClNUQVRFX1NJWkUDAQrvEQYFAEGACQtNAEEAQgA3A6iJAUEAIAA2AoiJAUEAIABBz4yijgZqNgKMiQFBACAAQfeUr694ajYChIkBQQAgAEGoiI2hAmo2AoCJAUEAQQA2AqCJAQu4CAEHfwJAIABFDQBBAEEAKQOoiQEgAK18NwOoiQECQEEAKAKgiQEiASAAakEPSw0AAkACQCAAQQNxIgINAEGACSEDIAAhBAwBCyAAQXxxIQRBgAkhAwNAQQBBACgCoIkBIgVBAWo2AqCJASAFQZCJAWogAy0AADoAACADQQFqIQMgAkF/aiICDQALCyAAQQRJDQEDQEEAQQAoAqCJASICQQFqNgKgiQEgAkGQiQFqIAMtAAA6AAAgA0EBai0AACECQQBBACgCoIkBIgVBAWo2AqCJASAFQZCJAWogAjoAACADQQJqLQAAIQJBAEEAKAKgiQEiBUEBajYCoIkBIAVBkIkBaiACOgAAIANBA2otAAAhAkEAQQAoAqCJASIFQQFqNgKgiQEgBUGQiQFqIAI6AAAgA0EEaiEDIARBfGoiBA0ADAILCyAAQfAIaiEGAkACQCABDQBBACgCjIkBIQJBACgCiIkBIQVBACgChIkBIQRBACgCgIkBIQFBgAkhAwwBC0GACSEDAkAgAUEPSw0AQYAJIQMCQAJAQQAgAWtBA3EiBA0AIAEhBQwBCyABIQIDQEEAIAJBAWoiBTYCoIkBIAJBkIkBaiADLQAAOgAAIANBAWohAyAFIQIgBEF/aiIEDQALCyABQXNqQQNJDQBBACEEA0AgAyAEaiIBLQAAIQdBACAFIARqIgJBAWo2AqCJASACQZCJAWogBzoAACABQQFqLQAAIQdBACACQQJqNgKgiQEgAkGRiQFqIAc6AAAgAUECai0AACEHQQAgAkEDajYCoIkBIAJBkokBaiAHOgAAIAFBA2otAAAhAUEAIAJBBGo2AqCJASACQZOJAWogAToAACAFIARBBGoiBGpBEEcNAAsgAyAEaiEDC0EAQQAoApCJAUH3lK+veGxBACgCgIkBakENd0Gx893xeWwiATYCgIkBQQBBACgClIkBQfeUr694bEEAKAKEiQFqQQ13QbHz3fF5bCIENgKEiQFBAEEAKAKYiQFB95Svr3hsQQAoAoiJAWpBDXdBsfPd8XlsIgU2AoiJAUEAQQAoApyJAUH3lK+veGxBACgCjIkBakENd0Gx893xeWwiAjYCjIkBCyAAQYAJaiEAAkAgAyAGSw0AA0AgAygCAEH3lK+veGwgAWpBDXdBsfPd8XlsIQEgA0EMaigCAEH3lK+veGwgAmpBDXdBsfPd8XlsIQIgA0EIaigCAEH3lK+veGwgBWpBDXdBsfPd8XlsIQUgA0EEaigCAEH3lK+veGwgBGpBDXdBsfPd8XlsIQQgA0EQaiIDIAZNDQALC0EAIAI2AoyJAUEAIAU2AoiJAUEAIAQ2AoSJAUEAIAE2AoCJAUEAIAAgA2s2AqCJASAAIANGDQBBACECA0AgAkGQiQFqIAMgAmotAAA6AAAgAkEBaiICQQAoAqCJAUkNAAsLC4MEAgF+Bn9BACkDqIkBIgCnIQECQAJAIABCEFQNAEEAKAKEiQFBB3dBACgCgIkBQQF3akEAKAKIiQFBDHdqQQAoAoyJAUESd2ohAgwBC0EAKAKIiQFBsc/ZsgFqIQILIAIgAWohAkGQiQEhA0GUiQEhAQJAQQAoAqCJASIEQZCJAWoiBUGUiQFJDQBBkIkBIQMCQCAEQXxqIgZBBHENAEEAKAKQiQFBvdzKlXxsIAJqQRF3Qa/W074CbCECQZiJASEBQZSJASEDIAZBBEkNAQsDQCABKAIAQb3cypV8bCADKAIAQb3cypV8bCACakERd0Gv1tO+AmxqQRF3Qa/W074CbCECIAFBBGohAyABQQhqIgEgBU0NAAsgAUF8aiEDCwJAIAMgBUYNACAEQY+JAWohBgJAAkAgBCADa0EBcQ0AIAMhAQwBCyADQQFqIQEgAy0AAEGxz9myAWwgAmpBC3dBsfPd8XlsIQILIAYgA0YNAANAIAFBAWotAABBsc/ZsgFsIAEtAABBsc/ZsgFsIAJqQQt3QbHz3fF5bGpBC3dBsfPd8XlsIQIgAUECaiIBIAVHDQALC0EAIAJBD3YgAnNB95Svr3hsIgFBDXYgAXNBvdzKlXxsIgFBEHYgAXMiAkEYdCACQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnKtNwOACQsGAEGAiQEL0gQCAX4Ef0EAQgA3A6iJAUEAIAE2AoiJAUEAIAFBz4yijgZqNgKMiQFBACABQfeUr694ajYChIkBQQAgAUGoiI2hAmo2AoCJAUEAQQA2AqCJASAAEAJBACkDqIkBIgKnIQECQAJAIAJCEFQNAEEAKAKEiQFBB3dBACgCgIkBQQF3akEAKAKIiQFBDHdqQQAoAoyJAUESd2ohAAwBC0EAKAKIiQFBsc/ZsgFqIQALIAAgAWohAEGQiQEhA0GUiQEhAQJAQQAoAqCJASIEQZCJAWoiBUGUiQFJDQBBkIkBIQMCQCAEQXxqIgZBBHENAEEAKAKQiQFBvdzKlXxsIABqQRF3Qa/W074CbCEAQZiJASEBQZSJASEDIAZBBEkNAQsDQCABKAIAQb3cypV8bCADKAIAQb3cypV8bCAAakERd0Gv1tO+AmxqQRF3Qa/W074CbCEAIAFBBGohAyABQQhqIgEgBU0NAAsgAUF8aiEDCwJAIAMgBUYNACAEQY+JAWohBgJAAkAgBCADa0EBcQ0AIAMhAQwBCyADQQFqIQEgAy0AAEGxz9myAWwgAGpBC3dBsfPd8XlsIQALIAYgA0YNAANAIAFBAWotAABBsc/ZsgFsIAEtAABBsc/ZsgFsIABqQQt3QbHz3fF5bGpBC3dBsfPd8XlsIQAgAUECaiIBIAVHDQALC0EAIABBD3YgAHNB95Svr3hsIgFBDXYgAXNBvdzKlXxsIgFBEHYgAXMiAEEYdCAAQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnKtNwOACQsLCwEAQYAICwQwAAAA";
    var hash$8 = "4bb12485";
    var wasmJson$8 = {
    	name: name$8,
    	data: data$8,
    	hash: hash$8
    };

    const mutex$6 = new Mutex();
    let wasmCache$6 = null;
    function validateSeed$3(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
            return new Error("Seed must be a valid 32-bit long unsigned integer.");
        }
        return null;
    }
    /**
     * Calculates xxHash32 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param seed Number used to initialize the internal state of the algorithm (defaults to 0)
     * @returns Computed hash as a hexadecimal string
     */
    function xxhash32(data, seed = 0) {
        if (validateSeed$3(seed)) {
            return Promise.reject(validateSeed$3(seed));
        }
        if (wasmCache$6 === null) {
            return lockedCreate(mutex$6, wasmJson$8, 4).then((wasm) => {
                wasmCache$6 = wasm;
                return wasmCache$6.calculate(data, seed);
            });
        }
        try {
            const hash = wasmCache$6.calculate(data, seed);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new xxHash32 hash instance
     * @param data Input data (string, Buffer or TypedArray)
     * @param seed Number used to initialize the internal state of the algorithm (defaults to 0)
     */
    function createXXHash32(seed = 0) {
        if (validateSeed$3(seed)) {
            return Promise.reject(validateSeed$3(seed));
        }
        return WASMInterface(wasmJson$8, 4).then((wasm) => {
            wasm.init(seed);
            const obj = {
                init: () => {
                    wasm.init(seed);
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 16,
                digestSize: 4,
            };
            return obj;
        });
    }

    var name$7 = "xxhash64";
    var data$7 = "AGFzbQEAAAABDANgAAF/YAAAYAF/AAMHBgABAgEAAQUEAQECAgYOAn8BQdCJBQt/AEGACAsHcAgGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAlIYXNoX0luaXQAAQtIYXNoX1VwZGF0ZQACCkhhc2hfRmluYWwAAw1IYXNoX0dldFN0YXRlAAQOSGFzaF9DYWxjdWxhdGUABQpTVEFURV9TSVpFAwEKmxEGBQBBgAkLYwEBfkEAQgA3A8iJAUEAQQApA4AJIgA3A5CJAUEAIABC+erQ0OfJoeThAHw3A5iJAUEAIABCz9bTvtLHq9lCfDcDiIkBQQAgAELW64Lu6v2J9eAAfDcDgIkBQQBBADYCwIkBC70IAwV/BH4CfwJAIABFDQBBAEEAKQPIiQEgAK18NwPIiQECQEEAKALAiQEiASAAakEfSw0AAkACQCAAQQNxIgINAEGACSEDIAAhAQwBCyAAQXxxIQFBgAkhAwNAQQBBACgCwIkBIgRBAWo2AsCJASAEQaCJAWogAy0AADoAACADQQFqIQMgAkF/aiICDQALCyAAQQRJDQEDQEEAQQAoAsCJASICQQFqNgLAiQEgAkGgiQFqIAMtAAA6AAAgA0EBai0AACECQQBBACgCwIkBIgRBAWo2AsCJASAEQaCJAWogAjoAACADQQJqLQAAIQJBAEEAKALAiQEiBEEBajYCwIkBIARBoIkBaiACOgAAIANBA2otAAAhAkEAQQAoAsCJASIEQQFqNgLAiQEgBEGgiQFqIAI6AAAgA0EEaiEDIAFBfGoiAQ0ADAILCyAAQeAIaiEFAkACQCABDQBBACkDmIkBIQZBACkDkIkBIQdBACkDiIkBIQhBACkDgIkBIQlBgAkhAwwBC0GACSEDAkAgAUEfSw0AQYAJIQMCQAJAQQAgAWtBA3EiBA0AIAEhAgwBCyABIQIDQCACQaCJAWogAy0AADoAACACQQFqIQIgA0EBaiEDIARBf2oiBA0ACwsgAUFjakEDSQ0AQSAgAmshCkEAIQQDQCACIARqIgFBoIkBaiADIARqIgstAAA6AAAgAUGhiQFqIAtBAWotAAA6AAAgAUGiiQFqIAtBAmotAAA6AAAgAUGjiQFqIAtBA2otAAA6AAAgCiAEQQRqIgRHDQALIAMgBGohAwtBAEEAKQOgiQFCz9bTvtLHq9lCfkEAKQOAiQF8Qh+JQoeVr6+Ytt6bnn9+Igk3A4CJAUEAQQApA6iJAULP1tO+0ser2UJ+QQApA4iJAXxCH4lCh5Wvr5i23puef34iCDcDiIkBQQBBACkDsIkBQs/W077Sx6vZQn5BACkDkIkBfEIfiUKHla+vmLbem55/fiIHNwOQiQFBAEEAKQO4iQFCz9bTvtLHq9lCfkEAKQOYiQF8Qh+JQoeVr6+Ytt6bnn9+IgY3A5iJAQsgAEGACWohAgJAIAMgBUsNAANAIAMpAwBCz9bTvtLHq9lCfiAJfEIfiUKHla+vmLbem55/fiEJIANBGGopAwBCz9bTvtLHq9lCfiAGfEIfiUKHla+vmLbem55/fiEGIANBEGopAwBCz9bTvtLHq9lCfiAHfEIfiUKHla+vmLbem55/fiEHIANBCGopAwBCz9bTvtLHq9lCfiAIfEIfiUKHla+vmLbem55/fiEIIANBIGoiAyAFTQ0ACwtBACAGNwOYiQFBACAHNwOQiQFBACAINwOIiQFBACAJNwOAiQFBACACIANrNgLAiQEgAiADRg0AQQAhAgNAIAJBoIkBaiADIAJqLQAAOgAAIAJBAWoiAkEAKALAiQFJDQALCwvlBwIFfgV/AkACQEEAKQPIiQEiAEIgVA0AQQApA4iJASIBQgeJQQApA4CJASICQgGJfEEAKQOQiQEiA0IMiXxBACkDmIkBIgRCEol8IAJCz9bTvtLHq9lCfkIfiUKHla+vmLbem55/foVCh5Wvr5i23puef35C49zKlfzO8vWFf3wgAULP1tO+0ser2UJ+Qh+JQoeVr6+Ytt6bnn9+hUKHla+vmLbem55/fkLj3MqV/M7y9YV/fCADQs/W077Sx6vZQn5CH4lCh5Wvr5i23puef36FQoeVr6+Ytt6bnn9+QuPcypX8zvL1hX98IARCz9bTvtLHq9lCfkIfiUKHla+vmLbem55/foVCh5Wvr5i23puef35C49zKlfzO8vWFf3whAQwBC0EAKQOQiQFCxc/ZsvHluuonfCEBCyABIAB8IQBBoIkBIQVBqIkBIQYCQEEAKALAiQEiB0GgiQFqIghBqIkBSQ0AQaCJASEFAkAgB0F4aiIJQQhxDQBBACkDoIkBQs/W077Sx6vZQn5CH4lCh5Wvr5i23puef34gAIVCG4lCh5Wvr5i23puef35C49zKlfzO8vWFf3whAEGwiQEhBkGoiQEhBSAJQQhJDQELA0AgBikDAELP1tO+0ser2UJ+Qh+JQoeVr6+Ytt6bnn9+IAUpAwBCz9bTvtLHq9lCfkIfiUKHla+vmLbem55/fiAAhUIbiUKHla+vmLbem55/fkLj3MqV/M7y9YV/fIVCG4lCh5Wvr5i23puef35C49zKlfzO8vWFf3whACAGQQhqIQUgBkEQaiIGIAhNDQALIAZBeGohBQsCQAJAIAVBBGoiCSAITQ0AIAUhCQwBCyAFNQIAQoeVr6+Ytt6bnn9+IACFQheJQs/W077Sx6vZQn5C+fPd8Zn2masWfCEACwJAIAkgCEYNACAHQZ+JAWohBQJAAkAgByAJa0EBcQ0AIAkhBgwBCyAJQQFqIQYgCTEAAELFz9my8eW66id+IACFQguJQoeVr6+Ytt6bnn9+IQALIAUgCUYNAANAIAZBAWoxAABCxc/ZsvHluuonfiAGMQAAQsXP2bLx5brqJ34gAIVCC4lCh5Wvr5i23puef36FQguJQoeVr6+Ytt6bnn9+IQAgBkECaiIGIAhHDQALC0EAIABCIYggAIVCz9bTvtLHq9lCfiIAQh2IIACFQvnz3fGZ9pmrFn4iAEIgiCAAhSIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIABCCIhCgICA+A+DIABCGIhCgID8B4OEIABCKIhCgP4DgyAAQjiIhISENwOACQsGAEGAiQELAgALCwsBAEGACAsEUAAAAA==";
    var hash$7 = "177fbfa3";
    var wasmJson$7 = {
    	name: name$7,
    	data: data$7,
    	hash: hash$7
    };

    const mutex$5 = new Mutex();
    let wasmCache$5 = null;
    const seedBuffer$2 = new Uint8Array(8);
    function validateSeed$2(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
            return new Error("Seed must be given as two valid 32-bit long unsigned integers (lo + high).");
        }
        return null;
    }
    function writeSeed$2(arr, low, high) {
        // write in little-endian format
        const buffer = new DataView(arr);
        buffer.setUint32(0, low, true);
        buffer.setUint32(4, high, true);
    }
    /**
     * Calculates xxHash64 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @returns Computed hash as a hexadecimal string
     */
    function xxhash64(data, seedLow = 0, seedHigh = 0) {
        if (validateSeed$2(seedLow)) {
            return Promise.reject(validateSeed$2(seedLow));
        }
        if (validateSeed$2(seedHigh)) {
            return Promise.reject(validateSeed$2(seedHigh));
        }
        if (wasmCache$5 === null) {
            return lockedCreate(mutex$5, wasmJson$7, 8).then((wasm) => {
                wasmCache$5 = wasm;
                writeSeed$2(seedBuffer$2.buffer, seedLow, seedHigh);
                wasmCache$5.writeMemory(seedBuffer$2);
                return wasmCache$5.calculate(data);
            });
        }
        try {
            writeSeed$2(seedBuffer$2.buffer, seedLow, seedHigh);
            wasmCache$5.writeMemory(seedBuffer$2);
            const hash = wasmCache$5.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new xxHash64 hash instance
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     */
    function createXXHash64(seedLow = 0, seedHigh = 0) {
        if (validateSeed$2(seedLow)) {
            return Promise.reject(validateSeed$2(seedLow));
        }
        if (validateSeed$2(seedHigh)) {
            return Promise.reject(validateSeed$2(seedHigh));
        }
        return WASMInterface(wasmJson$7, 8).then((wasm) => {
            const instanceBuffer = new Uint8Array(8);
            writeSeed$2(instanceBuffer.buffer, seedLow, seedHigh);
            wasm.writeMemory(instanceBuffer);
            wasm.init();
            const obj = {
                init: () => {
                    wasm.writeMemory(instanceBuffer);
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 32,
                digestSize: 8,
            };
            return obj;
        });
    }

    var name$6 = "xxhash3";
    var data$6 = "AGFzbQEAAAABNAhgAAF/YAR/f39/AGAHf39/f39/fwBgBH9+fn4BfmAEf39/fgF+YAN/f34BfmAAAGABfwADDg0AAQIDBAUFBQYHBgAGBQQBAQICBg4CfwFBwI4FC38AQcAJCwdwCAZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACUhhc2hfSW5pdAAIC0hhc2hfVXBkYXRlAAkKSGFzaF9GaW5hbAAKDUhhc2hfR2V0U3RhdGUACw5IYXNoX0NhbGN1bGF0ZQAMClNUQVRFX1NJWkUDAQr6QQ0FAEGACgvkAwMPfgF/AX4CQCADRQ0AIAApAzAhBCAAKQM4IQUgACkDICEGIAApAyghByAAKQMQIQggACkDGCEJIAApAwAhCiAAKQMIIQsDQCAFIAFBMGopAwAiDHwgAkE4aikDACABQThqKQMAIg2FIgVCIIggBUL/////D4N+fCEFIAcgAUEgaikDACIOfCACQShqKQMAIAFBKGopAwAiD4UiB0IgiCAHQv////8Pg358IQcgCSABQRBqKQMAIhB8IAJBGGopAwAgAUEYaikDACIRhSIJQiCIIAlC/////w+DfnwhCSALIAEpAwAiEnwgAkEIaiITKQMAIAFBCGopAwAiFIUiC0IgiCALQv////8Pg358IQsgAkEwaikDACAMhSIMQiCIIAxC/////w+DfiAEfCANfCEEIAJBIGopAwAgDoUiDEIgiCAMQv////8Pg34gBnwgD3whBiACQRBqKQMAIBCFIgxCIIggDEL/////D4N+IAh8IBF8IQggAikDACAShSIMQiCIIAxC/////w+DfiAKfCAUfCEKIAFBwABqIQEgEyECIANBf2oiAw0ACyAAIAk3AxggACAKNwMAIAAgCzcDCCAAIAc3AyggACAINwMQIAAgBTcDOCAAIAY3AyAgACAENwMwCwveAgIBfwF+AkAgBCACIAEoAgAiB2siAkkNACAAIAMgBSAHQQN0aiACEAEgACAFIAZqIgcpAwAgACkDACIIQi+IhSAIhUKx893xCX43AwAgACAHKQMIIAApAwgiCEIviIUgCIVCsfPd8Ql+NwMIIAAgBykDECAAKQMQIghCL4iFIAiFQrHz3fEJfjcDECAAIAcpAxggACkDGCIIQi+IhSAIhUKx893xCX43AxggACAHKQMgIAApAyAiCEIviIUgCIVCsfPd8Ql+NwMgIAAgBykDKCAAKQMoIghCL4iFIAiFQrHz3fEJfjcDKCAAIAcpAzAgACkDMCIIQi+IhSAIhUKx893xCX43AzAgACAHKQM4IAApAzgiCEIviIUgCIVCsfPd8Ql+NwM4IAAgAyACQQZ0aiAFIAQgAmsiBxABIAEgBzYCAA8LIAAgAyAFIAdBA3RqIAQQASABIAcgBGo2AgALhQEBAX8gAiABhSADpyIEQRh0IARBgP4DcUEIdHIgBEEIdkGA/gNxIARBGHZycq1CIIYgA4V9QQA1AoCMAUIghiAAQfyLAWo1AgCEhSIDQjGJIANCGImFIAOFQqW+4/TRjIfZn39+IgNCI4ggAK18IAOFQqW+4/TRjIfZn39+IgNCHIggA4ULZwAgAiABc60gA3wiA0IhiEEALQCAjAFBEHQgAEEIdHIgAEEBdkGAjAFqLQAAQRh0ciAAQf+LAWotAAByrYUgA4VCz9bTvtLHq9lCfiIDQh2IIAOFQvnz3fGZ9pmrFn4iA0IgiCADhQuJAwEEfgJAIABBCUkNAEEAKQOAjAEgASkDICABKQMYhSACfIUiA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhCAArXwgAEH4iwFqKQMAIAEpAzAgASkDKIUgAn2FIgJ8IAJC/////w+DIgQgA0IgiCIFfiIGQv////8PgyACQiCIIgIgA0L/////D4MiA358IAQgA34iA0IgiHwiBEIghiADQv////8Pg4QgBkIgiCACIAV+fCAEQiCIfIV8IgNCJYggA4VC+fPd8ZnymasWfiIDQiCIIAOFDwsCQCAAQQRJDQAgACABQQhqKQMAIAFBEGopAwAgAhADDwsCQCAARQ0AIAAgASgCACABQQRqKAIAIAIQBA8LIAEpAzggASkDQIUgAoUiA0IhiCADhULP1tO+0ser2UJ+IgNCHYggA4VC+fPd8Zn2masWfiIDQiCIIAOFC94IAQZ+IACtQoeVr6+Ytt6bnn9+IQMCQCAAQSFJDQACQCAAQcEASQ0AAkAgAEHhAEkNACABKQNoIAJ9QQApA7iMAYUiBEL/////D4MiBSABKQNgIAJ8QQApA7CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgA3wgASkDeCACfSAAQciLAWopAwCFIgNC/////w+DIgQgASkDcCACfCAAQcCLAWopAwCFIgVCIIgiBn4iB0L/////D4MgA0IgiCIDIAVC/////w+DIgV+fCAEIAV+IgRCIIh8IgVCIIYgBEL/////D4OEIAdCIIggAyAGfnwgBUIgiHyFfCEDCyABKQNIIAJ9QQApA6iMAYUiBEL/////D4MiBSABKQNAIAJ8QQApA6CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgA3wgASkDWCACfSAAQdiLAWopAwCFIgNC/////w+DIgQgASkDUCACfCAAQdCLAWopAwCFIgVCIIgiBn4iB0L/////D4MgA0IgiCIDIAVC/////w+DIgV+fCAEIAV+IgRCIIh8IgVCIIYgBEL/////D4OEIAdCIIggAyAGfnwgBUIgiHyFfCEDCyABKQMoIAJ9QQApA5iMAYUiBEL/////D4MiBSABKQMgIAJ8QQApA5CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgA3wgASkDOCACfSAAQeiLAWopAwCFIgNC/////w+DIgQgASkDMCACfCAAQeCLAWopAwCFIgVCIIgiBn4iB0L/////D4MgA0IgiCIDIAVC/////w+DIgV+fCAEIAV+IgRCIIh8IgVCIIYgBEL/////D4OEIAdCIIggAyAGfnwgBUIgiHyFfCEDCyABKQMIIAJ9QQApA4iMAYUiBEL/////D4MiBSABKQMAIAJ8QQApA4CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgA3wgASkDGCACfSAAQfiLAWopAwCFIgNC/////w+DIgQgASkDECACfCAAQfCLAWopAwCFIgJCIIgiBX4iBkL/////D4MgA0IgiCIDIAJC/////w+DIgJ+fCAEIAJ+IgJCIIh8IgRCIIYgAkL/////D4OEIAZCIIggAyAFfnwgBEIgiHyFfCICQiWIIAKFQvnz3fGZ8pmrFn4iAkIgiCAChQv8CgQBfwV+An8BfkEAIQMgASkDeCACfUEAKQP4jAGFIgRC/////w+DIgUgASkDcCACfEEAKQPwjAGFIgZCIIgiB34iCEL/////D4MgBEIgiCIEIAZC/////w+DIgZ+fCAFIAZ+IgVCIIh8IgZCIIYgBUL/////D4OEIAhCIIggBCAHfnwgBkIgiHyFIAEpA2ggAn1BACkD6IwBhSIEQv////8PgyIFIAEpA2AgAnxBACkD4IwBhSIGQiCIIgd+IghC/////w+DIARCIIgiBCAGQv////8PgyIGfnwgBSAGfiIFQiCIfCIGQiCGIAVC/////w+DhCAIQiCIIAQgB358IAZCIIh8hSABKQNYIAJ9QQApA9iMAYUiBEL/////D4MiBSABKQNQIAJ8QQApA9CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgASkDSCACfUEAKQPIjAGFIgRC/////w+DIgUgASkDQCACfEEAKQPAjAGFIgZCIIgiB34iCEL/////D4MgBEIgiCIEIAZC/////w+DIgZ+fCAFIAZ+IgVCIIh8IgZCIIYgBUL/////D4OEIAhCIIggBCAHfnwgBkIgiHyFIAEpAzggAn1BACkDuIwBhSIEQv////8PgyIFIAEpAzAgAnxBACkDsIwBhSIGQiCIIgd+IghC/////w+DIARCIIgiBCAGQv////8PgyIGfnwgBSAGfiIFQiCIfCIGQiCGIAVC/////w+DhCAIQiCIIAQgB358IAZCIIh8hSABKQMoIAJ9QQApA6iMAYUiBEL/////D4MiBSABKQMgIAJ8QQApA6CMAYUiBkIgiCIHfiIIQv////8PgyAEQiCIIgQgBkL/////D4MiBn58IAUgBn4iBUIgiHwiBkIghiAFQv////8Pg4QgCEIgiCAEIAd+fCAGQiCIfIUgASkDGCACfUEAKQOYjAGFIgRC/////w+DIgUgASkDECACfEEAKQOQjAGFIgZCIIgiB34iCEL/////D4MgBEIgiCIEIAZC/////w+DIgZ+fCAFIAZ+IgVCIIh8IgZCIIYgBUL/////D4OEIAhCIIggBCAHfnwgBkIgiHyFIAEpAwggAn1BACkDiIwBhSIEQv////8PgyIFIAEpAwAgAnxBACkDgIwBhSIGQiCIIgd+IghC/////w+DIARCIIgiBCAGQv////8PgyIGfnwgBSAGfiIFQiCIfCIGQiCGIAVC/////w+DhCAIQiCIIAQgB358IAZCIIh8hSAArUKHla+vmLbem55/fnx8fHx8fHx8IgRCJYggBIVC+fPd8ZnymasWfiIEQiCIIASFIQQCQCAAQZABSA0AIABBBHZBeGohCQNAIAEgA2oiCkELaikDACACfSADQYiNAWopAwCFIgVC/////w+DIgYgCkEDaikDACACfCADQYCNAWopAwCFIgdCIIgiCH4iC0L/////D4MgBUIgiCIFIAdC/////w+DIgd+fCAGIAd+IgZCIIh8IgdCIIYgBkL/////D4OEIAtCIIggBSAIfnwgB0IgiHyFIAR8IQQgA0EQaiEDIAlBf2oiCQ0ACwsgASkDfyACfSAAQfiLAWopAwCFIgVC/////w+DIgYgASkDdyACfCAAQfCLAWopAwCFIgJCIIgiB34iCEL/////D4MgBUIgiCIFIAJC/////w+DIgJ+fCAGIAJ+IgJCIIh8IgZCIIYgAkL/////D4OEIAhCIIggBSAHfnwgBkIgiHyFIAR8IgJCJYggAoVC+fPd8ZnymasWfiICQiCIIAKFC98FAgF+AX8CQAJAQQApA4AKIgBQRQ0AQYAIIQFCACEADAELAkBBACkDoI4BIABSDQBBACEBDAELQQAhAUEAQq+v79e895Kg/gAgAH03A/iLAUEAIABCxZbr+djShYIofDcD8IsBQQBCj/Hjja2P9JhOIAB9NwPoiwFBACAAQqus+MXV79HQfHw3A+CLAUEAQtOt1LKShbW0nn8gAH03A9iLAUEAIABCl5r0jvWWvO3JAHw3A9CLAUEAQsWDgv2v/8SxayAAfTcDyIsBQQAgAELqi7OdyOb09UN8NwPAiwFBAELIv/rLnJveueQAIAB9NwO4iwFBACAAQoqjgd/Ume2sMXw3A7CLAUEAQvm57738+MKnHSAAfTcDqIsBQQAgAEKo9dv7s5ynmj98NwOgiwFBAEK4sry3lNW31lggAH03A5iLAUEAIABC8cihuqm0w/zOAHw3A5CLAUEAQoihl9u445SXo38gAH03A4iLAUEAIABCvNDI2pvysIBLfDcDgIsBQQBC4OvAtJ7QjpPMACAAfTcD+IoBQQAgAEK4kZii9/6Qko5/fDcD8IoBQQBCgrXB7sf5v7khIAB9NwPoigFBACAAQsvzmffEmfDy+AB8NwPgigFBAELygJGl+vbssx8gAH03A9iKAUEAIABC3qm3y76Q5MtbfDcD0IoBQQBC/IKE5PK+yNYcIAB9NwPIigFBACAAQrj9s8uzhOmlvn98NwPAigELQQBCADcDkI4BQQBCADcDiI4BQQBCADcDgI4BQQBCvdzKlQw3A4CKAUEAQoeVr6+Ytt6bnn83A4iKAUEAQs/W077Sx6vZQjcDkIoBQQBC+fPd8Zn2masWNwOYigFBAELj3MqV/M7y9YV/NwOgigFBAEL3lK+vCDcDqIoBQQBCxc/ZsvHluuonNwOwigFBAEKx893xCTcDuIoBQQAgADcDoI4BQQAgATYCsI4BQQBCkICAgIAQNwOYjgEL9AkBCH9BAEEAKQOQjgEgAK18NwOQjgECQAJAAkBBACgCgI4BIgEgAGoiAkGAAksNACABQYCMAWohA0GACiEEAkAgAEEITw0AIAAhAQwCCwJAAkAgAEF4aiIFQQN2QQFqQQdxIgYNAEGACiEEIAAhAQwBCyAGQQN0IQFBgAohBANAIAMgBCkDADcDACADQQhqIQMgBEEIaiEEIAZBf2oiBg0ACyAAIAFrIQELIAVBOEkNAQNAIAMgBCkDADcDACADQQhqIARBCGopAwA3AwAgA0EQaiAEQRBqKQMANwMAIANBGGogBEEYaikDADcDACADQSBqIARBIGopAwA3AwAgA0EoaiAEQShqKQMANwMAIANBMGogBEEwaikDADcDACADQThqIARBOGopAwA3AwAgA0HAAGohAyAEQcAAaiEEIAFBQGoiAUEHSw0ADAILC0GACiEEIABBgApqIQVBACgCsI4BIgNBwIoBIAMbIQYCQCABRQ0AIAFBgIwBaiEDQYAKIQQCQAJAQYACIAFrIgdBCE8NACAHIQAMAQsCQAJAQfgBIAFrIghBA3ZBAWpBB3EiAg0AQYAKIQQgByEADAELQYAKIQQgAkEDdCIAIQIDQCADIAQpAwA3AwAgA0EIaiEDIARBCGohBCACQXhqIgINAAtBgAIgASAAamshAAsgCEE4SQ0AA0AgAyAEKQMANwMAIANBCGogBEEIaikDADcDACADQRBqIARBEGopAwA3AwAgA0EYaiAEQRhqKQMANwMAIANBIGogBEEgaikDADcDACADQShqIARBKGopAwA3AwAgA0EwaiAEQTBqKQMANwMAIANBOGogBEE4aikDADcDACADQcAAaiEDIARBwABqIQQgAEFAaiIAQQdLDQALCwJAIABFDQACQAJAIABBB3EiAg0AIAAhAQwBCyAAQXhxIQEDQCADIAQtAAA6AAAgA0EBaiEDIARBAWohBCACQX9qIgINAAsLIABBCEkNAANAIAMgBCkAADcAACADQQhqIQMgBEEIaiEEIAFBeGoiAQ0ACwtBgIoBQYiOAUEAKAKYjgFBgIwBQQQgBkEAKAKcjgEQAkEAQQA2AoCOASAHQYAKaiEECwJAIARBgAJqIAVPDQAgBUGAfmohAgNAQYCKAUGIjgFBACgCmI4BIAQiA0EEIAZBACgCnI4BEAIgA0GAAmoiBCACSQ0AC0EAIAMpA8ABNwPAjQFBACADKQPIATcDyI0BQQAgAykD0AE3A9CNAUEAIAMpA9gBNwPYjQFBACADKQPgATcD4I0BQQAgAykD6AE3A+iNAUEAIAMpA/ABNwPwjQFBACADKQP4ATcD+I0BC0GAjAEhAwJAAkAgBSAEayICQQhPDQAgAiEGDAELQYCMASEDIAIhBgNAIAMgBCkDADcDACADQQhqIQMgBEEIaiEEIAZBeGoiBkEHSw0ACwsgBkUNAQNAIAMgBC0AADoAACADQQFqIQMgBEEBaiEEIAZBf2oiBg0ADAILCyABRQ0AAkACQCABQQdxIgYNACABIQIMAQsgAUF4cSECA0AgAyAELQAAOgAAIANBAWohAyAEQQFqIQQgBkF/aiIGDQALCwJAIAFBCEkNAANAIAMgBCkAADcAACADQQhqIQMgBEEIaiEEIAJBeGoiAg0ACwtBACgCgI4BIABqIQILQQAgAjYCgI4BC/ISBQR/A34BfxV+BX8jACIAIQEgAEGAAWtBQHEiAiQAQQAoArCOASIAQcCKASAAGyEDAkACQEEAKQOQjgEiBELxAVQNACACQQApA4CKATcDACACQQApA4iKATcDCCACQQApA5CKATcDECACQQApA5iKATcDGCACQQApA6CKATcDICACQQApA6iKATcDKCACQQApA7CKASIFNwMwIAJBACkDuIoBIgY3AzgCQAJAQQAoAoCOASIHQcAASQ0AIAJBACgCiI4BNgJAIAIgAkHAAGpBACgCmI4BQYCMASAHQX9qQQZ2IANBACgCnI4BIgAQAiADIABqIgBBeWopAwAhCCAAKQMJIQkgACkDGSEKIAApAykhCyAHQcCLAWopAwAhBSAAKQMBIQwgB0HIiwFqKQMAIQYgB0HQiwFqKQMAIQ0gACkDESEOIAdB2IsBaikDACEPIAdB4IsBaikDACEQIAApAyEhESAHQeiLAWopAwAhEiACKQMAIRMgAikDECEUIAIpAyAhFSACKQMwIRYgAikDCCEXIAIpAxghGCACKQMoIRkgAiACKQM4IAdB8IsBaikDACIafCAAKQMxIAdB+IsBaikDACIbhSIcQiCIIBxC/////w+Dfnw3AzggGSAQfCARIBKFIhFCIIggEUL/////D4N+fCERIBggDXwgDiAPhSIOQiCIIA5C/////w+DfnwhDiAXIAV8IAwgBoUiDEIgiCAMQv////8Pg358IQwgGyAWIAsgGoUiC0IgiCALQv////8Pg358fCELIBIgFSAKIBCFIhBCIIggEEL/////D4N+fHwhECAPIBQgCSANhSINQiCIIA1C/////w+Dfnx8IRIgBiATIAggBYUiBUIgiCAFQv////8Pg358fCEIDAELIAdBwI0BaiEdQcAAIAdrIR4gAkHAAGohAAJAAkACQCAHQThNDQAgHiEfDAELAkACQEE4IAdrQQN2QQFqQQdxIh8NACACQcAAaiEAIB4hHwwBCyACQcAAaiEAIB9BA3QiICEfA0AgACAdKQMANwMAIABBCGohACAdQQhqIR0gH0F4aiIfDQALQcAAIAcgIGprIR8LAkAgBw0AA0AgACAdKQMANwMAIABBCGogHUEIaikDADcDACAAQRBqIB1BEGopAwA3AwAgAEEYaiAdQRhqKQMANwMAIABBIGogHUEgaikDADcDACAAQShqIB1BKGopAwA3AwAgAEEwaiAdQTBqKQMANwMAIABBOGogHUE4aikDADcDACAAQcAAaiEAIB1BwABqIR0gH0FAaiIfQQdLDQALCyAfRQ0BCyAfQX9qISECQCAfQQdxIiBFDQAgH0F4cSEfA0AgACAdLQAAOgAAIABBAWohACAdQQFqIR0gIEF/aiIgDQALCyAhQQdJDQADQCAAIB0pAAA3AAAgAEEIaiEAIB1BCGohHSAfQXhqIh8NAAsLIAJBwABqIB5qIR1BgIwBIQACQAJAAkAgB0EISQ0AAkAgB0E4akEDdkEBakEHcSIfDQAMAgsgH0EDdCEgQYCMASEAA0AgHSAAKQMANwMAIB1BCGohHSAAQQhqIQAgH0F/aiIfDQALIAcgIGshBwsgB0UNAQJAAkAgB0EHcSIgDQAgByEfDAELIAdBeHEhHwNAIB0gAC0AADoAACAdQQFqIR0gAEEBaiEAICBBf2oiIA0ACwsgB0EISQ0BCwNAIB0gACkAADcAACAdQQhqIR0gAEEIaiEAIB9BeGoiHw0ACwsgA0EAKAKcjgFqIgBBeWopAwAhCiAAKQMJIRMgACkDGSEUIAApAykhCyAAKQMBIQwgACkDESEOIAApAyEhESACKQMAIRUgAikDECEWIAIpAyAhFyACKQMIIRggAikDQCENIAIpA0ghDyACKQMYIRkgAikDUCESIAIpA1ghCCACKQMoIRogAikDYCEQIAIpA2ghCSACIAYgAikDcCIbfCAAKQMxIAIpA3giBoUiHEIgiCAcQv////8Pg358NwM4IBogEHwgESAJhSIRQiCIIBFC/////w+DfnwhESAZIBJ8IA4gCIUiDkIgiCAOQv////8Pg358IQ4gGCANfCAMIA+FIgxCIIggDEL/////D4N+fCEMIAYgCyAbhSILQiCIIAtC/////w+DfiAFfHwhCyAJIBcgFCAQhSIFQiCIIAVC/////w+Dfnx8IRAgCCAWIBMgEoUiBUIgiCAFQv////8Pg358fCESIA8gFSAKIA2FIgVCIIggBUL/////D4N+fHwhCAsgAykDQyACKQM4hSIFQv////8PgyIGIAMpAzsgC4UiC0IgiCINfiIPQv////8PgyAFQiCIIgUgC0L/////D4MiC358IAYgC34iBkIgiHwiC0IghiAGQv////8Pg4QgD0IgiCAFIA1+fCALQiCIfIUgAykDMyARhSIFQv////8PgyIGIAMpAysgEIUiC0IgiCINfiIPQv////8PgyAFQiCIIgUgC0L/////D4MiC358IAYgC34iBkIgiHwiC0IghiAGQv////8Pg4QgD0IgiCAFIA1+fCALQiCIfIUgAykDIyAOhSIFQv////8PgyIGIAMpAxsgEoUiC0IgiCINfiIPQv////8PgyAFQiCIIgUgC0L/////D4MiC358IAYgC34iBkIgiHwiC0IghiAGQv////8Pg4QgD0IgiCAFIA1+fCALQiCIfIUgAykDEyAMhSIFQv////8PgyIGIAMpAwsgCIUiC0IgiCINfiIPQv////8PgyAFQiCIIgUgC0L/////D4MiC358IAYgC34iBkIgiHwiC0IghiAGQv////8Pg4QgD0IgiCAFIA1+fCALQiCIfIUgBEKHla+vmLbem55/fnx8fHwiBEIliCAEhUL5893xmfKZqxZ+IgRCIIggBIUhBAwBCyAEpyEAAkBBACkDoI4BIgRQDQACQCAAQRBLDQAgAEGACCAEEAUhBAwCCwJAIABBgAFLDQAgAEGACCAEEAYhBAwCCyAAQYAIIAQQByEEDAELAkAgAEEQSw0AIAAgA0IAEAUhBAwBCwJAIABBgAFLDQAgACADQgAQBiEEDAELIAAgA0IAEAchBAtBACAEQjiGIARCgP4Dg0IohoQgBEKAgPwHg0IYhiAEQoCAgPgPg0IIhoSEIARCCIhCgICA+A+DIARCGIhCgID8B4OEIARCKIhCgP4DgyAEQjiIhISENwOACiABJAALBgBBgIoBCwIACwvMAQEAQYAIC8QBuP5sOSOkS758AYEs9yGtHN7UbemDkJfbckCkpLezZx/LeeZOzMDleIJa0H3M/3IhuAhGdPdDJI7gNZDmgTomTDwoUruRwwDLiNBlixtTLqNxZEiXog35TjgZ70ap3qzYqPp2P+OcND/53LvHxwtPHYpR4EvNtFkxyJ9+ydl4c2TqxayDNNPrw8WBoP/6E2PrFw3dUbfw2knTFlUmKdRonisWvlh9R6H8j/i40XrQMc5FyzqPlRYEKK/X+8q7S0B+QAIAAA==";
    var hash$6 = "5a2fbdbb";
    var wasmJson$6 = {
    	name: name$6,
    	data: data$6,
    	hash: hash$6
    };

    const mutex$4 = new Mutex();
    let wasmCache$4 = null;
    const seedBuffer$1 = new Uint8Array(8);
    function validateSeed$1(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
            return new Error("Seed must be given as two valid 32-bit long unsigned integers (lo + high).");
        }
        return null;
    }
    function writeSeed$1(arr, low, high) {
        // write in little-endian format
        const buffer = new DataView(arr);
        buffer.setUint32(0, low, true);
        buffer.setUint32(4, high, true);
    }
    /**
     * Calculates xxHash3 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @returns Computed hash as a hexadecimal string
     */
    function xxhash3(data, seedLow = 0, seedHigh = 0) {
        if (validateSeed$1(seedLow)) {
            return Promise.reject(validateSeed$1(seedLow));
        }
        if (validateSeed$1(seedHigh)) {
            return Promise.reject(validateSeed$1(seedHigh));
        }
        if (wasmCache$4 === null) {
            return lockedCreate(mutex$4, wasmJson$6, 8).then((wasm) => {
                wasmCache$4 = wasm;
                writeSeed$1(seedBuffer$1.buffer, seedLow, seedHigh);
                wasmCache$4.writeMemory(seedBuffer$1);
                return wasmCache$4.calculate(data);
            });
        }
        try {
            writeSeed$1(seedBuffer$1.buffer, seedLow, seedHigh);
            wasmCache$4.writeMemory(seedBuffer$1);
            const hash = wasmCache$4.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new xxHash3 hash instance
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     */
    function createXXHash3(seedLow = 0, seedHigh = 0) {
        if (validateSeed$1(seedLow)) {
            return Promise.reject(validateSeed$1(seedLow));
        }
        if (validateSeed$1(seedHigh)) {
            return Promise.reject(validateSeed$1(seedHigh));
        }
        return WASMInterface(wasmJson$6, 8).then((wasm) => {
            const instanceBuffer = new Uint8Array(8);
            writeSeed$1(instanceBuffer.buffer, seedLow, seedHigh);
            wasm.writeMemory(instanceBuffer);
            wasm.init();
            const obj = {
                init: () => {
                    wasm.writeMemory(instanceBuffer);
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 512,
                digestSize: 8,
            };
            return obj;
        });
    }

    var name$5 = "xxhash128";
    var data$5 = "AGFzbQEAAAABKwdgAAF/YAR/f39/AGAHf39/f39/fwBgA39/fgF+YAR/f39+AGAAAGABfwADDQwAAQIDBAQEBQYFAAUFBAEBAgIGDgJ/AUHAjgULfwBBwAkLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAcLSGFzaF9VcGRhdGUACApIYXNoX0ZpbmFsAAkNSGFzaF9HZXRTdGF0ZQAKDkhhc2hfQ2FsY3VsYXRlAAsKU1RBVEVfU0laRQMBCqBNDAUAQYAKC+QDAw9+AX8BfgJAIANFDQAgACkDMCEEIAApAzghBSAAKQMgIQYgACkDKCEHIAApAxAhCCAAKQMYIQkgACkDACEKIAApAwghCwNAIAUgAUEwaikDACIMfCACQThqKQMAIAFBOGopAwAiDYUiBUIgiCAFQv////8Pg358IQUgByABQSBqKQMAIg58IAJBKGopAwAgAUEoaikDACIPhSIHQiCIIAdC/////w+DfnwhByAJIAFBEGopAwAiEHwgAkEYaikDACABQRhqKQMAIhGFIglCIIggCUL/////D4N+fCEJIAsgASkDACISfCACQQhqIhMpAwAgAUEIaikDACIUhSILQiCIIAtC/////w+DfnwhCyACQTBqKQMAIAyFIgxCIIggDEL/////D4N+IAR8IA18IQQgAkEgaikDACAOhSIMQiCIIAxC/////w+DfiAGfCAPfCEGIAJBEGopAwAgEIUiDEIgiCAMQv////8Pg34gCHwgEXwhCCACKQMAIBKFIgxCIIggDEL/////D4N+IAp8IBR8IQogAUHAAGohASATIQIgA0F/aiIDDQALIAAgCTcDGCAAIAo3AwAgACALNwMIIAAgBzcDKCAAIAg3AxAgACAFNwM4IAAgBjcDICAAIAQ3AzALC94CAgF/AX4CQCAEIAIgASgCACIHayICSQ0AIAAgAyAFIAdBA3RqIAIQASAAIAUgBmoiBykDACAAKQMAIghCL4iFIAiFQrHz3fEJfjcDACAAIAcpAwggACkDCCIIQi+IhSAIhUKx893xCX43AwggACAHKQMQIAApAxAiCEIviIUgCIVCsfPd8Ql+NwMQIAAgBykDGCAAKQMYIghCL4iFIAiFQrHz3fEJfjcDGCAAIAcpAyAgACkDICIIQi+IhSAIhUKx893xCX43AyAgACAHKQMoIAApAygiCEIviIUgCIVCsfPd8Ql+NwMoIAAgBykDMCAAKQMwIghCL4iFIAiFQrHz3fEJfjcDMCAAIAcpAzggACkDOCIIQi+IhSAIhUKx893xCX43AzggACADIAJBBnRqIAUgBCACayIHEAEgASAHNgIADwsgACADIAUgB0EDdGogBBABIAEgByAEajYCAAvtAwEFfiABKQM4IAApAziFIgNC/////w+DIgQgASkDMCAAKQMwhSIFQiCIIgZ+IgdC/////w+DIANCIIgiAyAFQv////8PgyIFfnwgBCAFfiIEQiCIfCIFQiCGIARC/////w+DhCAHQiCIIAMgBn58IAVCIIh8hSABKQMoIAApAyiFIgNC/////w+DIgQgASkDICAAKQMghSIFQiCIIgZ+IgdC/////w+DIANCIIgiAyAFQv////8PgyIFfnwgBCAFfiIEQiCIfCIFQiCGIARC/////w+DhCAHQiCIIAMgBn58IAVCIIh8hSABKQMYIAApAxiFIgNC/////w+DIgQgASkDECAAKQMQhSIFQiCIIgZ+IgdC/////w+DIANCIIgiAyAFQv////8PgyIFfnwgBCAFfiIEQiCIfCIFQiCGIARC/////w+DhCAHQiCIIAMgBn58IAVCIIh8hSABKQMIIAApAwiFIgNC/////w+DIgQgASkDACAAKQMAhSIFQiCIIgZ+IgdC/////w+DIANCIIgiAyAFQv////8PgyIFfnwgBCAFfiIEQiCIfCIFQiCGIARC/////w+DhCAHQiCIIAMgBn58IAVCIIh8hSACfHx8fCICQiWIIAKFQvnz3fGZ8pmrFn4iAkIgiCAChQu6CAIFfgN/AkAgAUEJSQ0AIAAgAUH4iwFqKQMAIgQgAikDOCACKQMwhSADfIUiBUL/////D4NC95Svrwh+IAVCgICAgHCDfEEAKQOAjAEgAikDKCACKQMghSADfYUgBIUiA0IgiCIEQrHz3fEJfnwgBEKHla+vCH4iBEIgiHwgBEL/////D4MgA0L/////D4MiA0Kx893xCX58IANCh5Wvrwh+IgRCIIh8IgVCIIh8IgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQgBEL/////D4MgAUF/aq1CNoaEIAVCIIZ8hSIEQiCIIgVCz9bTvgJ+IgZC/////w+DIARC/////w+DIgRCvdzKlQx+fCAEQs/W074CfiIEQiCIfCIHQiCGIghCJYggCCAEQv////8Pg4SFQvnz3fGZ8pmrFn4iBEIgiCAEhTcDACAAIAVCvdzKlQx+IANCz9bTvtLHq9lCfnwgBkIgiHwgB0IgiHwiA0IliCADhUL5893xmfKZqxZ+IgNCIIggA4U3AwgPCwJAIAFBBEkNACAAIAIpAxggAikDEIUgA6ciAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnKtQiCGIAOFfCABQfyLAWo1AgBCIIZBADUCgIwBhIUiA0IgiCIEIAFBAnRBh5Wvr3hqrSIFfiIGQiCIIARCsfPd8Ql+fCAGQv////8PgyADQv////8PgyIDQrHz3fEJfnwgAyAFfiIDQiCIfCIEQiCIfCAEQiCGIANC/////w+DhCIEQgGGfCIDQiWIIAOFQvnz3fGZ8pmrFn4iBUIgiCAFhTcDCCAAIANCA4ggBIUiA0IjiCADhUKlvuP00YyH2Z9/fiIDQhyIIAOFNwMADwsCQCABRQ0AIAAgAigCBCACKAIAc60gA3wiBEIhiEEALQCAjAFBEHQgAUEIdHIiCSABQQF2QYCMAWotAABBGHRyIgogAUH/iwFqLQAAIgFyIguthSAEhULP1tO+0ser2UJ+IgRCHYggBIVC+fPd8Zn2masWfiIEQiCIIASFNwMAIAAgAigCDCACKAIIc60gA30iA0IhiCABQRh0IAtBgP4DcUEIdHIgCUEIdkGA/gNxIApBGHZyckENd62FIAOFQs/W077Sx6vZQn4iA0IdiCADhUL5893xmfaZqxZ+IgNCIIggA4U3AwgPCyAAIAIpA1AgAikDWIUgA4UiBEIhiCAEhULP1tO+0ser2UJ+IgRCHYggBIVC+fPd8Zn2masWfiIEQiCIIASFNwMIIAAgAikDQCACKQNIhSADhSIDQiGIIAOFQs/W077Sx6vZQn4iA0IdiCADhUL5893xmfaZqxZ+IgNCIIggA4U3AwALwwoBCn4gAa0iBEKHla+vmLbem55/fiEFAkACQCABQSFPDQBCACEGDAELQgAhBwJAIAFBwQBJDQBCACEHAkAgAUHhAEkNACACQfgAaikDACADfSABQciLAWopAwAiCIUiB0L/////D4MiCSACKQNwIAN8IAFBwIsBaikDACIKhSILQiCIIgx+Ig1CIIggB0IgiCIHIAx+fCANQv////8PgyAHIAtC/////w+DIgt+fCAJIAt+IgdCIIh8IglCIIh8QQApA7iMASILQQApA7CMASIMfIUgCUIghiAHQv////8Pg4SFIQcgAkHoAGopAwAgA30gC4UiCUL/////D4MiCyACKQNgIAN8IAyFIgxCIIgiDX4iBkL/////D4MgCUIgiCIJIAxC/////w+DIgx+fCALIAx+IgtCIIh8IgxCIIYgC0L/////D4OEIAZCIIggCSANfnwgDEIgiHyFIAV8IAggCnyFIQULIAJB2ABqKQMAIAN9IAFB2IsBaikDACIIhSIJQv////8PgyIKIAIpA1AgA3wgAUHQiwFqKQMAIguFIgxCIIgiDX4iBkL/////D4MgCUIgiCIJIAxC/////w+DIgx+fCAKIAx+IgpCIIh8IgxCIIYgCkL/////D4OEIAZCIIggCSANfnwgDEIgiHyFIAd8QQApA6iMASIJQQApA6CMASIKfIUhByACQcgAaikDACADfSAJhSIJQv////8PgyIMIAIpA0AgA3wgCoUiCkIgiCINfiIGQv////8PgyAJQiCIIgkgCkL/////D4MiCn58IAwgCn4iCkIgiHwiDEIghiAKQv////8Pg4QgBkIgiCAJIA1+fCAMQiCIfIUgBXwgCCALfIUhBQsgAkE4aikDACADfSABQeiLAWopAwAiCIUiCUL/////D4MiCiACKQMwIAN8IAFB4IsBaikDACILhSIMQiCIIg1+IgZC/////w+DIAlCIIgiCSAMQv////8PgyIMfnwgCiAMfiIKQiCIfCIMQiCGIApC/////w+DhCAGQiCIIAkgDX58IAxCIIh8hSAHfEEAKQOYjAEiB0EAKQOQjAEiCXyFIQYgAkEoaikDACADfSAHhSIHQv////8PgyIKIAIpAyAgA3wgCYUiCUIgiCIMfiINQv////8PgyAHQiCIIgcgCUL/////D4MiCX58IAogCX4iCUIgiHwiCkIghiAJQv////8Pg4QgDUIgiCAHIAx+fCAKQiCIfIUgBXwgCCALfIUhBQsgACACQRhqKQMAIAN9IAFB+IsBaikDACIHhSIIQv////8PgyIJIAIpAxAgA3wgAUHwiwFqKQMAIgqFIgtCIIgiDH4iDUL/////D4MgCEIgiCIIIAtC/////w+DIgt+fCAJIAt+IglCIIh8IgtCIIYgCUL/////D4OEIA1CIIggCCAMfnwgC0IgiHyFIAZ8QQApA4iMASIIQQApA4CMASIJfIUiCyACQQhqKQMAIAN9IAiFIghC/////w+DIgwgAikDACADfCAJhSIJQiCIIg1+IgZC/////w+DIAhCIIgiCCAJQv////8PgyIJfnwgDCAJfiIJQiCIfCIMQiCGIAlC/////w+DhCAGQiCIIAggDX58IAxCIIh8hSAFfCAHIAp8hSIFfCIHQiWIIAeFQvnz3fGZ8pmrFn4iB0IgiCAHhTcDACAAQgAgBUKHla+vmLbem55/fiAEIAN9Qs/W077Sx6vZQn58IAtC49zKlfzO8vWFf358IgNCJYggA4VC+fPd8ZnymasWfiIDQiCIIAOFfTcDCAuhDwMBfxR+An9BACEEIAJB+ABqKQMAIAN9QQApA/iMASIFhSIGQv////8PgyIHIAIpA3AgA3xBACkD8IwBIgiFIglCIIgiCn4iC0L/////D4MgBkIgiCIGIAlC/////w+DIgl+fCAHIAl+IgdCIIh8IglCIIYgB0L/////D4OEIAtCIIggBiAKfnwgCUIgiHyFIAJB2ABqKQMAIAN9QQApA9iMASIHhSIGQv////8PgyIJIAIpA1AgA3xBACkD0IwBIgqFIgtCIIgiDH4iDUL/////D4MgBkIgiCIGIAtC/////w+DIgt+fCAJIAt+IglCIIh8IgtCIIYgCUL/////D4OEIA1CIIggBiAMfnwgC0IgiHyFIAJBOGopAwAgA31BACkDuIwBIgmFIgZC/////w+DIgsgAikDMCADfEEAKQOwjAEiDIUiDUIgiCIOfiIPQv////8PgyAGQiCIIgYgDUL/////D4MiDX58IAsgDX4iC0IgiHwiDUIghiALQv////8Pg4QgD0IgiCAGIA5+fCANQiCIfIUgAkEYaikDACADfUEAKQOYjAEiC4UiBkL/////D4MiDSACKQMQIAN8QQApA5CMASIOhSIPQiCIIhB+IhFC/////w+DIAZCIIgiBiAPQv////8PgyIPfnwgDSAPfiINQiCIfCIPQiCGIA1C/////w+DhCARQiCIIAYgEH58IA9CIIh8hUEAKQOIjAEiDUEAKQOAjAEiD3yFfEEAKQOojAEiEEEAKQOgjAEiEXyFfEEAKQPIjAEiEkEAKQPAjAEiE3yFfEEAKQPojAEiFEEAKQPgjAEiFXyFIgZCJYggBoVC+fPd8ZnymasWfiIGQiCIIAaFIQYgAkHoAGopAwAgA30gFIUiFEL/////D4MiFiACKQNgIAN8IBWFIhVCIIgiF34iGEL/////D4MgFEIgiCIUIBVC/////w+DIhV+fCAWIBV+IhVCIIh8IhZCIIYgFUL/////D4OEIBhCIIggFCAXfnwgFkIgiHyFIAJByABqKQMAIAN9IBKFIhJC/////w+DIhQgAikDQCADfCAThSITQiCIIhV+IhZC/////w+DIBJCIIgiEiATQv////8PgyITfnwgFCATfiITQiCIfCIUQiCGIBNC/////w+DhCAWQiCIIBIgFX58IBRCIIh8hSACQShqKQMAIAN9IBCFIhBC/////w+DIhIgAikDICADfCARhSIRQiCIIhN+IhRC/////w+DIBBCIIgiECARQv////8PgyIRfnwgEiARfiIRQiCIfCISQiCGIBFC/////w+DhCAUQiCIIBAgE358IBJCIIh8hSACQQhqKQMAIAN9IA2FIg1C/////w+DIhAgAikDACADfCAPhSIPQiCIIhF+IhJC/////w+DIA1CIIgiDSAPQv////8PgyIPfnwgECAPfiIPQiCIfCIQQiCGIA9C/////w+DhCASQiCIIA0gEX58IBBCIIh8hSABrSIPQoeVr6+Ytt6bnn9+fCALIA58hXwgCSAMfIV8IAcgCnyFfCAFIAh8hSIFQiWIIAWFQvnz3fGZ8pmrFn4iBUIgiCAFhSEFAkAgAUGgAUgNACABQQV2QXxqIRkDQCACIARqIhpBG2opAwAgA30gBEGYjQFqKQMAIgeFIghC/////w+DIgkgGkETaikDACADfCAEQZCNAWopAwAiCoUiC0IgiCIMfiINQv////8PgyAIQiCIIgggC0L/////D4MiC358IAkgC34iCUIgiHwiC0IghiAJQv////8Pg4QgDUIgiCAIIAx+fCALQiCIfIUgBnwgBEGIjQFqKQMAIgggBEGAjQFqKQMAIgl8hSEGIBpBC2opAwAgA30gCIUiCEL/////D4MiCyAaQQNqKQMAIAN8IAmFIglCIIgiDH4iDUL/////D4MgCEIgiCIIIAlC/////w+DIgl+fCALIAl+IglCIIh8IgtCIIYgCUL/////D4OEIA1CIIggCCAMfnwgC0IgiHyFIAV8IAcgCnyFIQUgBEEgaiEEIBlBf2oiGQ0ACwsgACACQf8AaikDACADfCABQeiLAWopAwAiB4UiCEL/////D4MiCSACKQN3IAN9IAFB4IsBaikDACIKhSILQiCIIgx+Ig1C/////w+DIAhCIIgiCCALQv////8PgyILfnwgCSALfiIJQiCIfCILQiCGIAlC/////w+DhCANQiCIIAggDH58IAtCIIh8hSAGfCABQfiLAWopAwAiBiABQfCLAWopAwAiCHyFIgkgAkHvAGopAwAgA3wgBoUiBkL/////D4MiCyACKQNnIAN9IAiFIghCIIgiDH4iDUL/////D4MgBkIgiCIGIAhC/////w+DIgh+fCALIAh+IghCIIh8IgtCIIYgCEL/////D4OEIA1CIIggBiAMfnwgC0IgiHyFIAV8IAcgCnyFIgZ8IgVCJYggBYVC+fPd8ZnymasWfiIFQiCIIAWFNwMAIABCACAGQoeVr6+Ytt6bnn9+IA8gA31Cz9bTvtLHq9lCfnwgCULj3MqV/M7y9YV/fnwiA0IliCADhUL5893xmfKZqxZ+IgNCIIggA4V9NwMIC98FAgF+AX8CQAJAQQApA4AKIgBQRQ0AQYAIIQFCACEADAELAkBBACkDoI4BIABSDQBBACEBDAELQQAhAUEAQq+v79e895Kg/gAgAH03A/iLAUEAIABCxZbr+djShYIofDcD8IsBQQBCj/Hjja2P9JhOIAB9NwPoiwFBACAAQqus+MXV79HQfHw3A+CLAUEAQtOt1LKShbW0nn8gAH03A9iLAUEAIABCl5r0jvWWvO3JAHw3A9CLAUEAQsWDgv2v/8SxayAAfTcDyIsBQQAgAELqi7OdyOb09UN8NwPAiwFBAELIv/rLnJveueQAIAB9NwO4iwFBACAAQoqjgd/Ume2sMXw3A7CLAUEAQvm57738+MKnHSAAfTcDqIsBQQAgAEKo9dv7s5ynmj98NwOgiwFBAEK4sry3lNW31lggAH03A5iLAUEAIABC8cihuqm0w/zOAHw3A5CLAUEAQoihl9u445SXo38gAH03A4iLAUEAIABCvNDI2pvysIBLfDcDgIsBQQBC4OvAtJ7QjpPMACAAfTcD+IoBQQAgAEK4kZii9/6Qko5/fDcD8IoBQQBCgrXB7sf5v7khIAB9NwPoigFBACAAQsvzmffEmfDy+AB8NwPgigFBAELygJGl+vbssx8gAH03A9iKAUEAIABC3qm3y76Q5MtbfDcD0IoBQQBC/IKE5PK+yNYcIAB9NwPIigFBACAAQrj9s8uzhOmlvn98NwPAigELQQBCADcDkI4BQQBCADcDiI4BQQBCADcDgI4BQQBCvdzKlQw3A4CKAUEAQoeVr6+Ytt6bnn83A4iKAUEAQs/W077Sx6vZQjcDkIoBQQBC+fPd8Zn2masWNwOYigFBAELj3MqV/M7y9YV/NwOgigFBAEL3lK+vCDcDqIoBQQBCxc/ZsvHluuonNwOwigFBAEKx893xCTcDuIoBQQAgADcDoI4BQQAgATYCsI4BQQBCkICAgIAQNwOYjgEL9AkBCH9BAEEAKQOQjgEgAK18NwOQjgECQAJAAkBBACgCgI4BIgEgAGoiAkGAAksNACABQYCMAWohA0GACiEEAkAgAEEITw0AIAAhAQwCCwJAAkAgAEF4aiIFQQN2QQFqQQdxIgYNAEGACiEEIAAhAQwBCyAGQQN0IQFBgAohBANAIAMgBCkDADcDACADQQhqIQMgBEEIaiEEIAZBf2oiBg0ACyAAIAFrIQELIAVBOEkNAQNAIAMgBCkDADcDACADQQhqIARBCGopAwA3AwAgA0EQaiAEQRBqKQMANwMAIANBGGogBEEYaikDADcDACADQSBqIARBIGopAwA3AwAgA0EoaiAEQShqKQMANwMAIANBMGogBEEwaikDADcDACADQThqIARBOGopAwA3AwAgA0HAAGohAyAEQcAAaiEEIAFBQGoiAUEHSw0ADAILC0GACiEEIABBgApqIQVBACgCsI4BIgNBwIoBIAMbIQYCQCABRQ0AIAFBgIwBaiEDQYAKIQQCQAJAQYACIAFrIgdBCE8NACAHIQAMAQsCQAJAQfgBIAFrIghBA3ZBAWpBB3EiAg0AQYAKIQQgByEADAELQYAKIQQgAkEDdCIAIQIDQCADIAQpAwA3AwAgA0EIaiEDIARBCGohBCACQXhqIgINAAtBgAIgASAAamshAAsgCEE4SQ0AA0AgAyAEKQMANwMAIANBCGogBEEIaikDADcDACADQRBqIARBEGopAwA3AwAgA0EYaiAEQRhqKQMANwMAIANBIGogBEEgaikDADcDACADQShqIARBKGopAwA3AwAgA0EwaiAEQTBqKQMANwMAIANBOGogBEE4aikDADcDACADQcAAaiEDIARBwABqIQQgAEFAaiIAQQdLDQALCwJAIABFDQACQAJAIABBB3EiAg0AIAAhAQwBCyAAQXhxIQEDQCADIAQtAAA6AAAgA0EBaiEDIARBAWohBCACQX9qIgINAAsLIABBCEkNAANAIAMgBCkAADcAACADQQhqIQMgBEEIaiEEIAFBeGoiAQ0ACwtBgIoBQYiOAUEAKAKYjgFBgIwBQQQgBkEAKAKcjgEQAkEAQQA2AoCOASAHQYAKaiEECwJAIARBgAJqIAVPDQAgBUGAfmohAgNAQYCKAUGIjgFBACgCmI4BIAQiA0EEIAZBACgCnI4BEAIgA0GAAmoiBCACSQ0AC0EAIAMpA8ABNwPAjQFBACADKQPIATcDyI0BQQAgAykD0AE3A9CNAUEAIAMpA9gBNwPYjQFBACADKQPgATcD4I0BQQAgAykD6AE3A+iNAUEAIAMpA/ABNwPwjQFBACADKQP4ATcD+I0BC0GAjAEhAwJAAkAgBSAEayICQQhPDQAgAiEGDAELQYCMASEDIAIhBgNAIAMgBCkDADcDACADQQhqIQMgBEEIaiEEIAZBeGoiBkEHSw0ACwsgBkUNAQNAIAMgBC0AADoAACADQQFqIQMgBEEBaiEEIAZBf2oiBg0ADAILCyABRQ0AAkACQCABQQdxIgYNACABIQIMAQsgAUF4cSECA0AgAyAELQAAOgAAIANBAWohAyAEQQFqIQQgBkF/aiIGDQALCwJAIAFBCEkNAANAIAMgBCkAADcAACADQQhqIQMgBEEIaiEEIAJBeGoiAg0ACwtBACgCgI4BIABqIQILQQAgAjYCgI4BC90QBgR/A34BfwN+BX8CfiMAIgAhASAAQYABa0FAcSICJABBACgCsI4BIgBBwIoBIAAbIQMCQAJAQQApA5COASIEQvEBVA0AIAJBACkDgIoBNwMAIAJBACkDiIoBNwMIIAJBACkDkIoBNwMQIAJBACkDmIoBNwMYIAJBACkDoIoBNwMgIAJBACkDqIoBNwMoIAJBACkDsIoBIgU3AzAgAkEAKQO4igEiBjcDOAJAAkBBACgCgI4BIgdBwABJDQAgAkEAKAKIjgE2AkAgAiACQcAAakEAKAKYjgFBgIwBIAdBf2pBBnYgA0EAKAKcjgEiABACIAIgAikDCCAHQcCLAWopAwAiBXwgAyAAaiIAKQMBIAdByIsBaikDACIGhSIIQiCIIAhC/////w+Dfnw3AwggAiACKQMYIAdB0IsBaikDACIIfCAAKQMRIAdB2IsBaikDACIJhSIKQiCIIApC/////w+Dfnw3AxggAiAGIAUgAEF5aikDAIUiBUIgiCAFQv////8Pg34gAikDAHx8NwMAIAIgCSAIIAApAwmFIgVCIIggBUL/////D4N+IAIpAxB8fDcDECAAKQMZIQUgAikDICEGIAIgAikDKCAHQeCLAWopAwAiCHwgACkDISAHQeiLAWopAwAiCYUiCkIgiCAKQv////8Pg358NwMoIAIgCSAGIAUgCIUiBUIgiCAFQv////8Pg358fDcDICACIAIpAzggB0HwiwFqKQMAIgV8IAApAzEgB0H4iwFqKQMAIgaFIghCIIggCEL/////D4N+fDcDOCACIAYgBSAAKQMphSIFQiCIIAVC/////w+DfiACKQMwfHw3AzAMAQsgB0HAjQFqIQtBwAAgB2shDCACQcAAaiEAAkACQAJAIAdBOE0NACAMIQ0MAQsCQAJAQTggB2tBA3ZBAWpBB3EiDQ0AIAJBwABqIQAgDCENDAELIAJBwABqIQAgDUEDdCIOIQ0DQCAAIAspAwA3AwAgAEEIaiEAIAtBCGohCyANQXhqIg0NAAtBwAAgByAOamshDQsCQCAHDQADQCAAIAspAwA3AwAgAEEIaiALQQhqKQMANwMAIABBEGogC0EQaikDADcDACAAQRhqIAtBGGopAwA3AwAgAEEgaiALQSBqKQMANwMAIABBKGogC0EoaikDADcDACAAQTBqIAtBMGopAwA3AwAgAEE4aiALQThqKQMANwMAIABBwABqIQAgC0HAAGohCyANQUBqIg1BB0sNAAsLIA1FDQELIA1Bf2ohDwJAIA1BB3EiDkUNACANQXhxIQ0DQCAAIAstAAA6AAAgAEEBaiEAIAtBAWohCyAOQX9qIg4NAAsLIA9BB0kNAANAIAAgCykAADcAACAAQQhqIQAgC0EIaiELIA1BeGoiDQ0ACwsgAkHAAGogDGohC0GAjAEhAAJAAkACQCAHQQhJDQACQCAHQThqQQN2QQFqQQdxIg0NAAwCCyANQQN0IQ5BgIwBIQADQCALIAApAwA3AwAgC0EIaiELIABBCGohACANQX9qIg0NAAsgByAOayEHCyAHRQ0BAkACQCAHQQdxIg4NACAHIQ0MAQsgB0F4cSENA0AgCyAALQAAOgAAIAtBAWohCyAAQQFqIQAgDkF/aiIODQALCyAHQQhJDQELA0AgCyAAKQAANwAAIAtBCGohCyAAQQhqIQAgDUF4aiINDQALCyACIAIpAwggAikDQCIIfCADQQAoApyOAWoiACkDASACKQNIIgmFIgpCIIggCkL/////D4N+fDcDCCACIAIpAxggAikDUCIKfCAAKQMRIAIpA1giEIUiEUIgiCARQv////8Pg358NwMYIAIgECAKIAApAwmFIgpCIIggCkL/////D4N+IAIpAxB8fDcDECACIAkgCCAAQXlqKQMAhSIIQiCIIAhC/////w+DfiACKQMAfHw3AwAgACkDGSEIIAIpAyAhCSACIAIpAyggAikDYCIKfCAAKQMhIAIpA2giEIUiEUIgiCARQv////8Pg358NwMoIAIgECAJIAggCoUiCEIgiCAIQv////8Pg358fDcDICACIAYgAikDcCIIfCAAKQMxIAIpA3giBoUiCUIgiCAJQv////8Pg358NwM4IAIgBiAIIAApAymFIghCIIggCEL/////D4N+IAV8fDcDMAsgAiACIANBC2ogBEKHla+vmLbem55/fhADNwNAIAIgAiADQQAoApyOAWpBdWogBELP1tO+0ser2UJ+Qn+FEAM3A0gMAQsgBKchAAJAQQApA6COASIEUA0AAkAgAEEQSw0AIAJBwABqIABBgAggBBAEDAILAkAgAEGAAUsNACACQcAAaiAAQYAIIAQQBQwCCyACQcAAaiAAQYAIIAQQBgwBCwJAIABBEEsNACACQcAAaiAAIANCABAEDAELAkAgAEGAAUsNACACQcAAaiAAIANCABAFDAELIAJBwABqIAAgA0IAEAYLQQAgAikDcDcDuApBACACKQNgNwOoCkEAIAIpA1A3A5gKQQAgAkH4AGopAwA3A8AKQQAgAkHoAGopAwA3A7AKQQAgAkHYAGopAwA3A6AKQQAgAikDSCIEQjiGIARCgP4Dg0IohoQgBEKAgPwHg0IYhiAEQoCAgPgPg0IIhoSEIARCCIhCgICA+A+DIARCGIhCgID8B4OEIARCKIhCgP4DgyAEQjiIhISEIgQ3A4AKQQAgBDcDkApBACACKQNAIgRCOIYgBEKA/gODQiiGhCAEQoCA/AeDQhiGIARCgICA+A+DQgiGhIQgBEIIiEKAgID4D4MgBEIYiEKAgPwHg4QgBEIoiEKA/gODIARCOIiEhIQ3A4gKIAEkAAsGAEGAigELAgALC8wBAQBBgAgLxAG4/mw5I6RLvnwBgSz3Ia0c3tRt6YOQl9tyQKSkt7NnH8t55k7MwOV4glrQfcz/ciG4CEZ090MkjuA1kOaBOiZMPChSu5HDAMuI0GWLG1Muo3FkSJeiDflOOBnvRqnerNio+nY/45w0P/ncu8fHC08dilHgS820WTHIn37J2XhzZOrFrIM00+vDxYGg//oTY+sXDd1Rt/DaSdMWVSYp1GieKxa+WH1HofyP+LjRetAxzkXLOo+VFgQor9f7yrtLQH5AAgAA";
    var hash$5 = "b9ab74e2";
    var wasmJson$5 = {
    	name: name$5,
    	data: data$5,
    	hash: hash$5
    };

    const mutex$3 = new Mutex();
    let wasmCache$3 = null;
    const seedBuffer = new Uint8Array(8);
    function validateSeed(seed) {
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
            return new Error("Seed must be given as two valid 32-bit long unsigned integers (lo + high).");
        }
        return null;
    }
    function writeSeed(arr, low, high) {
        // write in little-endian format
        const buffer = new DataView(arr);
        buffer.setUint32(0, low, true);
        buffer.setUint32(4, high, true);
    }
    /**
     * Calculates xxHash128 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @returns Computed hash as a hexadecimal string
     */
    function xxhash128(data, seedLow = 0, seedHigh = 0) {
        if (validateSeed(seedLow)) {
            return Promise.reject(validateSeed(seedLow));
        }
        if (validateSeed(seedHigh)) {
            return Promise.reject(validateSeed(seedHigh));
        }
        if (wasmCache$3 === null) {
            return lockedCreate(mutex$3, wasmJson$5, 16).then((wasm) => {
                wasmCache$3 = wasm;
                writeSeed(seedBuffer.buffer, seedLow, seedHigh);
                wasmCache$3.writeMemory(seedBuffer);
                return wasmCache$3.calculate(data);
            });
        }
        try {
            writeSeed(seedBuffer.buffer, seedLow, seedHigh);
            wasmCache$3.writeMemory(seedBuffer);
            const hash = wasmCache$3.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new xxHash128 hash instance
     * @param seedLow Lower 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     * @param seedHigh Higher 32 bits of the number used to
     *  initialize the internal state of the algorithm (defaults to 0)
     */
    function createXXHash128(seedLow = 0, seedHigh = 0) {
        if (validateSeed(seedLow)) {
            return Promise.reject(validateSeed(seedLow));
        }
        if (validateSeed(seedHigh)) {
            return Promise.reject(validateSeed(seedHigh));
        }
        return WASMInterface(wasmJson$5, 16).then((wasm) => {
            const instanceBuffer = new Uint8Array(8);
            writeSeed(instanceBuffer.buffer, seedLow, seedHigh);
            wasm.writeMemory(instanceBuffer);
            wasm.init();
            const obj = {
                init: () => {
                    wasm.writeMemory(instanceBuffer);
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 512,
                digestSize: 16,
            };
            return obj;
        });
    }

    var name$4 = "ripemd160";
    var data$4 = "AGFzbQEAAAABEQRgAAF/YAAAYAF/AGACf38AAwkIAAECAwIBAAIFBAEBAgIGDgJ/AUHgiQULfwBBgAgLB4MBCQZtZW1vcnkCAA5IYXNoX0dldEJ1ZmZlcgAACUhhc2hfSW5pdAABEHJpcGVtZDE2MF91cGRhdGUAAwtIYXNoX1VwZGF0ZQAECkhhc2hfRmluYWwABQ1IYXNoX0dldFN0YXRlAAYOSGFzaF9DYWxjdWxhdGUABwpTVEFURV9TSVpFAwEKzzIIBQBBgAkLOgBBAEHww8uefDYCmIkBQQBC/rnrxemOlZkQNwKQiQFBAEKBxpS6lvHq5m83AoiJAUEAQgA3AoCJAQuPLAEhf0EAIAAoAiQiASAAKAIAIgIgACgCECIDIAIgACgCLCIEIAAoAgwiBSAAKAIEIgYgACgCPCIHIAIgACgCMCIIIAcgACgCCCIJQQAoAoiJASIKQQAoApCJASILQQAoApSJASIMQX9zckEAKAKMiQEiDXNqIAAoAhQiDmpB5peKhQVqQQh3QQAoApiJASIPaiIQQQp3IhFqIAEgDUEKdyISaiACIAtBCnciE2ogDCAAKAIcIhRqIA8gACgCOCIVaiAQIA0gE0F/c3JzakHml4qFBWpBCXcgDGoiFiAQIBJBf3Nyc2pB5peKhQVqQQl3IBNqIhAgFiARQX9zcnNqQeaXioUFakELdyASaiIXIBAgFkEKdyIWQX9zcnNqQeaXioUFakENdyARaiIYIBcgEEEKdyIZQX9zcnNqQeaXioUFakEPdyAWaiIaQQp3IhtqIAAoAhgiECAYQQp3IhxqIAAoAjQiESAXQQp3IhdqIAMgGWogBCAWaiAaIBggF0F/c3JzakHml4qFBWpBD3cgGWoiFiAaIBxBf3Nyc2pB5peKhQVqQQV3IBdqIhcgFiAbQX9zcnNqQeaXioUFakEHdyAcaiIYIBcgFkEKdyIZQX9zcnNqQeaXioUFakEHdyAbaiIaIBggF0EKdyIXQX9zcnNqQeaXioUFakEIdyAZaiIbQQp3IhxqIAUgGkEKdyIdaiAAKAIoIhYgGEEKdyIYaiAGIBdqIAAoAiAiACAZaiAbIBogGEF/c3JzakHml4qFBWpBC3cgF2oiFyAbIB1Bf3Nyc2pB5peKhQVqQQ53IBhqIhggFyAcQX9zcnNqQeaXioUFakEOdyAdaiIZIBggF0EKdyIaQX9zcnNqQeaXioUFakEMdyAcaiIbIBkgGEEKdyIcQX9zcnNqQeaXioUFakEGdyAaaiIdQQp3IhdqIAUgGUEKdyIYaiAQIBpqIBsgGEF/c3FqIB0gGHFqQaSit+IFakEJdyAcaiIaIBdBf3NxaiAEIBxqIB0gG0EKdyIZQX9zcWogGiAZcWpBpKK34gVqQQ13IBhqIhsgF3FqQaSit+IFakEPdyAZaiIcIBtBCnciGEF/c3FqIBQgGWogGyAaQQp3IhlBf3NxaiAcIBlxakGkorfiBWpBB3cgF2oiGyAYcWpBpKK34gVqQQx3IBlqIh1BCnciF2ogFiAcQQp3IhpqIBEgGWogGyAaQX9zcWogHSAacWpBpKK34gVqQQh3IBhqIhwgF0F/c3FqIA4gGGogHSAbQQp3IhhBf3NxaiAcIBhxakGkorfiBWpBCXcgGmoiGiAXcWpBpKK34gVqQQt3IBhqIhsgGkEKdyIZQX9zcWogFSAYaiAaIBxBCnciGEF/c3FqIBsgGHFqQaSit+IFakEHdyAXaiIcIBlxakGkorfiBWpBB3cgGGoiHUEKdyIXaiADIBtBCnciGmogACAYaiAcIBpBf3NxaiAdIBpxakGkorfiBWpBDHcgGWoiGyAXQX9zcWogCCAZaiAdIBxBCnciGEF/c3FqIBsgGHFqQaSit+IFakEHdyAaaiIaIBdxakGkorfiBWpBBncgGGoiHCAaQQp3IhlBf3NxaiABIBhqIBogG0EKdyIYQX9zcWogHCAYcWpBpKK34gVqQQ93IBdqIhogGXFqQaSit+IFakENdyAYaiIbQQp3Ih1qIAYgGkEKdyIeaiAOIBxBCnciF2ogByAZaiAJIBhqIBogF0F/c3FqIBsgF3FqQaSit+IFakELdyAZaiIYIBtBf3NyIB5zakHz/cDrBmpBCXcgF2oiFyAYQX9zciAdc2pB8/3A6wZqQQd3IB5qIhkgF0F/c3IgGEEKdyIYc2pB8/3A6wZqQQ93IB1qIhogGUF/c3IgF0EKdyIXc2pB8/3A6wZqQQt3IBhqIhtBCnciHGogASAaQQp3Ih1qIBAgGUEKdyIZaiAVIBdqIBQgGGogGyAaQX9zciAZc2pB8/3A6wZqQQh3IBdqIhcgG0F/c3IgHXNqQfP9wOsGakEGdyAZaiIYIBdBf3NyIBxzakHz/cDrBmpBBncgHWoiGSAYQX9zciAXQQp3IhdzakHz/cDrBmpBDncgHGoiGiAZQX9zciAYQQp3IhhzakHz/cDrBmpBDHcgF2oiG0EKdyIcaiAWIBpBCnciHWogCSAZQQp3IhlqIAggGGogACAXaiAbIBpBf3NyIBlzakHz/cDrBmpBDXcgGGoiFyAbQX9zciAdc2pB8/3A6wZqQQV3IBlqIhggF0F/c3IgHHNqQfP9wOsGakEOdyAdaiIZIBhBf3NyIBdBCnciF3NqQfP9wOsGakENdyAcaiIaIBlBf3NyIBhBCnciGHNqQfP9wOsGakENdyAXaiIbQQp3IhxqIBEgGGogAyAXaiAbIBpBf3NyIBlBCnciGXNqQfP9wOsGakEHdyAYaiIYIBtBf3NyIBpBCnciGnNqQfP9wOsGakEFdyAZaiIXQQp3IhsgECAaaiAYQQp3Ih0gACAZaiAcIBdBf3NxaiAXIBhxakHp7bXTB2pBD3cgGmoiGEF/c3FqIBggF3FqQenttdMHakEFdyAcaiIXQX9zcWogFyAYcWpB6e210wdqQQh3IB1qIhlBCnciGmogBSAbaiAXQQp3IhwgBiAdaiAYQQp3Ih0gGUF/c3FqIBkgF3FqQenttdMHakELdyAbaiIXQX9zcWogFyAZcWpB6e210wdqQQ53IB1qIhhBCnciGyAHIBxqIBdBCnciHiAEIB1qIBogGEF/c3FqIBggF3FqQenttdMHakEOdyAcaiIXQX9zcWogFyAYcWpB6e210wdqQQZ3IBpqIhhBf3NxaiAYIBdxakHp7bXTB2pBDncgHmoiGUEKdyIaaiAIIBtqIBhBCnciHCAOIB5qIBdBCnciHSAZQX9zcWogGSAYcWpB6e210wdqQQZ3IBtqIhdBf3NxaiAXIBlxakHp7bXTB2pBCXcgHWoiGEEKdyIbIBEgHGogF0EKdyIeIAkgHWogGiAYQX9zcWogGCAXcWpB6e210wdqQQx3IBxqIhdBf3NxaiAXIBhxakHp7bXTB2pBCXcgGmoiGEF/c3FqIBggF3FqQenttdMHakEMdyAeaiIZQQp3IhogB2ogFSAXQQp3IhxqIBogFiAbaiAYQQp3Ih0gFCAeaiAcIBlBf3NxaiAZIBhxakHp7bXTB2pBBXcgG2oiF0F/c3FqIBcgGXFqQenttdMHakEPdyAcaiIYQX9zcWogGCAXcWpB6e210wdqQQh3IB1qIhkgGEEKdyIbcyAdIAhqIBggF0EKdyIXcyAZc2pBCHcgGmoiGHNqQQV3IBdqIhpBCnciHCAAaiAZQQp3IhkgBmogFyAWaiAYIBlzIBpzakEMdyAbaiIXIBxzIBsgA2ogGiAYQQp3IhhzIBdzakEJdyAZaiIZc2pBDHcgGGoiGiAZQQp3IhtzIBggDmogGSAXQQp3IhdzIBpzakEFdyAcaiIYc2pBDncgF2oiGUEKdyIcIBVqIBpBCnciGiAJaiAXIBRqIBggGnMgGXNqQQZ3IBtqIhcgHHMgGyAQaiAZIBhBCnciGHMgF3NqQQh3IBpqIhlzakENdyAYaiIaIBlBCnciG3MgGCARaiAZIBdBCnciGHMgGnNqQQZ3IBxqIhlzakEFdyAYaiIcQQp3Ih0gDGogBCAWIA4gDiARIBYgDiAUIAEgACABIBAgFCAEIBAgBiAPaiATIA1zIAsgDXMgDHMgCmogAmpBC3cgD2oiF3NqQQ53IAxqIh5BCnciH2ogAyASaiAJIAxqIBcgEnMgHnNqQQ93IBNqIgwgH3MgBSATaiAeIBdBCnciE3MgDHNqQQx3IBJqIhJzakEFdyATaiIXIBJBCnciHnMgEyAOaiASIAxBCnciDHMgF3NqQQh3IB9qIhJzakEHdyAMaiITQQp3Ih9qIAEgF0EKdyIXaiAMIBRqIBIgF3MgE3NqQQl3IB5qIgwgH3MgHiAAaiATIBJBCnciEnMgDHNqQQt3IBdqIhNzakENdyASaiIXIBNBCnciHnMgEiAWaiATIAxBCnciDHMgF3NqQQ53IB9qIhJzakEPdyAMaiITQQp3Ih9qIB4gEWogEyASQQp3IiBzIAwgCGogEiAXQQp3IgxzIBNzakEGdyAeaiISc2pBB3cgDGoiE0EKdyIXICAgB2ogEyASQQp3Ih5zIAwgFWogEiAfcyATc2pBCXcgIGoiE3NqQQh3IB9qIgxBf3NxaiAMIBNxakGZ84nUBWpBB3cgHmoiEkEKdyIfaiARIBdqIAxBCnciICADIB5qIBNBCnciEyASQX9zcWogEiAMcWpBmfOJ1AVqQQZ3IBdqIgxBf3NxaiAMIBJxakGZ84nUBWpBCHcgE2oiEkEKdyIXIBYgIGogDEEKdyIeIAYgE2ogHyASQX9zcWogEiAMcWpBmfOJ1AVqQQ13ICBqIgxBf3NxaiAMIBJxakGZ84nUBWpBC3cgH2oiEkF/c3FqIBIgDHFqQZnzidQFakEJdyAeaiITQQp3Ih9qIAUgF2ogEkEKdyIgIAcgHmogDEEKdyIeIBNBf3NxaiATIBJxakGZ84nUBWpBB3cgF2oiDEF/c3FqIAwgE3FqQZnzidQFakEPdyAeaiISQQp3IhcgAiAgaiAMQQp3IiEgCCAeaiAfIBJBf3NxaiASIAxxakGZ84nUBWpBB3cgIGoiDEF/c3FqIAwgEnFqQZnzidQFakEMdyAfaiISQX9zcWogEiAMcWpBmfOJ1AVqQQ93ICFqIhNBCnciHmogCSAXaiASQQp3Ih8gDiAhaiAMQQp3IiAgE0F/c3FqIBMgEnFqQZnzidQFakEJdyAXaiIMQX9zcWogDCATcWpBmfOJ1AVqQQt3ICBqIhJBCnciEyAEIB9qIAxBCnciFyAVICBqIB4gEkF/c3FqIBIgDHFqQZnzidQFakEHdyAfaiIMQX9zcWogDCAScWpBmfOJ1AVqQQ13IB5qIhJBf3MiIHFqIBIgDHFqQZnzidQFakEMdyAXaiIeQQp3Ih9qIAMgEkEKdyISaiAVIAxBCnciDGogFiATaiAFIBdqIB4gIHIgDHNqQaHX5/YGakELdyATaiITIB5Bf3NyIBJzakGh1+f2BmpBDXcgDGoiDCATQX9zciAfc2pBodfn9gZqQQZ3IBJqIhIgDEF/c3IgE0EKdyITc2pBodfn9gZqQQd3IB9qIhcgEkF/c3IgDEEKdyIMc2pBodfn9gZqQQ53IBNqIh5BCnciH2ogCSAXQQp3IiBqIAYgEkEKdyISaiAAIAxqIAcgE2ogHiAXQX9zciASc2pBodfn9gZqQQl3IAxqIgwgHkF/c3IgIHNqQaHX5/YGakENdyASaiISIAxBf3NyIB9zakGh1+f2BmpBD3cgIGoiEyASQX9zciAMQQp3IgxzakGh1+f2BmpBDncgH2oiFyATQX9zciASQQp3IhJzakGh1+f2BmpBCHcgDGoiHkEKdyIfaiAEIBdBCnciIGogESATQQp3IhNqIBAgEmogAiAMaiAeIBdBf3NyIBNzakGh1+f2BmpBDXcgEmoiDCAeQX9zciAgc2pBodfn9gZqQQZ3IBNqIhIgDEF/c3IgH3NqQaHX5/YGakEFdyAgaiITIBJBf3NyIAxBCnciF3NqQaHX5/YGakEMdyAfaiIeIBNBf3NyIBJBCnciEnNqQaHX5/YGakEHdyAXaiIfQQp3IgxqIAEgE0EKdyITaiAIIBdqIB8gHkF/c3IgE3NqQaHX5/YGakEFdyASaiIXIAxBf3NxaiAGIBJqIB8gHkEKdyISQX9zcWogFyAScWpB3Pnu+HhqQQt3IBNqIh4gDHFqQdz57vh4akEMdyASaiIfIB5BCnciE0F/c3FqIAQgEmogHiAXQQp3IhJBf3NxaiAfIBJxakHc+e74eGpBDncgDGoiHiATcWpB3Pnu+HhqQQ93IBJqIiBBCnciDGogCCAfQQp3IhdqIAIgEmogHiAXQX9zcWogICAXcWpB3Pnu+HhqQQ53IBNqIh8gDEF/c3FqIAAgE2ogICAeQQp3IhJBf3NxaiAfIBJxakHc+e74eGpBD3cgF2oiFyAMcWpB3Pnu+HhqQQl3IBJqIh4gF0EKdyITQX9zcWogAyASaiAXIB9BCnciEkF/c3FqIB4gEnFqQdz57vh4akEIdyAMaiIfIBNxakHc+e74eGpBCXcgEmoiIEEKdyIMaiAHIB5BCnciF2ogBSASaiAfIBdBf3NxaiAgIBdxakHc+e74eGpBDncgE2oiHiAMQX9zcWogFCATaiAgIB9BCnciEkF/c3FqIB4gEnFqQdz57vh4akEFdyAXaiIXIAxxakHc+e74eGpBBncgEmoiHyAXQQp3IhNBf3NxaiAVIBJqIBcgHkEKdyISQX9zcWogHyAScWpB3Pnu+HhqQQh3IAxqIhcgE3FqQdz57vh4akEGdyASaiIeQQp3IiBqIAIgF0EKdyIOaiADIB9BCnciDGogCSATaiAeIA5Bf3NxaiAQIBJqIBcgDEF/c3FqIB4gDHFqQdz57vh4akEFdyATaiIDIA5xakHc+e74eGpBDHcgDGoiDCADICBBf3Nyc2pBzvrPynpqQQl3IA5qIg4gDCADQQp3IgNBf3Nyc2pBzvrPynpqQQ93ICBqIhIgDiAMQQp3IgxBf3Nyc2pBzvrPynpqQQV3IANqIhNBCnciF2ogCSASQQp3IhZqIAggDkEKdyIJaiAUIAxqIAEgA2ogEyASIAlBf3Nyc2pBzvrPynpqQQt3IAxqIgMgEyAWQX9zcnNqQc76z8p6akEGdyAJaiIIIAMgF0F/c3JzakHO+s/KempBCHcgFmoiCSAIIANBCnciA0F/c3JzakHO+s/KempBDXcgF2oiDiAJIAhBCnciCEF/c3JzakHO+s/KempBDHcgA2oiFEEKdyIWaiAAIA5BCnciDGogBSAJQQp3IgBqIAYgCGogFSADaiAUIA4gAEF/c3JzakHO+s/KempBBXcgCGoiAyAUIAxBf3Nyc2pBzvrPynpqQQx3IABqIgAgAyAWQX9zcnNqQc76z8p6akENdyAMaiIGIAAgA0EKdyIDQX9zcnNqQc76z8p6akEOdyAWaiIIIAYgAEEKdyIAQX9zcnNqQc76z8p6akELdyADaiIJQQp3IhVqNgKQiQFBACALIBggAmogGSAaQQp3IgJzIBxzakEPdyAbaiIOQQp3IhZqIBAgA2ogCSAIIAZBCnciA0F/c3JzakHO+s/KempBCHcgAGoiBkEKd2o2AoyJAUEAIA0gGyAFaiAcIBlBCnciBXMgDnNqQQ13IAJqIhRBCndqIAcgAGogBiAJIAhBCnciAEF/c3JzakHO+s/KempBBXcgA2oiB2o2AoiJAUEAIAAgCmogAiABaiAOIB1zIBRzakELdyAFaiIBaiARIANqIAcgBiAVQX9zcnNqQc76z8p6akEGd2o2ApiJAUEAIAAgD2ogHWogBSAEaiAUIBZzIAFzakELd2o2ApSJAQuiAwEIfwJAIAFFDQBBACECQQBBACgCgIkBIgMgAWoiBDYCgIkBIANBP3EhBQJAIAQgA08NAEEAQQAoAoSJAUEBajYChIkBCwJAIAVFDQACQCABQcAAIAVrIgZPDQAgBSECDAELIAZBA3EhB0EAIQMCQCAFQT9zQQNJDQAgBUGAiQFqIQggBkH8AHEhCUEAIQMDQCAIIANqIgJBHGogACADaiIELQAAOgAAIAJBHWogBEEBai0AADoAACACQR5qIARBAmotAAA6AAAgAkEfaiAEQQNqLQAAOgAAIAkgA0EEaiIDRw0ACwsCQCAHRQ0AIAAgA2ohAiADIAVqQZyJAWohAwNAIAMgAi0AADoAACACQQFqIQIgA0EBaiEDIAdBf2oiBw0ACwtBnIkBEAIgASAGayEBIAAgBmohAEEAIQILAkAgAUHAAEkNAANAIAAQAiAAQcAAaiEAIAFBQGoiAUE/Sw0ACwsgAUUNACACQZyJAWohA0EAIQIDQCADIAAtAAA6AAAgAEEBaiEAIANBAWohAyABIAJBAWoiAkH/AXFLDQALCwsJAEGACSAAEAMLggEBAn8jAEEQayIAJAAgAEEAKAKAiQEiAUEDdDYCCCAAQQAoAoSJAUEDdCABQR12cjYCDEGQCEE4QfgAIAFBP3EiAUE4SRsgAWsQAyAAQQhqQQgQA0EAQQAoAoiJATYCgAlBAEEAKQKMiQE3AoQJQQBBACkClIkBNwKMCSAAQRBqJAALBgBBgIkBC8EBAQF/IwBBEGsiASQAQQBB8MPLnnw2ApiJAUEAQv6568XpjpWZEDcCkIkBQQBCgcaUupbx6uZvNwKIiQFBAEIANwKAiQFBgAkgABADIAFBACgCgIkBIgBBA3Q2AgggAUEAKAKEiQFBA3QgAEEddnI2AgxBkAhBOEH4ACAAQT9xIgBBOEkbIABrEAMgAUEIakEIEANBAEEAKAKIiQE2AoAJQQBBACkCjIkBNwKECUEAQQApApSJATcCjAkgAUEQaiQACwtXAQBBgAgLUFwAAAAAAAAAAAAAAAAAAACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    var hash$4 = "6abbce74";
    var wasmJson$4 = {
    	name: name$4,
    	data: data$4,
    	hash: hash$4
    };

    const mutex$2 = new Mutex();
    let wasmCache$2 = null;
    /**
     * Calculates RIPEMD-160 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function ripemd160(data) {
        if (wasmCache$2 === null) {
            return lockedCreate(mutex$2, wasmJson$4, 20).then((wasm) => {
                wasmCache$2 = wasm;
                return wasmCache$2.calculate(data);
            });
        }
        try {
            const hash = wasmCache$2.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new RIPEMD-160 hash instance
     */
    function createRIPEMD160() {
        return WASMInterface(wasmJson$4, 20).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 20,
            };
            return obj;
        });
    }

    function calculateKeyBuffer(hasher, key) {
        const { blockSize } = hasher;
        const buf = getUInt8Buffer(key);
        if (buf.length > blockSize) {
            hasher.update(buf);
            const uintArr = hasher.digest("binary");
            hasher.init();
            return uintArr;
        }
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.length);
    }
    function calculateHmac(hasher, key) {
        hasher.init();
        const { blockSize } = hasher;
        const keyBuf = calculateKeyBuffer(hasher, key);
        const keyBuffer = new Uint8Array(blockSize);
        keyBuffer.set(keyBuf);
        const opad = new Uint8Array(blockSize);
        for (let i = 0; i < blockSize; i++) {
            const v = keyBuffer[i];
            opad[i] = v ^ 0x5c;
            keyBuffer[i] = v ^ 0x36;
        }
        hasher.update(keyBuffer);
        const obj = {
            init: () => {
                hasher.init();
                hasher.update(keyBuffer);
                return obj;
            },
            update: (data) => {
                hasher.update(data);
                return obj;
            },
            digest: ((outputType) => {
                const uintArr = hasher.digest("binary");
                hasher.init();
                hasher.update(opad);
                hasher.update(uintArr);
                return hasher.digest(outputType);
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
            }),
            save: () => {
                throw new Error("save() not supported");
            },
            load: () => {
                throw new Error("load() not supported");
            },
            blockSize: hasher.blockSize,
            digestSize: hasher.digestSize,
        };
        return obj;
    }
    /**
     * Calculates HMAC hash
     * @param hash Hash algorithm to use. It has to be the return value of a function like createSHA1()
     * @param key Key (string, Buffer or TypedArray)
     */
    function createHMAC(hash, key) {
        if (!hash || !hash.then) {
            throw new Error('Invalid hash function is provided! Usage: createHMAC(createMD5(), "key").');
        }
        return hash.then((hasher) => calculateHmac(hasher, key));
    }

    function calculatePBKDF2(digest, salt, iterations, hashLength, outputType) {
        return __awaiter(this, void 0, void 0, function* () {
            const DK = new Uint8Array(hashLength);
            const block1 = new Uint8Array(salt.length + 4);
            const block1View = new DataView(block1.buffer);
            const saltBuffer = getUInt8Buffer(salt);
            const saltUIntBuffer = new Uint8Array(saltBuffer.buffer, saltBuffer.byteOffset, saltBuffer.length);
            block1.set(saltUIntBuffer);
            let destPos = 0;
            const hLen = digest.digestSize;
            const l = Math.ceil(hashLength / hLen);
            let T = null;
            let U = null;
            for (let i = 1; i <= l; i++) {
                block1View.setUint32(salt.length, i);
                digest.init();
                digest.update(block1);
                T = digest.digest("binary");
                U = T.slice();
                for (let j = 1; j < iterations; j++) {
                    digest.init();
                    digest.update(U);
                    U = digest.digest("binary");
                    for (let k = 0; k < hLen; k++) {
                        T[k] ^= U[k];
                    }
                }
                DK.set(T.subarray(0, hashLength - destPos), destPos);
                destPos += hLen;
            }
            if (outputType === "binary") {
                return DK;
            }
            const digestChars = new Uint8Array(hashLength * 2);
            return getDigestHex(digestChars, DK, hashLength);
        });
    }
    const validateOptions$2 = (options) => {
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (!options.hashFunction || !options.hashFunction.then) {
            throw new Error('Invalid hash function is provided! Usage: pbkdf2("password", "salt", 1000, 32, createSHA1()).');
        }
        if (!Number.isInteger(options.iterations) || options.iterations < 1) {
            throw new Error("Iterations should be a positive number");
        }
        if (!Number.isInteger(options.hashLength) || options.hashLength < 1) {
            throw new Error("Hash length should be a positive number");
        }
        if (options.outputType === undefined) {
            options.outputType = "hex";
        }
        if (!["hex", "binary"].includes(options.outputType)) {
            throw new Error(`Insupported output type ${options.outputType}. Valid values: ['hex', 'binary']`);
        }
    };
    /**
     * Generates a new PBKDF2 hash for the supplied password
     */
    function pbkdf2(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions$2(options);
            const hmac = yield createHMAC(options.hashFunction, options.password);
            return calculatePBKDF2(hmac, options.salt, options.iterations, options.hashLength, options.outputType);
        });
    }

    var name$3 = "scrypt";
    var data$3 = "AGFzbQEAAAABGwVgAX8Bf2AAAX9gBH9/f38AYAF/AGADf39/AAMGBQABAgMEBQYBAQKAgAIGCAF/AUGQiAQLBzkEBm1lbW9yeQIAEkhhc2hfU2V0TWVtb3J5U2l6ZQAADkhhc2hfR2V0QnVmZmVyAAEGc2NyeXB0AAQK7iYFWAECf0EAIQECQCAAQQAoAogIIgJGDQACQCAAIAJrIgBBEHYgAEGAgHxxIABJaiIAQABBf0cNAEH/AcAPC0EAIQFBAEEAKQOICCAAQRB0rXw3A4gICyABwAtwAQJ/AkBBACgCgAgiAA0AQQA/AEEQdCIANgKACEEAKAKICCIBQYCAIEYNAAJAQYCAICABayIAQRB2IABBgIB8cSAASWoiAEAAQX9HDQBBAA8LQQBBACkDiAggAEEQdK18NwOICEEAKAKACCEACyAAC6QFAQN/IAIgA0EHdCAAakFAaiIEKQMANwMAIAIgBCkDCDcDCCACIAQpAxA3AxAgAiAEKQMYNwMYIAIgBCkDIDcDICACIAQpAyg3AyggAiAEKQMwNwMwIAIgBCkDODcDOAJAIANFDQAgA0EBdCEFIANBBnQhBkEAIQMDQCACIAIpAwAgACkDAIU3AwAgAiACKQMIIABBCGopAwCFNwMIIAIgAikDECAAQRBqKQMAhTcDECACIAIpAxggAEEYaikDAIU3AxggAiACKQMgIABBIGopAwCFNwMgIAIgAikDKCAAQShqKQMAhTcDKCACIAIpAzAgAEEwaikDAIU3AzAgAiACKQM4IABBOGopAwCFNwM4IAIQAyABIAIpAwA3AwAgAUEIaiACKQMINwMAIAFBEGogAikDEDcDACABQRhqIAIpAxg3AwAgAUEgaiACKQMgNwMAIAFBKGogAikDKDcDACABQTBqIAIpAzA3AwAgAUE4aiACKQM4NwMAIAIgAikDACAAQcAAaikDAIU3AwAgAiACKQMIIABByABqKQMAhTcDCCACIAIpAxAgAEHQAGopAwCFNwMQIAIgAikDGCAAQdgAaikDAIU3AxggAiACKQMgIABB4ABqKQMAhTcDICACIAIpAyggAEHoAGopAwCFNwMoIAIgAikDMCAAQfAAaikDAIU3AzAgAiACKQM4IABB+ABqKQMAhTcDOCACEAMgASAGaiIEIAIpAwA3AwAgBEEIaiACKQMINwMAIARBEGogAikDEDcDACAEQRhqIAIpAxg3AwAgBEEgaiACKQMgNwMAIARBKGogAikDKDcDACAEQTBqIAIpAzA3AwAgBEE4aiACKQM4NwMAIABBgAFqIQAgAUHAAGohASADQQJqIgMgBUkNAAsLC7oNCAF+AX8BfgF/AX4BfwF+En8gACAAKAIEIAApAygiAUIgiKciAiAAKQM4IgNCIIinIgRqQQd3IAApAwgiBUIgiKdzIgYgBGpBCXcgACkDGCIHQiCIp3MiCCAGakENdyACcyIJIAenIgogAaciC2pBB3cgA6dzIgIgC2pBCXcgBadzIgwgAmpBDXcgCnMiDSAMakESdyALcyIOIAApAwAiAUIgiKciDyAAKQMQIgNCIIinIhBqQQd3IAApAyAiBUIgiKdzIgtqQQd3cyIKIAkgCGpBEncgBHMiESACakEHdyAAKQMwIgenIgkgAaciEmpBB3cgA6dzIgQgEmpBCXcgBadzIhMgBGpBDXcgCXMiFHMiCSARakEJdyALIBBqQQl3IAdCIIincyIVcyIWIAlqQQ13IAJzIhcgFmpBEncgEXMiEWpBB3cgBiAUIBNqQRJ3IBJzIhJqQQd3IBUgC2pBDXcgD3MiFHMiAiASakEJdyAMcyIPIAJqQQ13IAZzIhhzIgYgEWpBCXcgCCANIBQgFWpBEncgEHMiECAEakEHd3MiDCAQakEJd3MiCHMiFSAGakENdyAKcyIUIAwgCiAOakEJdyATcyITIApqQQ13IAtzIhkgE2pBEncgDnMiCmpBB3cgF3MiCyAKakEJdyAPcyIOIAtqQQ13IAxzIhcgDmpBEncgCnMiDSACIAggDGpBDXcgBHMiDCAIakESdyAQcyIIakEHdyAZcyIKakEHd3MiBCAUIBVqQRJ3IBFzIhAgC2pBB3cgCSAYIA9qQRJ3IBJzIhFqQQd3IAxzIgwgEWpBCXcgE3MiEiAMakENdyAJcyIPcyIJIBBqQQl3IAogCGpBCXcgFnMiE3MiFiAJakENdyALcyIUIBZqQRJ3IBBzIhBqQQd3IAYgDyASakESdyARcyIRakEHdyATIApqQQ13IAJzIgtzIgIgEWpBCXcgDnMiDiACakENdyAGcyIYcyIGIBBqQQl3IBUgFyALIBNqQRJ3IAhzIgggDGpBB3dzIgsgCGpBCXdzIhNzIhUgBmpBDXcgBHMiFyALIAQgDWpBCXcgEnMiEiAEakENdyAKcyIZIBJqQRJ3IA1zIgRqQQd3IBRzIgogBGpBCXcgDnMiDyAKakENdyALcyIUIA9qQRJ3IARzIg0gAiATIAtqQQ13IAxzIgwgE2pBEncgCHMiCGpBB3cgGXMiC2pBB3dzIgQgFyAVakESdyAQcyIQIApqQQd3IAkgGCAOakESdyARcyIOakEHdyAMcyIMIA5qQQl3IBJzIhEgDGpBDXcgCXMiF3MiCSAQakEJdyALIAhqQQl3IBZzIhJzIhMgCWpBDXcgCnMiGCATakESdyAQcyIQakEHdyAGIBcgEWpBEncgDnMiCmpBB3cgEiALakENdyACcyIXcyICIApqQQl3IA9zIg4gAmpBDXcgBnMiFnMiBiAJIBYgDmpBEncgCnMiFmpBB3cgFSAUIBcgEmpBEncgCHMiCCAMakEHd3MiCiAIakEJd3MiEiAKakENdyAMcyIPcyIMIBZqQQl3IAQgDWpBCXcgEXMiEXMiFSAMakENdyAJcyIUIBVqQRJ3IBZzIglqQQd3IAIgDyASakESdyAIcyIIakEHdyARIARqQQ13IAtzIg9zIgsgCGpBCXcgE3MiEyALakENdyACcyIXcyIWajYCBCAAIAAoAgggFiAJakEJdyAKIA8gEWpBEncgDXMiEWpBB3cgGHMiAiARakEJdyAOcyIOcyIPajYCCCAAIAAoAgwgDyAWakENdyAGcyINajYCDCAAIAAoAhAgBiAQakEJdyAScyISIA4gAmpBDXcgCnMiGCAXIBNqQRJ3IAhzIgogDGpBB3dzIgggCmpBCXdzIhYgCGpBDXcgDHMiDGo2AhAgACAAKAIAIA0gD2pBEncgCXNqNgIAIAAgACgCFCAMIBZqQRJ3IApzajYCFCAAIAAoAhggCGo2AhggACAAKAIcIBZqNgIcIAAgACgCICASIAZqQQ13IARzIgkgGCAOakESdyARcyIGIAtqQQd3cyIKIAZqQQl3IBVzIgRqNgIgIAAgACgCJCAEIApqQQ13IAtzIgtqNgIkIAAgACgCKCALIARqQRJ3IAZzajYCKCAAIAAoAiwgCmo2AiwgACAAKAIwIAkgEmpBEncgEHMiBiACakEHdyAUcyILajYCMCAAIAAoAjQgCyAGakEJdyATcyIKajYCNCAAIAAoAjggCiALakENdyACcyICajYCOCAAIAAoAjwgAiAKakESdyAGc2o2AjwLvxIDFX8Bfg5/AkAgAkUNACAAQQd0IgNBQGoiBEEAKAKACCIFIAMgAmwiBmogAyABbGoiByADaiIIaiEJIAAgAkEHdCIKIAFBB3RqIgtsIQwgACALQYABamwhDSAAQQV0IgtBASALQQFLGyILQWBxIQ4gC0EBcSEPIAdBeGohECAHQXBqIREgB0FoaiESIAdBYGohEyAHQVhqIRQgB0FQaiEVIAdBSGohFiAHQUBqIRcgAa1Cf3whGCAEIAdqIRkgByAAQQh0IhpqIRsgACAKQYABamwhHCALQQRJIR1BACEeQQAhHwNAQQAoAoAIIiAgAyAfbGohIQJAIABFDQBBACEiAkAgHQ0AICAgHmohI0EAIQtBACEiA0AgByALaiIEICMgC2oiJCgCADYCACAEQQRqICRBBGooAgA2AgAgBEEIaiAkQQhqKAIANgIAIARBDGogJEEMaigCADYCACALQRBqIQsgDiAiQQRqIiJHDQALCyAPRQ0AIAcgIkECdCILaiAhIAtqKAIANgIACwJAIAFFDQBBACElIBwhIyAGISYDQCAFISQgACEiAkACQCAADQAgGyAXKQMANwMAIBsgFikDADcDCCAbIBUpAwA3AxAgGyAUKQMANwMYIBsgEykDADcDICAbIBIpAwA3AyggGyARKQMANwMwIBsgECkDADcDOAwBCwNAICQgJmoiCyAkIAxqIgQpAwA3AwAgC0EIaiAEQQhqKQMANwMAIAtBEGogBEEQaikDADcDACALQRhqIARBGGopAwA3AwAgC0EgaiAEQSBqKQMANwMAIAtBKGogBEEoaikDADcDACALQTBqIARBMGopAwA3AwAgC0E4aiAEQThqKQMANwMAIAtBwABqIARBwABqKQMANwMAIAtByABqIARByABqKQMANwMAIAtB0ABqIARB0ABqKQMANwMAIAtB2ABqIARB2ABqKQMANwMAIAtB4ABqIARB4ABqKQMANwMAIAtB6ABqIARB6ABqKQMANwMAIAtB8ABqIARB8ABqKQMANwMAIAtB+ABqIARB+ABqKQMANwMAICRBgAFqISQgIkF/aiIiDQALIAcgCCAbIAAQAiAFISQgACEiA0AgJCAjaiILICQgDWoiBCkDADcDACALQQhqIARBCGopAwA3AwAgC0EQaiAEQRBqKQMANwMAIAtBGGogBEEYaikDADcDACALQSBqIARBIGopAwA3AwAgC0EoaiAEQShqKQMANwMAIAtBMGogBEEwaikDADcDACALQThqIARBOGopAwA3AwAgC0HAAGogBEHAAGopAwA3AwAgC0HIAGogBEHIAGopAwA3AwAgC0HQAGogBEHQAGopAwA3AwAgC0HYAGogBEHYAGopAwA3AwAgC0HgAGogBEHgAGopAwA3AwAgC0HoAGogBEHoAGopAwA3AwAgC0HwAGogBEHwAGopAwA3AwAgC0H4AGogBEH4AGopAwA3AwAgJEGAAWohJCAiQX9qIiINAAsLIAggByAbIAAQAiAjIBpqISMgJiAaaiEmICVBAmoiJSABSQ0AC0EAISUDQAJAAkAgAA0AIBsgFykDADcDACAbIBYpAwA3AwggGyAVKQMANwMQIBsgFCkDADcDGCAbIBMpAwA3AyAgGyASKQMANwMoIBsgESkDADcDMCAbIBApAwA3AzgMAQsgACAKIBkpAgAgGIOnQQd0amwhJiAFISQgACEiA0AgJCAMaiILIAspAwAgJCAmaiIEKQMAhTcDACALQQhqIiMgIykDACAEQQhqKQMAhTcDACALQRBqIiMgIykDACAEQRBqKQMAhTcDACALQRhqIiMgIykDACAEQRhqKQMAhTcDACALQSBqIiMgIykDACAEQSBqKQMAhTcDACALQShqIiMgIykDACAEQShqKQMAhTcDACALQTBqIiMgIykDACAEQTBqKQMAhTcDACALQThqIiMgIykDACAEQThqKQMAhTcDACALQcAAaiIjICMpAwAgBEHAAGopAwCFNwMAIAtByABqIiMgIykDACAEQcgAaikDAIU3AwAgC0HQAGoiIyAjKQMAIARB0ABqKQMAhTcDACALQdgAaiIjICMpAwAgBEHYAGopAwCFNwMAIAtB4ABqIiMgIykDACAEQeAAaikDAIU3AwAgC0HoAGoiIyAjKQMAIARB6ABqKQMAhTcDACALQfAAaiIjICMpAwAgBEHwAGopAwCFNwMAIAtB+ABqIgsgCykDACAEQfgAaikDAIU3AwAgJEGAAWohJCAiQX9qIiINAAsgByAIIBsgABACIAAgCiAJKQIAIBiDp0EHdGpsISYgBSEkIAAhIgNAICQgDWoiCyALKQMAICQgJmoiBCkDAIU3AwAgC0EIaiIjICMpAwAgBEEIaikDAIU3AwAgC0EQaiIjICMpAwAgBEEQaikDAIU3AwAgC0EYaiIjICMpAwAgBEEYaikDAIU3AwAgC0EgaiIjICMpAwAgBEEgaikDAIU3AwAgC0EoaiIjICMpAwAgBEEoaikDAIU3AwAgC0EwaiIjICMpAwAgBEEwaikDAIU3AwAgC0E4aiIjICMpAwAgBEE4aikDAIU3AwAgC0HAAGoiIyAjKQMAIARBwABqKQMAhTcDACALQcgAaiIjICMpAwAgBEHIAGopAwCFNwMAIAtB0ABqIiMgIykDACAEQdAAaikDAIU3AwAgC0HYAGoiIyAjKQMAIARB2ABqKQMAhTcDACALQeAAaiIjICMpAwAgBEHgAGopAwCFNwMAIAtB6ABqIiMgIykDACAEQegAaikDAIU3AwAgC0HwAGoiIyAjKQMAIARB8ABqKQMAhTcDACALQfgAaiILIAspAwAgBEH4AGopAwCFNwMAICRBgAFqISQgIkF/aiIiDQALCyAIIAcgGyAAEAIgJUECaiIlIAFJDQALCwJAIABFDQBBACEiAkAgHQ0AICAgHmohI0EAIQtBACEiA0AgIyALaiIEIAcgC2oiJCgCADYCACAEQQRqICRBBGooAgA2AgAgBEEIaiAkQQhqKAIANgIAIARBDGogJEEMaigCADYCACALQRBqIQsgDiAiQQRqIiJHDQALCyAPRQ0AICEgIkECdCILaiAHIAtqKAIANgIACyAeIANqIR4gH0EBaiIfIAJHDQALCws=";
    var hash$3 = "b32721f8";
    var wasmJson$3 = {
    	name: name$3,
    	data: data$3,
    	hash: hash$3
    };

    function scryptInternal(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const { costFactor, blockSize, parallelism, hashLength } = options;
            const SHA256Hasher = createSHA256();
            const blockData = yield pbkdf2({
                password: options.password,
                salt: options.salt,
                iterations: 1,
                hashLength: 128 * blockSize * parallelism,
                hashFunction: SHA256Hasher,
                outputType: "binary",
            });
            const scryptInterface = yield WASMInterface(wasmJson$3, 0);
            // last block is for storing the temporary vectors
            const VSize = 128 * blockSize * costFactor;
            const XYSize = 256 * blockSize;
            scryptInterface.setMemorySize(blockData.length + VSize + XYSize);
            scryptInterface.writeMemory(blockData, 0);
            // mix blocks
            scryptInterface.getExports().scrypt(blockSize, costFactor, parallelism);
            const expensiveSalt = scryptInterface
                .getMemory()
                .subarray(0, 128 * blockSize * parallelism);
            const outputData = yield pbkdf2({
                password: options.password,
                salt: expensiveSalt,
                iterations: 1,
                hashLength,
                hashFunction: SHA256Hasher,
                outputType: "binary",
            });
            if (options.outputType === "hex") {
                const digestChars = new Uint8Array(hashLength * 2);
                return getDigestHex(digestChars, outputData, hashLength);
            }
            // return binary format
            return outputData;
        });
    }
    const isPowerOfTwo = (v) => v && !(v & (v - 1));
    const validateOptions$1 = (options) => {
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (!Number.isInteger(options.blockSize) || options.blockSize < 1) {
            throw new Error("Block size should be a positive number");
        }
        if (!Number.isInteger(options.costFactor) ||
            options.costFactor < 2 ||
            !isPowerOfTwo(options.costFactor)) {
            throw new Error("Cost factor should be a power of 2, greater than 1");
        }
        if (!Number.isInteger(options.parallelism) || options.parallelism < 1) {
            throw new Error("Parallelism should be a positive number");
        }
        if (!Number.isInteger(options.hashLength) || options.hashLength < 1) {
            throw new Error("Hash length should be a positive number.");
        }
        if (options.outputType === undefined) {
            options.outputType = "hex";
        }
        if (!["hex", "binary"].includes(options.outputType)) {
            throw new Error(`Insupported output type ${options.outputType}. Valid values: ['hex', 'binary']`);
        }
    };
    /**
     * Calculates hash using the scrypt password-based key derivation function
     * @returns Computed hash as a hexadecimal string or as
     *          Uint8Array depending on the outputType option
     */
    function scrypt(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions$1(options);
            return scryptInternal(options);
        });
    }

    var name$2 = "bcrypt";
    var data$2 = "AGFzbQEAAAABFwRgAAF/YAR/f39/AGADf39/AGABfwF/AwUEAAECAwUEAQECAgYIAX8BQZCrBQsHNAQGbWVtb3J5AgAOSGFzaF9HZXRCdWZmZXIAAAZiY3J5cHQAAg1iY3J5cHRfdmVyaWZ5AAMK9WAEBQBBgCsL21kEFH8Bfgh/AX4jAEHwAGshBCACQQA6AAIgAkGq4AA7AAACQCABLQAAQSpHDQAgAS0AAUEwRw0AIAJBMToAAQsCQCABLAAFIAEsAARBCmxqQfB7aiIFQQRJDQAgAS0AB0FgaiIGQd8ASw0AIAZBkAlqLQAAIgZBP0sNACABLQAIQWBqIgdB3wBLDQAgB0GQCWotAAAiB0E/Sw0AIAQgB0EEdiAGQQJ0cjoACCABLQAJQWBqIgZB3wBLDQAgBkGQCWotAAAiBkE/Sw0AIAQgBkECdiAHQQR0cjoACSABLQAKQWBqIgdB3wBLDQAgB0GQCWotAAAiB0E/Sw0AIAQgByAGQQZ0cjoACiABLQALQWBqIgZB3wBLDQAgBkGQCWotAAAiBkE/Sw0AIAEtAAxBYGoiB0HfAEsNACAHQZAJai0AACIHQT9LDQAgBCAHQQR2IAZBAnRyOgALIAEtAA1BYGoiBkHfAEsNACAGQZAJai0AACIGQT9LDQAgBCAGQQJ2IAdBBHRyOgAMIAEtAA5BYGoiB0HfAEsNACAHQZAJai0AACIHQT9LDQAgBCAHIAZBBnRyOgANIAEtAA9BYGoiBkHfAEsNACAGQZAJai0AACIGQT9LDQAgAS0AEEFgaiIHQd8ASw0AIAdBkAlqLQAAIgdBP0sNACAEIAdBBHYgBkECdHI6AA4gAS0AEUFgaiIGQd8ASw0AIAZBkAlqLQAAIgZBP0sNACAEIAZBAnYgB0EEdHI6AA8gAS0AEkFgaiIHQd8ASw0AIAdBkAlqLQAAIgdBP0sNACAEIAcgBkEGdHI6ABAgAS0AE0FgaiIGQd8ASw0AIAZBkAlqLQAAIgZBP0sNACABLQAUQWBqIgdB3wBLDQAgB0GQCWotAAAiB0E/Sw0AIAQgB0EEdiAGQQJ0cjoAESABLQAVQWBqIgZB3wBLDQAgBkGQCWotAAAiBkE/Sw0AIAQgBkECdiAHQQR0cjoAEiABLQAWQWBqIgdB3wBLDQAgB0GQCWotAAAiB0E/Sw0AIAQgByAGQQZ0cjoAEyABLQAXQWBqIgZB3wBLDQAgBkGQCWotAAAiBkE/Sw0AIAEtABhBYGoiB0HfAEsNACAHQZAJai0AACIHQT9LDQAgBCAHQQR2IAZBAnRyOgAUIAEtABlBYGoiBkHfAEsNACAGQZAJai0AACIGQT9LDQAgBCAGQQJ2IAdBBHRyOgAVIAEtABpBYGoiB0HfAEsNACAHQZAJai0AACIHQT9LDQAgBCAHIAZBBnRyOgAWIAEtABtBYGoiBkHfAEsNACAGQZAJai0AACIGQT9LDQAgAS0AHEFgaiIHQd8ASw0AIAdBkAlqLQAAIgdBP0sNAEEBIAV0IQggBCAHQQR2IAZBAnRyOgAXIAQgBCgCCCIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciIJNgIIIAQgBCgCDCIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciIKNgIMIAQgBCgCECIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciILNgIQIAQgBCgCFCIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciIMNgIUIARB6ABqIAEtAAJBnwdqLQAAIg1BAXFBAnRqIQ5BACEGQQAhB0EAIQ8gACEFA0AgBEIANwJoIAQgBS0AACIQNgJoIAQgBSwAACIRNgJsIAUtAAAhEiAEIBBBCHQiEDYCaCAEIBAgBUEBaiAAIBIbIgUtAAByIhA2AmggBCARQQh0IhE2AmwgBCARIAUsAAAiEnIiETYCbCAFLQAAIRMgBCAQQQh0IhA2AmggBCAQIAVBAWogACATGyIFLQAAciIQNgJoIAQgEUEIdCIRNgJsIAQgESAFLAAAIhNyIhE2AmwgBS0AACEUIAQgEEEIdCIQNgJoIAQgECAFQQFqIAAgFBsiBS0AAHIiEDYCaCAEIBFBCHQiETYCbCAEIBEgBSwAACIUciIRNgJsIAUtAAAhFSAEQSBqIAZqIA4oAgAiFjYCACAGQfApaiIXIBYgFygCAHM2AgAgESAQcyAHciEHIAVBAWogACAVGyEFIBQgEyAScnJBgAFxIA9yIQ8gBkEEaiIGQcgARw0AC0EAQQAoAvApIA9BCXQgDUEPdHFBgIAEIAdB//8DcSAHQRB2cmtxczYC8ClCACEYQX4hBkHwKSEHA0BBACgCrCpBACgCqCpBACgCpCpBACgCoCpBACgCnCpBACgCmCpBACgClCpBACgCkCpBACgCjCpBACgCiCpBACgChCpBACgCgCpBACgC/ClBACgC+ClBACgC9CkgBEEIaiAGQQJqIgZBAnFBAnRqKQMAIBiFIhhCIIinc0EAKALwKSAYp3MiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUH/AXFBAnRB8CFqKAIAIQ8gBUEGdkH8B3FB8BlqKAIAIRAgBUEWdkH8B3FB8AlqKAIAIREgBUEOdkH8B3FB8BFqKAIAIRJBACgCsCohE0EAQQAoArQqIAVzNgKAqwFBACATIA8gECARIBJqc2pzIABzNgKEqwEgB0EAKQOAqwEiGDcCACAHQQhqIQcgBkEQSQ0ACyAYQiCIpyEFIBinIQZB8AkhAANAQQAoAqwqQQAoAqgqQQAoAqQqQQAoAqAqQQAoApwqQQAoApgqQQAoApQqQQAoApAqQQAoAowqQQAoAogqQQAoAoQqQQAoAoAqQQAoAvwpQQAoAvgpIAVBACgC9ClzIAZBACgC8ClzIAtzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgDHMiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZBFnZB/AdxQfAJaigCACAGQQ52QfwHcUHwEWooAgBqIAZBBnZB/AdxQfAZaigCAHMgBkH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAGcyIGQRZ2QfwHcUHwCWooAgAgBkEOdkH8B3FB8BFqKAIAaiAGQQZ2QfwHcUHwGWooAgBzIAZB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgBnMiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZBFnZB/AdxQfAJaigCACAGQQ52QfwHcUHwEWooAgBqIAZBBnZB/AdxQfAZaigCAHMgBkH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAGcyIGQRZ2QfwHcUHwCWooAgAgBkEOdkH8B3FB8BFqKAIAaiAGQQZ2QfwHcUHwGWooAgBzIAZB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgBnMiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZB/wFxQQJ0QfAhaigCACEHIAZBBnZB/AdxQfAZaigCACEPIAZBFnZB/AdxQfAJaigCACEQIAZBDnZB/AdxQfARaigCACERQQAoArAqIRIgAEEAKAK0KiAGcyIGNgIAIABBBGogEiAHIA8gECARanNqcyAFcyIHNgIAQQAoAqwqQQAoAqgqQQAoAqQqQQAoAqAqQQAoApwqQQAoApgqQQAoApQqQQAoApAqQQAoAowqQQAoAogqQQAoAoQqQQAoAoAqQQAoAvwpQQAoAvgpQQAoAvQpIAlBACgC8ClzIAZzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgCnMgB3MiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZBFnZB/AdxQfAJaigCACAGQQ52QfwHcUHwEWooAgBqIAZBBnZB/AdxQfAZaigCAHMgBkH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAGcyIGQRZ2QfwHcUHwCWooAgAgBkEOdkH8B3FB8BFqKAIAaiAGQQZ2QfwHcUHwGWooAgBzIAZB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgBnMiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZBFnZB/AdxQfAJaigCACAGQQ52QfwHcUHwEWooAgBqIAZBBnZB/AdxQfAZaigCAHMgBkH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAGcyIGQRZ2QfwHcUHwCWooAgAgBkEOdkH8B3FB8BFqKAIAaiAGQQZ2QfwHcUHwGWooAgBzIAZB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgBnMiBkEWdkH8B3FB8AlqKAIAIAZBDnZB/AdxQfARaigCAGogBkEGdkH8B3FB8BlqKAIAcyAGQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIAZzIgZB/wFxQQJ0QfAhaigCACEHIAZBBnZB/AdxQfAZaigCACEPIAZBFnZB/AdxQfAJaigCACEQIAZBDnZB/AdxQfARaigCACERQQAoArAqIRIgAEEIakEAKAK0KiAGcyIGNgIAIABBDGogEiAHIA8gECARanNqcyAFcyIFNgIAIABBEGoiAEHsKUkNAAtBACAFNgKEqwFBACAGNgKAqwEgBCgCZCEUIAQoAmAhFSAEKAJcIRYgBCgCWCEXIAQoAlQhCSAEKAJQIQogBCgCTCELIAQoAkghDCAEKAJEIQ4gBCgCQCENIAQoAjwhGSAEKAI4IRogBCgCNCEbIAQoAjAhHCAEKAIsIR0gBCgCKCEeIAQoAiQhHyAEKAIgISAgBCkDECEhIAQpAwghGANAQQBBACgC8CkgIHM2AvApQQBBACgC9CkgH3M2AvQpQQBBACgC+CkgHnM2AvgpQQBBACgC/CkgHXM2AvwpQQBBACgCgCogHHM2AoAqQQBBACgChCogG3M2AoQqQQBBACgCiCogGnM2AogqQQBBACgCjCogGXM2AowqQQBBACgCkCogDXM2ApAqQQBBACgClCogDnM2ApQqQQBBACgCmCogDHM2ApgqQQBBACgCnCogC3M2ApwqQQBBACgCoCogCnM2AqAqQQBBACgCpCogCXM2AqQqQQBBACgCqCogF3M2AqgqQQBBACgCrCogFnM2AqwqQQBBACgCsCogFXM2ArAqQQBBACgCtCogFHM2ArQqQQEhEwNAQQAhAEEAQgA3A4CrAUHwKSEGQQAhBQNAQQAoAqwqQQAoAqgqQQAoAqQqQQAoAqAqQQAoApwqQQAoApgqQQAoApQqQQAoApAqQQAoAowqQQAoAogqQQAoAoQqQQAoAoAqQQAoAvwpQQAoAvgpQQAoAvQpIABzQQAoAvApIAVzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVB/wFxQQJ0QfAhaigCACEHIAVBBnZB/AdxQfAZaigCACEPIAVBFnZB/AdxQfAJaigCACEQIAVBDnZB/AdxQfARaigCACERQQAoArAqIRIgBkEAKAK0KiAFcyIFNgIAIAZBBGogEiAHIA8gECARanNqcyAAcyIANgIAIAZBCGoiBkG4KkkNAAtB8AkhBgNAQQAoAqwqQQAoAqgqQQAoAqQqQQAoAqAqQQAoApwqQQAoApgqQQAoApQqQQAoApAqQQAoAowqQQAoAogqQQAoAoQqQQAoAoAqQQAoAvwpQQAoAvgpQQAoAvQpIABzQQAoAvApIAVzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVB/wFxQQJ0QfAhaigCACEHIAVBBnZB/AdxQfAZaigCACEPIAVBFnZB/AdxQfAJaigCACEQIAVBDnZB/AdxQfARaigCACERQQAoArAqIRIgBkEAKAK0KiAFcyIFNgIAIAZBBGogEiAHIA8gECARanNqcyAAcyIANgIAIAZBCGoiBkHsKUkNAAtBACAANgKEqwFBACAFNgKAqwECQCATQQFxRQ0AQQAhE0EAQQApAvApIBiFNwLwKUEAQQApAvgpICGFNwL4KUEAQQApAoAqIBiFNwKAKkEAQQApAogqICGFNwKIKkEAQQApApAqIBiFNwKQKkEAQQApApgqICGFNwKYKkEAQQApAqAqIBiFNwKgKkEAQQApAqgqICGFNwKoKkEAQQApArAqIBiFNwKwKgwBCwsgCEF/aiIIDQALQQAoArQqIQ9BACgCsCohEEEAKAKsKiERQQAoAqgqIRJBACgCpCohE0EAKAKgKiEIQQAoApwqIRRBACgCmCohFUEAKAKUKiEWQQAoApAqIRdBACgCjCohCUEAKAKIKiEKQQAoAoQqIQtBACgCgCohDEEAKAL8KSEOQQAoAvgpIQ1BACgC9CkhGUEAKALwKSEaQQAhGwNAIBtBAnQiHEGgCGopAwAiGKchACAYQiCIpyEGQUAhBwNAIBAgESASIBMgCCAUIBUgFiAXIAkgCiALIAwgDiANIAYgGXMgACAacyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIgBBFnZB/AdxQfAJaigCACAAQQ52QfwHcUHwEWooAgBqIABBBnZB/AdxQfAZaigCAHMgAEH/AXFBAnRB8CFqKAIAanMgBXMiBUEWdkH8B3FB8AlqKAIAIAVBDnZB/AdxQfARaigCAGogBUEGdkH8B3FB8BlqKAIAcyAFQf8BcUECdEHwIWooAgBqcyAAcyIAQRZ2QfwHcUHwCWooAgAgAEEOdkH8B3FB8BFqKAIAaiAAQQZ2QfwHcUHwGWooAgBzIABB/wFxQQJ0QfAhaigCAGpzIAVzIgVBFnZB/AdxQfAJaigCACAFQQ52QfwHcUHwEWooAgBqIAVBBnZB/AdxQfAZaigCAHMgBUH/AXFBAnRB8CFqKAIAanMgAHMiAEEWdkH8B3FB8AlqKAIAIABBDnZB/AdxQfARaigCAGogAEEGdkH8B3FB8BlqKAIAcyAAQf8BcUECdEHwIWooAgBqcyAFcyIFQRZ2QfwHcUHwCWooAgAgBUEOdkH8B3FB8BFqKAIAaiAFQQZ2QfwHcUHwGWooAgBzIAVB/wFxQQJ0QfAhaigCAGpzIABzIQYgBSAPcyEAIAdBAWoiBw0AC0EAIAY2AoSrAUEAIAA2AoCrASAEQQhqIBxqQQApA4CrATcDACAbQQRJIQAgG0ECaiEbIAANAAsgAiABKAIANgIAIAIgASgCBDYCBCACIAEoAgg2AgggAiABKAIMNgIMIAIgASgCEDYCECACIAEoAhQ2AhQgAiABKAIYNgIYIAIgASwAHEHwCGotAABBMHFBwAhqLQAAOgAcIAQgBCgCCCIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZyciIPNgIIIAQgBCgCDCIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZyciIBNgIMIAQgBCgCECIAQRh0IABBgP4DcUEIdHIgAEEIdkGA/gNxIABBGHZyciIANgIQIAQgBCgCFCIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciIGNgIUIAQgBCgCGCIFQRh0IAVBgP4DcUEIdHIgBUEIdkGA/gNxIAVBGHZyciIFNgIYIAQgBCgCHCIHQRh0IAdBgP4DcUEIdHIgB0EIdkGA/gNxIAdBGHZyciIHNgIcAkACQCADDQAgAiAEKQMINwMAIAIgBCkDEDcDCCACIAQpAxg3AxAMAQsgAiAHQT9xQcAIai0AADoAOCACIAZBGnZBwAhqLQAAOgAxIAIgAEE/cUHACGotAAA6ACggAiAPQRp2QcAIai0AADoAISACIAQtAAgiBEECdkHACGotAAA6AB0gAiAHQQ52QTxxQcAIai0AADoAOyACIAdBCnZBP3FBwAhqLQAAOgA5IAIgBUESdkE/cUHACGotAAA6ADUgAiAFQQh2QT9xQcAIai0AADoANCACIAZBEHYiA0E/cUHACGotAAA6ADAgAiAGQfwBcUECdkHACGotAAA6AC0gAiAAQRh2QT9xQcAIai0AADoALCACIABBCnZBP3FBwAhqLQAAOgApIAIgAUESdkE/cUHACGotAAA6ACUgAiABQQh2QT9xQcAIai0AADoAJCACIA9BEHYiEEE/cUHACGotAAA6ACAgAiAHQQZ2QQNxIAVBFnZBPHFyQcAIai0AADoANyACIAVBDHZBMHEgBUEcdnJBwAhqLQAAOgA2IAIgBUECdEE8cSAFQQ52QQNxckHACGotAAA6ADMgAiAFQfABcUEEdiAGQRR2QTBxckHACGotAAA6ADIgAiAGQQR0QTBxIAZBDHZBD3FyQcAIai0AADoALiACIABBDnZBPHEgAEEednJBwAhqLQAAOgArIAIgAEEGdkEDcSABQRZ2QTxxckHACGotAAA6ACcgAiABQQx2QTBxIAFBHHZyQcAIai0AADoAJiACIAFBAnRBPHEgAUEOdkEDcXJBwAhqLQAAOgAjIAIgAUHwAXFBBHYgD0EUdkEwcXJBwAhqLQAAOgAiIAIgBEEEdEEwcSAPQQx2QQ9xckHACGotAAA6AB4gAiAHQRB2QfABcSAHQYAGcXJBBHZBwAhqLQAAOgA6IAIgA0HAAXEgBkGAHnFyQQZ2QcAIai0AADoALyACIABBEHZB8AFxIABBgAZxckEEdkHACGotAAA6ACogAiAQQcABcSAPQYAecXJBBnZBwAhqLQAAOgAfCyACQQA6ADwLC4YGAQZ/IwBB4ABrIgMkAEEAIQQgAEGQK2pBADoAACADQSQ6AEYgAyABQQpuIgBBMGo6AEQgA0Gk5ISjAjYCQCADIABB9gFsIAFqQTByOgBFIANBAC0AgCsiAUECdkHACGotAAA6AEcgA0EALQCCKyIAQT9xQcAIai0AADoASiADQQAtAIMrIgVBAnZBwAhqLQAAOgBLIANBAC0AhSsiBkE/cUHACGotAAA6AE4gA0EALQCBKyIHQQR2IAFBBHRBMHFyQcAIai0AADoASCADIABBBnYgB0ECdEE8cXJBwAhqLQAAOgBJIANBAC0AhCsiAUEEdiAFQQR0QTBxckHACGotAAA6AEwgAyAGQQZ2IAFBAnRBPHFyQcAIai0AADoATSADQQAtAIYrIgFBAnZBwAhqLQAAOgBPIANBAC0AiCsiAEE/cUHACGotAAA6AFIgA0EALQCJKyIFQQJ2QcAIai0AADoAUyADQQAtAIsrIgZBP3FBwAhqLQAAOgBWIANBAC0AjCsiB0ECdkHACGotAAA6AFcgA0EALQCHKyIIQQR2IAFBBHRBMHFyQcAIai0AADoAUCADIABBBnYgCEECdEE8cXJBwAhqLQAAOgBRIANBAC0AiisiAUEEdiAFQQR0QTBxckHACGotAAA6AFQgAyAGQQZ2IAFBAnRBPHFyQcAIai0AADoAVSADQQAtAI0rIgFBBHYgB0EEdEEwcXJBwAhqLQAAOgBYIANBADoAXSADQQAtAI4rIgBBP3FBwAhqLQAAOgBaIANBAC0AjysiBUECdkHACGotAAA6AFsgAyAAQQZ2IAFBAnRBPHFyQcAIai0AADoAWSADIAVBBHRBMHFBwAhqLQAAOgBcQZArIANBwABqIAMgAhABA0AgBEGAK2ogAyAEaiIBLQAAOgAAIARBgStqIAFBAWotAAA6AAAgBEGCK2ogAUECai0AADoAACAEQYMraiABQQNqLQAAOgAAIARBhCtqIAFBBGotAAA6AAAgBEEFaiIEQTxHDQALIANB4ABqJAALhwECAX8IfiMAQcAAayIBJAAgAEG8K2pBADoAAEG8K0GAKyABQQEQAUEAKQOkKyECIAEpAyQhA0EAKQOcKyEEIAEpAxwhBUEAKQOsKyEGIAEpAywhB0EAKQO0KyEIIAEpAzQhCSABQcAAaiQAIAUgBFIgAyACUmogByAGUmpBf0EAIAkgCFIbRgsLxyICAEGACAvwAQIEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQQAAAAAAAAAaHByT0JuYWVsb2hlU3JlZER5cmN0YnVvAAAAAAAAAAAuL0FCQ0RFRkdISUpLTE1OT1BRUlNUVVZXWFlaYWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXowMTIzNDU2Nzg5AAAAAAAAAAAAAAAAAAAAAEBAQEBAQEBAQEBAQEBAAAE2Nzg5Ojs8PT4/QEBAQEBAQAIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobQEBAQEBAHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIzNDVAQEBAQABB8AkLyCCmCzHRrLXfmNty/S+33xrQ7a/huJZ+JmpFkHy6mX8s8UeZoST3bJGz4vIBCBb8joXYIGljaU5XcaP+WKR+PZP0j3SVDVi2jnJYzYtx7koVgh2kVHu1WVrCOdUwnBNg8iojsNHF8IVgKBh5QcrvONu4sNx5jg4YOmCLDp5sPooesMF3FdcnSzG92i+veGBcYFXzJVXmlKtVqmKYSFdAFOhjajnKVbYQqyo0XMy0zuhBEa+GVKGT6XJ8ERTusyq8b2Ndxakr9jEYdBY+XM4ek4ebM7rWr1zPJGyBUzJ6d4aVKJhIjzuvuUtrG+i/xJMhKGbMCdhhkakh+2CsfEgygOxdXV2E77F1hekCIybciBtl64E+iSPFrJbT829tDzlC9IOCRAsuBCCEpErwyGlemx+eQmjGIZps6fZhnAxn8IjTq9KgUWpoL1TYKKcPlqMzUatsC+9u5Dt6E1DwO7qYKvt+HWXxoXYBrzk+WcpmiA5DghmG7oy0n29Fw6WEfb5eizvYdW/gcyDBhZ9EGkCmasFWYqrTTgZ3PzZy3/4bPQKbQiTX0DdIEgrQ0+oP25vA8UnJclMHexuZgNh51CX33uj2GlD+4ztMeba94GyXugbABLZPqcHEYJ9Awp5cXmMkahmvb/totVNsPuuyORNv7FI7H1H8bSyVMJtERYHMCb1erwTQ4779SjPeBygPZrNLLhlXqMvAD3TIRTlfC9Lb+9O5vcB5VQoyYBrGAKHWeXIsQP4ln2fMox/7+OmljvgiMtvfFnU8FWth/cgeUC+rUgWt+rU9MmCHI/1IezFTgt8APrtXXJ6gjG/KLlaHGttpF9/2qELVw/9+KMYyZ6xzVU+MsCdbachYyrtdo//hoBHwuJg9+hC4gyH9bLX8SlvT0S155FOaZUX4trxJjtKQl/tL2vLd4TN+y6RBE/ti6MbkztrKIO8BTHc2/p5+0LQf8StN2tuVmJGQrnGOreqg1ZNr0NGO0OAlx68vWzyOt5R1jvvi9o9kKxLyEriIiBzwDZCgXq1PHMOPaJHxz9GtwaizGCIvL3cXDr7+LXXqoR8Ciw/MoOXodG+11vOsGJniic7gT6i0t+AT/YE7xHzZqK3SZqJfFgV3lYAUc8yTdxQaIWUgreaG+rV39UJUx881nfsMr83roIk+e9MbQdZJfh6uLQ4lAF6zcSC7AGgir+C4V5s2ZCQeuQnwHZFjVaqm31mJQ8F4f1Na2aJbfSDFueUCdgMmg6nPlWJoGcgRQUpzTsotR7NKqRR7UgBRGxUpU5o/Vw/W5MabvHakYCsAdOaBtW+6CB/pG1dr7JbyFdkNKiFlY7a2+bnnLgU0/2RWhcVdLbBToY+fqZlHughqB4Vu6XB6S0Qps7UuCXXbIyYZxLCmbq1936dJuGDunGay7Y9xjKrs/xeaaWxSZFbhnrHCpQI2GSlMCXVAE1mgPjoY5JqYVD9lnUJb1uSPa9Y/95kHnNKh9TDo7+Y4LU3BXSXwhiDdTCbrcITG6YJjXsweAj9raAnJ77o+FBiXPKFwamuENX9ohuKgUgVTnLc3B1CqHIQHPlyu3n/sRH2OuPIWVzfaOrANDFDwBB8c8P+zAAIa9QyusnS1PFh6gyW9IQnc+ROR0fYvqXxzRzKUAUf1IoHl5Trc2sI3NHa1yKfd85pGYUSpDgPQDz7HyOxBHnWkmc044i8O6juhu4AyMbM+GDiLVE4IuW1PAw1Cb78ECvaQErgseXyXJHKweVavia+8H3ea3hAIk9kSrouzLj/P3B9yElUkcWsu5t0aUIfNhJ8YR1h6F9oIdLyan7yMfUvpOux67PodhdtmQwlj0sNkxEcYHO8I2RUyNztD3Ra6wiRDTaESUcRlKgIAlFDd5DoTnvjfcVVOMRDWd6yBmxkRX/FWNQRrx6PXOxgRPAmlJFnt5o/y+vvxlyy/up5uPBUecEXjhrFv6eoKXg6Gsyo+WhznH3f6Bj1OudxlKQ8d55nWiT6AJchmUnjJTC5qsxCcug4Vxnjq4pRTPPyl9C0KHqdO9/I9Kx02DyY5GWB5whkIpyNSthIT927+retmH8PqlUW844PIe6bRN3+xKP+MAe/dMsOlWmy+hSFYZQKYq2gPpc7uO5Uv26197yqEL25bKLYhFXBhByl1R93sEBWfYTCozBOWvWHrHv40A89jA6qQXHO1OaJwTAuentUU3qrLvIbM7qcsYmCrXKucboTzsq8ei2TK8L0ZuWkjoFC7WmUyWmhAs7QqPNXpnjH3uCHAGQtUm5mgX4d+mfeVqH09YpqIN/h3LeOXX5PtEYESaBYpiDUO1h/mx6Hf3paZulh4pYT1V2NyIhv/w4OblkbCGusKs81UMC5T5EjZjygxvG3v8utY6v/GNGHtKP5zPHzu2RRKXeO3ZOgUXRBC4BM+ILbi7kXqq6qjFU9s29BPy/pC9ELHtbtq7x07T2UFIc1Bnnke2MdNhYZqR0vkUGKBPfKhYs9GJo1boIOI/KO2x8HDJBV/knTLaQuKhEeFspJWAL9bCZ1IGa10sWIUAA6CIyqNQljq9VUMPvStHWFwPyOS8HIzQX6TjfHsX9bbOyJsWTfefGB07sun8oVAbjJ3zoSAB6aeUPgZVdjv6DWX2WGqp2mpwgYMxfyrBFrcyguALnpEnoQ0RcMFZ9X9yZ4eDtPbc9vNiFUQedpfZ0BDZ+NlNMTF2Dg+cZ74KD0g/23x5yE+FUo9sI8rn+Pm962D22haPen3QIGUHCZM9jQpaZT3IBVB99QCdi5r9LxoAKLUcSQI1Gr0IDO31LdDr2EAUC72OR5GRSSXdE8hFECIi78d/JVNr5G1ltPd9HBFL6Bm7Am8v4WXvQPQbax/BIXLMbMn65ZBOf1V5kcl2poKyqsleFAo9CkEU9qGLAr7bbbpYhTcaABpSNekwA5o7o2hJ6L+P0+MrYfoBuCMtbbW9Hp8Hs6q7F8305mjeM5CKmtANZ7+ILmF89mr1znui04SO/f6yR1WGG1LMWajJrKX4+p0+m46MkNb3ffnQWj7IHjKTvUK+5ez/tisVkBFJ5VIujo6U1WHjYMgt6lr/kuVltC8Z6hVWJoVoWMpqcwz2+GZVkoqpvklMT8cfvRefDEpkALo+P1wLycEXBW7gOMsKAVIFcGVIm3G5D8TwUjchg/H7sn5Bw8fBEGkeUdAF26IXetRXzLRwJvVj8G88mQ1EUE0eHslYJwqYKPo+N8bbGMfwrQSDp4y4QLRT2avFYHRyuCVI2vhkj4zYgskOyK5vu4OorKFmQ265owMct4o96ItRXgS0P2Ut5ViCH1k8PXM52+jSVT6SH2HJ/2dwx6NPvNBY0cKdP8umatubzo3/fj0YNwSqPjd66FM4RuZDWtu2xBVe8Y3LGdtO9RlJwTo0NzHDSnxo/8AzJIPObUL7Q9p+597Zpx9284Lz5Ggo14V2YgvE7skrVtRv3mUe+vWO3azLjk3eVkRzJfiJoAtMS70p61CaDsrasbMTHUSHPEueDdCEmrnUZK35ruhBlBj+0sYEGsa+u3KEdi9JT3Jw+HiWRZCRIYTEgpu7AzZKuqr1U5nr2RfqIbaiOm/vv7D5GRXgLydhsD38Ph7eGBNYANgRoP90bAfOPYErkV3zPw21zNrQoNxqx7wh0GAsF9eADy+V6B3JK7ovZlCRlVhLli/j/RYTqL93fI473T0wr2Jh8P5ZlN0jrPIVfJ1tLnZ/EZhJut6hN8di3kOaoTilV+RjlluRnBXtCCRVdWMTN4CyeGsC7nQBYK7SGKoEZ6pdHW2GX+3Cdyp4KEJLWYzRjLEAh9a6Iy+8AkloJlKEP5uHR09uRrfpKULD/KGoWnxaCiD2rfc/gY5V5vO4qFSf81PAV4RUPqDBqfEtQKgJ9DmDSeM+JpBhj93Bkxgw7UGqGEoehfw4Ib1wKpYYABifdww157mEWPqOCOU3cJTNBbCwlbuy7vetryQoX3863YdWc4J5AVviAF8Sz0KcjkkfJJ8X3LjhrmdTXK0W8Ea/Lie03hVVO21pfwI03w92MQPrU1e71Ae+OZhsdkUhaI8E1Fs58fVb8RO4VbOvyo2N8jG3TQymtcSgmOSjvoOZ+AAYEA3zjk6z/X60zd3wqsbLcVanmewXEI3o09AJ4LTvpu8mZ2OEdUVcw+/fhwt1nvEAMdrG4y3RZChIb6xbrK0bjZqL6tIV3lulLzSdqPGyMJJZe74D1N93o1GHQpz1cZN0EzbuzkpUEa6qegmlawE416+8NX6oZpRLWrijO9jIu6GmrjCicD2LiRDqgMepaTQ8py6YcCDTWrpm1AV5Y/WW2S6+aImKOE6OqeGlalL6WJV79PvL8fa91L3aW8EP1kK+ncVqeSAAYawh63mCZuT5T47Wv2Q6ZfXNJ7Zt/AsUYsrAjqs1ZZ9pn0B1j7P0SgtfXzPJZ8fm7jyrXK01lpM9Yhacawp4OalGeD9rLBHm/qT7Y3E0+jMVzsoKWbV+CguE3mRAV94VWB17UQOlveMXtPj1G0FFbpt9IglYaEDvfBkBRWe68OiV5A87BonlyoHOqmbbT8b9SFjHvtmnPUZ89wmKNkzdfX9VbGCNFYDuzy6ihF3USj42QrCZ1HMq1+SrcxRF+hNjtwwOGJYnTeR+SCTwpB66s57PvtkziFRMr5Pd37jtqhGPSnDaVPeSIDmE2QQCK6iJLJt3f0thWlmIQcJCkaas93ARWTP3mxYrsggHN33vltAjVgbfwHSzLvjtGt+aqLdRf9ZOkQKNT7VzbS8qM7qcruEZPquEmaNR288v2Pkm9KeXS9UG3fCrnBjTvaNDQ50VxNb53EWcvhdfVOvCMtAQMzitE5qRtI0hK8VASgEsOEdOpiVtJ+4Bkigbs6COz9vgqsgNUsdGgH4J3InsWAVYdw/k+creTq7vSVFNOE5iKBLec5Rt8kyL8m6H6B+yBzg9tHHvMMRAc/HquihSYeQGpq9T9TL3trQONoK1SrDOQNnNpHGfDH5jU8rseC3WZ73Orv1Q/8Z1fKcRdknLCKXvyr85hVx/JEPJRWUm2GT5frrnLbOWWSowtGouhJeB8G2DGoF42VQ0hBCpAPLDm7s4DvbmBa+oJhMZOl4MjKVH5/fktPgKzSg0x7ycYlBdAobjDSjSyBxvsXYMnbDjZ813y4vmZtHbwvmHfHjD1TaTOWR2Noez3lizm9+Ps1msRgWBR0s/cXSj4SZIvv2V/Mj9SN2MqYxNaiTAs3MVmKB8Ky163ValzYWbsxz0oiSYpbe0Em5gRuQUEwUVsZxvcfG5goUejIG0OFFmnvyw/1TqskAD6hi4r8lu/bSvTUFaRJxIgIEsnzPy7YrnHbNwD4RU9PjQBZgvas48K1HJZwgOLp2zkb3xaGvd2BgdSBO/suF2I3oirD5qnp+qvlMXMJIGYyK+wLkasMB+eHr1mn41JCg3lymLSUJP5/mCMIyYU63W+J3zuPfj1fmcsM6iGo/JNMIo4UuihkTRHNwAyI4CaTQMZ8pmPouCIlsTuzmIShFdxPQOM9mVL5sDOk0tymswN1QfMm11YQ/FwlHtdnVFpIb+3mJ";
    var hash$2 = "8bd8822d";
    var wasmJson$2 = {
    	name: name$2,
    	data: data$2,
    	hash: hash$2
    };

    function bcryptInternal(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const { costFactor, password, salt } = options;
            const bcryptInterface = yield WASMInterface(wasmJson$2, 0);
            bcryptInterface.writeMemory(getUInt8Buffer(salt), 0);
            const passwordBuffer = getUInt8Buffer(password);
            bcryptInterface.writeMemory(passwordBuffer, 16);
            const shouldEncode = options.outputType === "encoded" ? 1 : 0;
            bcryptInterface
                .getExports()
                .bcrypt(passwordBuffer.length, costFactor, shouldEncode);
            const memory = bcryptInterface.getMemory();
            if (options.outputType === "encoded") {
                return intArrayToString(memory, 60);
            }
            if (options.outputType === "hex") {
                const digestChars = new Uint8Array(24 * 2);
                return getDigestHex(digestChars, memory, 24);
            }
            // return binary format
            // the data is copied to allow GC of the original memory buffer
            return memory.slice(0, 24);
        });
    }
    const validateOptions = (options) => {
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (!Number.isInteger(options.costFactor) ||
            options.costFactor < 4 ||
            options.costFactor > 31) {
            throw new Error("Cost factor should be a number between 4 and 31");
        }
        options.password = getUInt8Buffer(options.password);
        if (options.password.length < 1) {
            throw new Error("Password should be at least 1 byte long");
        }
        if (options.password.length > 72) {
            throw new Error("Password should be at most 72 bytes long");
        }
        options.salt = getUInt8Buffer(options.salt);
        if (options.salt.length !== 16) {
            throw new Error("Salt should be 16 bytes long");
        }
        if (options.outputType === undefined) {
            options.outputType = "encoded";
        }
        if (!["hex", "binary", "encoded"].includes(options.outputType)) {
            throw new Error(`Insupported output type ${options.outputType}. Valid values: ['hex', 'binary', 'encoded']`);
        }
    };
    /**
     * Calculates hash using the bcrypt password-hashing function
     * @returns Computed hash
     */
    function bcrypt(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateOptions(options);
            return bcryptInternal(options);
        });
    }
    const validateHashCharacters = (hash) => {
        if (!/^\$2[axyb]\$[0-3][0-9]\$[./A-Za-z0-9]{53}$/.test(hash)) {
            return false;
        }
        if (hash[4] === "0" && Number(hash[5]) < 4) {
            return false;
        }
        if (hash[4] === "3" && Number(hash[5]) > 1) {
            return false;
        }
        return true;
    };
    const validateVerifyOptions = (options) => {
        if (!options || typeof options !== "object") {
            throw new Error("Invalid options parameter. It requires an object.");
        }
        if (options.hash === undefined || typeof options.hash !== "string") {
            throw new Error("Hash should be specified");
        }
        if (options.hash.length !== 60) {
            throw new Error("Hash should be 60 bytes long");
        }
        if (!validateHashCharacters(options.hash)) {
            throw new Error("Invalid hash");
        }
        options.password = getUInt8Buffer(options.password);
        if (options.password.length < 1) {
            throw new Error("Password should be at least 1 byte long");
        }
        if (options.password.length > 72) {
            throw new Error("Password should be at most 72 bytes long");
        }
    };
    /**
     * Verifies password using bcrypt password-hashing function
     * @returns True if the encoded hash matches the password
     */
    function bcryptVerify(options) {
        return __awaiter(this, void 0, void 0, function* () {
            validateVerifyOptions(options);
            const { hash, password } = options;
            const bcryptInterface = yield WASMInterface(wasmJson$2, 0);
            bcryptInterface.writeMemory(getUInt8Buffer(hash), 0);
            const passwordBuffer = getUInt8Buffer(password);
            bcryptInterface.writeMemory(passwordBuffer, 60);
            return !!bcryptInterface.getExports().bcrypt_verify(passwordBuffer.length);
        });
    }

    var name$1 = "whirlpool";
    var data$1 = "AGFzbQEAAAABEQRgAAF/YAF/AGACf38AYAAAAwkIAAECAwEDAAEFBAEBAgIGDgJ/AUHQmwULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAMLSGFzaF9VcGRhdGUABApIYXNoX0ZpbmFsAAUNSGFzaF9HZXRTdGF0ZQAGDkhhc2hfQ2FsY3VsYXRlAAcKU1RBVEVfU0laRQMBCu0bCAUAQYAZC8wGAQl+IAApAwAhAUEAQQApA4CbASICNwPAmQEgACkDGCEDIAApAxAhBCAAKQMIIQVBAEEAKQOYmwEiBjcD2JkBQQBBACkDkJsBIgc3A9CZAUEAQQApA4ibASIINwPImQFBACABIAKFNwOAmgFBACAFIAiFNwOImgFBACAEIAeFNwOQmgFBACADIAaFNwOYmgEgACkDICEDQQBBACkDoJsBIgE3A+CZAUEAIAMgAYU3A6CaASAAKQMoIQRBAEEAKQOomwEiAzcD6JkBQQAgBCADhTcDqJoBIAApAzAhBUEAQQApA7CbASIENwPwmQFBACAFIASFNwOwmgEgACkDOCEJQQBBACkDuJsBIgU3A/iZAUEAIAkgBYU3A7iaAUEAQpjGmMb+kO6AzwA3A4CZAUHAmQFBgJkBEAJBgJoBQcCZARACQQBCtszKrp/v28jSADcDgJkBQcCZAUGAmQEQAkGAmgFBwJkBEAJBAELg+O70uJTDvTU3A4CZAUHAmQFBgJkBEAJBgJoBQcCZARACQQBCncDfluzlkv/XADcDgJkBQcCZAUGAmQEQAkGAmgFBwJkBEAJBAEKV7t2p/pO8pVo3A4CZAUHAmQFBgJkBEAJBgJoBQcCZARACQQBC2JKn0ZCW6LWFfzcDgJkBQcCZAUGAmQEQAkGAmgFBwJkBEAJBAEK9u8Ggv9nPgucANwOAmQFBwJkBQYCZARACQYCaAUHAmQEQAkEAQuTPhNr4tN/KWDcDgJkBQcCZAUGAmQEQAkGAmgFBwJkBEAJBAEL73fOz1vvFo55/NwOAmQFBwJkBQYCZARACQYCaAUHAmQEQAkEAQsrb/L3Q1dbBMzcDgJkBQcCZAUGAmQEQAkGAmgFBwJkBEAJBACACQQApA4CaASAAKQMAhYU3A4CbAUEAIAhBACkDiJoBIAApAwiFhTcDiJsBQQAgB0EAKQOQmgEgACkDEIWFNwOQmwFBACAGQQApA5iaASAAKQMYhYU3A5ibAUEAIAFBACkDoJoBIAApAyCFhTcDoJsBQQAgA0EAKQOomgEgACkDKIWFNwOomwFBACAEQQApA7CaASAAKQMwhYU3A7CbAUEAIAVBACkDuJoBIAApAziFhTcDuJsBC4YMCgF+AX8BfgF/AX4BfwF+AX8EfgN/IAAgACkDACICpyIDQf8BcUEDdEGQCGopAwBCOIkgACkDOCIEpyIFQQV2QfgPcUGQCGopAwCFQjiJIAApAzAiBqciB0ENdkH4D3FBkAhqKQMAhUI4iSAAKQMoIginIglBFXZB+A9xQZAIaikDAIVCOIkgACkDICIKQiCIp0H/AXFBA3RBkAhqKQMAhUI4iSAAKQMYIgtCKIinQf8BcUEDdEGQCGopAwCFQjiJIAApAxAiDEIwiKdB/wFxQQN0QZAIaikDAIVCOIkgACkDCCINQjiIp0EDdEGQCGopAwCFQjiJIAEpAwCFNwMAIAAgDaciDkH/AXFBA3RBkAhqKQMAQjiJIANBBXZB+A9xQZAIaikDAIVCOIkgBUENdkH4D3FBkAhqKQMAhUI4iSAHQRV2QfgPcUGQCGopAwCFQjiJIAhCIIinQf8BcUEDdEGQCGopAwCFQjiJIApCKIinQf8BcUEDdEGQCGopAwCFQjiJIAtCMIinQf8BcUEDdEGQCGopAwCFQjiJIAxCOIinQQN0QZAIaikDAIVCOIkgASkDCIU3AwggACAMpyIPQf8BcUEDdEGQCGopAwBCOIkgDkEFdkH4D3FBkAhqKQMAhUI4iSADQQ12QfgPcUGQCGopAwCFQjiJIAVBFXZB+A9xQZAIaikDAIVCOIkgBkIgiKdB/wFxQQN0QZAIaikDAIVCOIkgCEIoiKdB/wFxQQN0QZAIaikDAIVCOIkgCkIwiKdB/wFxQQN0QZAIaikDAIVCOIkgC0I4iKdBA3RBkAhqKQMAhUI4iSABKQMQhTcDECAAIAunIhBB/wFxQQN0QZAIaikDAEI4iSAPQQV2QfgPcUGQCGopAwCFQjiJIA5BDXZB+A9xQZAIaikDAIVCOIkgA0EVdkH4D3FBkAhqKQMAhUI4iSAEQiCIp0H/AXFBA3RBkAhqKQMAhUI4iSAGQiiIp0H/AXFBA3RBkAhqKQMAhUI4iSAIQjCIp0H/AXFBA3RBkAhqKQMAhUI4iSAKQjiIp0EDdEGQCGopAwCFQjiJIAEpAxiFNwMYIAAgCqciA0H/AXFBA3RBkAhqKQMAQjiJIBBBBXZB+A9xQZAIaikDAIVCOIkgD0ENdkH4D3FBkAhqKQMAhUI4iSAOQRV2QfgPcUGQCGopAwCFQjiJIAJCIIinQf8BcUEDdEGQCGopAwCFQjiJIARCKIinQf8BcUEDdEGQCGopAwCFQjiJIAZCMIinQf8BcUEDdEGQCGopAwCFQjiJIAhCOIinQQN0QZAIaikDAIVCOIkgASkDIIU3AyAgACAJQf8BcUEDdEGQCGopAwBCOIkgA0EFdkH4D3FBkAhqKQMAhUI4iSAQQQ12QfgPcUGQCGopAwCFQjiJIA9BFXZB+A9xQZAIaikDAIVCOIkgDUIgiKdB/wFxQQN0QZAIaikDAIVCOIkgAkIoiKdB/wFxQQN0QZAIaikDAIVCOIkgBEIwiKdB/wFxQQN0QZAIaikDAIVCOIkgBkI4iKdBA3RBkAhqKQMAhUI4iSABKQMohTcDKCAAIAdB/wFxQQN0QZAIaikDAEI4iSAJQQV2QfgPcUGQCGopAwCFQjiJIANBDXZB+A9xQZAIaikDAIVCOIkgEEEVdkH4D3FBkAhqKQMAhUI4iSAMQiCIp0H/AXFBA3RBkAhqKQMAhUI4iSANQiiIp0H/AXFBA3RBkAhqKQMAhUI4iSACQjCIp0H/AXFBA3RBkAhqKQMAhUI4iSAEQjiIp0EDdEGQCGopAwCFQjiJIAEpAzCFNwMwIAAgBUH/AXFBA3RBkAhqKQMAQjiJIAdBBXZB+A9xQZAIaikDAIVCOIkgCUENdkH4D3FBkAhqKQMAhUI4iSADQRV2QfgPcUGQCGopAwCFQjiJIAtCIIinQf8BcUEDdEGQCGopAwCFQjiJIAxCKIinQf8BcUEDdEGQCGopAwCFQjiJIA1CMIinQf8BcUEDdEGQCGopAwCFQjiJIAJCOIinQQN0QZAIaikDAIVCOIkgASkDOIU3AzgLXABBAEIANwPImwFBAEIANwO4mwFBAEIANwOwmwFBAEIANwOomwFBAEIANwOgmwFBAEIANwOYmwFBAEIANwOQmwFBAEIANwOImwFBAEIANwOAmwFBAEEANgLAmwELxgMBB39BACEBQQBBACkDyJsBIACtfDcDyJsBAkBBACgCwJsBIgJFDQBBACEBAkAgAiAAaiIDQcAAIANBwABJGyIEIAJB/wFxIgVNDQAgBCAFayIBQQNxIQYCQAJAIAQgBUF/c2pBA08NAEEAIQEMAQsgAUF8cSEHQQAhAQNAIAUgAWoiAkHAmgFqIAFBgBlqLQAAOgAAIAJBwZoBaiABQYEZai0AADoAACACQcKaAWogAUGCGWotAAA6AAAgAkHDmgFqIAFBgxlqLQAAOgAAIAcgAUEEaiIBRw0ACyAFIAFqIgUhAgsgBkUNACACQf8BcUEBaiECA0AgBUHAmgFqIAFBgBlqLQAAOgAAIAIiBUEBaiECIAFBAWohASAFIQUgBkF/aiIGDQALCwJAIANBP00NAEHAmgEQAUEAIQQLQQAgBDYCwJsBCwJAIAAgAWsiAkHAAEkNAANAIAFBgBlqEAEgAUHAAGohASACQUBqIgJBP0sNAAsLAkAgASAARg0AQQAgAjYCwJsBIAJFDQBBACECQQAhBQNAIAJBwJoBaiACIAFqQYAZai0AADoAAEEAKALAmwEgBUEBaiIFQf8BcSICSw0ACwsL/wMCBH8BfiMAQcAAayIAJAAgAEE4akIANwMAIABBMGpCADcDACAAQShqQgA3AwAgAEEgakIANwMAIABBGGpCADcDACAAQRBqQgA3AwAgAEIANwMIIABCADcDAEEAIQECQAJAQQAoAsCbASICRQ0AQQAhAwNAIAAgAWogAUHAmgFqLQAAOgAAIAFBAWohASACIANBAWoiA0H/AXFLDQALQQAgAkEBajYCwJsBIAAgAmpBgAE6AAAgAkFgcUEgRw0BIAAQASAAQgA3AxggAEIANwMQIABCADcDCCAAQgA3AwAMAQtBAEEBNgLAmwEgAEGAAToAAAtBACkDyJsBIQRBAEIANwPImwEgAEEAOgA2IABBADYBMiAAQgA3ASogAEEAOgApIABCADcAISAAQQA6ACAgACAEQgWIPAA+IAAgBEINiDwAPSAAIARCFYg8ADwgACAEQh2IPAA7IAAgBEIliDwAOiAAIARCLYg8ADkgACAEQjWIPAA4IAAgBEI9iDwANyAAIASnQQN0OgA/IAAQAUEAQQApA4CbATcDgBlBAEEAKQOImwE3A4gZQQBBACkDkJsBNwOQGUEAQQApA5ibATcDmBlBAEEAKQOgmwE3A6AZQQBBACkDqJsBNwOoGUEAQQApA7CbATcDsBlBAEEAKQO4mwE3A7gZIABBwABqJAALBgBBwJoBC2IAQQBCADcDyJsBQQBCADcDuJsBQQBCADcDsJsBQQBCADcDqJsBQQBCADcDoJsBQQBCADcDmJsBQQBCADcDkJsBQQBCADcDiJsBQQBCADcDgJsBQQBBADYCwJsBIAAQBBAFCwuYEAEAQYAIC5AQkAAAAAAAAAAAAAAAAAAAABgYYBjAeDDYIyOMIwWvRibGxj/GfvmRuOjoh+gTb837h4cmh0yhE8u4uNq4qWJtEQEBBAEIBQIJT08hT0Jung02Ntg2re5sm6amoqZZBFH/0tJv0t69uQz19fP1+wb3Dnl5+XnvgPKWb2+hb1/O3jCRkX6R/O8/bVJSVVKqB6T4YGCdYCf9wEe8vMq8iXZlNZubVpuszSs3jo4CjgSMAYqjo7ajcRVb0gwMMAxgPBhse3vxe/+K9oQ1NdQ1teFqgB0ddB3oaTr14OCn4FNH3bPX13vX9qyzIcLCL8Je7ZmcLi64Lm2WXENLSzFLYnqWKf7+3/6jIeFdV1dBV4IWrtUVFVQVqEEqvXd3wXeftu7oNzfcN6XrbpLl5bPle1bXnp+fRp+M2SMT8PDn8NMX/SNKSjVKan+UINraT9qelalEWFh9WPolsKLJyQPJBsqPzykppClVjVJ8CgooClAiFFqxsf6x4U9/UKCguqBpGl3Ja2uxa3/a1hSFhS6FXKsX2b29zr2Bc2c8XV1pXdI0uo8QEEAQgFAgkPT09/TzA/UHy8sLyxbAi90+Pvg+7cZ80wUFFAUoEQotZ2eBZx/mznjk5Lfkc1PVlycnnCclu04CQUEZQTJYgnOLixaLLJ0Lp6enpqdRAVP2fX3pfc+U+rKVlW6V3Ps3SdjYR9iOn61W+/vL+4sw63Du7p/uI3HBzXx87XzHkfi7ZmaFZhfjzHHd3VPdpo6nexcXXBe4Sy6vR0cBRwJGjkWenkKehNwhGsrKD8oexYnULS20LXWZWli/v8a/kXljLgcHHAc4Gw4/ra2OrQEjR6xaWnVa6i+0sIODNoNstRvvMzPMM4X/ZrZjY5FjP/LGXAICCAIQCgQSqqqSqjk4SZNxcdlxr6ji3sjIB8gOz43GGRlkGch9MtFJSTlJcnCSO9nZQ9mGmq9f8vLv8sMd+THj46vjS0jbqFtbcVviKra5iIgaiDSSDbyamlKapMgpPiYmmCYtvkwLMjLIMo36ZL+wsPqw6Up9Wenpg+kbas/yDw88D3gzHnfV1XPV5qa3M4CAOoB0uh30vr7Cvpl8YSfNzRPNJt6H6zQ00DS95GiJSEg9SHp1kDL//9v/qyTjVHp69Xr3j/SNkJB6kPTqPWRfX2Ffwj6+nSAggCAdoEA9aGi9aGfV0A8aGmga0HI0yq6ugq4ZLEG3tLTqtMledX1UVE1UmhmozpOTdpPs5Tt/IiKIIg2qRC9kZI1kB+nIY/Hx4/HbEv8qc3PRc7+i5swSEkgSkFokgkBAHUA6XYB6CAggCEAoEEjDwyvDVuiblezsl+wze8Xf29tL25aQq02hob6hYR9fwI2NDo0cgweRPT30PfXJesiXl2aXzPEzWwAAAAAAAAAAz88bzzbUg/krK6wrRYdWbnZ2xXaXs+zhgoIygmSwGebW1n/W/qmxKBsbbBvYdzbDtbXutcFbd3Svr4avESlDvmpqtWp339QdUFBdULoNoOpFRQlFEkyKV/Pz6/PLGPs4MDDAMJ3wYK3v75vvK3TDxD8//D/lw37aVVVJVZIcqseiorKieRBZ2+rqj+oDZcnpZWWJZQ/symq6utK6uWhpAy8vvC9lk15KwMAnwE7nnY7e3l/evoGhYBwccBzgbDj8/f3T/bsu50ZNTSlNUmSaH5KScpLk4Dl2dXXJdY+86voGBhgGMB4MNoqKEookmAmusrLysvlAeUvm5r/mY1nRhQ4OOA5wNhx+Hx98H/hjPudiYpViN/fEVdTUd9Tuo7U6qKiaqCkyTYGWlmKWxPQxUvn5w/mbOu9ixcUzxWb2l6MlJZQlNbFKEFlZeVnyILKrhIQqhFSuFdByctVyt6fkxTk55DnV3XLsTEwtTFphmBZeXmVeyju8lHh4/XjnhfCfODjgON3YcOWMjAqMFIYFmNHRY9HGsr8XpaWupUELV+Ti4q/iQ03ZoWFhmWEv+MJOs7P2s/FFe0IhIYQhFaVCNJycSpyU1iUIHh54HvBmPO5DQxFDIlKGYcfHO8d2/JOx/PzX/LMr5U8EBBAEIBQIJFFRWVGyCKLjmZlembzHLyVtbaltT8TaIg0NNA1oORpl+vrP+oM16Xnf31vftoSjaX5+5X7Xm/ypJCSQJD20SBk7O+w7xdd2/qurlqsxPUuazs4fzj7RgfAREUQRiFUimY+PBo8MiQODTk4lTkprnAS3t+a30VFzZuvri+sLYMvgPDzwPP3MeMGBgT6BfL8f/ZSUapTU/jVA9/f79+sM8xy5ud65oWdvGBMTTBOYXyaLLCywLH2cWFHT02vT1ri7Befnu+drXNOMbm6lblfL3DnExDfEbvOVqgMDDAMYDwYbVlZFVooTrNxERA1EGkmIXn9/4X/fnv6gqameqSE3T4gqKqgqTYJUZ7u71ruxbWsKwcEjwUbin4dTU1FTogKm8dzcV9yui6VyCwssC1gnFlOdnU6dnNMnAWxsrWxHwdgrMTHEMZX1YqR0dM10h7no8/b2//bjCfEVRkYFRgpDjEysrIqsCSZFpYmJHok8lw+1FBRQFKBEKLTh4aPhW0LfuhYWWBawTiymOjroOs3SdPdpablpb9DSBgkJJAlILRJBcHDdcKet4Ne2tuK22VRxb9DQZ9DOt70e7e2T7Tt+x9bMzBfMLtuF4kJCFUIqV4RomJhamLTCLSykpKqkSQ5V7SgooChdiFB1XFxtXNoxuIb4+Mf4kz/ta4aGIoZEpBHC";
    var hash$1 = "8d8f6035";
    var wasmJson$1 = {
    	name: name$1,
    	data: data$1,
    	hash: hash$1
    };

    const mutex$1 = new Mutex();
    let wasmCache$1 = null;
    /**
     * Calculates Whirlpool hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function whirlpool(data) {
        if (wasmCache$1 === null) {
            return lockedCreate(mutex$1, wasmJson$1, 64).then((wasm) => {
                wasmCache$1 = wasm;
                return wasmCache$1.calculate(data);
            });
        }
        try {
            const hash = wasmCache$1.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new Whirlpool hash instance
     */
    function createWhirlpool() {
        return WASMInterface(wasmJson$1, 64).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 64,
            };
            return obj;
        });
    }

    var name = "sm3";
    var data = "AGFzbQEAAAABDANgAAF/YAAAYAF/AAMIBwABAgIBAAIFBAEBAgIGDgJ/AUHwiQULfwBBgAgLB3AIBm1lbW9yeQIADkhhc2hfR2V0QnVmZmVyAAAJSGFzaF9Jbml0AAELSGFzaF9VcGRhdGUAAgpIYXNoX0ZpbmFsAAQNSGFzaF9HZXRTdGF0ZQAFDkhhc2hfQ2FsY3VsYXRlAAYKU1RBVEVfU0laRQMBCtodBwUAQYAJC1EAQQBCzdy3nO7Jw/2wfzcCoIkBQQBCvOG8y6qVzpgWNwKYiQFBAELXhZG5gcCBxVo3ApCJAUEAQu+sgJyX16yKyQA3AoiJAUEAQgA3AoCJAQvvAwEIfwJAIABFDQBBACEBQQBBACgCgIkBIgIgAGoiAzYCgIkBIAJBP3EhBAJAIAMgAk8NAEEAQQAoAoSJAUEBajYChIkBC0GACSECAkAgBEUNAAJAIABBwAAgBGsiBU8NACAEIQEMAQsgBEE/cyEGIARBqIkBaiECQYAJIQMCQAJAIAVBB3EiBw0AIAUhCAwBCyAHIQgDQCACIAMtAAA6AAAgAkEBaiECIANBAWohAyAIQX9qIggNAAtBwAAgByAEamshCAsCQCAGQQdJDQADQCACIAMpAAA3AAAgAkEIaiECIANBCGohAyAIQXhqIggNAAsLQaiJARADIAVBgAlqIQIgACAFayEACwJAIABBwABJDQADQCACEAMgAkHAAGohAiAAQUBqIgBBP0sNAAsLIABFDQAgAUGoiQFqIQMCQAJAIABBB3EiCA0AIAAhBAwBCyAAQThxIQQDQCADIAItAAA6AAAgA0EBaiEDIAJBAWohAiAIQX9qIggNAAsLIABBCEkNAANAIAMgAi0AADoAACADIAItAAE6AAEgAyACLQACOgACIAMgAi0AAzoAAyADIAItAAQ6AAQgAyACLQAFOgAFIAMgAi0ABjoABiADIAItAAc6AAcgA0EIaiEDIAJBCGohAiAEQXhqIgQNAAsLC+wLARl/IwBBkAJrIgEkACABIAAoAhgiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiAzYCGCABIAAoAhQiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiBDYCFCABIAAoAggiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiBTYCCCABIAAoAhAiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiBjYCECABIAAoAiAiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiBzYCICABIAAoAgQiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiCDYCBCABIAAoAgwiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiCTYCDCABIAAoAhwiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiCjYCHCABIAAoAgAiAkEYdCACQYD+A3FBCHRyIAJBCHZBgP4DcSACQRh2cnIiCzYCACAAKAIkIQIgASAAKAI0IgxBGHQgDEGA/gNxQQh0ciAMQQh2QYD+A3EgDEEYdnJyIg02AjQgASAAKAIoIgxBGHQgDEGA/gNxQQh0ciAMQQh2QYD+A3EgDEEYdnJyIg42AiggASALIA1BD3dzIApzIgxBF3cgDEEPd3MgCUEHd3MgDnMgDHMiCjYCQCABIAAoAjgiDEEYdCAMQYD+A3FBCHRyIAxBCHZBgP4DcSAMQRh2cnIiCzYCOCABIAAoAiwiDEEYdCAMQYD+A3FBCHRyIAxBCHZBgP4DcSAMQRh2cnIiDzYCLCABIAggC0EPd3MgB3MiDEEXdyAMQQ93cyAGQQd3cyAPcyAMczYCRCABIAAoAjwiDEEYdCAMQYD+A3FBCHRyIAxBCHZBgP4DcSAMQRh2cnIiDDYCPCABIAJBGHQgAkGA/gNxQQh0ciACQQh2QYD+A3EgAkEYdnJyIgI2AiQgASAAKAIwIgBBGHQgAEGA/gNxQQh0ciAAQQh2QYD+A3EgAEEYdnJyIgY2AjAgASAFIAxBD3dzIAJzIgBBF3cgAEEPd3MgBEEHd3MgBnMgAHM2AkggASAOIApBD3dzIAlzIgBBF3cgAEEPd3MgA0EHd3MgDXMgAHM2AkxBACEGQSAhByABIQxBACgCiIkBIhAhCUEAKAKkiQEiESEPQQAoAqCJASISIQ1BACgCnIkBIhMhCEEAKAKYiQEiFCEOQQAoApSJASIVIRZBACgCkIkBIhchA0EAKAKMiQEiGCELA0AgCCAOIgJzIA0iBHMgD2ogCSIAQQx3Ig0gAmpBmYqxzgcgB3ZBmYqxzgcgBnRyakEHdyIPaiAMKAIAIhlqIglBEXcgCUEJd3MgCXMhDiADIgUgC3MgAHMgFmogDyANc2ogDEEQaigCACAZc2ohCSAMQQRqIQwgB0F/aiEHIAhBE3chDSALQQl3IQMgBCEPIAIhCCAFIRYgACELIAZBAWoiBkEQRw0AC0EAIQZBECEHA0AgASAGaiIMQdAAaiAMQThqKAIAIAxBLGooAgAgDEEQaigCAHMgDEHEAGooAgAiFkEPd3MiCEEXd3MgCEEPd3MgDEEcaigCAEEHd3MgCHMiGTYCACANIg8gDiIMQX9zcSACIAxxciAEaiAJIghBDHciDSAMakGKu57UByAHd2pBB3ciBGogCmoiCUERdyAJQQl3cyAJcyEOIAggAyILIABycSALIABxciAFaiAEIA1zaiAZIApzaiEJIAZBBGohBiACQRN3IQ0gAEEJdyEDIBYhCiAPIQQgDCECIAshBSAIIQAgB0EBaiIHQcAARw0AC0EAIA8gEXM2AqSJAUEAIA0gEnM2AqCJAUEAIAwgE3M2ApyJAUEAIA4gFHM2ApiJAUEAIAsgFXM2ApSJAUEAIAMgF3M2ApCJAUEAIAggGHM2AoyJAUEAIAkgEHM2AoiJASABQZACaiQAC4ILAQp/IwBBEGsiACQAIABBACgCgIkBIgFBG3QgAUELdEGAgPwHcXIgAUEFdkGA/gNxIAFBA3RBGHZycjYCDCAAQQAoAoSJASICQQN0IgMgAUEddnIiBEEYdCAEQYD+A3FBCHRyIAJBBXZBgP4DcSADQRh2cnI2AggCQEE4QfgAIAFBP3EiBUE4SRsgBWsiA0UNAEEAIAMgAWoiATYCgIkBAkAgASADTw0AQQAgAkEBajYChIkBC0GQCCEBQQAhBgJAIAVFDQACQCADQcAAIAVrIgdPDQAgBSEGDAELIAVBP3MhCCAFQaiJAWohAUGQCCECAkACQCAHQQdxIgkNACAHIQQMAQsgCSEEA0AgASACLQAAOgAAIAFBAWohASACQQFqIQIgBEF/aiIEDQALQcAAIAkgBWprIQQLAkAgCEEHSQ0AA0AgASACKQAANwAAIAFBCGohASACQQhqIQIgBEF4aiIEDQALC0GoiQEQAyAHQZAIaiEBIAMgB2shAwsCQCADQcAASQ0AA0AgARADIAFBwABqIQEgA0FAaiIDQT9LDQALCyADRQ0AIAZBqIkBaiECAkACQCADQQdxIgQNACADIQUMAQsgA0E4cSEFA0AgAiABLQAAOgAAIAJBAWohAiABQQFqIQEgBEF/aiIEDQALCyADQQhJDQADQCACIAEtAAA6AAAgAiABLQABOgABIAIgAS0AAjoAAiACIAEtAAM6AAMgAiABLQAEOgAEIAIgAS0ABToABSACIAEtAAY6AAYgAiABLQAHOgAHIAJBCGohAiABQQhqIQEgBUF4aiIFDQALC0EAQQAoAoCJASICQQhqNgKAiQEgAkE/cSEBAkAgAkF4SQ0AQQBBACgChIkBQQFqNgKEiQELAkACQAJAAkAgAQ0AQQAhAQwBCyABQThJDQAgAUGoiQFqIAAtAAg6AAACQCABQT9GDQAgAUGpiQFqIAAtAAk6AAAgAUE+Rg0AIAFBqokBaiAALQAKOgAAIAFBPUYNACABQauJAWogAC0ACzoAACABQTxGDQAgAUGsiQFqIAAtAAw6AAAgAUE7Rg0AIAFBrYkBaiAALQANOgAAIAFBOkYNACABQa6JAWogAC0ADjoAACABQTlGDQAgAUGviQFqIAAtAA86AABBqIkBEAMMAwtBqIkBEAMgAkEHcSIERQ0CIAFBR2ohBSAAQQhqQcAAIAFraiECIAFBSGohBkGoiQEhASAEIQMDQCABIAItAAA6AAAgAUEBaiEBIAJBAWohAiADQX9qIgMNAAsgBUEHSQ0CIAYgBGshAwwBCyABQaiJAWohASAAQQhqIQJBCCEDCwNAIAEgAikAADcAACABQQhqIQEgAkEIaiECIANBeGoiAw0ACwtBAEEAKAKIiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AoAJQQBBACgCjIkBIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgKECUEAQQAoApCJASIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYCiAlBAEEAKAKUiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2AowJQQBBACgCmIkBIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgKQCUEAQQAoApyJASIBQRh0IAFBgP4DcUEIdHIgAUEIdkGA/gNxIAFBGHZycjYClAlBAEEAKAKgiQEiAUEYdCABQYD+A3FBCHRyIAFBCHZBgP4DcSABQRh2cnI2ApgJQQBBACgCpIkBIgFBGHQgAUGA/gNxQQh0ciABQQh2QYD+A3EgAUEYdnJyNgKcCSAAQRBqJAALBgBBgIkBC5UCAQR/QQBCzdy3nO7Jw/2wfzcCoIkBQQBCvOG8y6qVzpgWNwKYiQFBAELXhZG5gcCBxVo3ApCJAUEAQu+sgJyX16yKyQA3AoiJAUEAQgA3AoCJAQJAIABFDQBBACAANgKAiQFBgAkhAQJAIABBwABJDQBBgAkhAQNAIAEQAyABQcAAaiEBIABBQGoiAEE/Sw0ACyAARQ0BCyAAQX9qIQICQAJAIABBB3EiAw0AQaiJASEEDAELIABBeHEhAEGoiQEhBANAIAQgAS0AADoAACAEQQFqIQQgAUEBaiEBIANBf2oiAw0ACwsgAkEHSQ0AA0AgBCABKQAANwAAIARBCGohBCABQQhqIQEgAEF4aiIADQALCxAECwtRAgBBgAgLBGgAAAAAQZAIC0CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    var hash = "b6fb4b8e";
    var wasmJson = {
    	name: name,
    	data: data,
    	hash: hash
    };

    const mutex = new Mutex();
    let wasmCache = null;
    /**
     * Calculates SM3 hash
     * @param data Input data (string, Buffer or TypedArray)
     * @returns Computed hash as a hexadecimal string
     */
    function sm3(data) {
        if (wasmCache === null) {
            return lockedCreate(mutex, wasmJson, 32).then((wasm) => {
                wasmCache = wasm;
                return wasmCache.calculate(data);
            });
        }
        try {
            const hash = wasmCache.calculate(data);
            return Promise.resolve(hash);
        }
        catch (err) {
            return Promise.reject(err);
        }
    }
    /**
     * Creates a new SM3 hash instance
     */
    function createSM3() {
        return WASMInterface(wasmJson, 32).then((wasm) => {
            wasm.init();
            const obj = {
                init: () => {
                    wasm.init();
                    return obj;
                },
                update: (data) => {
                    wasm.update(data);
                    return obj;
                },
                // biome-ignore lint/suspicious/noExplicitAny: Conflict with IHasher type
                digest: (outputType) => wasm.digest(outputType),
                save: () => wasm.save(),
                load: (data) => {
                    wasm.load(data);
                    return obj;
                },
                blockSize: 64,
                digestSize: 32,
            };
            return obj;
        });
    }

    exports.adler32 = adler32;
    exports.argon2Verify = argon2Verify;
    exports.argon2d = argon2d;
    exports.argon2i = argon2i;
    exports.argon2id = argon2id;
    exports.bcrypt = bcrypt;
    exports.bcryptVerify = bcryptVerify;
    exports.blake2b = blake2b;
    exports.blake2s = blake2s;
    exports.blake3 = blake3;
    exports.crc32 = crc32;
    exports.crc64 = crc64;
    exports.createAdler32 = createAdler32;
    exports.createBLAKE2b = createBLAKE2b;
    exports.createBLAKE2s = createBLAKE2s;
    exports.createBLAKE3 = createBLAKE3;
    exports.createCRC32 = createCRC32;
    exports.createCRC64 = createCRC64;
    exports.createHMAC = createHMAC;
    exports.createKeccak = createKeccak;
    exports.createMD4 = createMD4;
    exports.createMD5 = createMD5;
    exports.createRIPEMD160 = createRIPEMD160;
    exports.createSHA1 = createSHA1;
    exports.createSHA224 = createSHA224;
    exports.createSHA256 = createSHA256;
    exports.createSHA3 = createSHA3;
    exports.createSHA384 = createSHA384;
    exports.createSHA512 = createSHA512;
    exports.createSM3 = createSM3;
    exports.createWhirlpool = createWhirlpool;
    exports.createXXHash128 = createXXHash128;
    exports.createXXHash3 = createXXHash3;
    exports.createXXHash32 = createXXHash32;
    exports.createXXHash64 = createXXHash64;
    exports.keccak = keccak;
    exports.md4 = md4;
    exports.md5 = md5;
    exports.pbkdf2 = pbkdf2;
    exports.ripemd160 = ripemd160;
    exports.scrypt = scrypt;
    exports.sha1 = sha1;
    exports.sha224 = sha224;
    exports.sha256 = sha256;
    exports.sha3 = sha3;
    exports.sha384 = sha384;
    exports.sha512 = sha512;
    exports.sm3 = sm3;
    exports.whirlpool = whirlpool;
    exports.xxhash128 = xxhash128;
    exports.xxhash3 = xxhash3;
    exports.xxhash32 = xxhash32;
    exports.xxhash64 = xxhash64;

}));


/***/ }),

/***/ 8838:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readSettings = readSettings;
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
const index_js_1 = __nccwpck_require__(6508);
const index_js_2 = __nccwpck_require__(3880);
const runners_js_1 = __nccwpck_require__(2617);
/** A value checked by the planner's own rules, its complaint prefixed with the input's name. */
function checked(name, read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof index_js_2.PlanError)
            throw new index_js_1.InputError(`Input ${name}: ${error.message}`);
        throw error;
    }
}
function projectDir() {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const dir = (0, node_path_1.resolve)(workspace, (0, index_js_1.getInput)('project-dir') || '.');
    let isDirectory = false;
    try {
        isDirectory = (0, node_fs_1.statSync)(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDirectory) {
        throw new index_js_1.InputError(`Input project-dir: ${dir} is not a directory; check out the project first, or fix the path`);
    }
    return dir;
}
function artifactPrefix() {
    // Empty is a valid choice (names like linux-x86_64); the runner fills in the default when unset.
    const prefix = (0, index_js_1.getInput)('artifact-prefix');
    const bad = (0, index_js_2.forbiddenArtifactCharacter)(prefix);
    if (bad !== null) {
        throw new index_js_1.InputError(`Input artifact-prefix ${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names ( " : < > | * ? \\ / and line breaks)`);
    }
    return prefix;
}
// Only the variables that decide selection: the others (CIBW_ENVIRONMENT, ...) may carry values not to log.
const SELECTION_VARIABLES = /^CIBW_(BUILD|SKIP|ENABLE|ARCHS|ARCHS_[A-Z]+|PROJECT_REQUIRES_PYTHON)$/;
function cibuildwheelVariables() {
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => SELECTION_VARIABLES.test(name)));
}
/** Reads and checks every input; the errors name the input and what it accepts. */
function readSettings() {
    const pure = (0, index_js_1.getChoiceInput)('pure', ['auto', 'true', 'false'], 'auto');
    const pythonVersions = (0, index_js_1.getInput)('python-versions');
    checked('python-versions', () => (0, index_js_2.pythonVersionsFilter)(pythonVersions));
    return {
        projectDir: projectDir(),
        platforms: checked('platforms', () => (0, index_js_2.parsePlatforms)((0, index_js_1.getInput)('platforms') || 'linux macos windows')),
        pythonVersions,
        pure: pure === 'auto' ? 'auto' : pure === 'true',
        groupBy: (0, index_js_1.getChoiceInput)('group-by', [...index_js_2.GROUPINGS].reverse(), 'platform'),
        maxJobs: (0, index_js_1.getIntegerInput)('max-jobs', 256, { min: 1, max: 256 }),
        runnerMap: (0, runners_js_1.parseRunnerMap)((0, index_js_1.getInput)('runner-map')),
        artifactPrefix: artifactPrefix(),
        sdist: (0, index_js_1.getBooleanInput)('sdist', true),
        env: cibuildwheelVariables(),
    };
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logPlan = logPlan;
exports.runsOn = runsOn;
/** The log: one group for the project, one per platform showing selection step by step, one for the jobs. */
const index_js_1 = __nccwpck_require__(6508);
function runsOn(entry) {
    return Array.isArray(entry.runner) ? entry.runner.join(', ') : entry.runner;
}
function logPlatform(selection) {
    const { configuration } = selection;
    const settings = [
        ['build', configuration.build.value, configuration.build.source],
        ['skip', configuration.skip.value || '(none)', configuration.skip.source],
        ['enable', [...configuration.enable.groups].join(' ') || '(none)', configuration.enable.source],
        ['archs', configuration.archs.value, configuration.archs.source],
        [
            'requires-python',
            configuration.requiresPython?.value ?? '(any)',
            configuration.requiresPython?.source ?? 'not declared',
        ],
    ];
    for (const [name, value, source] of settings)
        (0, index_js_1.info)(`${name} = ${JSON.stringify(value)}  (${source})`);
    for (const target of selection.targets) {
        const [first, ...rest] = target.stages;
        const steps = rest.map((stage) => `${stage.filter} ${stage.remaining.length}`);
        const archs = target.archs.join(' ') || 'no architecture';
        (0, index_js_1.info)(`${target.target.token}: ${first?.remaining.length ?? 0} identifiers for ${archs} → ${steps.join(' → ')}`);
        if (target.identifiers.length > 0)
            (0, index_js_1.info)(`  ${target.identifiers.join(' ')}`);
    }
}
/** Writes the log groups for a finished plan, and its warnings as annotations. */
async function logPlan(plan, projectDir, matrix) {
    await (0, index_js_1.group)('Project', () => {
        (0, index_js_1.info)(`project: ${projectDir} (${plan.expected.project ?? 'name not declared statically'})`);
        (0, index_js_1.info)(`pure: ${plan.pure.pure} (${plan.pure.decidedBy}): ${plan.pure.reason}`);
    });
    for (const selection of plan.selection) {
        await (0, index_js_1.group)(`Selection for ${selection.configuration.platform}`, () => logPlatform(selection));
    }
    await (0, index_js_1.group)(`Jobs (${matrix.length}, grouped by ${plan.groupBy})`, () => {
        for (const entry of matrix) {
            const qemu = entry.qemu ? ', QEMU' : '';
            (0, index_js_1.info)(`${entry.name} on ${runsOn(entry)}${qemu} → ${entry['artifact-name']}: ${entry.build}`);
        }
        for (const note of plan.notes)
            (0, index_js_1.info)(note);
    });
    for (const message of plan.warnings)
        (0, index_js_1.warning)(message);
}


/***/ }),

/***/ 9593:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.main = main;
const index_js_1 = __nccwpck_require__(6508);
const index_js_2 = __nccwpck_require__(3880);
const inputs_js_1 = __nccwpck_require__(8838);
const log_js_1 = __nccwpck_require__(856);
const matrix_js_1 = __nccwpck_require__(6701);
const summary_js_1 = __nccwpck_require__(2074);
function writeOutputs(plan, matrix) {
    (0, index_js_1.setOutput)('matrix', JSON.stringify({ include: matrix }));
    (0, index_js_1.setOutput)('job-count', String(matrix.length));
    (0, index_js_1.setOutput)('expected', JSON.stringify(plan.expected));
    (0, index_js_1.setOutput)('pure', `${plan.pure.pure}: ${plan.pure.reason}`);
    (0, index_js_1.setOutput)('sdist-artifact-name', plan.sdistArtifactName ?? '');
}
async function makePlan(settings) {
    return (0, index_js_1.group)('Read the project and plan', () => {
        (0, index_js_1.info)(`project-dir ${settings.projectDir}, platforms ${settings.platforms.targets.map((t) => t.token).join(' ')}`);
        const cibw = Object.entries(settings.env)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, value]) => `${name}=${value ?? ''}`);
        if (cibw.length > 0)
            (0, index_js_1.info)(`cibuildwheel variables: ${cibw.join(' ')}`);
        return (0, index_js_2.planBuild)({ ...settings, files: (0, index_js_2.readProjectFiles)((0, index_js_2.directorySource)(settings.projectDir)) });
    });
}
/** build-wheel-matrix: plans the wheel jobs and the files the release must contain. */
async function main() {
    const settings = (0, inputs_js_1.readSettings)();
    const plan = await makePlan(settings);
    const { include: matrix } = (0, matrix_js_1.matrixOf)(plan, settings.runnerMap);
    await (0, log_js_1.logPlan)(plan, settings.projectDir, matrix);
    writeOutputs(plan, matrix);
    (0, summary_js_1.planSummary)(plan, matrix).write();
}


/***/ }),

/***/ 6701:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.matrixOf = matrixOf;
const runners_js_1 = __nccwpck_require__(2617);
/** The matrix for a plan, with runners from the defaults and `runnerMap`. */
function matrixOf(plan, runnerMap) {
    const enable = new Map(plan.selection.map((p) => [
        p.configuration.platform,
        [...p.configuration.enable.groups].sort().join(' '),
    ]));
    return {
        include: plan.jobs.map((job) => {
            const { runner, qemu } = (0, runners_js_1.runnerFor)(job, runnerMap);
            return {
                name: job.name,
                kind: job.kind,
                runner,
                platform: job.platform ?? '',
                archs: job.archs.join(' '),
                build: job.builds.join(' '),
                enable: job.platform ? (enable.get(job.platform) ?? '') : '',
                qemu,
                'artifact-name': job.artifactName,
            };
        }),
    };
}


/***/ }),

/***/ 2617:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_RUNNERS = void 0;
exports.parseRunnerMap = parseRunnerMap;
exports.runnerFor = runnerFor;
/**
 * GitHub-hosted runner labels for each planned job, and the runner-map input that overrides them. Targets
 * without a native hosted runner (ppc64le, s390x, riscv64, armv7l) run on ubuntu-latest under QEMU.
 */
const index_js_1 = __nccwpck_require__(6508);
const index_js_2 = __nccwpck_require__(3880);
/** The labels of GitHub's hosted runners for each target, and for the sdist and pure jobs. */
exports.DEFAULT_RUNNERS = {
    'linux-x86_64': 'ubuntu-latest',
    'linux-aarch64': 'ubuntu-24.04-arm',
    'linux-i686': 'ubuntu-latest',
    'linux-ppc64le': 'ubuntu-latest',
    'linux-s390x': 'ubuntu-latest',
    'linux-riscv64': 'ubuntu-latest',
    'linux-armv7l': 'ubuntu-latest',
    'macos-arm64': 'macos-latest',
    'macos-x86_64': 'macos-15-intel',
    'macos-universal2': 'macos-latest',
    'windows-amd64': 'windows-latest',
    'windows-arm64': 'windows-11-arm',
    'windows-x86': 'windows-latest',
    pyodide: 'ubuntu-latest',
    ios: 'macos-latest',
    android: 'ubuntu-latest',
    sdist: 'ubuntu-latest',
    pure: 'ubuntu-latest',
};
const KEYS = [...index_js_2.TARGETS.map((t) => t.token), ...Object.keys(index_js_2.COARSE_TOKENS), 'sdist', 'pure'];
function isRunsOn(value) {
    if (typeof value === 'string')
        return value.trim() !== '';
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((label) => typeof label === 'string' && label.trim() !== ''));
}
/** Parses the runner-map input; the errors name the key or value and what is accepted. */
function parseRunnerMap(text) {
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new index_js_1.InputError(`Input runner-map is not JSON (${error.message}); write e.g. {"linux-aarch64": "my-arm-runner"}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new index_js_1.InputError('Input runner-map must be a JSON object, e.g. {"linux-aarch64": "my-arm-runner"}');
    }
    for (const [key, value] of Object.entries(parsed)) {
        if (!KEYS.includes(key))
            throw new index_js_1.InputError(`Input runner-map: unknown key ${JSON.stringify(key)}; the keys are ${KEYS.join(', ')}`);
        if (!isRunsOn(value))
            throw new index_js_1.InputError(`Input runner-map: ${key} must be a runner label or a list of labels`);
    }
    return parsed;
}
/** The runs-on value of a job, and whether it needs QEMU (an emulated target not mapped to a runner of its own). */
function runnerFor(job, map) {
    const key = job.target?.token ?? job.kind;
    const own = map[key];
    const platformWide = job.platform ? map[job.platform] : undefined;
    const runner = own ?? platformWide ?? exports.DEFAULT_RUNNERS[key] ?? 'ubuntu-latest';
    return { runner, qemu: (job.target?.emulated ?? false) && own === undefined };
}


/***/ }),

/***/ 2074:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planSummary = planSummary;
/** The job summary: the planned jobs with their runners and identifiers, then what decided the selection. */
const index_js_1 = __nccwpck_require__(6508);
const log_js_1 = __nccwpck_require__(856);
function code(text) {
    return { html: text === '' ? '' : `<code>${(0, index_js_1.escapeHtml)(text)}</code>` };
}
function headline(plan, matrix) {
    const wheels = plan.expected.jobs.reduce((sum, job) => sum + job.wheels.length, 0);
    const jobs = `${matrix.length} job${matrix.length === 1 ? '' : 's'}`;
    if (plan.pure.pure)
        return `Build plan: pure-python project, ${jobs}`;
    return `Build plan: ${jobs}, ${wheels} wheel${wheels === 1 ? '' : 's'}${plan.sdistArtifactName ? ' and the sdist' : ''}`;
}
/** The summary of a plan. */
function planSummary(plan, matrix) {
    const summary = new index_js_1.Summary().heading(headline(plan, matrix));
    summary.paragraph(`${plan.pure.pure ? 'Pure' : 'Not pure'} (${plan.pure.decidedBy}): ${plan.pure.reason}.`);
    summary.table(['Job', 'Runner', 'Archs', 'Builds', 'Artifact'], matrix.map((entry) => [
        entry.name,
        (0, log_js_1.runsOn)(entry) + (entry.qemu ? ' (QEMU)' : ''),
        entry.archs,
        code(entry.build),
        code(entry['artifact-name']),
    ]));
    const notes = [...plan.warnings, ...plan.notes];
    if (notes.length > 0)
        summary.heading('Notes', 3).list(notes);
    if (plan.selection.length > 0) {
        summary.heading('What selected them', 3).table(['Platform', 'Setting', 'Value', 'From'], plan.selection.flatMap(({ configuration: c }) => [
            [c.platform, 'build', code(c.build.value), c.build.source],
            [c.platform, 'skip', code(c.skip.value), c.skip.source],
            [c.platform, 'enable', code([...c.enable.groups].join(' ')), c.enable.source],
            [c.platform, 'archs', code(c.archs.value), c.archs.source],
            [
                c.platform,
                'requires-python',
                code(c.requiresPython?.value ?? ''),
                c.requiresPython?.source ?? 'not declared',
            ],
        ]));
    }
    return summary;
}


/***/ }),

/***/ 6132:
/***/ ((__unused_webpack_module, exports) => {


/** Workflow commands (`::name k=v::message`) in the exact encoding the runner decodes. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeData = escapeData;
exports.escapeProperty = escapeProperty;
exports.formatCommand = formatCommand;
/** Escapes a command's message as the runner expects (`%`, CR and LF). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value; `:` and `,` also separate properties. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats one workflow command line (without the trailing newline). */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}


/***/ }),

/***/ 9987:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyValueMessage = keyValueMessage;
exports.setOutput = setOutput;
exports.exportVariable = exportVariable;
exports.addPath = addPath;
const node_crypto_1 = __nccwpck_require__(7598);
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const node_path_1 = __nccwpck_require__(6760);
const commands_js_1 = __nccwpck_require__(6132);
const secrets_js_1 = __nccwpck_require__(6557);
/** The `name<<delimiter` form the runner parses, with a fresh random delimiter per value. */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${(0, node_crypto_1.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output ${key} contains the file-command delimiter; refusing to write it`);
    }
    return `${key}<<${delimiter}${node_os_1.EOL}${value}${node_os_1.EOL}${delimiter}`;
}
function appendFileCommand(variable, message) {
    const path = process.env[variable];
    if (!path)
        throw new Error(`${variable} is not set: run this action inside a GitHub Actions job`);
    if (!(0, node_fs_1.existsSync)(path))
        throw new Error(`${variable} points at a missing file: ${path}`);
    (0, node_fs_1.appendFileSync)(path, `${message}${node_os_1.EOL}`, { encoding: 'utf8' });
}
/** Sets a step output. Secrets are redacted: an output is not a place for them. */
function setOutput(name, value) {
    const safe = (0, secrets_js_1.redact)(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    process.stdout.write(`${node_os_1.EOL}${(0, commands_js_1.formatCommand)('set-output', { name }, safe)}${node_os_1.EOL}`);
}
/** Exports an environment variable to this process and to every later step of the job. */
function exportVariable(name, value) {
    process.env[name] = value;
    appendFileCommand('GITHUB_ENV', keyValueMessage(name, value));
}
/** Prepends a directory to PATH for this process and every later step of the job. */
function addPath(directory) {
    appendFileCommand('GITHUB_PATH', directory);
    process.env['PATH'] = `${directory}${node_path_1.delimiter}${process.env['PATH'] ?? ''}`;
}


/***/ }),

/***/ 6508:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Summary = exports.escapeHtml = exports.registerSecret = exports.redact = exports.runAction = exports.failureMessage = exports.warning = exports.notice = exports.isDebug = exports.info = exports.group = exports.error = exports.debug = exports.InputError = exports.inputVariable = exports.getListInput = exports.getIntegerInput = exports.getInput = exports.getChoiceInput = exports.getBooleanInput = exports.setOutput = exports.keyValueMessage = exports.exportVariable = exports.addPath = exports.formatCommand = exports.escapeProperty = exports.escapeData = void 0;
/**
 * action-kit: the only place that speaks the GitHub runner's protocol (inputs, outputs, env, log
 * commands, job summary). It writes the protocol itself instead of loading @actions/core at start-up,
 * because that bundle alone costs more than the whole of compute-dev-version's budget; a conformance
 * test checks every piece against @actions/core. OIDC lives in `oidc.ts`, imported only by the actions
 * that publish, because it loads @actions/core and that chunk should ship only with them.
 */
var commands_js_1 = __nccwpck_require__(6132);
Object.defineProperty(exports, "escapeData", ({ enumerable: true, get: function () { return commands_js_1.escapeData; } }));
Object.defineProperty(exports, "escapeProperty", ({ enumerable: true, get: function () { return commands_js_1.escapeProperty; } }));
Object.defineProperty(exports, "formatCommand", ({ enumerable: true, get: function () { return commands_js_1.formatCommand; } }));
var file_commands_js_1 = __nccwpck_require__(9987);
Object.defineProperty(exports, "addPath", ({ enumerable: true, get: function () { return file_commands_js_1.addPath; } }));
Object.defineProperty(exports, "exportVariable", ({ enumerable: true, get: function () { return file_commands_js_1.exportVariable; } }));
Object.defineProperty(exports, "keyValueMessage", ({ enumerable: true, get: function () { return file_commands_js_1.keyValueMessage; } }));
Object.defineProperty(exports, "setOutput", ({ enumerable: true, get: function () { return file_commands_js_1.setOutput; } }));
var inputs_js_1 = __nccwpck_require__(1811);
Object.defineProperty(exports, "getBooleanInput", ({ enumerable: true, get: function () { return inputs_js_1.getBooleanInput; } }));
Object.defineProperty(exports, "getChoiceInput", ({ enumerable: true, get: function () { return inputs_js_1.getChoiceInput; } }));
Object.defineProperty(exports, "getInput", ({ enumerable: true, get: function () { return inputs_js_1.getInput; } }));
Object.defineProperty(exports, "getIntegerInput", ({ enumerable: true, get: function () { return inputs_js_1.getIntegerInput; } }));
Object.defineProperty(exports, "getListInput", ({ enumerable: true, get: function () { return inputs_js_1.getListInput; } }));
Object.defineProperty(exports, "inputVariable", ({ enumerable: true, get: function () { return inputs_js_1.inputVariable; } }));
Object.defineProperty(exports, "InputError", ({ enumerable: true, get: function () { return inputs_js_1.InputError; } }));
var log_js_1 = __nccwpck_require__(2678);
Object.defineProperty(exports, "debug", ({ enumerable: true, get: function () { return log_js_1.debug; } }));
Object.defineProperty(exports, "error", ({ enumerable: true, get: function () { return log_js_1.error; } }));
Object.defineProperty(exports, "group", ({ enumerable: true, get: function () { return log_js_1.group; } }));
Object.defineProperty(exports, "info", ({ enumerable: true, get: function () { return log_js_1.info; } }));
Object.defineProperty(exports, "isDebug", ({ enumerable: true, get: function () { return log_js_1.isDebug; } }));
Object.defineProperty(exports, "notice", ({ enumerable: true, get: function () { return log_js_1.notice; } }));
Object.defineProperty(exports, "warning", ({ enumerable: true, get: function () { return log_js_1.warning; } }));
var run_js_1 = __nccwpck_require__(2841);
Object.defineProperty(exports, "failureMessage", ({ enumerable: true, get: function () { return run_js_1.failureMessage; } }));
Object.defineProperty(exports, "runAction", ({ enumerable: true, get: function () { return run_js_1.runAction; } }));
var secrets_js_1 = __nccwpck_require__(6557);
Object.defineProperty(exports, "redact", ({ enumerable: true, get: function () { return secrets_js_1.redact; } }));
Object.defineProperty(exports, "registerSecret", ({ enumerable: true, get: function () { return secrets_js_1.registerSecret; } }));
var summary_js_1 = __nccwpck_require__(336);
Object.defineProperty(exports, "escapeHtml", ({ enumerable: true, get: function () { return summary_js_1.escapeHtml; } }));
Object.defineProperty(exports, "Summary", ({ enumerable: true, get: function () { return summary_js_1.Summary; } }));


/***/ }),

/***/ 1811:
/***/ ((__unused_webpack_module, exports) => {


/** Action inputs read as the runner passes them (`INPUT_<NAME>`), with errors that name the input and the fix. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InputError = void 0;
exports.inputVariable = inputVariable;
exports.getInput = getInput;
exports.getBooleanInput = getBooleanInput;
exports.getListInput = getListInput;
exports.getChoiceInput = getChoiceInput;
exports.getIntegerInput = getIntegerInput;
/** A problem with an input the user wrote in the workflow; its message is shown as it is. */
class InputError extends Error {
    name = 'InputError';
}
exports.InputError = InputError;
/** The environment variable the runner sets for input `name`: upper case, spaces to `_`, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The trimmed value of an input, `''` when unset (the runner fills in action.yml defaults). */
function getInput(name, options = {}) {
    const value = (process.env[inputVariable(name)] ?? '').trim();
    if (options.required && !value) {
        throw new InputError(`Input required and not supplied: ${name}. Set it under \`with:\` in the workflow step.`);
    }
    return value;
}
/** An input that is `true | True | TRUE | false | False | FALSE`, like YAML 1.2's core schema. */
function getBooleanInput(name, fallback) {
    const value = getInput(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}.`);
}
/** Non-empty lines of an input, each trimmed; also splits on commas when `commas` is set. */
function getListInput(name, options = {}) {
    const separator = options.commas ? /[\n,]/ : /\n/;
    return getInput(name)
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One of a fixed set of values; `fallback` when empty. */
function getChoiceInput(name, choices, fallback) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new InputError(`Input ${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}.`);
}
/** A whole number within bounds; `fallback` when empty. */
function getIntegerInput(name, fallback, bounds = {}) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    const { min = -Infinity, max = Infinity } = bounds;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
        const range = `${Number.isFinite(min) ? min : ''}..${Number.isFinite(max) ? max : ''}`;
        throw new InputError(`Input ${name} must be a whole number in ${range}, got ${JSON.stringify(value)}.`);
    }
    return number;
}


/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.info = info;
exports.debug = debug;
exports.isDebug = isDebug;
exports.error = error;
exports.warning = warning;
exports.notice = notice;
exports.group = group;
const commands_js_1 = __nccwpck_require__(6132);
const secrets_js_1 = __nccwpck_require__(6557);
function write(line) {
    process.stdout.write(`${(0, secrets_js_1.redact)(line)}\n`);
}
function annotation(kind, message, props) {
    const properties = {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
    };
    write((0, commands_js_1.formatCommand)(kind, properties, message));
}
/** A plain log line. */
function info(message) {
    write(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    write((0, commands_js_1.formatCommand)('debug', {}, message));
}
/** Only true when the workflow was re-run with debug logging. */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/** An error annotation (does not fail the step by itself). */
function error(message, props = {}) {
    annotation('error', message, props);
}
/** A warning annotation. */
function warning(message, props = {}) {
    annotation('warning', message, props);
}
/** A notice annotation. */
function notice(message, props = {}) {
    annotation('notice', message, props);
}
/** Runs `fn` inside a collapsible log group, closing the group even when `fn` throws. */
async function group(name, fn) {
    write((0, commands_js_1.formatCommand)('group', {}, name));
    try {
        return await fn();
    }
    finally {
        write((0, commands_js_1.formatCommand)('endgroup', {}, ''));
    }
}


/***/ }),

/***/ 2841:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failureMessage = failureMessage;
exports.runAction = runAction;
const log_js_1 = __nccwpck_require__(2678);
const secrets_js_1 = __nccwpck_require__(6557);
/** Errors that mean a bug in this code rather than bad input or a failing service. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);
/** The one-line message a user sees for `thrown`. */
function failureMessage(thrown) {
    if (!(thrown instanceof Error))
        return `Unexpected failure: ${String(thrown)}`;
    const oneLine = thrown.message.split(/\r?\n/).filter(Boolean).join(' ');
    return PROGRAMMING_ERRORS.has(thrown.name)
        ? `Unexpected internal error (please report it): ${oneLine}. Re-run with debug logging for the stack.`
        : oneLine;
}
/**
 * Runs an action's main function the way every action in this suite ends: a thrown error becomes one
 * `::error::` line (secrets redacted), the stack goes to the debug log, and the process exits non-zero.
 */
async function runAction(main) {
    try {
        await main();
    }
    catch (thrown) {
        (0, log_js_1.error)((0, secrets_js_1.redact)(failureMessage(thrown)));
        if (thrown instanceof Error && thrown.stack)
            (0, log_js_1.debug)((0, secrets_js_1.redact)(thrown.stack));
        process.exitCode = 1;
    }
}


/***/ }),

/***/ 6557:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registerSecret = registerSecret;
exports.redact = redact;
const commands_js_1 = __nccwpck_require__(6132);
/** Values that must never appear in logs, outputs, summaries or error messages. */
const secrets = new Set();
/** Masks `value` in the runner's log from now on and redacts it from everything this kit writes. */
function registerSecret(value) {
    if (!value || secrets.has(value))
        return;
    secrets.add(value);
    // The runner masks each line of a multi-line secret separately, so register each line too.
    for (const line of value.split(/\r?\n/)) {
        if (line)
            process.stdout.write(`${(0, commands_js_1.formatCommand)('add-mask', {}, line)}\n`);
    }
}
/** Replaces every registered secret in `text` with `***`, longest first so overlapping secrets vanish whole. */
function redact(text) {
    let result = text;
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        result = result.split(secret).join('***');
    }
    return result;
}


/***/ }),

/***/ 336:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Summary = void 0;
exports.escapeHtml = escapeHtml;
const node_fs_1 = __nccwpck_require__(3024);
const node_os_1 = __nccwpck_require__(8161);
const secrets_js_1 = __nccwpck_require__(6557);
/** Escapes text for the HTML the job summary renders. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cellHtml(cell) {
    return typeof cell === 'object' ? cell.html : escapeHtml(String(cell));
}
/** Builds a job summary in memory; `write()` appends it to `GITHUB_STEP_SUMMARY`. */
class Summary {
    parts = [];
    /** A heading, level 2 by default (the step title is level 1 in the UI already). */
    heading(text, level = 2) {
        this.parts.push(`<h${level}>${escapeHtml(text)}</h${level}>`);
        return this;
    }
    /** A paragraph of plain text. */
    paragraph(text) {
        this.parts.push(`<p>${escapeHtml(text)}</p>`);
        return this;
    }
    /** A table with a header row, or none when `header` is null (a list of facts). */
    table(header, rows) {
        const head = header ? `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join('')}</tr>` : '';
        const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`);
        this.parts.push(`<table>${head}${body.join('')}</table>`);
        return this;
    }
    /** A bulleted list of plain-text items. */
    list(items) {
        if (items.length > 0)
            this.parts.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
        return this;
    }
    /** A block of preformatted text. */
    code(text, language = '') {
        this.parts.push(`${node_os_1.EOL}\`\`\`${language}${node_os_1.EOL}${text}${node_os_1.EOL}\`\`\`${node_os_1.EOL}`);
        return this;
    }
    /** A collapsed section with a plain-text label. */
    details(label, html) {
        this.parts.push(`<details><summary>${escapeHtml(label)}</summary>${html}</details>`);
        return this;
    }
    /** Markdown or HTML the caller vouches for. */
    raw(markup) {
        this.parts.push(markup);
        return this;
    }
    /** The summary as it will be written. */
    toString() {
        return (0, secrets_js_1.redact)(this.parts.join(node_os_1.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0, node_fs_1.appendFileSync)(path, `${this.toString()}${node_os_1.EOL}`, { encoding: 'utf8' });
    }
}
exports.Summary = Summary;


/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isZipFile = isZipFile;
exports.isTarFile = isTarFile;
/** Python's `zipfile.is_zipfile` and `tarfile.is_tarfile`, for PyPI's "both a zip and a tar file" check. */
const promises_1 = __nccwpck_require__(1455);
const tar_reader_js_1 = __nccwpck_require__(911);
const zip_reader_js_1 = __nccwpck_require__(8567);
/** True when a zip reader finds an end of central directory (zipfile.is_zipfile). */
async function isZipFile(path) {
    try {
        const zip = await zip_reader_js_1.ZipArchive.open(path);
        await zip.close();
        return true;
    }
    catch {
        return false;
    }
}
/** True when the file opens as a tar, plain or gzip-compressed (tarfile.is_tarfile; bz2 and xz are not tried). */
async function isTarFile(path) {
    const handle = await (0, promises_1.open)(path, 'r');
    const head = Buffer.alloc(512);
    try {
        const { bytesRead } = await handle.read(head, 0, 512, 0);
        if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b)
            return await firstTarMemberReadable(path);
        return bytesRead === 512 && (head.every((b) => b === 0) || (0, tar_reader_js_1.checksumOk)(head));
    }
    finally {
        await handle.close();
    }
}
async function firstTarMemberReadable(path) {
    try {
        await (0, tar_reader_js_1.walkTarGz)(path, { onEntry: () => 'stop' });
        return true;
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 4027:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BufferPool = void 0;
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
exports.BufferPool = BufferPool;


/***/ }),

/***/ 7141:
/***/ ((__unused_webpack_module, exports) => {


/** The core metadata fields this package knows: their header name, typed key, use count and twine form name. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FIELD_SPECS = void 0;
exports.fieldSpecOfHeader = fieldSpecOfHeader;
exports.fieldSpecOfForm = fieldSpecOfForm;
// Order follows twine's mapping (metadata 1.0 → 2.4), which is also the order uploadFormFields emits.
exports.FIELD_SPECS = [
    { header: 'Metadata-Version', key: 'metadataVersion', multiple: false, form: 'metadata_version' },
    { header: 'Name', key: 'name', multiple: false, form: 'name' },
    { header: 'Version', key: 'version', multiple: false, form: 'version' },
    { header: 'Platform', key: 'platforms', multiple: true, form: 'platform' },
    { header: 'Summary', key: 'summary', multiple: false, form: 'summary' },
    { header: 'Description', key: 'description', multiple: false, form: 'description' },
    { header: 'Keywords', key: 'keywords', multiple: false, form: 'keywords' },
    { header: 'Home-page', key: 'homePage', multiple: false, form: 'home_page' },
    { header: 'Author', key: 'author', multiple: false, form: 'author' },
    { header: 'Author-email', key: 'authorEmail', multiple: false, form: 'author_email' },
    { header: 'License', key: 'license', multiple: false, form: 'license' },
    { header: 'Supported-Platform', key: 'supportedPlatforms', multiple: true, form: 'supported_platform' },
    { header: 'Download-URL', key: 'downloadUrl', multiple: false, form: 'download_url' },
    { header: 'Classifier', key: 'classifiers', multiple: true, form: 'classifiers' },
    { header: 'Requires', key: 'requires', multiple: true, form: 'requires' },
    { header: 'Provides', key: 'provides', multiple: true, form: 'provides' },
    { header: 'Obsoletes', key: 'obsoletes', multiple: true, form: 'obsoletes' },
    { header: 'Maintainer', key: 'maintainer', multiple: false, form: 'maintainer' },
    { header: 'Maintainer-email', key: 'maintainerEmail', multiple: false, form: 'maintainer_email' },
    { header: 'Requires-Dist', key: 'requiresDist', multiple: true, form: 'requires_dist' },
    { header: 'Provides-Dist', key: 'providesDist', multiple: true, form: 'provides_dist' },
    { header: 'Obsoletes-Dist', key: 'obsoletesDist', multiple: true, form: 'obsoletes_dist' },
    { header: 'Requires-Python', key: 'requiresPython', multiple: false, form: 'requires_python' },
    { header: 'Requires-External', key: 'requiresExternal', multiple: true, form: 'requires_external' },
    { header: 'Project-URL', key: 'projectUrls', multiple: true, form: 'project_urls' },
    {
        header: 'Description-Content-Type',
        key: 'descriptionContentType',
        multiple: false,
        form: 'description_content_type',
    },
    { header: 'Provides-Extra', key: 'providesExtra', multiple: true, form: 'provides_extra' },
    { header: 'Dynamic', key: 'dynamic', multiple: true, form: 'dynamic' },
    { header: 'License-Expression', key: 'licenseExpression', multiple: false, form: 'license_expression' },
    { header: 'License-File', key: 'licenseFiles', multiple: true, form: 'license_file' },
];
const BY_HEADER = new Map(exports.FIELD_SPECS.map((spec) => [spec.header.toLowerCase(), spec]));
const BY_FORM = new Map(exports.FIELD_SPECS.map((spec) => [spec.form, spec]));
/** The spec of a header, matched case-insensitively as RFC 822 headers are; undefined for unknown fields. */
function fieldSpecOfHeader(header) {
    return BY_HEADER.get(header.toLowerCase());
}
/** The spec of a twine/warehouse upload form field name; undefined for non-metadata fields. */
function fieldSpecOfForm(form) {
    return BY_FORM.get(form);
}


/***/ }),

/***/ 2667:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.emptyCoreMetadata = emptyCoreMetadata;
exports.parseCoreMetadata = parseCoreMetadata;
exports.buildMetadata = buildMetadata;
exports.parseProjectUrl = parseProjectUrl;
/** Core metadata (PKG-INFO / METADATA): RFC 822-style headers, then the description as the body. */
const core_metadata_fields_js_1 = __nccwpck_require__(7141);
const errors_js_1 = __nccwpck_require__(8809);
// A header line: a field name of printable ASCII except ':', then ':' (Python's feedparser headerRE).
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+):(.*)$/s;
/** An empty CoreMetadata, for building one by hand (tests, form data). */
function emptyCoreMetadata() {
    const meta = { projectUrls: [], fields: [], warnings: [] };
    for (const spec of core_metadata_fields_js_1.FIELD_SPECS)
        if (spec.multiple && spec.key !== 'projectUrls')
            meta[spec.key] = [];
    return meta;
}
/** Parse METADATA / PKG-INFO text (or UTF-8 bytes) into typed fields, the raw field list and the body description. */
function parseCoreMetadata(input, source = 'metadata') {
    const text = typeof input === 'string' ? input : decodeUtf8(input, source);
    const fields = [];
    let body = null;
    // Walk lines keeping their endings, as the body must come out verbatim.
    const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/gy;
    let current = null;
    const flush = () => {
        if (current)
            fields.push({ name: current.name, value: current.parts.join('').replace(/[\r\n]+$/, '') });
        current = null;
    };
    for (;;) {
        const start = lineRe.lastIndex;
        const match = lineRe.exec(text);
        if (!match || match[0] === '')
            break;
        const line = match[0];
        const content = line.replace(/[\r\n]+$/, '');
        if (content === '') {
            body = text.slice(lineRe.lastIndex);
            break;
        }
        if (/^[ \t]/.test(content) && current) {
            current.parts.push(line);
            continue;
        }
        const header = HEADER_LINE.exec(content);
        if (!header) {
            // Python treats the first non-header line as the start of the body (a defect, but it parses on).
            body = text.slice(start);
            break;
        }
        flush();
        const name = header[1] ?? '';
        const after = line.slice(name.length + 1).replace(/^[ \t]+/, '');
        current = { name, parts: [after] };
    }
    flush();
    return buildMetadata(fields, body);
}
/** Build the typed object from an ordered field list and an optional body. */
function buildMetadata(fields, body) {
    const meta = emptyCoreMetadata();
    meta.fields = fields;
    const singles = meta;
    for (const { name, value } of fields) {
        const spec = (0, core_metadata_fields_js_1.fieldSpecOfHeader)(name);
        if (!spec)
            continue;
        if (spec.key === 'projectUrls')
            meta.projectUrls.push(parseProjectUrl(value));
        else if (spec.key === 'keywords') {
            if (meta.keywords)
                meta.warnings.push(`${spec.header} appears more than once; the first is used`);
            else
                meta.keywords = value.split(',').map((k) => k.trim());
        }
        else if (spec.multiple)
            meta[spec.key].push(value);
        else if (singles[spec.key] !== undefined) {
            meta.warnings.push(`${spec.header} appears more than once; the first is used`);
        }
        else
            singles[spec.key] = value;
    }
    if (body !== null && body !== '') {
        if (meta.description !== undefined) {
            meta.warnings.push('Description is given both as a header and as the body; the body is used');
        }
        meta.description = body;
    }
    return meta;
}
/** Split `Label, URL` at the first comma, trimming both, as packaging does. */
function parseProjectUrl(value) {
    const comma = value.indexOf(',');
    if (comma < 0)
        return { label: value.trim(), url: '' };
    return { label: value.slice(0, comma).trim(), url: value.slice(comma + 1).trim() };
}
function decodeUtf8(bytes, source) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        throw new errors_js_1.DistError('invalid-metadata', `${source}: core metadata is not valid UTF-8`);
    }
}


/***/ }),

/***/ 1483:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SPDX_EXCEPTION_IDS = exports.SPDX_LICENSE_IDS = exports.SPDX_SOURCE = void 0;
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** SPDX license and exception identifiers, for License-Expression (PEP 639). */
exports.SPDX_SOURCE = 'npm spdx-license-ids 3.0.24 (with deprecated.json) and spdx-exceptions 2.5.0';
exports.SPDX_LICENSE_IDS = [
    '0BSD',
    '3D-Slicer-1.0',
    'AAL',
    'ADSL',
    'AFL-1.1',
    'AFL-1.2',
    'AFL-2.0',
    'AFL-2.1',
    'AFL-3.0',
    'AGPL-1.0',
    'AGPL-1.0-only',
    'AGPL-1.0-or-later',
    'AGPL-3.0',
    'AGPL-3.0-only',
    'AGPL-3.0-or-later',
    'ALGLIB-Documentation',
    'AMD-newlib',
    'AMDPLPA',
    'AML',
    'AML-glslang',
    'AMPAS',
    'ANTLR-PD',
    'ANTLR-PD-fallback',
    'APAFML',
    'APL-1.0',
    'APSL-1.0',
    'APSL-1.1',
    'APSL-1.2',
    'APSL-2.0',
    'ASWF-Digital-Assets-1.0',
    'ASWF-Digital-Assets-1.1',
    'Abstyles',
    'AdaCore-doc',
    'Adobe-2006',
    'Adobe-Display-PostScript',
    'Adobe-Glyph',
    'Adobe-Utopia',
    'Advanced-Cryptics-Dictionary',
    'Afmparse',
    'Aladdin',
    'Apache-1.0',
    'Apache-1.1',
    'Apache-2.0',
    'App-s2p',
    'Arphic-1999',
    'Artistic-1.0',
    'Artistic-1.0-Perl',
    'Artistic-1.0-cl8',
    'Artistic-2.0',
    'Artistic-dist',
    'Aspell-RU',
    'BOLA-1.1',
    'BSD-1-Clause',
    'BSD-2-Clause',
    'BSD-2-Clause-Darwin',
    'BSD-2-Clause-FreeBSD',
    'BSD-2-Clause-NetBSD',
    'BSD-2-Clause-Patent',
    'BSD-2-Clause-Views',
    'BSD-2-Clause-first-lines',
    'BSD-2-Clause-pkgconf-disclaimer',
    'BSD-2-Clause-pos-unchanged',
    'BSD-3-Clause',
    'BSD-3-Clause-Attribution',
    'BSD-3-Clause-Clear',
    'BSD-3-Clause-HP',
    'BSD-3-Clause-LBNL',
    'BSD-3-Clause-Modification',
    'BSD-3-Clause-No-Military-License',
    'BSD-3-Clause-No-Nuclear-License',
    'BSD-3-Clause-No-Nuclear-License-2014',
    'BSD-3-Clause-No-Nuclear-Warranty',
    'BSD-3-Clause-Open-MPI',
    'BSD-3-Clause-OpenWebUI',
    'BSD-3-Clause-Sun',
    'BSD-3-Clause-Tso',
    'BSD-3-Clause-acpica',
    'BSD-3-Clause-flex',
    'BSD-4-Clause',
    'BSD-4-Clause-Shortened',
    'BSD-4-Clause-UC',
    'BSD-4.3RENO',
    'BSD-4.3TAHOE',
    'BSD-Advertising-Acknowledgement',
    'BSD-Attribution-HPND-disclaimer',
    'BSD-Inferno-Nettverk',
    'BSD-Mark-Modifications',
    'BSD-Protection',
    'BSD-Source-Code',
    'BSD-Source-Code-no-disclaimer',
    'BSD-Source-alt-GPL',
    'BSD-Source-beginning-file',
    'BSD-Systemics',
    'BSD-Systemics-W3Works',
    'BSD-ask-to-endorse',
    'BSL-1.0',
    'BUSL-1.1',
    'Baekmuk',
    'Bahyph',
    'Barr',
    'Beerware',
    'BitTorrent-1.0',
    'BitTorrent-1.1',
    'Bitstream-Charter',
    'Bitstream-Vera',
    'BlueOak-1.0.0',
    'Boehm-GC',
    'Boehm-GC-without-fee',
    'Borceux',
    'Brian-Gladman-2-Clause',
    'Brian-Gladman-3-Clause',
    'Brian-Gladman-3-Clause-no-conversion',
    'Buddy',
    'Bugroff',
    'C-UDA-1.0',
    'CAL-1.0',
    'CAL-1.0-Combined-Work-Exception',
    'CAPEC-tou',
    'CATOSL-1.1',
    'CC-BY-1.0',
    'CC-BY-2.0',
    'CC-BY-2.5',
    'CC-BY-2.5-AU',
    'CC-BY-3.0',
    'CC-BY-3.0-AT',
    'CC-BY-3.0-AU',
    'CC-BY-3.0-DE',
    'CC-BY-3.0-IGO',
    'CC-BY-3.0-NL',
    'CC-BY-3.0-US',
    'CC-BY-4.0',
    'CC-BY-NC-1.0',
    'CC-BY-NC-2.0',
    'CC-BY-NC-2.5',
    'CC-BY-NC-3.0',
    'CC-BY-NC-3.0-DE',
    'CC-BY-NC-3.0-IGO',
    'CC-BY-NC-4.0',
    'CC-BY-NC-ND-1.0',
    'CC-BY-NC-ND-2.0',
    'CC-BY-NC-ND-2.5',
    'CC-BY-NC-ND-3.0',
    'CC-BY-NC-ND-3.0-DE',
    'CC-BY-NC-ND-3.0-IGO',
    'CC-BY-NC-ND-4.0',
    'CC-BY-NC-SA-1.0',
    'CC-BY-NC-SA-2.0',
    'CC-BY-NC-SA-2.0-DE',
    'CC-BY-NC-SA-2.0-FR',
    'CC-BY-NC-SA-2.0-UK',
    'CC-BY-NC-SA-2.5',
    'CC-BY-NC-SA-3.0',
    'CC-BY-NC-SA-3.0-DE',
    'CC-BY-NC-SA-3.0-IGO',
    'CC-BY-NC-SA-4.0',
    'CC-BY-ND-1.0',
    'CC-BY-ND-2.0',
    'CC-BY-ND-2.5',
    'CC-BY-ND-3.0',
    'CC-BY-ND-3.0-DE',
    'CC-BY-ND-4.0',
    'CC-BY-SA-1.0',
    'CC-BY-SA-2.0',
    'CC-BY-SA-2.0-UK',
    'CC-BY-SA-2.1-JP',
    'CC-BY-SA-2.5',
    'CC-BY-SA-3.0',
    'CC-BY-SA-3.0-AT',
    'CC-BY-SA-3.0-DE',
    'CC-BY-SA-3.0-IGO',
    'CC-BY-SA-4.0',
    'CC-PDDC',
    'CC-PDM-1.0',
    'CC-SA-1.0',
    'CC0-1.0',
    'CDDL-1.0',
    'CDDL-1.1',
    'CDL-1.0',
    'CDLA-Permissive-1.0',
    'CDLA-Permissive-2.0',
    'CDLA-Sharing-1.0',
    'CECILL-1.0',
    'CECILL-1.1',
    'CECILL-2.0',
    'CECILL-2.1',
    'CECILL-B',
    'CECILL-C',
    'CERN-OHL-1.1',
    'CERN-OHL-1.2',
    'CERN-OHL-P-2.0',
    'CERN-OHL-S-2.0',
    'CERN-OHL-W-2.0',
    'CFITSIO',
    'CMU-Mach',
    'CMU-Mach-nodoc',
    'CNRI-Jython',
    'CNRI-Python',
    'CNRI-Python-GPL-Compatible',
    'COIL-1.0',
    'CPAL-1.0',
    'CPL-1.0',
    'CPOL-1.02',
    'CUA-OPL-1.0',
    'Caldera',
    'Caldera-no-preamble',
    'Catharon',
    'ClArtistic',
    'Clips',
    'Community-Spec-1.0',
    'Condor-1.1',
    'Cornell-Lossless-JPEG',
    'Cronyx',
    'Crossword',
    'CryptoSwift',
    'CrystalStacker',
    'Cube',
    'D-FSL-1.0',
    'DEC-3-Clause',
    'DL-DE-BY-2.0',
    'DL-DE-ZERO-2.0',
    'DOC',
    'DRL-1.0',
    'DRL-1.1',
    'DSDP',
    'DocBook-DTD',
    'DocBook-Schema',
    'DocBook-Stylesheet',
    'DocBook-XML',
    'Dotseqn',
    'ECL-1.0',
    'ECL-2.0',
    'EFL-1.0',
    'EFL-2.0',
    'EPICS',
    'EPL-1.0',
    'EPL-2.0',
    'ESA-PL-permissive-2.4',
    'ESA-PL-strong-copyleft-2.4',
    'ESA-PL-weak-copyleft-2.4',
    'EUDatagrid',
    'EUPL-1.0',
    'EUPL-1.1',
    'EUPL-1.2',
    'Elastic-2.0',
    'Entessa',
    'ErlPL-1.1',
    'Eurosym',
    'FBM',
    'FDK-AAC',
    'FDK-MPEG-H',
    'FSFAP',
    'FSFAP-no-warranty-disclaimer',
    'FSFUL',
    'FSFULLR',
    'FSFULLRSD',
    'FSFULLRWD',
    'FSL-1.1-ALv2',
    'FSL-1.1-MIT',
    'FTL',
    'Fair',
    'Ferguson-Twofish',
    'Frameworx-1.0',
    'FreeBSD-DOC',
    'FreeImage',
    'Furuseth',
    'GCR-docs',
    'GD',
    'GFDL-1.1',
    'GFDL-1.1-invariants-only',
    'GFDL-1.1-invariants-or-later',
    'GFDL-1.1-no-invariants-only',
    'GFDL-1.1-no-invariants-or-later',
    'GFDL-1.1-only',
    'GFDL-1.1-or-later',
    'GFDL-1.2',
    'GFDL-1.2-invariants-only',
    'GFDL-1.2-invariants-or-later',
    'GFDL-1.2-no-invariants-only',
    'GFDL-1.2-no-invariants-or-later',
    'GFDL-1.2-only',
    'GFDL-1.2-or-later',
    'GFDL-1.3',
    'GFDL-1.3-invariants-only',
    'GFDL-1.3-invariants-or-later',
    'GFDL-1.3-no-invariants-only',
    'GFDL-1.3-no-invariants-or-later',
    'GFDL-1.3-only',
    'GFDL-1.3-or-later',
    'GL2PS',
    'GLWTPL',
    'GPL-1.0',
    'GPL-1.0-only',
    'GPL-1.0-or-later',
    'GPL-2.0',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'GPL-2.0-with-GCC-exception',
    'GPL-2.0-with-autoconf-exception',
    'GPL-2.0-with-bison-exception',
    'GPL-2.0-with-classpath-exception',
    'GPL-2.0-with-font-exception',
    'GPL-3.0',
    'GPL-3.0-only',
    'GPL-3.0-or-later',
    'GPL-3.0-with-GCC-exception',
    'GPL-3.0-with-autoconf-exception',
    'Game-Programming-Gems',
    'Giftware',
    'Glide',
    'Glulxe',
    'Graphics-Gems',
    'Gutmann',
    'HDF5',
    'HIDAPI',
    'HP-1986',
    'HP-1989',
    'HPND',
    'HPND-DEC',
    'HPND-Fenneberg-Livingston',
    'HPND-INRIA-IMAG',
    'HPND-Intel',
    'HPND-Kevlin-Henney',
    'HPND-MIT-disclaimer',
    'HPND-Markus-Kuhn',
    'HPND-Netrek',
    'HPND-Pbmplus',
    'HPND-SMC',
    'HPND-UC',
    'HPND-UC-export-US',
    'HPND-doc',
    'HPND-doc-sell',
    'HPND-export-US',
    'HPND-export-US-acknowledgement',
    'HPND-export-US-modify',
    'HPND-export2-US',
    'HPND-merchantability-variant',
    'HPND-sell-MIT-disclaimer-xserver',
    'HPND-sell-regexpr',
    'HPND-sell-variant',
    'HPND-sell-variant-MIT-disclaimer',
    'HPND-sell-variant-MIT-disclaimer-rev',
    'HPND-sell-variant-critical-systems',
    'HTMLTIDY',
    'HaskellReport',
    'Hippocratic-2.1',
    'Hippocratic-3.0-core',
    'IBM-pibs',
    'ICU',
    'IEC-Code-Components-EULA',
    'IJG',
    'IJG-short',
    'IPA',
    'IPL-1.0',
    'ISC',
    'ISC-Veillard',
    'ISO-permission',
    'ImageMagick',
    'Imlib2',
    'Info-ZIP',
    'Informatica',
    'Inner-Net-2.0',
    'InnoSetup',
    'Intel',
    'Intel-ACPI',
    'Interbase-1.0',
    'JPL-image',
    'JPNIC',
    'JSON',
    'Jam',
    'JasPer-2.0',
    'Kastrup',
    'Kazlib',
    'Knuth-CTAN',
    'LAL-1.2',
    'LAL-1.3',
    'LGPL-2.0',
    'LGPL-2.0-only',
    'LGPL-2.0-or-later',
    'LGPL-2.1',
    'LGPL-2.1-only',
    'LGPL-2.1-or-later',
    'LGPL-3.0',
    'LGPL-3.0-only',
    'LGPL-3.0-or-later',
    'LGPLLR',
    'LOOP',
    'LPD-document',
    'LPL-1.0',
    'LPL-1.02',
    'LPPL-1.0',
    'LPPL-1.1',
    'LPPL-1.2',
    'LPPL-1.3a',
    'LPPL-1.3c',
    'LZMA-SDK-9.11-to-9.20',
    'LZMA-SDK-9.22',
    'Latex2e',
    'Latex2e-translated-notice',
    'Leptonica',
    'LiLiQ-P-1.1',
    'LiLiQ-R-1.1',
    'LiLiQ-Rplus-1.1',
    'Libpng',
    'Linux-OpenIB',
    'Linux-man-pages-1-para',
    'Linux-man-pages-copyleft',
    'Linux-man-pages-copyleft-2-para',
    'Linux-man-pages-copyleft-var',
    'Lucida-Bitmap-Fonts',
    'MIPS',
    'MIT',
    'MIT-0',
    'MIT-CMU',
    'MIT-Click',
    'MIT-Festival',
    'MIT-Khronos-old',
    'MIT-Modern-Variant',
    'MIT-STK',
    'MIT-Wu',
    'MIT-advertising',
    'MIT-enna',
    'MIT-feh',
    'MIT-open-group',
    'MIT-testregex',
    'MITNFA',
    'MMIXware',
    'MMPL-1.0.1',
    'MPEG-SSG',
    'MPL-1.0',
    'MPL-1.1',
    'MPL-2.0',
    'MPL-2.0-no-copyleft-exception',
    'MS-LPL',
    'MS-PL',
    'MS-RL',
    'MTLL',
    'MVT-1.1',
    'Mackerras-3-Clause',
    'Mackerras-3-Clause-acknowledgment',
    'MakeIndex',
    'Martin-Birgmeier',
    'McPhee-slideshow',
    'Minpack',
    'MirOS',
    'Motosoto',
    'MulanPSL-1.0',
    'MulanPSL-2.0',
    'Multics',
    'Mup',
    'NAIST-2003',
    'NASA-1.3',
    'NBPL-1.0',
    'NCBI-PD',
    'NCGL-UK-2.0',
    'NCL',
    'NCSA',
    'NGPL',
    'NICTA-1.0',
    'NIST-PD',
    'NIST-PD-TNT',
    'NIST-PD-fallback',
    'NIST-Software',
    'NLOD-1.0',
    'NLOD-2.0',
    'NLPL',
    'NOSL',
    'NPL-1.0',
    'NPL-1.1',
    'NPOSL-3.0',
    'NRL',
    'NTIA-PD',
    'NTP',
    'NTP-0',
    'Naumen',
    'Net-SNMP',
    'NetCDF',
    'Newsletr',
    'Nokia',
    'Noweb',
    'Nunit',
    'O-UDA-1.0',
    'OAR',
    'OCCT-PL',
    'OCLC-2.0',
    'ODC-By-1.0',
    'ODbL-1.0',
    'OFFIS',
    'OFL-1.0',
    'OFL-1.0-RFN',
    'OFL-1.0-no-RFN',
    'OFL-1.1',
    'OFL-1.1-RFN',
    'OFL-1.1-no-RFN',
    'OGC-1.0',
    'OGDL-Taiwan-1.0',
    'OGL-Canada-2.0',
    'OGL-UK-1.0',
    'OGL-UK-2.0',
    'OGL-UK-3.0',
    'OGTSL',
    'OLDAP-1.1',
    'OLDAP-1.2',
    'OLDAP-1.3',
    'OLDAP-1.4',
    'OLDAP-2.0',
    'OLDAP-2.0.1',
    'OLDAP-2.1',
    'OLDAP-2.2',
    'OLDAP-2.2.1',
    'OLDAP-2.2.2',
    'OLDAP-2.3',
    'OLDAP-2.4',
    'OLDAP-2.5',
    'OLDAP-2.6',
    'OLDAP-2.7',
    'OLDAP-2.8',
    'OLFL-1.3',
    'OML',
    'OPL-1.0',
    'OPL-UK-3.0',
    'OPUBL-1.0',
    'OSC-1.0',
    'OSET-PL-2.1',
    'OSL-1.0',
    'OSL-1.1',
    'OSL-2.0',
    'OSL-2.1',
    'OSL-3.0',
    'OSSP',
    'OpenMDW-1.0',
    'OpenPBS-2.3',
    'OpenSSL',
    'OpenSSL-standalone',
    'OpenVision',
    'PADL',
    'PDDL-1.0',
    'PHP-3.0',
    'PHP-3.01',
    'PPL',
    'PSF-2.0',
    'ParaType-Free-Font-1.3',
    'Parity-6.0.0',
    'Parity-7.0.0',
    'Pixar',
    'Plexus',
    'PolyForm-Noncommercial-1.0.0',
    'PolyForm-Small-Business-1.0.0',
    'PostgreSQL',
    'Python-2.0',
    'Python-2.0.1',
    'QPL-1.0',
    'QPL-1.0-INRIA-2004',
    'Qhull',
    'RHeCos-1.1',
    'RPL-1.1',
    'RPL-1.5',
    'RPSL-1.0',
    'RSA-MD',
    'RSCPL',
    'Rdisc',
    'Ruby',
    'Ruby-pty',
    'SAX-PD',
    'SAX-PD-2.0',
    'SCEA',
    'SGI-B-1.0',
    'SGI-B-1.1',
    'SGI-B-2.0',
    'SGI-OpenGL',
    'SGMLUG-PM',
    'SGP4',
    'SHL-0.5',
    'SHL-0.51',
    'SISSL',
    'SISSL-1.2',
    'SL',
    'SMAIL-GPL',
    'SMLNJ',
    'SMPPL',
    'SNIA',
    'SOFA',
    'SPL-1.0',
    'SSH-OpenSSH',
    'SSH-short',
    'SSLeay-standalone',
    'SSPL-1.0',
    'SUL-1.0',
    'SWL',
    'Saxpath',
    'SchemeReport',
    'Sendmail',
    'Sendmail-8.23',
    'Sendmail-Open-Source-1.1',
    'SimPL-2.0',
    'Sleepycat',
    'Soundex',
    'Spencer-86',
    'Spencer-94',
    'Spencer-99',
    'StandardML-NJ',
    'SugarCRM-1.1.3',
    'Sun-PPP',
    'Sun-PPP-2000',
    'SunPro',
    'Symlinks',
    'TAPR-OHL-1.0',
    'TCL',
    'TCP-wrappers',
    'TGPPL-1.0',
    'TMate',
    'TORQUE-1.1',
    'TOSL',
    'TPDL',
    'TPL-1.0',
    'TTWL',
    'TTYP0',
    'TU-Berlin-1.0',
    'TU-Berlin-2.0',
    'TekHVC',
    'TermReadKey',
    'ThirdEye',
    'TrustedQSL',
    'UCAR',
    'UCL-1.0',
    'UMich-Merit',
    'UPL-1.0',
    'URT-RLE',
    'Ubuntu-font-1.0',
    'UnRAR',
    'Unicode-3.0',
    'Unicode-DFS-2015',
    'Unicode-DFS-2016',
    'Unicode-TOU',
    'UnixCrypt',
    'Unlicense',
    'Unlicense-libtelnet',
    'Unlicense-libwhirlpool',
    'VOSTROM',
    'VSL-1.0',
    'Vim',
    'Vixie-Cron',
    'W3C',
    'W3C-19980720',
    'W3C-20150513',
    'WTFNMFPL',
    'WTFPL',
    'Watcom-1.0',
    'Widget-Workshop',
    'WordNet',
    'Wsuipa',
    'X11',
    'X11-distribute-modifications-variant',
    'X11-no-permit-persons',
    'X11-swapped',
    'XFree86-1.1',
    'XSkat',
    'Xdebug-1.03',
    'Xerox',
    'Xfig',
    'Xnet',
    'YPL-1.0',
    'YPL-1.1',
    'ZPL-1.1',
    'ZPL-2.0',
    'ZPL-2.1',
    'Zed',
    'Zeeff',
    'Zend-2.0',
    'Zimbra-1.3',
    'Zimbra-1.4',
    'Zlib',
    'any-OSI',
    'any-OSI-perl-modules',
    'atc-game',
    'bcrypt-Solar-Designer',
    'blessing',
    'bzip2-1.0.5',
    'bzip2-1.0.6',
    'check-cvs',
    'checkmk',
    'copyleft-next-0.3.0',
    'copyleft-next-0.3.1',
    'curl',
    'cve-tou',
    'diffmark',
    'dtoa',
    'dvipdfm',
    'eCos-2.0',
    'eGenix',
    'etalab-2.0',
    'fwlw',
    'gSOAP-1.3b',
    'generic-xts',
    'gnuplot',
    'gtkbook',
    'hdparm',
    'hyphen-bulgarian',
    'iMatix',
    'jove',
    'libpng-1.6.35',
    'libpng-2.0',
    'libselinux-1.0',
    'libtiff',
    'libutil-David-Nugent',
    'lsof',
    'magaz',
    'mailprio',
    'man2html',
    'metamail',
    'mpi-permissive',
    'mpich2',
    'mplus',
    'ngrep',
    'pkgconf',
    'pnmstitch',
    'psfrag',
    'psutils',
    'python-ldap',
    'radvd',
    'snprintf',
    'softSurfer',
    'ssh-keyscan',
    'swrule',
    'threeparttable',
    'ulem',
    'w3m',
    'wwl',
    'wxWindows',
    'xinetd',
    'xkeyboard-config-Zinoviev',
    'xlock',
    'xpp',
    'xzoom',
    'zlib-acknowledgement',
];
exports.SPDX_EXCEPTION_IDS = [
    '389-exception',
    'Asterisk-exception',
    'Autoconf-exception-2.0',
    'Autoconf-exception-3.0',
    'Autoconf-exception-generic',
    'Autoconf-exception-generic-3.0',
    'Autoconf-exception-macro',
    'Bison-exception-1.24',
    'Bison-exception-2.2',
    'Bootloader-exception',
    'CLISP-exception-2.0',
    'Classpath-exception-2.0',
    'DigiRule-FOSS-exception',
    'FLTK-exception',
    'Fawkes-Runtime-exception',
    'Font-exception-2.0',
    'GCC-exception-2.0',
    'GCC-exception-2.0-note',
    'GCC-exception-3.1',
    'GNAT-exception',
    'GNOME-examples-exception',
    'GNU-compiler-exception',
    'GPL-3.0-interface-exception',
    'GPL-3.0-linking-exception',
    'GPL-3.0-linking-source-exception',
    'GPL-CC-1.0',
    'GStreamer-exception-2005',
    'GStreamer-exception-2008',
    'Gmsh-exception',
    'KiCad-libraries-exception',
    'LGPL-3.0-linking-exception',
    'LLGPL',
    'LLVM-exception',
    'LZMA-exception',
    'Libtool-exception',
    'Linux-syscall-note',
    'OCCT-exception-1.0',
    'OCaml-LGPL-linking-exception',
    'OpenJDK-assembly-exception-1.0',
    'PS-or-PDF-font-exception-20170817',
    'QPL-1.0-INRIA-2004-exception',
    'Qt-GPL-exception-1.0',
    'Qt-LGPL-exception-1.1',
    'Qwt-exception-1.0',
    'SANE-exception',
    'SHL-2.0',
    'SHL-2.1',
    'SWI-exception',
    'Swift-exception',
    'Texinfo-exception',
    'UBDL-exception',
    'Universal-FOSS-exception-1.0',
    'WxWindows-exception-3.1',
    'cryptsetup-OpenSSL-exception',
    'eCos-exception-2.0',
    'fmt-exception',
    'freertos-exception-2.0',
    'gnu-javamail-exception',
    'i2p-gpl-java-exception',
    'libpri-OpenH323-exception',
    'mif-exception',
    'openvpn-openssl-exception',
    'stunnel-exception',
    'u-boot-exception-2.0',
    'vsftpd-openssl-exception',
    'x11vnc-openssl-exception',
];


/***/ }),

/***/ 4109:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STDLIB_MODULE_NAMES = exports.STDLIB_SOURCE = void 0;
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** Standard-library module names (and their dotted prefixes), canonicalized: PyPI refuses them as project names. */
exports.STDLIB_SOURCE = "Debian python3-stdlib-list 0.12.0-1 (unstable; Python 2.6, 2.7, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14) and sys.stdlib_module_names of Debian's Python 3.11";
exports.STDLIB_MODULE_NAMES = [
    'abc',
    'abcoll',
    'aepack',
    'aetools',
    'aetypes',
    'aifc',
    'aix-support',
    'al',
    'android-support',
    'annotationlib',
    'antigravity',
    'anydbm',
    'apple-support',
    'applesingle',
    'argparse',
    'array',
    'ast',
    'ast-unparse',
    'asynchat',
    'asyncio',
    'asyncio-base-events',
    'asyncio-base-futures',
    'asyncio-base-subprocess',
    'asyncio-base-tasks',
    'asyncio-compat',
    'asyncio-constants',
    'asyncio-coroutines',
    'asyncio-events',
    'asyncio-exceptions',
    'asyncio-format-helpers',
    'asyncio-futures',
    'asyncio-graph',
    'asyncio-locks',
    'asyncio-log',
    'asyncio-main',
    'asyncio-mixins',
    'asyncio-proactor-events',
    'asyncio-protocols',
    'asyncio-queues',
    'asyncio-runners',
    'asyncio-selector-events',
    'asyncio-sslproto',
    'asyncio-staggered',
    'asyncio-streams',
    'asyncio-subprocess',
    'asyncio-taskgroups',
    'asyncio-tasks',
    'asyncio-test-utils',
    'asyncio-threads',
    'asyncio-timeouts',
    'asyncio-tools',
    'asyncio-transports',
    'asyncio-trsock',
    'asyncio-unix-events',
    'asyncio-windows-events',
    'asyncio-windows-utils',
    'asyncore',
    'atexit',
    'audiodev',
    'audioop',
    'autogil',
    'base64',
    'basehttpserver',
    'bastion',
    'bdb',
    'binascii',
    'binhex',
    'bisect',
    'blake2',
    'bootlocale',
    'bootsubprocess',
    'bsddb',
    'bsddb-db',
    'bsddb-dbobj',
    'bsddb-dbrecio',
    'bsddb-dbshelve',
    'bsddb-dbtables',
    'bsddb-dbutils',
    'bsddb-test',
    'bsddb-test-test-all',
    'bsddb-test-test-associate',
    'bsddb-test-test-basics',
    'bsddb-test-test-compare',
    'bsddb-test-test-compat',
    'bsddb-test-test-cursor-pget-bug',
    'bsddb-test-test-db',
    'bsddb-test-test-dbenv',
    'bsddb-test-test-dbobj',
    'bsddb-test-test-dbshelve',
    'bsddb-test-test-dbtables',
    'bsddb-test-test-distributed-transactions',
    'bsddb-test-test-early-close',
    'bsddb-test-test-fileid',
    'bsddb-test-test-get-none',
    'bsddb-test-test-join',
    'bsddb-test-test-lock',
    'bsddb-test-test-misc',
    'bsddb-test-test-pickle',
    'bsddb-test-test-queue',
    'bsddb-test-test-recno',
    'bsddb-test-test-replication',
    'bsddb-test-test-sequence',
    'bsddb-test-test-thread',
    'buildtools',
    'builtin',
    'builtins',
    'bz2',
    'calendar',
    'canvas',
    'carbon',
    'carbon-ae',
    'carbon-ah',
    'carbon-app',
    'carbon-appearance',
    'carbon-carbonevents',
    'carbon-carbonevt',
    'carbon-cf',
    'carbon-cg',
    'carbon-cm',
    'carbon-components',
    'carbon-controlaccessor',
    'carbon-controls',
    'carbon-corefounation',
    'carbon-coregraphics',
    'carbon-ctl',
    'carbon-dialogs',
    'carbon-dlg',
    'carbon-drag',
    'carbon-dragconst',
    'carbon-events',
    'carbon-evt',
    'carbon-file',
    'carbon-files',
    'carbon-fm',
    'carbon-folder',
    'carbon-folders',
    'carbon-fonts',
    'carbon-help',
    'carbon-ibcarbon',
    'carbon-ibcarbonruntime',
    'carbon-icns',
    'carbon-icons',
    'carbon-launch',
    'carbon-launchservices',
    'carbon-list',
    'carbon-lists',
    'carbon-machelp',
    'carbon-mediadescr',
    'carbon-menu',
    'carbon-menus',
    'carbon-mlte',
    'carbon-osa',
    'carbon-osaconst',
    'carbon-qd',
    'carbon-qdoffs',
    'carbon-qdoffscreen',
    'carbon-qt',
    'carbon-quickdraw',
    'carbon-quicktime',
    'carbon-res',
    'carbon-resources',
    'carbon-scrap',
    'carbon-snd',
    'carbon-sound',
    'carbon-te',
    'carbon-textedit',
    'carbon-win',
    'carbon-windows',
    'cd',
    'cfmfile',
    'cgi',
    'cgihttpserver',
    'cgitb',
    'chunk',
    'cmath',
    'cmd',
    'code',
    'codecs',
    'codecs-cn',
    'codecs-hk',
    'codecs-iso2022',
    'codecs-jp',
    'codecs-kr',
    'codecs-tw',
    'codeop',
    'collections',
    'collections-abc',
    'collections-main',
    'colorize',
    'colorpicker',
    'colorsys',
    'commands',
    'compat-pickle',
    'compileall',
    'compiler',
    'compiler-ast',
    'compiler-consts',
    'compiler-future',
    'compiler-misc',
    'compiler-pyassem',
    'compiler-pycodegen',
    'compiler-symbols',
    'compiler-syntax',
    'compiler-transformer',
    'compiler-visitor',
    'compression',
    'compression-bz2',
    'compression-common',
    'compression-common-streams',
    'compression-gzip',
    'compression-lzma',
    'compression-zlib',
    'compression-zstd',
    'compression-zstd-zstdfile',
    'concurrent',
    'concurrent-futures',
    'concurrent-futures-base',
    'concurrent-futures-interpreter',
    'concurrent-futures-process',
    'concurrent-futures-thread',
    'concurrent-interpreters',
    'concurrent-interpreters-crossinterp',
    'concurrent-interpreters-queues',
    'configparser',
    'contextlib',
    'contextvars',
    'cookie',
    'cookielib',
    'copy',
    'copy-reg',
    'copyreg',
    'cpickle',
    'cprofile',
    'crypt',
    'cstringio',
    'csv',
    'ctypes',
    'ctypes-aix',
    'ctypes-endian',
    'ctypes-layout',
    'ctypes-macholib',
    'ctypes-macholib-dyld',
    'ctypes-macholib-dylib',
    'ctypes-macholib-framework',
    'ctypes-test',
    'ctypes-test-main',
    'ctypes-test-runtests',
    'ctypes-test-test-anon',
    'ctypes-test-test-array-in-pointer',
    'ctypes-test-test-arrays',
    'ctypes-test-test-as-parameter',
    'ctypes-test-test-bitfields',
    'ctypes-test-test-buffers',
    'ctypes-test-test-bytes',
    'ctypes-test-test-byteswap',
    'ctypes-test-test-callbacks',
    'ctypes-test-test-cast',
    'ctypes-test-test-cfuncs',
    'ctypes-test-test-checkretval',
    'ctypes-test-test-delattr',
    'ctypes-test-test-errno',
    'ctypes-test-test-find',
    'ctypes-test-test-frombuffer',
    'ctypes-test-test-funcptr',
    'ctypes-test-test-functions',
    'ctypes-test-test-incomplete',
    'ctypes-test-test-init',
    'ctypes-test-test-internals',
    'ctypes-test-test-keeprefs',
    'ctypes-test-test-libc',
    'ctypes-test-test-loading',
    'ctypes-test-test-macholib',
    'ctypes-test-test-memfunctions',
    'ctypes-test-test-numbers',
    'ctypes-test-test-objects',
    'ctypes-test-test-parameters',
    'ctypes-test-test-pep3118',
    'ctypes-test-test-pickling',
    'ctypes-test-test-pointers',
    'ctypes-test-test-prototypes',
    'ctypes-test-test-python-api',
    'ctypes-test-test-random-things',
    'ctypes-test-test-refcounts',
    'ctypes-test-test-repr',
    'ctypes-test-test-returnfuncptrs',
    'ctypes-test-test-simplesubclasses',
    'ctypes-test-test-sizes',
    'ctypes-test-test-slicing',
    'ctypes-test-test-stringptr',
    'ctypes-test-test-strings',
    'ctypes-test-test-struct-fields',
    'ctypes-test-test-structures',
    'ctypes-test-test-unaligned-structures',
    'ctypes-test-test-unicode',
    'ctypes-test-test-values',
    'ctypes-test-test-varsize-struct',
    'ctypes-test-test-win32',
    'ctypes-test-test-wintypes',
    'ctypes-util',
    'ctypes-wintypes',
    'curses',
    'curses-ascii',
    'curses-has-key',
    'curses-panel',
    'curses-textpad',
    'curses-wrapper',
    'dataclasses',
    'datetime',
    'dbhash',
    'dbm',
    'dbm-dumb',
    'dbm-gnu',
    'dbm-ndbm',
    'dbm-sqlite3',
    'decimal',
    'device',
    'dialog',
    'difflib',
    'dircache',
    'dis',
    'distutils',
    'distutils-archive-util',
    'distutils-bcppcompiler',
    'distutils-ccompiler',
    'distutils-cmd',
    'distutils-collections',
    'distutils-command',
    'distutils-command-bdist',
    'distutils-command-bdist-dumb',
    'distutils-command-bdist-msi',
    'distutils-command-bdist-packager',
    'distutils-command-bdist-rpm',
    'distutils-command-bdist-wininst',
    'distutils-command-build',
    'distutils-command-build-clib',
    'distutils-command-build-ext',
    'distutils-command-build-py',
    'distutils-command-build-scripts',
    'distutils-command-check',
    'distutils-command-clean',
    'distutils-command-config',
    'distutils-command-framework-compat',
    'distutils-command-install',
    'distutils-command-install-data',
    'distutils-command-install-egg-info',
    'distutils-command-install-headers',
    'distutils-command-install-lib',
    'distutils-command-install-scripts',
    'distutils-command-py37compat',
    'distutils-command-register',
    'distutils-command-sdist',
    'distutils-command-upload',
    'distutils-config',
    'distutils-core',
    'distutils-cygwinccompiler',
    'distutils-debug',
    'distutils-dep-util',
    'distutils-dir-util',
    'distutils-dist',
    'distutils-emxccompiler',
    'distutils-errors',
    'distutils-extension',
    'distutils-fancy-getopt',
    'distutils-file-util',
    'distutils-filelist',
    'distutils-functools',
    'distutils-log',
    'distutils-macos-compat',
    'distutils-msvc9compiler',
    'distutils-msvccompiler',
    'distutils-mwerkscompiler',
    'distutils-py38compat',
    'distutils-py39compat',
    'distutils-spawn',
    'distutils-sysconfig',
    'distutils-tests',
    'distutils-tests-setuptools-build-ext',
    'distutils-tests-setuptools-extension',
    'distutils-tests-support',
    'distutils-tests-test-archive-util',
    'distutils-tests-test-bdist',
    'distutils-tests-test-bdist-dumb',
    'distutils-tests-test-bdist-msi',
    'distutils-tests-test-bdist-rpm',
    'distutils-tests-test-bdist-wininst',
    'distutils-tests-test-build',
    'distutils-tests-test-build-clib',
    'distutils-tests-test-build-ext',
    'distutils-tests-test-build-py',
    'distutils-tests-test-build-scripts',
    'distutils-tests-test-ccompiler',
    'distutils-tests-test-check',
    'distutils-tests-test-clean',
    'distutils-tests-test-cmd',
    'distutils-tests-test-config',
    'distutils-tests-test-config-cmd',
    'distutils-tests-test-core',
    'distutils-tests-test-cygwinccompiler',
    'distutils-tests-test-dep-util',
    'distutils-tests-test-dir-util',
    'distutils-tests-test-dist',
    'distutils-tests-test-extension',
    'distutils-tests-test-file-util',
    'distutils-tests-test-filelist',
    'distutils-tests-test-install',
    'distutils-tests-test-install-data',
    'distutils-tests-test-install-headers',
    'distutils-tests-test-install-lib',
    'distutils-tests-test-install-scripts',
    'distutils-tests-test-log',
    'distutils-tests-test-msvc9compiler',
    'distutils-tests-test-msvccompiler',
    'distutils-tests-test-register',
    'distutils-tests-test-sdist',
    'distutils-tests-test-spawn',
    'distutils-tests-test-sysconfig',
    'distutils-tests-test-text-file',
    'distutils-tests-test-unixccompiler',
    'distutils-tests-test-upload',
    'distutils-tests-test-util',
    'distutils-tests-test-version',
    'distutils-tests-test-versionpredicate',
    'distutils-text-file',
    'distutils-unixccompiler',
    'distutils-util',
    'distutils-version',
    'distutils-versionpredicate',
    'dl',
    'doctest',
    'docxmlrpcserver',
    'dumbdbm',
    'dummy-thread',
    'dummy-threading',
    'easydialogs',
    'elementtree',
    'email',
    'email-base64mime',
    'email-charset',
    'email-contentmanager',
    'email-encoded-words',
    'email-encoders',
    'email-errors',
    'email-feedparser',
    'email-generator',
    'email-header',
    'email-header-value-parser',
    'email-headerregistry',
    'email-iterators',
    'email-message',
    'email-mime',
    'email-mime-application',
    'email-mime-audio',
    'email-mime-base',
    'email-mime-image',
    'email-mime-message',
    'email-mime-multipart',
    'email-mime-nonmultipart',
    'email-mime-text',
    'email-parseaddr',
    'email-parser',
    'email-policy',
    'email-policybase',
    'email-quoprimime',
    'email-test',
    'email-test-test-email',
    'email-test-test-email-codecs',
    'email-test-test-email-codecs-renamed',
    'email-test-test-email-renamed',
    'email-test-test-email-torture',
    'email-utils',
    'encodings',
    'encodings-aliases',
    'encodings-ascii',
    'encodings-base64-codec',
    'encodings-big5',
    'encodings-big5hkscs',
    'encodings-builtin',
    'encodings-bz2-codec',
    'encodings-charmap',
    'encodings-codecs',
    'encodings-cp037',
    'encodings-cp1006',
    'encodings-cp1026',
    'encodings-cp1125',
    'encodings-cp1140',
    'encodings-cp1250',
    'encodings-cp1251',
    'encodings-cp1252',
    'encodings-cp1253',
    'encodings-cp1254',
    'encodings-cp1255',
    'encodings-cp1256',
    'encodings-cp1257',
    'encodings-cp1258',
    'encodings-cp273',
    'encodings-cp424',
    'encodings-cp437',
    'encodings-cp500',
    'encodings-cp65001',
    'encodings-cp720',
    'encodings-cp737',
    'encodings-cp775',
    'encodings-cp850',
    'encodings-cp852',
    'encodings-cp855',
    'encodings-cp856',
    'encodings-cp857',
    'encodings-cp858',
    'encodings-cp860',
    'encodings-cp861',
    'encodings-cp862',
    'encodings-cp863',
    'encodings-cp864',
    'encodings-cp865',
    'encodings-cp866',
    'encodings-cp869',
    'encodings-cp874',
    'encodings-cp875',
    'encodings-cp932',
    'encodings-cp949',
    'encodings-cp950',
    'encodings-encodings',
    'encodings-euc-jis-2004',
    'encodings-euc-jisx0213',
    'encodings-euc-jp',
    'encodings-euc-kr',
    'encodings-gb18030',
    'encodings-gb2312',
    'encodings-gbk',
    'encodings-hex-codec',
    'encodings-hp-roman8',
    'encodings-hz',
    'encodings-idna',
    'encodings-iso2022-jp',
    'encodings-iso2022-jp-1',
    'encodings-iso2022-jp-2',
    'encodings-iso2022-jp-2004',
    'encodings-iso2022-jp-3',
    'encodings-iso2022-jp-ext',
    'encodings-iso2022-kr',
    'encodings-iso8859-1',
    'encodings-iso8859-10',
    'encodings-iso8859-11',
    'encodings-iso8859-13',
    'encodings-iso8859-14',
    'encodings-iso8859-15',
    'encodings-iso8859-16',
    'encodings-iso8859-2',
    'encodings-iso8859-3',
    'encodings-iso8859-4',
    'encodings-iso8859-5',
    'encodings-iso8859-6',
    'encodings-iso8859-7',
    'encodings-iso8859-8',
    'encodings-iso8859-9',
    'encodings-johab',
    'encodings-koi8-r',
    'encodings-koi8-t',
    'encodings-koi8-u',
    'encodings-kz1048',
    'encodings-latin-1',
    'encodings-mac-arabic',
    'encodings-mac-centeuro',
    'encodings-mac-croatian',
    'encodings-mac-cyrillic',
    'encodings-mac-farsi',
    'encodings-mac-greek',
    'encodings-mac-iceland',
    'encodings-mac-latin2',
    'encodings-mac-roman',
    'encodings-mac-romanian',
    'encodings-mac-turkish',
    'encodings-mbcs',
    'encodings-oem',
    'encodings-palmos',
    'encodings-ptcp154',
    'encodings-punycode',
    'encodings-quopri-codec',
    'encodings-raw-unicode-escape',
    'encodings-rot-13',
    'encodings-shift-jis',
    'encodings-shift-jis-2004',
    'encodings-shift-jisx0213',
    'encodings-string-escape',
    'encodings-tis-620',
    'encodings-undefined',
    'encodings-unicode-escape',
    'encodings-unicode-internal',
    'encodings-utf-16',
    'encodings-utf-16-be',
    'encodings-utf-16-le',
    'encodings-utf-32',
    'encodings-utf-32-be',
    'encodings-utf-32-le',
    'encodings-utf-7',
    'encodings-utf-8',
    'encodings-utf-8-sig',
    'encodings-uu-codec',
    'encodings-win-cp-codecs',
    'encodings-zlib-codec',
    'ensurepip',
    'ensurepip-bundled',
    'ensurepip-main',
    'ensurepip-uninstall',
    'enum',
    'errno',
    'exceptions',
    'faulthandler',
    'fcntl',
    'filecmp',
    'filedialog',
    'fileinput',
    'findertools',
    'fixtk',
    'fl',
    'flp',
    'fm',
    'fnmatch',
    'formatter',
    'fpectl',
    'fpformat',
    'fractions',
    'framework',
    'frozen-importlib',
    'frozen-importlib-external',
    'ftplib',
    'functools',
    'future',
    'future-builtins',
    'gc',
    'gdbm',
    'genericpath',
    'gensuitemodule',
    'getopt',
    'getpass',
    'gettext',
    'gl',
    'glob',
    'graphlib',
    'grp',
    'gzip',
    'hashlib',
    'heapq',
    'hmac',
    'hotshot',
    'hotshot-log',
    'hotshot-stats',
    'hotshot-stones',
    'html',
    'html-entities',
    'html-parser',
    'htmlentitydefs',
    'htmllib',
    'htmlparser',
    'http',
    'http-client',
    'http-cookiejar',
    'http-cookies',
    'http-server',
    'httplib',
    'ic',
    'icopen',
    'idlelib',
    'idlelib-aboutdialog',
    'idlelib-autocomplete',
    'idlelib-autocomplete-w',
    'idlelib-autocompletewindow',
    'idlelib-autoexpand',
    'idlelib-bindings',
    'idlelib-browser',
    'idlelib-calltip',
    'idlelib-calltip-w',
    'idlelib-calltips',
    'idlelib-calltipwindow',
    'idlelib-classbrowser',
    'idlelib-codecontext',
    'idlelib-colordelegator',
    'idlelib-colorizer',
    'idlelib-config',
    'idlelib-config-key',
    'idlelib-configdialog',
    'idlelib-confighandler',
    'idlelib-confighelpsourceedit',
    'idlelib-configsectionnamedialog',
    'idlelib-debugger',
    'idlelib-debugger-r',
    'idlelib-debugobj',
    'idlelib-debugobj-r',
    'idlelib-delegator',
    'idlelib-dynoption',
    'idlelib-dynoptionmenuwidget',
    'idlelib-editor',
    'idlelib-editorwindow',
    'idlelib-filelist',
    'idlelib-format',
    'idlelib-formatparagraph',
    'idlelib-grep',
    'idlelib-grepdialog',
    'idlelib-help',
    'idlelib-help-about',
    'idlelib-history',
    'idlelib-hyperparser',
    'idlelib-idle',
    'idlelib-idle-test',
    'idlelib-idle-test-htest',
    'idlelib-idle-test-mock-idle',
    'idlelib-idle-test-mock-tk',
    'idlelib-idle-test-template',
    'idlelib-idle-test-test-autocomplete',
    'idlelib-idle-test-test-autocomplete-w',
    'idlelib-idle-test-test-autoexpand',
    'idlelib-idle-test-test-browser',
    'idlelib-idle-test-test-calltip',
    'idlelib-idle-test-test-calltip-w',
    'idlelib-idle-test-test-calltips',
    'idlelib-idle-test-test-codecontext',
    'idlelib-idle-test-test-colorizer',
    'idlelib-idle-test-test-config',
    'idlelib-idle-test-test-config-help',
    'idlelib-idle-test-test-config-key',
    'idlelib-idle-test-test-config-name',
    'idlelib-idle-test-test-configdialog',
    'idlelib-idle-test-test-debugger',
    'idlelib-idle-test-test-debugger-r',
    'idlelib-idle-test-test-debugobj',
    'idlelib-idle-test-test-debugobj-r',
    'idlelib-idle-test-test-delegator',
    'idlelib-idle-test-test-editmenu',
    'idlelib-idle-test-test-editor',
    'idlelib-idle-test-test-filelist',
    'idlelib-idle-test-test-format',
    'idlelib-idle-test-test-formatparagraph',
    'idlelib-idle-test-test-grep',
    'idlelib-idle-test-test-help',
    'idlelib-idle-test-test-help-about',
    'idlelib-idle-test-test-helpabout',
    'idlelib-idle-test-test-history',
    'idlelib-idle-test-test-hyperparser',
    'idlelib-idle-test-test-idlehistory',
    'idlelib-idle-test-test-io',
    'idlelib-idle-test-test-iomenu',
    'idlelib-idle-test-test-macosx',
    'idlelib-idle-test-test-mainmenu',
    'idlelib-idle-test-test-multicall',
    'idlelib-idle-test-test-outwin',
    'idlelib-idle-test-test-paragraph',
    'idlelib-idle-test-test-parenmatch',
    'idlelib-idle-test-test-pathbrowser',
    'idlelib-idle-test-test-percolator',
    'idlelib-idle-test-test-pyparse',
    'idlelib-idle-test-test-pyshell',
    'idlelib-idle-test-test-query',
    'idlelib-idle-test-test-redirector',
    'idlelib-idle-test-test-replace',
    'idlelib-idle-test-test-replacedialog',
    'idlelib-idle-test-test-rpc',
    'idlelib-idle-test-test-rstrip',
    'idlelib-idle-test-test-run',
    'idlelib-idle-test-test-runscript',
    'idlelib-idle-test-test-scrolledlist',
    'idlelib-idle-test-test-search',
    'idlelib-idle-test-test-searchbase',
    'idlelib-idle-test-test-searchdialog',
    'idlelib-idle-test-test-searchdialogbase',
    'idlelib-idle-test-test-searchengine',
    'idlelib-idle-test-test-sidebar',
    'idlelib-idle-test-test-squeezer',
    'idlelib-idle-test-test-stackviewer',
    'idlelib-idle-test-test-statusbar',
    'idlelib-idle-test-test-text',
    'idlelib-idle-test-test-textview',
    'idlelib-idle-test-test-tooltip',
    'idlelib-idle-test-test-tree',
    'idlelib-idle-test-test-undo',
    'idlelib-idle-test-test-undodelegator',
    'idlelib-idle-test-test-util',
    'idlelib-idle-test-test-warning',
    'idlelib-idle-test-test-widgetredir',
    'idlelib-idle-test-test-window',
    'idlelib-idle-test-test-zoomheight',
    'idlelib-idle-test-test-zzdummy',
    'idlelib-idle-test-tkinter-testing-utils',
    'idlelib-idlehistory',
    'idlelib-idlever',
    'idlelib-iobinding',
    'idlelib-iomenu',
    'idlelib-keybindingdialog',
    'idlelib-macosx',
    'idlelib-macosxsupport',
    'idlelib-main',
    'idlelib-mainmenu',
    'idlelib-multicall',
    'idlelib-multistatusbar',
    'idlelib-objectbrowser',
    'idlelib-outputwindow',
    'idlelib-outwin',
    'idlelib-paragraph',
    'idlelib-parenmatch',
    'idlelib-pathbrowser',
    'idlelib-percolator',
    'idlelib-pyclbr',
    'idlelib-pyparse',
    'idlelib-pyshell',
    'idlelib-query',
    'idlelib-redirector',
    'idlelib-remotedebugger',
    'idlelib-remoteobjectbrowser',
    'idlelib-replace',
    'idlelib-replacedialog',
    'idlelib-rpc',
    'idlelib-rstrip',
    'idlelib-rstripextension',
    'idlelib-run',
    'idlelib-runscript',
    'idlelib-scriptbinding',
    'idlelib-scrolledlist',
    'idlelib-search',
    'idlelib-searchbase',
    'idlelib-searchdialog',
    'idlelib-searchdialogbase',
    'idlelib-searchengine',
    'idlelib-sidebar',
    'idlelib-squeezer',
    'idlelib-stackviewer',
    'idlelib-statusbar',
    'idlelib-tabbedpages',
    'idlelib-textview',
    'idlelib-tooltip',
    'idlelib-tree',
    'idlelib-treewidget',
    'idlelib-undo',
    'idlelib-undodelegator',
    'idlelib-util',
    'idlelib-widgetredirector',
    'idlelib-window',
    'idlelib-windowlist',
    'idlelib-zoomheight',
    'idlelib-zzdummy',
    'ihooks',
    'imageop',
    'imaplib',
    'imgfile',
    'imghdr',
    'imp',
    'importlib',
    'importlib-abc',
    'importlib-adapters',
    'importlib-bootstrap',
    'importlib-bootstrap-external',
    'importlib-common',
    'importlib-machinery',
    'importlib-metadata',
    'importlib-metadata-adapters',
    'importlib-metadata-collections',
    'importlib-metadata-diagnose',
    'importlib-metadata-functools',
    'importlib-metadata-itertools',
    'importlib-metadata-meta',
    'importlib-metadata-text',
    'importlib-readers',
    'importlib-resources',
    'importlib-resources-abc',
    'importlib-resources-adapters',
    'importlib-resources-common',
    'importlib-resources-functional',
    'importlib-resources-itertools',
    'importlib-resources-legacy',
    'importlib-resources-readers',
    'importlib-resources-simple',
    'importlib-simple',
    'importlib-util',
    'imputil',
    'inspect',
    'interpchannels',
    'interpqueues',
    'interpreters',
    'io',
    'ios-support',
    'ipaddress',
    'itertools',
    'jpeg',
    'json',
    'json-decoder',
    'json-encoder',
    'json-json',
    'json-main',
    'json-re',
    'json-scanner',
    'json-struct',
    'json-sys',
    'json-tests',
    'json-tests-test-check-circular',
    'json-tests-test-decode',
    'json-tests-test-default',
    'json-tests-test-dump',
    'json-tests-test-encode-basestring-ascii',
    'json-tests-test-fail',
    'json-tests-test-float',
    'json-tests-test-indent',
    'json-tests-test-pass1',
    'json-tests-test-pass2',
    'json-tests-test-pass3',
    'json-tests-test-recursion',
    'json-tests-test-scanstring',
    'json-tests-test-separators',
    'json-tests-test-speedups',
    'json-tests-test-tool',
    'json-tests-test-unicode',
    'json-tool',
    'keyword',
    'lib',
    'lib-libpython3',
    'lib2to3',
    'lib2to3-btm-matcher',
    'lib2to3-btm-utils',
    'lib2to3-fixer-base',
    'lib2to3-fixer-util',
    'lib2to3-fixes',
    'lib2to3-fixes-fix-apply',
    'lib2to3-fixes-fix-asserts',
    'lib2to3-fixes-fix-basestring',
    'lib2to3-fixes-fix-buffer',
    'lib2to3-fixes-fix-callable',
    'lib2to3-fixes-fix-dict',
    'lib2to3-fixes-fix-except',
    'lib2to3-fixes-fix-exec',
    'lib2to3-fixes-fix-execfile',
    'lib2to3-fixes-fix-exitfunc',
    'lib2to3-fixes-fix-filter',
    'lib2to3-fixes-fix-funcattrs',
    'lib2to3-fixes-fix-future',
    'lib2to3-fixes-fix-getcwdu',
    'lib2to3-fixes-fix-has-key',
    'lib2to3-fixes-fix-idioms',
    'lib2to3-fixes-fix-import',
    'lib2to3-fixes-fix-imports',
    'lib2to3-fixes-fix-imports2',
    'lib2to3-fixes-fix-input',
    'lib2to3-fixes-fix-intern',
    'lib2to3-fixes-fix-isinstance',
    'lib2to3-fixes-fix-itertools',
    'lib2to3-fixes-fix-itertools-imports',
    'lib2to3-fixes-fix-long',
    'lib2to3-fixes-fix-map',
    'lib2to3-fixes-fix-metaclass',
    'lib2to3-fixes-fix-methodattrs',
    'lib2to3-fixes-fix-ne',
    'lib2to3-fixes-fix-next',
    'lib2to3-fixes-fix-nonzero',
    'lib2to3-fixes-fix-numliterals',
    'lib2to3-fixes-fix-operator',
    'lib2to3-fixes-fix-paren',
    'lib2to3-fixes-fix-print',
    'lib2to3-fixes-fix-raise',
    'lib2to3-fixes-fix-raw-input',
    'lib2to3-fixes-fix-reduce',
    'lib2to3-fixes-fix-reload',
    'lib2to3-fixes-fix-renames',
    'lib2to3-fixes-fix-repr',
    'lib2to3-fixes-fix-set-literal',
    'lib2to3-fixes-fix-standarderror',
    'lib2to3-fixes-fix-sys-exc',
    'lib2to3-fixes-fix-throw',
    'lib2to3-fixes-fix-tuple-params',
    'lib2to3-fixes-fix-types',
    'lib2to3-fixes-fix-unicode',
    'lib2to3-fixes-fix-urllib',
    'lib2to3-fixes-fix-ws-comma',
    'lib2to3-fixes-fix-xrange',
    'lib2to3-fixes-fix-xreadlines',
    'lib2to3-fixes-fix-zip',
    'lib2to3-main',
    'lib2to3-patcomp',
    'lib2to3-pgen2',
    'lib2to3-pgen2-conv',
    'lib2to3-pgen2-driver',
    'lib2to3-pgen2-grammar',
    'lib2to3-pgen2-literals',
    'lib2to3-pgen2-parse',
    'lib2to3-pgen2-pgen',
    'lib2to3-pgen2-token',
    'lib2to3-pgen2-tokenize',
    'lib2to3-pygram',
    'lib2to3-pytree',
    'lib2to3-refactor',
    'lib2to3-tests',
    'lib2to3-tests-data',
    'lib2to3-tests-data-bom',
    'lib2to3-tests-data-crlf',
    'lib2to3-tests-data-different-encoding',
    'lib2to3-tests-data-false-encoding',
    'lib2to3-tests-data-fixers',
    'lib2to3-tests-data-fixers-bad-order',
    'lib2to3-tests-data-fixers-myfixes',
    'lib2to3-tests-data-fixers-myfixes-fix-explicit',
    'lib2to3-tests-data-fixers-myfixes-fix-first',
    'lib2to3-tests-data-fixers-myfixes-fix-last',
    'lib2to3-tests-data-fixers-myfixes-fix-parrot',
    'lib2to3-tests-data-fixers-myfixes-fix-preorder',
    'lib2to3-tests-data-fixers-no-fixer-cls',
    'lib2to3-tests-data-fixers-parrot-example',
    'lib2to3-tests-data-infinite-recursion',
    'lib2to3-tests-data-py2-test-grammar',
    'lib2to3-tests-data-py3-test-grammar',
    'lib2to3-tests-main',
    'lib2to3-tests-pytree-idempotency',
    'lib2to3-tests-support',
    'lib2to3-tests-test-all-fixers',
    'lib2to3-tests-test-fixers',
    'lib2to3-tests-test-main',
    'lib2to3-tests-test-parser',
    'lib2to3-tests-test-pytree',
    'lib2to3-tests-test-refactor',
    'lib2to3-tests-test-util',
    'linecache',
    'linuxaudiodev',
    'locale',
    'logging',
    'logging-config',
    'logging-handlers',
    'lsprof',
    'lwpcookiejar',
    'lzma',
    'macerrors',
    'macos',
    'macostools',
    'macpath',
    'macresource',
    'macurl2path',
    'mailbox',
    'mailcap',
    'main',
    'markupbase',
    'marshal',
    'math',
    'md5',
    'mhlib',
    'mimetools',
    'mimetypes',
    'mimewriter',
    'mimify',
    'miniaeframe',
    'mmap',
    'modulefinder',
    'mozillacookiejar',
    'msi',
    'msilib',
    'msvcrt',
    'multibytecodec',
    'multifile',
    'multiprocessing',
    'multiprocessing-connection',
    'multiprocessing-context',
    'multiprocessing-dummy',
    'multiprocessing-dummy-connection',
    'multiprocessing-forking',
    'multiprocessing-forkserver',
    'multiprocessing-heap',
    'multiprocessing-managers',
    'multiprocessing-pool',
    'multiprocessing-popen-fork',
    'multiprocessing-popen-forkserver',
    'multiprocessing-popen-spawn-posix',
    'multiprocessing-popen-spawn-win32',
    'multiprocessing-process',
    'multiprocessing-queues',
    'multiprocessing-reduction',
    'multiprocessing-resource-sharer',
    'multiprocessing-resource-tracker',
    'multiprocessing-semaphore-tracker',
    'multiprocessing-shared-memory',
    'multiprocessing-sharedctypes',
    'multiprocessing-spawn',
    'multiprocessing-synchronize',
    'multiprocessing-util',
    'mutex',
    'nav',
    'netrc',
    'new',
    'nis',
    'nntplib',
    'nt',
    'ntpath',
    'nturl2path',
    'numbers',
    'opcode',
    'opcode-metadata',
    'operator',
    'optparse',
    'os',
    'os-path',
    'os2emxpath',
    'ossaudiodev',
    'osx-support',
    'overlapped',
    'parser',
    'pathlib',
    'pathlib-abc',
    'pathlib-local',
    'pathlib-os',
    'pathlib-types',
    'pdb',
    'peg-parser',
    'phello',
    'phello-foo',
    'pickle',
    'pickletools',
    'pipes',
    'pixmapwrapper',
    'pkgutil',
    'platform',
    'plistlib',
    'popen2',
    'poplib',
    'posix',
    'posixfile',
    'posixpath',
    'posixshmem',
    'posixsubprocess',
    'pprint',
    'profile',
    'pstats',
    'pty',
    'pwd',
    'py-abc',
    'py-compile',
    'py-warnings',
    'pyclbr',
    'pydatetime',
    'pydecimal',
    'pydoc',
    'pydoc-data',
    'pydoc-data-topics',
    'pyexpat',
    'pyexpat-errors',
    'pyexpat-model',
    'pyio',
    'pylong',
    'pyrepl',
    'pyrepl-base-eventqueue',
    'pyrepl-commands',
    'pyrepl-completing-reader',
    'pyrepl-console',
    'pyrepl-curses',
    'pyrepl-fancy-termios',
    'pyrepl-historical-reader',
    'pyrepl-input',
    'pyrepl-keymap',
    'pyrepl-main',
    'pyrepl-minimal-curses',
    'pyrepl-module-completer',
    'pyrepl-pager',
    'pyrepl-reader',
    'pyrepl-readline',
    'pyrepl-simple-interact',
    'pyrepl-terminfo',
    'pyrepl-threading-handler',
    'pyrepl-trace',
    'pyrepl-types',
    'pyrepl-unix-console',
    'pyrepl-unix-eventqueue',
    'pyrepl-utils',
    'pyrepl-windows-console',
    'pyrepl-windows-eventqueue',
    'queue',
    'quopri',
    'random',
    're',
    're-casefix',
    're-compiler',
    're-constants',
    're-parser',
    'readline',
    'remote-debugging',
    'repr',
    'reprlib',
    'resource',
    'rexec',
    'rfc822',
    'rlcompleter',
    'robotparser',
    'runpy',
    'sched',
    'scproxy',
    'scrolledtext',
    'secrets',
    'select',
    'selectors',
    'sets',
    'sgmllib',
    'sha',
    'sha1',
    'sha2',
    'sha256',
    'sha3',
    'sha512',
    'shelve',
    'shlex',
    'shutil',
    'signal',
    'simpledialog',
    'simplehttpserver',
    'simplexmlrpcserver',
    'site',
    'sitebuiltins',
    'smtpd',
    'smtplib',
    'sndhdr',
    'socket',
    'socketserver',
    'spwd',
    'sqlite3',
    'sqlite3-dbapi2',
    'sqlite3-dump',
    'sqlite3-main',
    'sqlite3-test',
    'sqlite3-test-backup',
    'sqlite3-test-dbapi',
    'sqlite3-test-dump',
    'sqlite3-test-factory',
    'sqlite3-test-hooks',
    'sqlite3-test-py25tests',
    'sqlite3-test-regression',
    'sqlite3-test-transactions',
    'sqlite3-test-types',
    'sqlite3-test-userfunctions',
    'sre',
    'sre-compile',
    'sre-constants',
    'sre-parse',
    'ssl',
    'stat',
    'statistics',
    'statvfs',
    'string',
    'string-templatelib',
    'stringio',
    'stringold',
    'stringprep',
    'strop',
    'strptime',
    'struct',
    'subprocess',
    'suggestions',
    'sunau',
    'sunaudio',
    'sunaudiodev',
    'symbol',
    'symtable',
    'sys',
    'sysconfig',
    'sysconfig-main',
    'sysconfigdata',
    'sysconfigdata-x86-64-conda-cos6-linux-gnu',
    'sysconfigdata-x86-64-conda-linux-gnu',
    'syslog',
    'tabnanny',
    'tarfile',
    'telnetlib',
    'tempfile',
    'termios',
    'test',
    'test-ann-module',
    'test-ann-module2',
    'test-ann-module3',
    'test-ann-module5',
    'test-ann-module6',
    'test-ann-module7',
    'test-audiotests',
    'test-audit-tests',
    'test-autotest',
    'test-bad-coding',
    'test-bad-coding2',
    'test-bad-coding3',
    'test-bad-getattr',
    'test-bad-getattr2',
    'test-bad-getattr3',
    'test-badsyntax-3131',
    'test-badsyntax-async1',
    'test-badsyntax-async2',
    'test-badsyntax-async3',
    'test-badsyntax-async4',
    'test-badsyntax-async5',
    'test-badsyntax-async6',
    'test-badsyntax-async7',
    'test-badsyntax-async8',
    'test-badsyntax-future10',
    'test-badsyntax-future3',
    'test-badsyntax-future4',
    'test-badsyntax-future5',
    'test-badsyntax-future6',
    'test-badsyntax-future7',
    'test-badsyntax-future8',
    'test-badsyntax-future9',
    'test-badsyntax-nocaret',
    'test-badsyntax-pep3120',
    'test-bisect',
    'test-bisect-cmd',
    'test-buffer-tests',
    'test-bytecode-helper',
    'test-coding20731',
    'test-curses-tests',
    'test-dataclass-module-1',
    'test-dataclass-module-1-str',
    'test-dataclass-module-2',
    'test-dataclass-module-2-str',
    'test-dataclass-textanno',
    'test-datetimetester',
    'test-dis-module',
    'test-doctest-aliases',
    'test-double-const',
    'test-dtracedata',
    'test-dtracedata-call-stack',
    'test-dtracedata-gc',
    'test-dtracedata-instance',
    'test-dtracedata-line',
    'test-eintrdata',
    'test-eintrdata-eintr-tester',
    'test-encoded-modules',
    'test-encoded-modules-module-iso-8859-1',
    'test-encoded-modules-module-koi8-r',
    'test-final-a',
    'test-final-b',
    'test-fork-wait',
    'test-future-test1',
    'test-future-test2',
    'test-gdb-sample',
    'test-good-getattr',
    'test-imp-dummy',
    'test-infinite-reload',
    'test-inspect-fodder',
    'test-inspect-fodder2',
    'test-libregrtest',
    'test-libregrtest-cmdline',
    'test-libregrtest-main',
    'test-libregrtest-pgo',
    'test-libregrtest-refleak',
    'test-libregrtest-runtest',
    'test-libregrtest-runtest-mp',
    'test-libregrtest-save-env',
    'test-libregrtest-setup',
    'test-libregrtest-utils',
    'test-libregrtest-win-utils',
    'test-list-tests',
    'test-lock-tests',
    'test-main',
    'test-make-ssl-certs',
    'test-mapping-tests',
    'test-memory-watchdog',
    'test-mock-backport',
    'test-mock-socket',
    'test-mod-generics-cache',
    'test-mp-fork-bomb',
    'test-mp-preload',
    'test-multibytecodec-support',
    'test-outstanding-bugs',
    'test-pickletester',
    'test-profilee',
    'test-pyclbr-input',
    'test-pydoc-mod',
    'test-pydocfodder',
    'test-pystone',
    'test-pythoninfo',
    'test-re-tests',
    'test-regrtest',
    'test-relimport',
    'test-reperf',
    'test-sample-doctest',
    'test-sample-doctest-no-docstrings',
    'test-sample-doctest-no-doctests',
    'test-script-helper',
    'test-seq-tests',
    'test-signalinterproctester',
    'test-sortperf',
    'test-ssl-servers',
    'test-ssltests',
    'test-string-tests',
    'test-subprocessdata',
    'test-subprocessdata-fd-status',
    'test-subprocessdata-input-reader',
    'test-subprocessdata-qcat',
    'test-subprocessdata-qgrep',
    'test-subprocessdata-sigchild-ignore',
    'test-support',
    'test-support-bytecode-helper',
    'test-support-hashlib-helper',
    'test-support-logging-helper',
    'test-support-script-helper',
    'test-support-socket-helper',
    'test-support-testresult',
    'test-support-warnings-helper',
    'test-symlink-support',
    'test-test-abc',
    'test-test-abstract-numbers',
    'test-test-aepack',
    'test-test-aifc',
    'test-test-al',
    'test-test-all',
    'test-test-anydbm',
    'test-test-applesingle',
    'test-test-argparse',
    'test-test-array',
    'test-test-ascii-formatd',
    'test-test-asdl-parser',
    'test-test-ast',
    'test-test-asyncgen',
    'test-test-asynchat',
    'test-test-asyncio',
    'test-test-asyncio-echo',
    'test-test-asyncio-echo2',
    'test-test-asyncio-echo3',
    'test-test-asyncio-functional',
    'test-test-asyncio-main',
    'test-test-asyncio-test-asyncio-waitfor',
    'test-test-asyncio-test-base-events',
    'test-test-asyncio-test-buffered-proto',
    'test-test-asyncio-test-context',
    'test-test-asyncio-test-events',
    'test-test-asyncio-test-futures',
    'test-test-asyncio-test-futures2',
    'test-test-asyncio-test-locks',
    'test-test-asyncio-test-pep492',
    'test-test-asyncio-test-proactor-events',
    'test-test-asyncio-test-protocols',
    'test-test-asyncio-test-queues',
    'test-test-asyncio-test-runners',
    'test-test-asyncio-test-selector-events',
    'test-test-asyncio-test-sendfile',
    'test-test-asyncio-test-server',
    'test-test-asyncio-test-sock-lowlevel',
    'test-test-asyncio-test-sslproto',
    'test-test-asyncio-test-streams',
    'test-test-asyncio-test-subprocess',
    'test-test-asyncio-test-tasks',
    'test-test-asyncio-test-threads',
    'test-test-asyncio-test-transports',
    'test-test-asyncio-test-unix-events',
    'test-test-asyncio-test-waitfor',
    'test-test-asyncio-test-windows-events',
    'test-test-asyncio-test-windows-utils',
    'test-test-asyncio-utils',
    'test-test-asyncore',
    'test-test-atexit',
    'test-test-audioop',
    'test-test-audit',
    'test-test-augassign',
    'test-test-base64',
    'test-test-baseexception',
    'test-test-bastion',
    'test-test-bdb',
    'test-test-bigaddrspace',
    'test-test-bigmem',
    'test-test-binascii',
    'test-test-binhex',
    'test-test-binop',
    'test-test-bisect',
    'test-test-bool',
    'test-test-bsddb',
    'test-test-bsddb185',
    'test-test-bsddb3',
    'test-test-buffer',
    'test-test-bufio',
    'test-test-builtin',
    'test-test-bytes',
    'test-test-bz2',
    'test-test-c-locale-coercion',
    'test-test-calendar',
    'test-test-call',
    'test-test-capi',
    'test-test-cd',
    'test-test-cfgparser',
    'test-test-cgi',
    'test-test-cgitb',
    'test-test-charmapcodec',
    'test-test-check-c-globals',
    'test-test-cl',
    'test-test-class',
    'test-test-clinic',
    'test-test-cmath',
    'test-test-cmd',
    'test-test-cmd-line',
    'test-test-cmd-line-script',
    'test-test-code',
    'test-test-code-module',
    'test-test-codeccallbacks',
    'test-test-codecencodings-cn',
    'test-test-codecencodings-hk',
    'test-test-codecencodings-iso2022',
    'test-test-codecencodings-jp',
    'test-test-codecencodings-kr',
    'test-test-codecencodings-tw',
    'test-test-codecmaps-cn',
    'test-test-codecmaps-hk',
    'test-test-codecmaps-jp',
    'test-test-codecmaps-kr',
    'test-test-codecmaps-tw',
    'test-test-codecs',
    'test-test-codeop',
    'test-test-coercion',
    'test-test-collections',
    'test-test-colorsys',
    'test-test-commands',
    'test-test-compare',
    'test-test-compile',
    'test-test-compileall',
    'test-test-compiler',
    'test-test-complex',
    'test-test-complex-args',
    'test-test-concurrent-futures',
    'test-test-configparser',
    'test-test-contains',
    'test-test-context',
    'test-test-contextlib',
    'test-test-contextlib-async',
    'test-test-cookie',
    'test-test-cookielib',
    'test-test-copy',
    'test-test-copy-reg',
    'test-test-copyreg',
    'test-test-coroutines',
    'test-test-cpickle',
    'test-test-cprofile',
    'test-test-crashers',
    'test-test-crypt',
    'test-test-csv',
    'test-test-ctypes',
    'test-test-curses',
    'test-test-dataclasses',
    'test-test-datetime',
    'test-test-dbm',
    'test-test-dbm-dumb',
    'test-test-dbm-gnu',
    'test-test-dbm-ndbm',
    'test-test-decimal',
    'test-test-decorators',
    'test-test-defaultdict',
    'test-test-deque',
    'test-test-descr',
    'test-test-descrtut',
    'test-test-devpoll',
    'test-test-dict',
    'test-test-dict-version',
    'test-test-dictcomps',
    'test-test-dictviews',
    'test-test-difflib',
    'test-test-dircache',
    'test-test-dis',
    'test-test-distutils',
    'test-test-dl',
    'test-test-doctest',
    'test-test-doctest2',
    'test-test-docxmlrpc',
    'test-test-dtrace',
    'test-test-dumbdbm',
    'test-test-dummy-thread',
    'test-test-dummy-threading',
    'test-test-dynamic',
    'test-test-dynamicclassattribute',
    'test-test-eintr',
    'test-test-email',
    'test-test-email-codecs',
    'test-test-email-main',
    'test-test-email-renamed',
    'test-test-email-test-asian-codecs',
    'test-test-email-test-contentmanager',
    'test-test-email-test-defect-handling',
    'test-test-email-test-email',
    'test-test-email-test-encoded-words',
    'test-test-email-test-generator',
    'test-test-email-test-header-value-parser',
    'test-test-email-test-headerregistry',
    'test-test-email-test-inversion',
    'test-test-email-test-message',
    'test-test-email-test-parser',
    'test-test-email-test-pickleable',
    'test-test-email-test-policy',
    'test-test-email-test-utils',
    'test-test-email-torture-test',
    'test-test-embed',
    'test-test-ensurepip',
    'test-test-enum',
    'test-test-enumerate',
    'test-test-eof',
    'test-test-epoll',
    'test-test-errno',
    'test-test-exception-hierarchy',
    'test-test-exception-variations',
    'test-test-exceptions',
    'test-test-extcall',
    'test-test-faulthandler',
    'test-test-fcntl',
    'test-test-file',
    'test-test-file-eintr',
    'test-test-file2k',
    'test-test-filecmp',
    'test-test-fileinput',
    'test-test-fileio',
    'test-test-finalization',
    'test-test-float',
    'test-test-flufl',
    'test-test-fnmatch',
    'test-test-fork1',
    'test-test-format',
    'test-test-fpformat',
    'test-test-fractions',
    'test-test-frame',
    'test-test-frozen',
    'test-test-fstring',
    'test-test-ftplib',
    'test-test-funcattrs',
    'test-test-functools',
    'test-test-future',
    'test-test-future-builtins',
    'test-test-future1',
    'test-test-future2',
    'test-test-future3',
    'test-test-future4',
    'test-test-future5',
    'test-test-gc',
    'test-test-gdb',
    'test-test-gdbm',
    'test-test-generator-stop',
    'test-test-generators',
    'test-test-genericalias',
    'test-test-genericclass',
    'test-test-genericpath',
    'test-test-genexps',
    'test-test-getargs',
    'test-test-getargs2',
    'test-test-getopt',
    'test-test-getpass',
    'test-test-gettext',
    'test-test-gl',
    'test-test-glob',
    'test-test-global',
    'test-test-grammar',
    'test-test-graphlib',
    'test-test-grp',
    'test-test-gzip',
    'test-test-hash',
    'test-test-hashlib',
    'test-test-heapq',
    'test-test-hmac',
    'test-test-hotshot',
    'test-test-html',
    'test-test-htmllib',
    'test-test-htmlparser',
    'test-test-http-cookiejar',
    'test-test-http-cookies',
    'test-test-httplib',
    'test-test-httpservers',
    'test-test-idle',
    'test-test-imageop',
    'test-test-imaplib',
    'test-test-imgfile',
    'test-test-imghdr',
    'test-test-imp',
    'test-test-import',
    'test-test-import-data',
    'test-test-import-data-circular-imports',
    'test-test-import-data-circular-imports-basic',
    'test-test-import-data-circular-imports-basic2',
    'test-test-import-data-circular-imports-binding',
    'test-test-import-data-circular-imports-binding2',
    'test-test-import-data-circular-imports-from-cycle1',
    'test-test-import-data-circular-imports-from-cycle2',
    'test-test-import-data-circular-imports-indirect',
    'test-test-import-data-circular-imports-rebinding',
    'test-test-import-data-circular-imports-rebinding2',
    'test-test-import-data-circular-imports-source',
    'test-test-import-data-circular-imports-subpackage',
    'test-test-import-data-circular-imports-subpkg',
    'test-test-import-data-circular-imports-subpkg-subpackage2',
    'test-test-import-data-circular-imports-subpkg-util',
    'test-test-import-data-circular-imports-use',
    'test-test-import-data-circular-imports-util',
    'test-test-import-data-package',
    'test-test-import-data-package-submodule',
    'test-test-import-data-package2',
    'test-test-import-data-package2-submodule1',
    'test-test-import-data-package2-submodule2',
    'test-test-import-magic',
    'test-test-import-main',
    'test-test-importhooks',
    'test-test-importlib',
    'test-test-importlib-abc',
    'test-test-importlib-builtin',
    'test-test-importlib-builtin-main',
    'test-test-importlib-builtin-test-finder',
    'test-test-importlib-builtin-test-loader',
    'test-test-importlib-builtin-util',
    'test-test-importlib-data',
    'test-test-importlib-data01',
    'test-test-importlib-data01-subdirectory',
    'test-test-importlib-data02',
    'test-test-importlib-data02-one',
    'test-test-importlib-data02-two',
    'test-test-importlib-data03',
    'test-test-importlib-data03-namespace',
    'test-test-importlib-data03-namespace-portion1',
    'test-test-importlib-data03-namespace-portion2',
    'test-test-importlib-extension',
    'test-test-importlib-extension-main',
    'test-test-importlib-extension-test-case-sensitivity',
    'test-test-importlib-extension-test-finder',
    'test-test-importlib-extension-test-loader',
    'test-test-importlib-extension-test-path-hook',
    'test-test-importlib-extension-util',
    'test-test-importlib-fixtures',
    'test-test-importlib-frozen',
    'test-test-importlib-frozen-main',
    'test-test-importlib-frozen-test-finder',
    'test-test-importlib-frozen-test-loader',
    'test-test-importlib-import',
    'test-test-importlib-import-main',
    'test-test-importlib-import-test-api',
    'test-test-importlib-import-test-caching',
    'test-test-importlib-import-test-fromlist',
    'test-test-importlib-import-test-loader',
    'test-test-importlib-import-test-meta-path',
    'test-test-importlib-import-test-package',
    'test-test-importlib-import-test-packages',
    'test-test-importlib-import-test-path',
    'test-test-importlib-import-test-relative-imports',
    'test-test-importlib-import-util',
    'test-test-importlib-main',
    'test-test-importlib-namespace-pkgs',
    'test-test-importlib-namespace-pkgs-both-portions',
    'test-test-importlib-namespace-pkgs-both-portions-foo',
    'test-test-importlib-namespace-pkgs-both-portions-foo-one',
    'test-test-importlib-namespace-pkgs-both-portions-foo-two',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package-a-test',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo-one',
    'test-test-importlib-namespace-pkgs-portion1',
    'test-test-importlib-namespace-pkgs-portion1-foo',
    'test-test-importlib-namespace-pkgs-portion1-foo-one',
    'test-test-importlib-namespace-pkgs-portion2',
    'test-test-importlib-namespace-pkgs-portion2-foo',
    'test-test-importlib-namespace-pkgs-portion2-foo-two',
    'test-test-importlib-namespace-pkgs-project1',
    'test-test-importlib-namespace-pkgs-project1-parent',
    'test-test-importlib-namespace-pkgs-project1-parent-child',
    'test-test-importlib-namespace-pkgs-project1-parent-child-one',
    'test-test-importlib-namespace-pkgs-project2',
    'test-test-importlib-namespace-pkgs-project2-parent',
    'test-test-importlib-namespace-pkgs-project2-parent-child',
    'test-test-importlib-namespace-pkgs-project2-parent-child-two',
    'test-test-importlib-namespace-pkgs-project3',
    'test-test-importlib-namespace-pkgs-project3-parent',
    'test-test-importlib-namespace-pkgs-project3-parent-child',
    'test-test-importlib-namespace-pkgs-project3-parent-child-three',
    'test-test-importlib-regrtest',
    'test-test-importlib-source',
    'test-test-importlib-source-main',
    'test-test-importlib-source-test-case-sensitivity',
    'test-test-importlib-source-test-file-loader',
    'test-test-importlib-source-test-finder',
    'test-test-importlib-source-test-path-hook',
    'test-test-importlib-source-test-source-encoding',
    'test-test-importlib-source-util',
    'test-test-importlib-stubs',
    'test-test-importlib-test-abc',
    'test-test-importlib-test-api',
    'test-test-importlib-test-files',
    'test-test-importlib-test-lazy',
    'test-test-importlib-test-locks',
    'test-test-importlib-test-main',
    'test-test-importlib-test-metadata-api',
    'test-test-importlib-test-namespace-pkgs',
    'test-test-importlib-test-open',
    'test-test-importlib-test-path',
    'test-test-importlib-test-pkg-import',
    'test-test-importlib-test-read',
    'test-test-importlib-test-resource',
    'test-test-importlib-test-spec',
    'test-test-importlib-test-threaded-import',
    'test-test-importlib-test-util',
    'test-test-importlib-test-windows',
    'test-test-importlib-test-zip',
    'test-test-importlib-threaded-import-hangers',
    'test-test-importlib-util',
    'test-test-importlib-zipdata01',
    'test-test-importlib-zipdata02',
    'test-test-index',
    'test-test-inspect',
    'test-test-int',
    'test-test-int-literal',
    'test-test-io',
    'test-test-ioctl',
    'test-test-ipaddress',
    'test-test-isinstance',
    'test-test-iter',
    'test-test-iterlen',
    'test-test-itertools',
    'test-test-json',
    'test-test-json-main',
    'test-test-json-test-decode',
    'test-test-json-test-default',
    'test-test-json-test-dump',
    'test-test-json-test-encode-basestring-ascii',
    'test-test-json-test-enum',
    'test-test-json-test-fail',
    'test-test-json-test-float',
    'test-test-json-test-indent',
    'test-test-json-test-pass1',
    'test-test-json-test-pass2',
    'test-test-json-test-pass3',
    'test-test-json-test-recursion',
    'test-test-json-test-scanstring',
    'test-test-json-test-separators',
    'test-test-json-test-speedups',
    'test-test-json-test-tool',
    'test-test-json-test-unicode',
    'test-test-keyword',
    'test-test-keywordonlyarg',
    'test-test-kqueue',
    'test-test-largefile',
    'test-test-lib2to3',
    'test-test-linecache',
    'test-test-linuxaudiodev',
    'test-test-list',
    'test-test-listcomps',
    'test-test-lltrace',
    'test-test-locale',
    'test-test-logging',
    'test-test-long',
    'test-test-long-future',
    'test-test-longexp',
    'test-test-lzma',
    'test-test-macos',
    'test-test-macostools',
    'test-test-macpath',
    'test-test-macurl2path',
    'test-test-mailbox',
    'test-test-mailcap',
    'test-test-marshal',
    'test-test-math',
    'test-test-md5',
    'test-test-memoryio',
    'test-test-memoryview',
    'test-test-metaclass',
    'test-test-mhlib',
    'test-test-mimetools',
    'test-test-mimetypes',
    'test-test-mimewriter',
    'test-test-minidom',
    'test-test-mmap',
    'test-test-module',
    'test-test-modulefinder',
    'test-test-msilib',
    'test-test-multibytecodec',
    'test-test-multifile',
    'test-test-multiprocessing',
    'test-test-multiprocessing-fork',
    'test-test-multiprocessing-forkserver',
    'test-test-multiprocessing-main-handling',
    'test-test-multiprocessing-spawn',
    'test-test-mutants',
    'test-test-mutex',
    'test-test-named-expressions',
    'test-test-netrc',
    'test-test-new',
    'test-test-nis',
    'test-test-nntplib',
    'test-test-normalization',
    'test-test-ntpath',
    'test-test-numeric-tower',
    'test-test-old-mailbox',
    'test-test-opcode',
    'test-test-opcodes',
    'test-test-openpty',
    'test-test-operator',
    'test-test-optparse',
    'test-test-ordered-dict',
    'test-test-os',
    'test-test-ossaudiodev',
    'test-test-osx-env',
    'test-test-osx-support',
    'test-test-parser',
    'test-test-pathlib',
    'test-test-pdb',
    'test-test-peepholer',
    'test-test-peg-generator',
    'test-test-peg-generator-main',
    'test-test-peg-generator-test-c-parser',
    'test-test-peg-generator-test-first-sets',
    'test-test-peg-generator-test-pegen',
    'test-test-peg-parser',
    'test-test-pep247',
    'test-test-pep277',
    'test-test-pep292',
    'test-test-pep3120',
    'test-test-pep3131',
    'test-test-pep3151',
    'test-test-pep352',
    'test-test-pep380',
    'test-test-pep479',
    'test-test-pickle',
    'test-test-picklebuffer',
    'test-test-pickletools',
    'test-test-pipes',
    'test-test-pkg',
    'test-test-pkgimport',
    'test-test-pkgutil',
    'test-test-platform',
    'test-test-plistlib',
    'test-test-poll',
    'test-test-popen',
    'test-test-popen2',
    'test-test-poplib',
    'test-test-positional-only-arg',
    'test-test-posix',
    'test-test-posixpath',
    'test-test-pow',
    'test-test-pprint',
    'test-test-print',
    'test-test-profile',
    'test-test-property',
    'test-test-pstats',
    'test-test-pty',
    'test-test-pulldom',
    'test-test-pwd',
    'test-test-py-compile',
    'test-test-py3kwarn',
    'test-test-pyclbr',
    'test-test-pydoc',
    'test-test-pyexpat',
    'test-test-queue',
    'test-test-quopri',
    'test-test-raise',
    'test-test-random',
    'test-test-range',
    'test-test-re',
    'test-test-readline',
    'test-test-regrtest',
    'test-test-repl',
    'test-test-repr',
    'test-test-reprlib',
    'test-test-resource',
    'test-test-rfc822',
    'test-test-richcmp',
    'test-test-rlcompleter',
    'test-test-robotparser',
    'test-test-runpy',
    'test-test-sax',
    'test-test-sched',
    'test-test-scope',
    'test-test-script-helper',
    'test-test-scriptpackages',
    'test-test-secrets',
    'test-test-select',
    'test-test-selectors',
    'test-test-set',
    'test-test-setcomps',
    'test-test-sets',
    'test-test-sgmllib',
    'test-test-sha',
    'test-test-shelve',
    'test-test-shlex',
    'test-test-shutil',
    'test-test-signal',
    'test-test-simplehttpserver',
    'test-test-site',
    'test-test-slice',
    'test-test-smtpd',
    'test-test-smtplib',
    'test-test-smtpnet',
    'test-test-sndhdr',
    'test-test-socket',
    'test-test-socketserver',
    'test-test-softspace',
    'test-test-sort',
    'test-test-source-encoding',
    'test-test-spwd',
    'test-test-sqlite',
    'test-test-ssl',
    'test-test-startfile',
    'test-test-stat',
    'test-test-statistics',
    'test-test-str',
    'test-test-strftime',
    'test-test-string',
    'test-test-string-literals',
    'test-test-stringio',
    'test-test-stringprep',
    'test-test-strlit',
    'test-test-strop',
    'test-test-strptime',
    'test-test-strtod',
    'test-test-struct',
    'test-test-structmembers',
    'test-test-structseq',
    'test-test-subclassinit',
    'test-test-subprocess',
    'test-test-sunau',
    'test-test-sunaudiodev',
    'test-test-sundry',
    'test-test-super',
    'test-test-support',
    'test-test-symbol',
    'test-test-symtable',
    'test-test-syntax',
    'test-test-sys',
    'test-test-sys-setprofile',
    'test-test-sys-settrace',
    'test-test-sysconfig',
    'test-test-syslog',
    'test-test-tabnanny',
    'test-test-tarfile',
    'test-test-tcl',
    'test-test-telnetlib',
    'test-test-tempfile',
    'test-test-test-support',
    'test-test-textwrap',
    'test-test-thread',
    'test-test-threaded-import',
    'test-test-threadedtempfile',
    'test-test-threading',
    'test-test-threading-local',
    'test-test-threadsignals',
    'test-test-time',
    'test-test-timeit',
    'test-test-timeout',
    'test-test-tix',
    'test-test-tk',
    'test-test-tokenize',
    'test-test-tools',
    'test-test-tools-main',
    'test-test-tools-test-fixcid',
    'test-test-tools-test-gprof2html',
    'test-test-tools-test-i18n',
    'test-test-tools-test-lll',
    'test-test-tools-test-md5sum',
    'test-test-tools-test-pathfix',
    'test-test-tools-test-pdeps',
    'test-test-tools-test-pindent',
    'test-test-tools-test-reindent',
    'test-test-tools-test-sundry',
    'test-test-tools-test-unparse',
    'test-test-trace',
    'test-test-traceback',
    'test-test-tracemalloc',
    'test-test-transformer',
    'test-test-ttk-guionly',
    'test-test-ttk-textonly',
    'test-test-tuple',
    'test-test-turtle',
    'test-test-type-comments',
    'test-test-typechecks',
    'test-test-types',
    'test-test-typing',
    'test-test-ucn',
    'test-test-unary',
    'test-test-undocumented-details',
    'test-test-unicode',
    'test-test-unicode-file',
    'test-test-unicode-file-functions',
    'test-test-unicode-identifiers',
    'test-test-unicodedata',
    'test-test-unittest',
    'test-test-univnewlines',
    'test-test-univnewlines2k',
    'test-test-unpack',
    'test-test-unpack-ex',
    'test-test-unparse',
    'test-test-urllib',
    'test-test-urllib-response',
    'test-test-urllib2',
    'test-test-urllib2-localnet',
    'test-test-urllib2net',
    'test-test-urllibnet',
    'test-test-urlparse',
    'test-test-userdict',
    'test-test-userlist',
    'test-test-userstring',
    'test-test-utf8-mode',
    'test-test-utf8source',
    'test-test-uu',
    'test-test-uuid',
    'test-test-venv',
    'test-test-wait3',
    'test-test-wait4',
    'test-test-warnings',
    'test-test-warnings-data',
    'test-test-warnings-data-import-warning',
    'test-test-warnings-data-stacklevel',
    'test-test-warnings-main',
    'test-test-wave',
    'test-test-weakref',
    'test-test-weakset',
    'test-test-webbrowser',
    'test-test-whichdb',
    'test-test-winconsoleio',
    'test-test-winreg',
    'test-test-winsound',
    'test-test-with',
    'test-test-wsgiref',
    'test-test-xdrlib',
    'test-test-xml-dom-minicompat',
    'test-test-xml-etree',
    'test-test-xml-etree-c',
    'test-test-xmllib',
    'test-test-xmlrpc',
    'test-test-xmlrpc-net',
    'test-test-xpickle',
    'test-test-xrange',
    'test-test-xxsubinterpreters',
    'test-test-xxtestfuzz',
    'test-test-yield-from',
    'test-test-zipapp',
    'test-test-zipfile',
    'test-test-zipfile64',
    'test-test-zipimport',
    'test-test-zipimport-support',
    'test-test-zlib',
    'test-test-zoneinfo',
    'test-test-zoneinfo-main',
    'test-test-zoneinfo-support',
    'test-test-zoneinfo-test-zoneinfo',
    'test-testall',
    'test-testcodec',
    'test-tf-inherit-check',
    'test-threaded-import-hangers',
    'test-time-hashlib',
    'test-tracedmodules',
    'test-tracedmodules-testmod',
    'test-typed-dict-helper',
    'test-warning-tests',
    'test-win-console-handler',
    'test-xmltests',
    'test-ziptestdata',
    'test-ziptestdata-testdata-module-inside-zip',
    'testbuffer',
    'testcapi',
    'testimportmultiple',
    'testinternalcapi',
    'testmultiphase',
    'textwrap',
    'this',
    'thread',
    'threading',
    'threading-local',
    'time',
    'timeit',
    'tix',
    'tkcolorchooser',
    'tkcommondialog',
    'tkconstants',
    'tkdnd',
    'tkfiledialog',
    'tkfont',
    'tkinter',
    'tkinter-colorchooser',
    'tkinter-commondialog',
    'tkinter-constants',
    'tkinter-dialog',
    'tkinter-dnd',
    'tkinter-filedialog',
    'tkinter-fix',
    'tkinter-font',
    'tkinter-main',
    'tkinter-messagebox',
    'tkinter-scrolledtext',
    'tkinter-simpledialog',
    'tkinter-test',
    'tkinter-test-runtktests',
    'tkinter-test-support',
    'tkinter-test-test-tkinter',
    'tkinter-test-test-tkinter-test-colorchooser',
    'tkinter-test-test-tkinter-test-font',
    'tkinter-test-test-tkinter-test-geometry-managers',
    'tkinter-test-test-tkinter-test-images',
    'tkinter-test-test-tkinter-test-loadtk',
    'tkinter-test-test-tkinter-test-messagebox',
    'tkinter-test-test-tkinter-test-misc',
    'tkinter-test-test-tkinter-test-simpledialog',
    'tkinter-test-test-tkinter-test-text',
    'tkinter-test-test-tkinter-test-variables',
    'tkinter-test-test-tkinter-test-widgets',
    'tkinter-test-test-ttk',
    'tkinter-test-test-ttk-test-extensions',
    'tkinter-test-test-ttk-test-functions',
    'tkinter-test-test-ttk-test-style',
    'tkinter-test-test-ttk-test-widgets',
    'tkinter-test-widget-tests',
    'tkinter-tix',
    'tkinter-ttk',
    'tkmessagebox',
    'tksimpledialog',
    'toaiff',
    'token',
    'tokenize',
    'tomllib',
    'tomllib-parser',
    'tomllib-re',
    'tomllib-types',
    'trace',
    'traceback',
    'tracemalloc',
    'ttk',
    'tty',
    'turtle',
    'turtledemo',
    'turtledemo-bytedesign',
    'turtledemo-chaos',
    'turtledemo-clock',
    'turtledemo-colormixer',
    'turtledemo-forest',
    'turtledemo-fractalcurves',
    'turtledemo-lindenmayer',
    'turtledemo-main',
    'turtledemo-minimal-hanoi',
    'turtledemo-nim',
    'turtledemo-paint',
    'turtledemo-peace',
    'turtledemo-penrose',
    'turtledemo-planet-and-moon',
    'turtledemo-rosette',
    'turtledemo-round-dance',
    'turtledemo-sorting-animate',
    'turtledemo-tree',
    'turtledemo-two-canvases',
    'turtledemo-wikipedia',
    'turtledemo-yinyang',
    'types',
    'typing',
    'typing-io',
    'typing-re',
    'unicodedata',
    'unittest',
    'unittest-async-case',
    'unittest-case',
    'unittest-loader',
    'unittest-log',
    'unittest-main',
    'unittest-mock',
    'unittest-result',
    'unittest-runner',
    'unittest-signals',
    'unittest-suite',
    'unittest-test',
    'unittest-test-dummy',
    'unittest-test-main',
    'unittest-test-support',
    'unittest-test-test-assertions',
    'unittest-test-test-async-case',
    'unittest-test-test-break',
    'unittest-test-test-case',
    'unittest-test-test-discovery',
    'unittest-test-test-functiontestcase',
    'unittest-test-test-loader',
    'unittest-test-test-program',
    'unittest-test-test-result',
    'unittest-test-test-runner',
    'unittest-test-test-setups',
    'unittest-test-test-skipping',
    'unittest-test-test-suite',
    'unittest-test-test-warnings',
    'unittest-test-testmock',
    'unittest-test-testmock-main',
    'unittest-test-testmock-support',
    'unittest-test-testmock-testasync',
    'unittest-test-testmock-testcallable',
    'unittest-test-testmock-testhelpers',
    'unittest-test-testmock-testmagicmethods',
    'unittest-test-testmock-testmock',
    'unittest-test-testmock-testpatch',
    'unittest-test-testmock-testsealable',
    'unittest-test-testmock-testsentinel',
    'unittest-test-testmock-testwith',
    'unittest-util',
    'urllib',
    'urllib-error',
    'urllib-parse',
    'urllib-request',
    'urllib-response',
    'urllib-robotparser',
    'urllib2',
    'urlparse',
    'user',
    'userdict',
    'userlist',
    'userstring',
    'uu',
    'uuid',
    'venv',
    'venv-main',
    'videoreader',
    'w',
    'warnings',
    'wave',
    'weakref',
    'weakrefset',
    'webbrowser',
    'whichdb',
    'winapi',
    'winreg',
    'winsound',
    'wmi',
    'wsgiref',
    'wsgiref-handlers',
    'wsgiref-headers',
    'wsgiref-simple-server',
    'wsgiref-types',
    'wsgiref-util',
    'wsgiref-validate',
    'xdrlib',
    'xml',
    'xml-dom',
    'xml-dom-domreg',
    'xml-dom-expatbuilder',
    'xml-dom-minicompat',
    'xml-dom-minidom',
    'xml-dom-nodefilter',
    'xml-dom-pulldom',
    'xml-dom-xmlbuilder',
    'xml-etree',
    'xml-etree-celementtree',
    'xml-etree-elementinclude',
    'xml-etree-elementpath',
    'xml-etree-elementtree',
    'xml-parsers',
    'xml-parsers-expat',
    'xml-parsers-expat-errors',
    'xml-parsers-expat-errors-dom',
    'xml-parsers-expat-errors-etree',
    'xml-parsers-expat-errors-parsers',
    'xml-parsers-expat-errors-sax',
    'xml-parsers-expat-model',
    'xml-parsers-expat-model-dom',
    'xml-parsers-expat-model-etree',
    'xml-parsers-expat-model-parsers',
    'xml-parsers-expat-model-sax',
    'xml-sax',
    'xml-sax-exceptions',
    'xml-sax-expatreader',
    'xml-sax-handler',
    'xml-sax-saxutils',
    'xml-sax-xmlreader',
    'xmllib',
    'xmlrpc',
    'xmlrpc-client',
    'xmlrpc-server',
    'xmlrpclib',
    'xxlimited',
    'xxsubinterpreters',
    'xxsubtype',
    'xxtestfuzz',
    'zipapp',
    'zipfile',
    'zipfile-main',
    'zipfile-path',
    'zipfile-path-glob',
    'zipimport',
    'zlib',
    'zoneinfo',
    'zoneinfo-common',
    'zoneinfo-tzpath',
    'zoneinfo-zoneinfo',
    'zstd',
];


/***/ }),

/***/ 8320:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEPRECATED_CLASSIFIERS = exports.TROVE_CLASSIFIERS = exports.TROVE_SOURCE = void 0;
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** The trove classifiers PyPI accepts, and the deprecated ones with their replacements. */
exports.TROVE_SOURCE = 'Debian python3-trove-classifiers 2026.9.21.13-1 (unstable)';
exports.TROVE_CLASSIFIERS = [
    'Development Status :: 1 - Planning',
    'Development Status :: 2 - Pre-Alpha',
    'Development Status :: 3 - Alpha',
    'Development Status :: 4 - Beta',
    'Development Status :: 5 - Production/Stable',
    'Development Status :: 6 - Mature',
    'Development Status :: 7 - Inactive',
    'Environment :: Console',
    'Environment :: Console :: Curses',
    'Environment :: Console :: Framebuffer',
    'Environment :: Console :: Newt',
    'Environment :: Console :: svgalib',
    'Environment :: Cygwin (MS Windows)',
    'Environment :: GPU',
    'Environment :: GPU :: NVIDIA CUDA',
    'Environment :: GPU :: NVIDIA CUDA :: 1.0',
    'Environment :: GPU :: NVIDIA CUDA :: 1.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.0',
    'Environment :: GPU :: NVIDIA CUDA :: 10.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11',
    'Environment :: GPU :: NVIDIA CUDA :: 11.0',
    'Environment :: GPU :: NVIDIA CUDA :: 11.1',
    'Environment :: GPU :: NVIDIA CUDA :: 11.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11.3',
    'Environment :: GPU :: NVIDIA CUDA :: 11.4',
    'Environment :: GPU :: NVIDIA CUDA :: 11.5',
    'Environment :: GPU :: NVIDIA CUDA :: 11.6',
    'Environment :: GPU :: NVIDIA CUDA :: 11.7',
    'Environment :: GPU :: NVIDIA CUDA :: 11.8',
    'Environment :: GPU :: NVIDIA CUDA :: 12',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6',
    'Environment :: GPU :: NVIDIA CUDA :: 13',
    'Environment :: GPU :: NVIDIA CUDA :: 2.0',
    'Environment :: GPU :: NVIDIA CUDA :: 2.1',
    'Environment :: GPU :: NVIDIA CUDA :: 2.2',
    'Environment :: GPU :: NVIDIA CUDA :: 2.3',
    'Environment :: GPU :: NVIDIA CUDA :: 3.0',
    'Environment :: GPU :: NVIDIA CUDA :: 3.1',
    'Environment :: GPU :: NVIDIA CUDA :: 3.2',
    'Environment :: GPU :: NVIDIA CUDA :: 4.0',
    'Environment :: GPU :: NVIDIA CUDA :: 4.1',
    'Environment :: GPU :: NVIDIA CUDA :: 4.2',
    'Environment :: GPU :: NVIDIA CUDA :: 5.0',
    'Environment :: GPU :: NVIDIA CUDA :: 5.5',
    'Environment :: GPU :: NVIDIA CUDA :: 6.0',
    'Environment :: GPU :: NVIDIA CUDA :: 6.5',
    'Environment :: GPU :: NVIDIA CUDA :: 7.0',
    'Environment :: GPU :: NVIDIA CUDA :: 7.5',
    'Environment :: GPU :: NVIDIA CUDA :: 8.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.1',
    'Environment :: GPU :: NVIDIA CUDA :: 9.2',
    "Environment :: Handhelds/PDA's",
    'Environment :: MacOS X',
    'Environment :: MacOS X :: Aqua',
    'Environment :: MacOS X :: Carbon',
    'Environment :: MacOS X :: Cocoa',
    'Environment :: No Input/Output (Daemon)',
    'Environment :: OpenStack',
    'Environment :: Other Environment',
    'Environment :: Plugins',
    'Environment :: Web Environment',
    'Environment :: Web Environment :: Buffet',
    'Environment :: Web Environment :: Mozilla',
    'Environment :: Web Environment :: ToscaWidgets',
    'Environment :: WebAssembly',
    'Environment :: WebAssembly :: Emscripten',
    'Environment :: WebAssembly :: WASI',
    'Environment :: Win32 (MS Windows)',
    'Environment :: X11 Applications',
    'Environment :: X11 Applications :: GTK',
    'Environment :: X11 Applications :: Gnome',
    'Environment :: X11 Applications :: KDE',
    'Environment :: X11 Applications :: Qt',
    'Framework :: AWS CDK',
    'Framework :: AWS CDK :: 1',
    'Framework :: AWS CDK :: 2',
    'Framework :: AiiDA',
    'Framework :: Ansible',
    'Framework :: AnyIO',
    'Framework :: Apache Airflow',
    'Framework :: Apache Airflow :: Provider',
    'Framework :: AsyncIO',
    'Framework :: BEAT',
    'Framework :: BFG',
    'Framework :: Bob',
    'Framework :: Bottle',
    'Framework :: Buildout',
    'Framework :: Buildout :: Extension',
    'Framework :: Buildout :: Recipe',
    'Framework :: CastleCMS',
    'Framework :: CastleCMS :: Theme',
    'Framework :: Celery',
    'Framework :: Chandler',
    'Framework :: CherryPy',
    'Framework :: CubicWeb',
    'Framework :: Dash',
    'Framework :: Datasette',
    'Framework :: Django',
    'Framework :: Django :: 1',
    'Framework :: Django :: 1.10',
    'Framework :: Django :: 1.11',
    'Framework :: Django :: 1.4',
    'Framework :: Django :: 1.5',
    'Framework :: Django :: 1.6',
    'Framework :: Django :: 1.7',
    'Framework :: Django :: 1.8',
    'Framework :: Django :: 1.9',
    'Framework :: Django :: 2',
    'Framework :: Django :: 2.0',
    'Framework :: Django :: 2.1',
    'Framework :: Django :: 2.2',
    'Framework :: Django :: 3',
    'Framework :: Django :: 3.0',
    'Framework :: Django :: 3.1',
    'Framework :: Django :: 3.2',
    'Framework :: Django :: 4',
    'Framework :: Django :: 4.0',
    'Framework :: Django :: 4.1',
    'Framework :: Django :: 4.2',
    'Framework :: Django :: 5',
    'Framework :: Django :: 5.0',
    'Framework :: Django :: 5.1',
    'Framework :: Django :: 5.2',
    'Framework :: Django :: 6',
    'Framework :: Django :: 6.0',
    'Framework :: Django :: 6.1',
    'Framework :: Django CMS',
    'Framework :: Django CMS :: 3.10',
    'Framework :: Django CMS :: 3.11',
    'Framework :: Django CMS :: 3.4',
    'Framework :: Django CMS :: 3.5',
    'Framework :: Django CMS :: 3.6',
    'Framework :: Django CMS :: 3.7',
    'Framework :: Django CMS :: 3.8',
    'Framework :: Django CMS :: 3.9',
    'Framework :: Django CMS :: 4.0',
    'Framework :: Django CMS :: 4.1',
    'Framework :: Django CMS :: 4.2',
    'Framework :: Django CMS :: 5.0',
    'Framework :: Django CMS :: 5.1',
    'Framework :: FastAPI',
    'Framework :: Flake8',
    'Framework :: Flask',
    'Framework :: Hatch',
    'Framework :: Hypothesis',
    'Framework :: IDLE',
    'Framework :: IPython',
    'Framework :: InvenTree',
    'Framework :: Jupyter',
    'Framework :: Jupyter :: JupyterLab',
    'Framework :: Jupyter :: JupyterLab :: 1',
    'Framework :: Jupyter :: JupyterLab :: 2',
    'Framework :: Jupyter :: JupyterLab :: 3',
    'Framework :: Jupyter :: JupyterLab :: 4',
    'Framework :: Jupyter :: JupyterLab :: Extensions',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Themes',
    'Framework :: Kedro',
    'Framework :: Lektor',
    'Framework :: Litestar',
    'Framework :: Litestar :: 1',
    'Framework :: Litestar :: 2',
    'Framework :: Litestar :: 3',
    'Framework :: Masonite',
    'Framework :: Matplotlib',
    'Framework :: MkDocs',
    'Framework :: Nengo',
    'Framework :: Odoo',
    'Framework :: Odoo :: 10.0',
    'Framework :: Odoo :: 11.0',
    'Framework :: Odoo :: 12.0',
    'Framework :: Odoo :: 13.0',
    'Framework :: Odoo :: 14.0',
    'Framework :: Odoo :: 15.0',
    'Framework :: Odoo :: 16.0',
    'Framework :: Odoo :: 17.0',
    'Framework :: Odoo :: 18.0',
    'Framework :: Odoo :: 19.0',
    'Framework :: Odoo :: 20.0',
    'Framework :: Odoo :: 8.0',
    'Framework :: Odoo :: 9.0',
    'Framework :: OpenTelemetry',
    'Framework :: OpenTelemetry :: Distros',
    'Framework :: OpenTelemetry :: Exporters',
    'Framework :: OpenTelemetry :: Instrumentations',
    'Framework :: Opps',
    'Framework :: Paste',
    'Framework :: Pelican',
    'Framework :: Pelican :: Plugins',
    'Framework :: Pelican :: Themes',
    'Framework :: Plone',
    'Framework :: Plone :: 3.2',
    'Framework :: Plone :: 3.3',
    'Framework :: Plone :: 4.0',
    'Framework :: Plone :: 4.1',
    'Framework :: Plone :: 4.2',
    'Framework :: Plone :: 4.3',
    'Framework :: Plone :: 5.0',
    'Framework :: Plone :: 5.1',
    'Framework :: Plone :: 5.2',
    'Framework :: Plone :: 5.3',
    'Framework :: Plone :: 6.0',
    'Framework :: Plone :: 6.1',
    'Framework :: Plone :: 6.2',
    'Framework :: Plone :: 6.3',
    'Framework :: Plone :: Addon',
    'Framework :: Plone :: Core',
    'Framework :: Plone :: Distribution',
    'Framework :: Plone :: Theme',
    'Framework :: PySimpleGUI',
    'Framework :: PySimpleGUI :: 4',
    'Framework :: PySimpleGUI :: 5',
    'Framework :: Pycsou',
    'Framework :: Pydantic',
    'Framework :: Pydantic :: 1',
    'Framework :: Pydantic :: 2',
    'Framework :: Pylons',
    'Framework :: Pyodide',
    'Framework :: Pyramid',
    'Framework :: Pytest',
    'Framework :: Review Board',
    'Framework :: Robot Framework',
    'Framework :: Robot Framework :: Library',
    'Framework :: Robot Framework :: Tool',
    'Framework :: Scrapy',
    'Framework :: Setuptools Plugin',
    'Framework :: Sphinx',
    'Framework :: Sphinx :: Domain',
    'Framework :: Sphinx :: Extension',
    'Framework :: Sphinx :: Theme',
    'Framework :: Trac',
    'Framework :: Trio',
    'Framework :: Tryton',
    'Framework :: TurboGears',
    'Framework :: TurboGears :: Applications',
    'Framework :: TurboGears :: Widgets',
    'Framework :: Twisted',
    'Framework :: Wagtail',
    'Framework :: Wagtail :: 1',
    'Framework :: Wagtail :: 2',
    'Framework :: Wagtail :: 3',
    'Framework :: Wagtail :: 4',
    'Framework :: Wagtail :: 5',
    'Framework :: Wagtail :: 6',
    'Framework :: Wagtail :: 7',
    'Framework :: Wagtail :: 8',
    'Framework :: ZODB',
    'Framework :: Zope',
    'Framework :: Zope :: 2',
    'Framework :: Zope :: 3',
    'Framework :: Zope :: 4',
    'Framework :: Zope :: 5',
    'Framework :: Zope :: 6',
    'Framework :: Zope2',
    'Framework :: Zope3',
    'Framework :: aiohttp',
    'Framework :: cocotb',
    'Framework :: napari',
    'Framework :: tox',
    'Intended Audience :: Customer Service',
    'Intended Audience :: Developers',
    'Intended Audience :: Education',
    'Intended Audience :: End Users/Desktop',
    'Intended Audience :: Financial and Insurance Industry',
    'Intended Audience :: Healthcare Industry',
    'Intended Audience :: Information Technology',
    'Intended Audience :: Legal Industry',
    'Intended Audience :: Manufacturing',
    'Intended Audience :: Other Audience',
    'Intended Audience :: Religion',
    'Intended Audience :: Science/Research',
    'Intended Audience :: System Administrators',
    'Intended Audience :: Telecommunications Industry',
    'License :: Aladdin Free Public License (AFPL)',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication',
    'License :: CeCILL-B Free Software License Agreement (CECILL-B)',
    'License :: CeCILL-C Free Software License Agreement (CECILL-C)',
    'License :: DFSG approved',
    'License :: Eiffel Forum License (EFL)',
    'License :: Free For Educational Use',
    'License :: Free For Home Use',
    'License :: Free To Use But Restricted',
    'License :: Free for non-commercial use',
    'License :: Freely Distributable',
    'License :: Freeware',
    'License :: GUST Font License 1.0',
    'License :: GUST Font License 2006-09-30',
    'License :: Netscape Public License (NPL)',
    'License :: Nokia Open Source License (NOKOS)',
    'License :: OSI Approved',
    'License :: OSI Approved :: Academic Free License (AFL)',
    'License :: OSI Approved :: Apache Software License',
    'License :: OSI Approved :: Apple Public Source License',
    'License :: OSI Approved :: Artistic License',
    'License :: OSI Approved :: Attribution Assurance License',
    'License :: OSI Approved :: BSD License',
    'License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)',
    'License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)',
    'License :: OSI Approved :: CMU License (MIT-CMU)',
    'License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)',
    'License :: OSI Approved :: Common Public License',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)',
    'License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)',
    'License :: OSI Approved :: Eiffel Forum License',
    'License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)',
    'License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)',
    'License :: OSI Approved :: GNU Affero General Public License v3',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)',
    'License :: OSI Approved :: GNU Free Documentation License (FDL)',
    'License :: OSI Approved :: GNU General Public License (GPL)',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
    'License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)',
    'License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)',
    'License :: OSI Approved :: IBM Public License',
    'License :: OSI Approved :: ISC License (ISCL)',
    'License :: OSI Approved :: Intel Open Source License',
    'License :: OSI Approved :: Jabber Open Source License',
    'License :: OSI Approved :: MIT License',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)',
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)',
    'License :: OSI Approved :: MirOS License (MirOS)',
    'License :: OSI Approved :: Motosoto License',
    'License :: OSI Approved :: Mozilla Public License 1.0 (MPL)',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)',
    'License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)',
    'License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)',
    'License :: OSI Approved :: Nethack General Public License',
    'License :: OSI Approved :: Nokia Open Source License',
    'License :: OSI Approved :: Open Group Test Suite License',
    'License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)',
    'License :: OSI Approved :: PostgreSQL License',
    'License :: OSI Approved :: Python License (CNRI Python License)',
    'License :: OSI Approved :: Python Software Foundation License',
    'License :: OSI Approved :: Qt Public License (QPL)',
    'License :: OSI Approved :: Ricoh Source Code Public License',
    'License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)',
    'License :: OSI Approved :: Sleepycat License',
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)',
    'License :: OSI Approved :: Sun Public License',
    'License :: OSI Approved :: The Unlicense (Unlicense)',
    'License :: OSI Approved :: Universal Permissive License (UPL)',
    'License :: OSI Approved :: University of Illinois/NCSA Open Source License',
    'License :: OSI Approved :: Vovida Software License 1.0',
    'License :: OSI Approved :: W3C License',
    'License :: OSI Approved :: X.Net License',
    'License :: OSI Approved :: Zero-Clause BSD (0BSD)',
    'License :: OSI Approved :: Zope Public License',
    'License :: OSI Approved :: zlib/libpng License',
    'License :: Other/Proprietary License',
    'License :: Public Domain',
    'License :: Repoze Public License',
    'Natural Language :: Afrikaans',
    'Natural Language :: Arabic',
    'Natural Language :: Armenian',
    'Natural Language :: Basque',
    'Natural Language :: Bengali',
    'Natural Language :: Bosnian',
    'Natural Language :: Bulgarian',
    'Natural Language :: Cantonese',
    'Natural Language :: Catalan',
    'Natural Language :: Catalan (Valencian)',
    'Natural Language :: Chinese (Simplified)',
    'Natural Language :: Chinese (Traditional)',
    'Natural Language :: Croatian',
    'Natural Language :: Czech',
    'Natural Language :: Danish',
    'Natural Language :: Dutch',
    'Natural Language :: English',
    'Natural Language :: Esperanto',
    'Natural Language :: Estonian',
    'Natural Language :: Finnish',
    'Natural Language :: French',
    'Natural Language :: Galician',
    'Natural Language :: Georgian',
    'Natural Language :: German',
    'Natural Language :: Greek',
    'Natural Language :: Hebrew',
    'Natural Language :: Hindi',
    'Natural Language :: Hungarian',
    'Natural Language :: Icelandic',
    'Natural Language :: Indonesian',
    'Natural Language :: Irish',
    'Natural Language :: Italian',
    'Natural Language :: Japanese',
    'Natural Language :: Javanese',
    'Natural Language :: Korean',
    'Natural Language :: Latin',
    'Natural Language :: Latvian',
    'Natural Language :: Lithuanian',
    'Natural Language :: Macedonian',
    'Natural Language :: Malay',
    'Natural Language :: Marathi',
    'Natural Language :: Nepali',
    'Natural Language :: Norwegian',
    'Natural Language :: Panjabi',
    'Natural Language :: Persian',
    'Natural Language :: Polish',
    'Natural Language :: Portuguese',
    'Natural Language :: Portuguese (Brazilian)',
    'Natural Language :: Romanian',
    'Natural Language :: Russian',
    'Natural Language :: Serbian',
    'Natural Language :: Slovak',
    'Natural Language :: Slovenian',
    'Natural Language :: Spanish',
    'Natural Language :: Swedish',
    'Natural Language :: Tamil',
    'Natural Language :: Telugu',
    'Natural Language :: Thai',
    'Natural Language :: Tibetan',
    'Natural Language :: Turkish',
    'Natural Language :: Ukrainian',
    'Natural Language :: Ukranian',
    'Natural Language :: Urdu',
    'Natural Language :: Vietnamese',
    'Natural Language :: Yiddish',
    'Operating System :: Android',
    'Operating System :: BeOS',
    'Operating System :: MacOS',
    'Operating System :: MacOS :: MacOS 9',
    'Operating System :: MacOS :: MacOS X',
    'Operating System :: Microsoft',
    'Operating System :: Microsoft :: MS-DOS',
    'Operating System :: Microsoft :: Windows',
    'Operating System :: Microsoft :: Windows :: Windows 10',
    'Operating System :: Microsoft :: Windows :: Windows 11',
    'Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier',
    'Operating System :: Microsoft :: Windows :: Windows 7',
    'Operating System :: Microsoft :: Windows :: Windows 8',
    'Operating System :: Microsoft :: Windows :: Windows 8.1',
    'Operating System :: Microsoft :: Windows :: Windows 95/98/2000',
    'Operating System :: Microsoft :: Windows :: Windows CE',
    'Operating System :: Microsoft :: Windows :: Windows NT/2000',
    'Operating System :: Microsoft :: Windows :: Windows Server 2003',
    'Operating System :: Microsoft :: Windows :: Windows Server 2008',
    'Operating System :: Microsoft :: Windows :: Windows Vista',
    'Operating System :: Microsoft :: Windows :: Windows XP',
    'Operating System :: OS Independent',
    'Operating System :: OS/2',
    'Operating System :: Other OS',
    'Operating System :: PDA Systems',
    'Operating System :: POSIX',
    'Operating System :: POSIX :: AIX',
    'Operating System :: POSIX :: BSD',
    'Operating System :: POSIX :: BSD :: BSD/OS',
    'Operating System :: POSIX :: BSD :: FreeBSD',
    'Operating System :: POSIX :: BSD :: NetBSD',
    'Operating System :: POSIX :: BSD :: OpenBSD',
    'Operating System :: POSIX :: GNU Hurd',
    'Operating System :: POSIX :: HP-UX',
    'Operating System :: POSIX :: IRIX',
    'Operating System :: POSIX :: Linux',
    'Operating System :: POSIX :: Other',
    'Operating System :: POSIX :: SCO',
    'Operating System :: POSIX :: SunOS/Solaris',
    'Operating System :: PalmOS',
    'Operating System :: RISC OS',
    'Operating System :: Unix',
    'Operating System :: iOS',
    'Programming Language :: APL',
    'Programming Language :: ASP',
    'Programming Language :: Ada',
    'Programming Language :: Assembly',
    'Programming Language :: Awk',
    'Programming Language :: Basic',
    'Programming Language :: C',
    'Programming Language :: C#',
    'Programming Language :: C++',
    'Programming Language :: Cold Fusion',
    'Programming Language :: Cython',
    'Programming Language :: D',
    'Programming Language :: Delphi/Kylix',
    'Programming Language :: Dylan',
    'Programming Language :: Eiffel',
    'Programming Language :: Emacs-Lisp',
    'Programming Language :: Erlang',
    'Programming Language :: Euler',
    'Programming Language :: Euphoria',
    'Programming Language :: F#',
    'Programming Language :: Forth',
    'Programming Language :: Fortran',
    'Programming Language :: Go',
    'Programming Language :: Haskell',
    'Programming Language :: Hy',
    'Programming Language :: Java',
    'Programming Language :: JavaScript',
    'Programming Language :: Kotlin',
    'Programming Language :: Lisp',
    'Programming Language :: Logo',
    'Programming Language :: Lua',
    'Programming Language :: ML',
    'Programming Language :: Modula',
    'Programming Language :: OCaml',
    'Programming Language :: Object Pascal',
    'Programming Language :: Objective C',
    'Programming Language :: Other',
    'Programming Language :: Other Scripting Engines',
    'Programming Language :: PHP',
    'Programming Language :: PL/SQL',
    'Programming Language :: PROGRESS',
    'Programming Language :: Pascal',
    'Programming Language :: Perl',
    'Programming Language :: Pike',
    'Programming Language :: Pliant',
    'Programming Language :: Prolog',
    'Programming Language :: Python',
    'Programming Language :: Python :: 2',
    'Programming Language :: Python :: 2 :: Only',
    'Programming Language :: Python :: 2.3',
    'Programming Language :: Python :: 2.4',
    'Programming Language :: Python :: 2.5',
    'Programming Language :: Python :: 2.6',
    'Programming Language :: Python :: 2.7',
    'Programming Language :: Python :: 3',
    'Programming Language :: Python :: 3 :: Only',
    'Programming Language :: Python :: 3.0',
    'Programming Language :: Python :: 3.1',
    'Programming Language :: Python :: 3.10',
    'Programming Language :: Python :: 3.11',
    'Programming Language :: Python :: 3.12',
    'Programming Language :: Python :: 3.13',
    'Programming Language :: Python :: 3.14',
    'Programming Language :: Python :: 3.15',
    'Programming Language :: Python :: 3.16',
    'Programming Language :: Python :: 3.2',
    'Programming Language :: Python :: 3.3',
    'Programming Language :: Python :: 3.4',
    'Programming Language :: Python :: 3.5',
    'Programming Language :: Python :: 3.6',
    'Programming Language :: Python :: 3.7',
    'Programming Language :: Python :: 3.8',
    'Programming Language :: Python :: 3.9',
    'Programming Language :: Python :: Free Threading',
    'Programming Language :: Python :: Free Threading :: 1 - Unstable',
    'Programming Language :: Python :: Free Threading :: 2 - Beta',
    'Programming Language :: Python :: Free Threading :: 3 - Stable',
    'Programming Language :: Python :: Free Threading :: 4 - Resilient',
    'Programming Language :: Python :: Implementation',
    'Programming Language :: Python :: Implementation :: CPython',
    'Programming Language :: Python :: Implementation :: GraalPy',
    'Programming Language :: Python :: Implementation :: IronPython',
    'Programming Language :: Python :: Implementation :: Jython',
    'Programming Language :: Python :: Implementation :: MicroPython',
    'Programming Language :: Python :: Implementation :: PyPy',
    'Programming Language :: Python :: Implementation :: Stackless',
    'Programming Language :: R',
    'Programming Language :: REBOL',
    'Programming Language :: Rexx',
    'Programming Language :: Ruby',
    'Programming Language :: Rust',
    'Programming Language :: SQL',
    'Programming Language :: Scheme',
    'Programming Language :: Simula',
    'Programming Language :: Smalltalk',
    'Programming Language :: Tcl',
    'Programming Language :: Unix Shell',
    'Programming Language :: Visual Basic',
    'Programming Language :: XBasic',
    'Programming Language :: YACC',
    'Programming Language :: Zig',
    'Programming Language :: Zope',
    'Topic :: Adaptive Technologies',
    'Topic :: Artistic Software',
    'Topic :: Communications',
    'Topic :: Communications :: BBS',
    'Topic :: Communications :: Chat',
    'Topic :: Communications :: Chat :: AOL Instant Messenger',
    'Topic :: Communications :: Chat :: ICQ',
    'Topic :: Communications :: Chat :: Internet Relay Chat',
    'Topic :: Communications :: Chat :: Unix Talk',
    'Topic :: Communications :: Conferencing',
    'Topic :: Communications :: Email',
    'Topic :: Communications :: Email :: Address Book',
    'Topic :: Communications :: Email :: Email Clients (MUA)',
    'Topic :: Communications :: Email :: Filters',
    'Topic :: Communications :: Email :: Mail Transport Agents',
    'Topic :: Communications :: Email :: Mailing List Servers',
    'Topic :: Communications :: Email :: Post-Office',
    'Topic :: Communications :: Email :: Post-Office :: IMAP',
    'Topic :: Communications :: Email :: Post-Office :: POP3',
    'Topic :: Communications :: FIDO',
    'Topic :: Communications :: Fax',
    'Topic :: Communications :: File Sharing',
    'Topic :: Communications :: File Sharing :: Gnutella',
    'Topic :: Communications :: File Sharing :: Napster',
    'Topic :: Communications :: Ham Radio',
    'Topic :: Communications :: Internet Phone',
    'Topic :: Communications :: Telephony',
    'Topic :: Communications :: Usenet News',
    'Topic :: Database',
    'Topic :: Database :: Database Engines/Servers',
    'Topic :: Database :: Front-Ends',
    'Topic :: Desktop Environment',
    'Topic :: Desktop Environment :: File Managers',
    'Topic :: Desktop Environment :: GNUstep',
    'Topic :: Desktop Environment :: Gnome',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE)',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes',
    'Topic :: Desktop Environment :: PicoGUI',
    'Topic :: Desktop Environment :: PicoGUI :: Applications',
    'Topic :: Desktop Environment :: PicoGUI :: Themes',
    'Topic :: Desktop Environment :: Screen Savers',
    'Topic :: Desktop Environment :: Window Managers',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: CTWM',
    'Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17',
    'Topic :: Desktop Environment :: Window Managers :: FVWM',
    'Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: IceWM',
    'Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30',
    'Topic :: Desktop Environment :: Window Managers :: Waimea',
    'Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: XFCE',
    'Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes',
    'Topic :: Documentation',
    'Topic :: Documentation :: Sphinx',
    'Topic :: Education',
    'Topic :: Education :: Computer Aided Instruction (CAI)',
    'Topic :: Education :: Testing',
    'Topic :: File Formats',
    'Topic :: File Formats :: JSON',
    'Topic :: File Formats :: JSON :: JSON Schema',
    'Topic :: Games/Entertainment',
    'Topic :: Games/Entertainment :: Arcade',
    'Topic :: Games/Entertainment :: Board Games',
    'Topic :: Games/Entertainment :: First Person Shooters',
    'Topic :: Games/Entertainment :: Fortune Cookies',
    'Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)',
    'Topic :: Games/Entertainment :: Puzzle Games',
    'Topic :: Games/Entertainment :: Real Time Strategy',
    'Topic :: Games/Entertainment :: Role-Playing',
    'Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games',
    'Topic :: Games/Entertainment :: Simulation',
    'Topic :: Games/Entertainment :: Turn Based Strategy',
    'Topic :: Home Automation',
    'Topic :: Internet',
    'Topic :: Internet :: File Transfer Protocol (FTP)',
    'Topic :: Internet :: Finger',
    'Topic :: Internet :: Log Analysis',
    'Topic :: Internet :: Name Service (DNS)',
    'Topic :: Internet :: Proxy Servers',
    'Topic :: Internet :: WAP',
    'Topic :: Internet :: WWW/HTTP',
    'Topic :: Internet :: WWW/HTTP :: Browsers',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki',
    'Topic :: Internet :: WWW/HTTP :: HTTP Servers',
    'Topic :: Internet :: WWW/HTTP :: Indexing/Search',
    'Topic :: Internet :: WWW/HTTP :: Session',
    'Topic :: Internet :: WWW/HTTP :: Site Management',
    'Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking',
    'Topic :: Internet :: WWW/HTTP :: WSGI',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Application',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Server',
    'Topic :: Internet :: XMPP',
    'Topic :: Internet :: Z39.50',
    'Topic :: Multimedia',
    'Topic :: Multimedia :: Graphics',
    'Topic :: Multimedia :: Graphics :: 3D Modeling',
    'Topic :: Multimedia :: Graphics :: 3D Rendering',
    'Topic :: Multimedia :: Graphics :: Capture',
    'Topic :: Multimedia :: Graphics :: Capture :: Digital Camera',
    'Topic :: Multimedia :: Graphics :: Capture :: Scanners',
    'Topic :: Multimedia :: Graphics :: Capture :: Screen Capture',
    'Topic :: Multimedia :: Graphics :: Editors',
    'Topic :: Multimedia :: Graphics :: Editors :: Raster-Based',
    'Topic :: Multimedia :: Graphics :: Editors :: Vector-Based',
    'Topic :: Multimedia :: Graphics :: Graphics Conversion',
    'Topic :: Multimedia :: Graphics :: Presentation',
    'Topic :: Multimedia :: Graphics :: Viewers',
    'Topic :: Multimedia :: Sound/Audio',
    'Topic :: Multimedia :: Sound/Audio :: Analysis',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing',
    'Topic :: Multimedia :: Sound/Audio :: Capture/Recording',
    'Topic :: Multimedia :: Sound/Audio :: Conversion',
    'Topic :: Multimedia :: Sound/Audio :: Editors',
    'Topic :: Multimedia :: Sound/Audio :: MIDI',
    'Topic :: Multimedia :: Sound/Audio :: Mixers',
    'Topic :: Multimedia :: Sound/Audio :: Players',
    'Topic :: Multimedia :: Sound/Audio :: Players :: MP3',
    'Topic :: Multimedia :: Sound/Audio :: Sound Synthesis',
    'Topic :: Multimedia :: Sound/Audio :: Speech',
    'Topic :: Multimedia :: Video',
    'Topic :: Multimedia :: Video :: Capture',
    'Topic :: Multimedia :: Video :: Conversion',
    'Topic :: Multimedia :: Video :: Display',
    'Topic :: Multimedia :: Video :: Non-Linear Editor',
    'Topic :: Office/Business',
    'Topic :: Office/Business :: Financial',
    'Topic :: Office/Business :: Financial :: Accounting',
    'Topic :: Office/Business :: Financial :: Investment',
    'Topic :: Office/Business :: Financial :: Point-Of-Sale',
    'Topic :: Office/Business :: Financial :: Spreadsheet',
    'Topic :: Office/Business :: Groupware',
    'Topic :: Office/Business :: News/Diary',
    'Topic :: Office/Business :: Office Suites',
    'Topic :: Office/Business :: Scheduling',
    'Topic :: Other/Nonlisted Topic',
    'Topic :: Printing',
    'Topic :: Religion',
    'Topic :: Scientific/Engineering',
    'Topic :: Scientific/Engineering :: Artificial Intelligence',
    'Topic :: Scientific/Engineering :: Artificial Life',
    'Topic :: Scientific/Engineering :: Astronomy',
    'Topic :: Scientific/Engineering :: Atmospheric Science',
    'Topic :: Scientific/Engineering :: Bio-Informatics',
    'Topic :: Scientific/Engineering :: Chemistry',
    'Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)',
    'Topic :: Scientific/Engineering :: GIS',
    'Topic :: Scientific/Engineering :: Human Machine Interfaces',
    'Topic :: Scientific/Engineering :: Hydrology',
    'Topic :: Scientific/Engineering :: Image Processing',
    'Topic :: Scientific/Engineering :: Image Recognition',
    'Topic :: Scientific/Engineering :: Information Analysis',
    'Topic :: Scientific/Engineering :: Instrument Drivers',
    'Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant',
    'Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator',
    'Topic :: Scientific/Engineering :: Mathematics',
    'Topic :: Scientific/Engineering :: Medical Science Apps.',
    'Topic :: Scientific/Engineering :: Oceanography',
    'Topic :: Scientific/Engineering :: Physics',
    'Topic :: Scientific/Engineering :: Quantum Computing',
    'Topic :: Scientific/Engineering :: Visualization',
    'Topic :: Security',
    'Topic :: Security :: Cryptography',
    'Topic :: Sociology',
    'Topic :: Sociology :: Genealogy',
    'Topic :: Sociology :: History',
    'Topic :: Software Development',
    'Topic :: Software Development :: Assemblers',
    'Topic :: Software Development :: Bug Tracking',
    'Topic :: Software Development :: Build Tools',
    'Topic :: Software Development :: Code Generators',
    'Topic :: Software Development :: Compilers',
    'Topic :: Software Development :: Debuggers',
    'Topic :: Software Development :: Disassemblers',
    'Topic :: Software Development :: Documentation',
    'Topic :: Software Development :: Embedded Systems',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939',
    'Topic :: Software Development :: Internationalization',
    'Topic :: Software Development :: Interpreters',
    'Topic :: Software Development :: Libraries',
    'Topic :: Software Development :: Libraries :: Application Frameworks',
    'Topic :: Software Development :: Libraries :: Java Libraries',
    'Topic :: Software Development :: Libraries :: PHP Classes',
    'Topic :: Software Development :: Libraries :: Perl Modules',
    'Topic :: Software Development :: Libraries :: Pike Modules',
    'Topic :: Software Development :: Libraries :: Python Modules',
    'Topic :: Software Development :: Libraries :: Ruby Modules',
    'Topic :: Software Development :: Libraries :: Tcl Extensions',
    'Topic :: Software Development :: Libraries :: pygame',
    'Topic :: Software Development :: Localization',
    'Topic :: Software Development :: Object Brokering',
    'Topic :: Software Development :: Object Brokering :: CORBA',
    'Topic :: Software Development :: Pre-processors',
    'Topic :: Software Development :: Quality Assurance',
    'Topic :: Software Development :: Testing',
    'Topic :: Software Development :: Testing :: Acceptance',
    'Topic :: Software Development :: Testing :: BDD',
    'Topic :: Software Development :: Testing :: Mocking',
    'Topic :: Software Development :: Testing :: Traffic Generation',
    'Topic :: Software Development :: Testing :: Unit',
    'Topic :: Software Development :: User Interfaces',
    'Topic :: Software Development :: Version Control',
    'Topic :: Software Development :: Version Control :: Bazaar',
    'Topic :: Software Development :: Version Control :: CVS',
    'Topic :: Software Development :: Version Control :: Git',
    'Topic :: Software Development :: Version Control :: Mercurial',
    'Topic :: Software Development :: Version Control :: RCS',
    'Topic :: Software Development :: Version Control :: SCCS',
    'Topic :: Software Development :: Widget Sets',
    'Topic :: System',
    'Topic :: System :: Archiving',
    'Topic :: System :: Archiving :: Backup',
    'Topic :: System :: Archiving :: Compression',
    'Topic :: System :: Archiving :: Mirroring',
    'Topic :: System :: Archiving :: Packaging',
    'Topic :: System :: Benchmark',
    'Topic :: System :: Boot',
    'Topic :: System :: Boot :: Init',
    'Topic :: System :: Clustering',
    'Topic :: System :: Console Fonts',
    'Topic :: System :: Distributed Computing',
    'Topic :: System :: Emulators',
    'Topic :: System :: Filesystems',
    'Topic :: System :: Hardware',
    'Topic :: System :: Hardware :: Hardware Drivers',
    'Topic :: System :: Hardware :: Mainframes',
    'Topic :: System :: Hardware :: Symmetric Multi-processing',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller',
    'Topic :: System :: Installation/Setup',
    'Topic :: System :: Logging',
    'Topic :: System :: Monitoring',
    'Topic :: System :: Networking',
    'Topic :: System :: Networking :: Firewalls',
    'Topic :: System :: Networking :: Monitoring',
    'Topic :: System :: Networking :: Monitoring :: Hardware Watchdog',
    'Topic :: System :: Networking :: Time Synchronization',
    'Topic :: System :: Operating System',
    'Topic :: System :: Operating System Kernels',
    'Topic :: System :: Operating System Kernels :: BSD',
    'Topic :: System :: Operating System Kernels :: GNU Hurd',
    'Topic :: System :: Operating System Kernels :: Linux',
    'Topic :: System :: Power (UPS)',
    'Topic :: System :: Recovery Tools',
    'Topic :: System :: Shells',
    'Topic :: System :: Software Distribution',
    'Topic :: System :: System Shells',
    'Topic :: System :: Systems Administration',
    'Topic :: System :: Systems Administration :: Authentication/Directory',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: NIS',
    'Topic :: Terminals',
    'Topic :: Terminals :: Serial',
    'Topic :: Terminals :: Telnet',
    'Topic :: Terminals :: Terminal Emulators/X Terminals',
    'Topic :: Text Editors',
    'Topic :: Text Editors :: Documentation',
    'Topic :: Text Editors :: Emacs',
    'Topic :: Text Editors :: Integrated Development Environments (IDE)',
    'Topic :: Text Editors :: Text Processing',
    'Topic :: Text Editors :: Word Processors',
    'Topic :: Text Processing',
    'Topic :: Text Processing :: Filters',
    'Topic :: Text Processing :: Fonts',
    'Topic :: Text Processing :: General',
    'Topic :: Text Processing :: Indexing',
    'Topic :: Text Processing :: Linguistic',
    'Topic :: Text Processing :: Markup',
    'Topic :: Text Processing :: Markup :: HTML',
    'Topic :: Text Processing :: Markup :: LaTeX',
    'Topic :: Text Processing :: Markup :: Markdown',
    'Topic :: Text Processing :: Markup :: SGML',
    'Topic :: Text Processing :: Markup :: VRML',
    'Topic :: Text Processing :: Markup :: XML',
    'Topic :: Text Processing :: Markup :: reStructuredText',
    'Topic :: Utilities',
    'Typing :: Stubs Only',
    'Typing :: Typed',
];
exports.DEPRECATED_CLASSIFIERS = {
    'Framework :: Django CMS :: 4.2': ['Framework :: Django CMS :: 5.0'],
    'License :: OSI Approved :: Intel Open Source License': [],
    'License :: OSI Approved :: Jabber Open Source License': [],
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)': [],
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)': [],
    'License :: OSI Approved :: X.Net License': [],
    'Natural Language :: Ukranian': ['Natural Language :: Ukrainian'],
    'Topic :: Communications :: Chat :: AOL Instant Messenger': [],
};


/***/ }),

/***/ 1118:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDistFilename = parseDistFilename;
exports.filetypeOf = filetypeOf;
const errors_js_1 = __nccwpck_require__(8809);
const sdist_filename_js_1 = __nccwpck_require__(1739);
const wheel_filename_js_1 = __nccwpck_require__(2337);
/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
function parseDistFilename(filename) {
    if (filename.endsWith('.whl'))
        return (0, wheel_filename_js_1.parseWheelFilename)(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return (0, sdist_filename_js_1.parseSdistFilename)(filename);
    throw new errors_js_1.DistError('unknown-extension', `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`, filename);
}
/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
function filetypeOf(filename) {
    if (filename.endsWith('.whl'))
        return 'bdist_wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
        return 'sdist';
    return null;
}


/***/ }),

/***/ 8213:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Author-email / Maintainer-email as warehouse checks them: `email.utils.parseaddr`, then email-validator's
 * syntax rules (no DNS). ASCII addresses get email-validator's own messages; internationalized ones are
 * checked only for the @-sign and a dotted domain.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addressOf = addressOf;
exports.emailAddressProblem = emailAddressProblem;
const ATEXT = /^[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~.]$/;
const HOST_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
// email-validator's SPECIAL_USE_DOMAIN_NAMES (RFC 6761 and friends).
const SPECIAL_USE = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];
/**
 * The address parseaddr finds in a header value: the part in angle brackets, or the whole value; null when
 * strict parseaddr gives up (several addresses, unbalanced brackets) and warehouse checks nothing.
 */
function addressOf(value) {
    const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    if (/,/.test(unquoted.replace(/\([^)]*\)/g, '')))
        return null;
    const angle = /<([^<>]*)>\s*$/.exec(unquoted);
    if (angle)
        return (angle[1] ?? '').trim() || null;
    if (/[<>]/.test(unquoted))
        return null;
    const bare = unquoted.replace(/\([^)]*\)/g, '').trim();
    return bare === '' ? null : bare;
}
/** email-validator's complaint about `address` (check_deliverability off), or null when it is valid. */
function emailAddressProblem(address) {
    const at = address.indexOf('@');
    if (at < 0)
        return 'An email address must have an @-sign.';
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    return localPartProblem(local) ?? domainProblem(domain);
}
function sortedDisplay(chars) {
    return [...new Set(chars)].sort().map(display).join(', ');
}
function display(c) {
    if (c === ' ')
        return 'SPACE';
    if (c === '\t')
        return 'TAB';
    if (/[\x00-\x1f\x7f]/.test(c))
        return `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
    return `'${c}'`;
}
function localPartProblem(local) {
    if (local === '')
        return 'There must be something before the @-sign.';
    if (/[^\x00-\x7f]/.test(local))
        return null;
    if (local.startsWith('"'))
        return 'Quoting the part before the @-sign is not allowed here.';
    const bad = [...local].filter((c) => !ATEXT.test(c));
    if (bad.length)
        return `The email address contains invalid characters before the @-sign: ${sortedDisplay(bad)}.`;
    if (local.endsWith('.'))
        return 'An email address cannot have a period immediately before the @-sign.';
    if (local.startsWith('.'))
        return 'An email address cannot start with a period.';
    if (local.includes('..'))
        return 'An email address cannot have two periods in a row.';
    return null;
}
function domainProblem(domain) {
    if (domain === '')
        return 'There must be something after the @-sign.';
    if (domain.startsWith('['))
        return 'A bracketed IP address after the @-sign is not allowed here.';
    const ascii = !/[^\x00-\x7f]/.test(domain);
    const bad = [...domain].filter((c) => c <= '\x7f' && !/[a-zA-Z0-9.-]/.test(c));
    if (bad.length)
        return `The part after the @-sign contains invalid characters: ${sortedDisplay(bad)}.`;
    if (domain.endsWith('.'))
        return 'An email address cannot end with a period.';
    if (domain.startsWith('.'))
        return 'An email address cannot have a period immediately after the @-sign.';
    if (domain.includes('..'))
        return 'An email address cannot have two periods in a row.';
    if (domain.endsWith('-'))
        return 'An email address cannot end with a hyphen.';
    if (domain.startsWith('-'))
        return 'An email address cannot have a hyphen immediately after the @-sign.';
    if (domain.includes('.-') || domain.includes('-.'))
        return 'An email address cannot have a period and a hyphen next to each other.';
    if (ascii && domain.split('.').some((label) => /^(?!xn)..--/i.test(label)))
        return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
    if (ascii && !HOSTNAME.test(domain))
        return 'The email address contains invalid characters after the @-sign after IDNA encoding.';
    if (ascii && domain.length > 253)
        return `The email address is too long after the @-sign (${domain.length - 253} character${domain.length - 253 === 1 ? '' : 's'} too many).`;
    const long = domain.split('.').find((label) => label.length > 63);
    if (ascii && long !== undefined)
        return `After the @-sign, periods cannot be separated by so many characters (${long.length - 63} character${long.length - 63 === 1 ? '' : 's'} too many).`;
    if (!domain.includes('.'))
        return 'The part after the @-sign is not valid. It should have a period.';
    if (ascii && !/[A-Za-z]$/.test(domain))
        return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
    const lower = domain.toLowerCase();
    if (SPECIAL_USE.some((d) => lower === d || lower.endsWith(`.${d}`)))
        return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
    return null;
}


/***/ }),

/***/ 1958:
/***/ ((__unused_webpack_module, exports) => {


/** A wheel's `entry_points.txt` as warehouse checks it: strict INI (Python's configparser, `=` only), script names without paths. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.entryPointsInvalid = entryPointsInvalid;
// An entry point name (packaging's data model): word characters, dots and dashes only.
const SCRIPT_NAME = /^[\p{L}\p{N}\p{Mn}\p{Pc}.-]+$/u;
const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts']);
// configparser's reading: section headers, `name = value` lines, indented continuations, comments.
function parseIni(text) {
    const sections = new Map([['DEFAULT', []]]);
    let current = null;
    let inValue = false;
    let indent = 0;
    for (const line of text.split(/\r\n|\r|\n/)) {
        const stripped = line.trim();
        if (stripped.startsWith('#') || stripped.startsWith(';'))
            continue;
        if (stripped === '') {
            inValue = inValue && current !== null;
            continue;
        }
        const lineIndent = line.length - line.trimStart().length;
        if (current !== null && inValue && lineIndent > indent)
            continue;
        indent = lineIndent;
        const header = /^\[(.+)\]/.exec(stripped);
        if (header) {
            const name = header[1] ?? '';
            if (name !== 'DEFAULT' && sections.has(name))
                return null;
            if (!sections.has(name))
                sections.set(name, []);
            current = sections.get(name) ?? null;
            inValue = false;
            continue;
        }
        if (current === null)
            return null;
        const eq = stripped.indexOf('=');
        const option = eq < 0 ? '' : stripped.slice(0, eq).trimEnd();
        if (option === '' || current.includes(option))
            return null;
        current.push(option);
        inValue = true;
    }
    return sections;
}
/** True when warehouse would refuse the wheel for this entry_points.txt (not UTF-8, not strict INI, a script name with a path). */
function entryPointsInvalid(bytes) {
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return true;
    }
    const sections = parseIni(text);
    if (sections === null)
        return true;
    const defaults = sections.get('DEFAULT') ?? [];
    return [...SCRIPT_SECTIONS].some((name) => {
        const options = sections.get(name);
        return options !== undefined && [...defaults, ...options].some((option) => !SCRIPT_NAME.test(option));
    });
}


/***/ }),

/***/ 8809:
/***/ ((__unused_webpack_module, exports) => {


/** Typed errors of the dists package: each carries a stable `code` and names the file it is about. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DistError = void 0;
/** An error about one distribution file; `message` is one line naming the file and what is wrong. */
class DistError extends Error {
    code;
    filename;
    name = 'DistError';
    constructor(code, message, filename) {
        super(message);
        this.code = code;
        this.filename = filename;
    }
}
exports.DistError = DistError;


/***/ }),

/***/ 669:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DigestAccumulator = exports.EXTRA_DIGESTS = void 0;
exports.hashFile = hashFile;
exports.hashBytes = hashBytes;
/** The digests PyPI keeps for every file, computed in one streaming pass. */
const node_crypto_1 = __nccwpck_require__(7598);
const promises_1 = __nccwpck_require__(1455);
const hash_wasm_1 = __nccwpck_require__(608);
const buffer_pool_js_1 = __nccwpck_require__(4027);
exports.EXTRA_DIGESTS = ['md5', 'blake2_256'];
/**
 * Feeds bytes to sha256 and the extra digests at once: md5 (node's crypto) and blake2b-256. Node has no
 * 256-bit blake2b, and hash-wasm's runs at about 250 MB/s here where pure-JavaScript implementations
 * manage 10 to 15, which matters for a 1 GiB wheel; its WebAssembly instance is why creation is
 * asynchronous. Finished instances are kept for the next file: each holds its own WebAssembly memory,
 * which the garbage collector returns late, and a release of fifty files would otherwise carry fifty.
 */
class DigestAccumulator {
    blake;
    sha256 = (0, node_crypto_1.createHash)('sha256');
    md5;
    size = 0;
    constructor(blake, withMd5) {
        this.blake = blake;
        this.md5 = withMd5 ? (0, node_crypto_1.createHash)('md5') : null;
    }
    /** A fresh accumulator for sha256 and `extras` (all of them by default). */
    static async create(extras = exports.EXTRA_DIGESTS) {
        let blake = null;
        if (extras.includes('blake2_256')) {
            blake = idleBlake.pop() ?? (await (0, hash_wasm_1.createBLAKE2b)(256));
            blake.init();
        }
        return new DigestAccumulator(blake, extras.includes('md5'));
    }
    /** Adds the next bytes. */
    update(chunk) {
        this.size += chunk.length;
        this.sha256.update(chunk);
        this.md5?.update(chunk);
        this.blake?.update(chunk);
    }
    /** The digests of everything added; call once, at the end. */
    digest() {
        const out = { size: this.size, sha256: this.sha256.digest('hex') };
        if (this.md5)
            out.md5 = this.md5.digest('hex');
        if (this.blake) {
            out.blake2_256 = this.blake.digest('hex');
            idleBlake.push(this.blake);
        }
        return out;
    }
}
exports.DigestAccumulator = DigestAccumulator;
const idleBlake = [];
/** Two 1 MiB read buffers per file being hashed, reused from file to file (preflight hashes two at once). */
const readBuffers = new buffer_pool_js_1.BufferPool(1 << 20, 4);
async function hashFile(path, extras = exports.EXTRA_DIGESTS) {
    const digests = await DigestAccumulator.create(extras);
    const handle = await (0, promises_1.open)(path, 'r');
    const memory = [readBuffers.take(), readBuffers.take()];
    let reading = null;
    try {
        const buffers = memory.map((m) => Buffer.from(m));
        let position = 0;
        reading = handle.read(buffers[0], 0, readBuffers.size, position);
        for (let turn = 0;; turn ^= 1) {
            const { bytesRead } = await reading;
            if (bytesRead === 0)
                break;
            position += bytesRead;
            reading = handle.read(buffers[turn ^ 1], 0, readBuffers.size, position);
            digests.update(buffers[turn].subarray(0, bytesRead));
        }
    }
    finally {
        // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
        await reading?.catch(() => undefined);
        for (const m of memory)
            readBuffers.give(m);
        await handle.close();
    }
    return digests.digest();
}
/** All of PyPI's digests of bytes already in memory (a METADATA file). */
async function hashBytes(bytes) {
    const digests = await DigestAccumulator.create();
    digests.update(bytes);
    return digests.digest();
}


/***/ }),

/***/ 7949:
/***/ ((__unused_webpack_module, exports) => {


/** warehouse's `is_valid_uri(url, require_authority=False)`: rfc3986's checks of an http(s) URL, as PyPI runs them. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isValidHttpUri = isValidHttpUri;
const UNRESERVED_SUBDELIMS = "A-Za-z0-9._~\\-!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const REG_NAME = `(?:${PCT}|[${UNRESERVED_SUBDELIMS}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[' + UNRESERVED_SUBDELIMS + ':]+)\\]';
const USERINFO = `(?:[${UNRESERVED_SUBDELIMS}:]|${PCT})+`;
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL})(?::([0-9]{1,5}))?$`);
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?/;
/**
 * True when PyPI takes `url` for Home-page, Download-URL or a Project-URL: a scheme of http or https, and a
 * well-formed host and port when there is an authority. Path and query are percent-encoded by rfc3986
 * before the check, so they never fail it.
 */
function isValidHttpUri(url) {
    const match = URI.exec(url);
    const scheme = match?.[1]?.toLowerCase();
    if (scheme !== 'http' && scheme !== 'https')
        return false;
    const authority = match?.[2];
    if (!authority)
        return true;
    const sub = SUBAUTHORITY.exec(authority);
    if (!sub)
        return false;
    const host = sub[2] ?? '';
    if (new RegExp(`^${IPV4}$`).test(host) && host.split('.').some((octet) => Number(octet) > 255))
        return false;
    return sub[3] === undefined || Number(sub[3]) <= 65535;
}


/***/ }),

/***/ 8528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PYPI_MAX_PROJECT_SIZE = exports.PYPI_MAX_FILE_SIZE = exports.COMPRESSION_RATIO_THRESHOLD = exports.COMPRESSION_RATIO_MIN_SIZE = exports.SPDX_SOURCE = exports.STDLIB_SOURCE = exports.TROVE_SOURCE = exports.PythonRstRenderer = exports.needsRstRender = exports.ultranormalizeName = exports.newProjectNameProblem = exports.SUPPORTED_METADATA_VERSIONS = exports.metadataFromForm = exports.checkUpload = exports.PYPI_RULES = exports.checkDistribution = exports.isPyPIPlatformTag = exports.inspectDistribution = exports.readDistMetadata = exports.distKindOf = exports.parseWheelFile = exports.walkTarGz = exports.DEFAULT_TAR_LIMITS = exports.ZipArchive = exports.DEFAULT_ZIP_LIMITS = exports.hashFile = exports.hashBytes = exports.EXTRA_DIGESTS = exports.DigestAccumulator = exports.uploadFormFields = exports.twineSafeName = exports.metadataFromUploadForm = exports.FIELD_SPECS = exports.parseCoreMetadata = exports.emptyCoreMetadata = exports.buildMetadata = exports.parseDistFilename = exports.filetypeOf = exports.parseSdistFilename = exports.parseWheelFilename = exports.expandTags = exports.DistError = exports.normalizeProjectName = exports.isValidProjectName = exports.filenameProjectName = void 0;
/** dists: Python distribution files — filenames, core metadata, archive reading, hashing, and PyPI's upload rules. */
var names_js_1 = __nccwpck_require__(8888);
Object.defineProperty(exports, "filenameProjectName", ({ enumerable: true, get: function () { return names_js_1.filenameProjectName; } }));
Object.defineProperty(exports, "isValidProjectName", ({ enumerable: true, get: function () { return names_js_1.isValidProjectName; } }));
Object.defineProperty(exports, "normalizeProjectName", ({ enumerable: true, get: function () { return names_js_1.normalizeProjectName; } }));
var errors_js_1 = __nccwpck_require__(8809);
Object.defineProperty(exports, "DistError", ({ enumerable: true, get: function () { return errors_js_1.DistError; } }));
var wheel_filename_js_1 = __nccwpck_require__(2337);
Object.defineProperty(exports, "expandTags", ({ enumerable: true, get: function () { return wheel_filename_js_1.expandTags; } }));
Object.defineProperty(exports, "parseWheelFilename", ({ enumerable: true, get: function () { return wheel_filename_js_1.parseWheelFilename; } }));
var sdist_filename_js_1 = __nccwpck_require__(1739);
Object.defineProperty(exports, "parseSdistFilename", ({ enumerable: true, get: function () { return sdist_filename_js_1.parseSdistFilename; } }));
var dist_filename_js_1 = __nccwpck_require__(1118);
Object.defineProperty(exports, "filetypeOf", ({ enumerable: true, get: function () { return dist_filename_js_1.filetypeOf; } }));
Object.defineProperty(exports, "parseDistFilename", ({ enumerable: true, get: function () { return dist_filename_js_1.parseDistFilename; } }));
var core_metadata_js_1 = __nccwpck_require__(2667);
Object.defineProperty(exports, "buildMetadata", ({ enumerable: true, get: function () { return core_metadata_js_1.buildMetadata; } }));
Object.defineProperty(exports, "emptyCoreMetadata", ({ enumerable: true, get: function () { return core_metadata_js_1.emptyCoreMetadata; } }));
Object.defineProperty(exports, "parseCoreMetadata", ({ enumerable: true, get: function () { return core_metadata_js_1.parseCoreMetadata; } }));
var core_metadata_fields_js_1 = __nccwpck_require__(7141);
Object.defineProperty(exports, "FIELD_SPECS", ({ enumerable: true, get: function () { return core_metadata_fields_js_1.FIELD_SPECS; } }));
var upload_form_js_1 = __nccwpck_require__(6162);
Object.defineProperty(exports, "metadataFromUploadForm", ({ enumerable: true, get: function () { return upload_form_js_1.metadataFromUploadForm; } }));
Object.defineProperty(exports, "twineSafeName", ({ enumerable: true, get: function () { return upload_form_js_1.twineSafeName; } }));
Object.defineProperty(exports, "uploadFormFields", ({ enumerable: true, get: function () { return upload_form_js_1.uploadFormFields; } }));
var hash_file_js_1 = __nccwpck_require__(669);
Object.defineProperty(exports, "DigestAccumulator", ({ enumerable: true, get: function () { return hash_file_js_1.DigestAccumulator; } }));
Object.defineProperty(exports, "EXTRA_DIGESTS", ({ enumerable: true, get: function () { return hash_file_js_1.EXTRA_DIGESTS; } }));
Object.defineProperty(exports, "hashBytes", ({ enumerable: true, get: function () { return hash_file_js_1.hashBytes; } }));
Object.defineProperty(exports, "hashFile", ({ enumerable: true, get: function () { return hash_file_js_1.hashFile; } }));
var zip_reader_js_1 = __nccwpck_require__(8567);
Object.defineProperty(exports, "DEFAULT_ZIP_LIMITS", ({ enumerable: true, get: function () { return zip_reader_js_1.DEFAULT_ZIP_LIMITS; } }));
Object.defineProperty(exports, "ZipArchive", ({ enumerable: true, get: function () { return zip_reader_js_1.ZipArchive; } }));
var tar_reader_js_1 = __nccwpck_require__(911);
Object.defineProperty(exports, "DEFAULT_TAR_LIMITS", ({ enumerable: true, get: function () { return tar_reader_js_1.DEFAULT_TAR_LIMITS; } }));
Object.defineProperty(exports, "walkTarGz", ({ enumerable: true, get: function () { return tar_reader_js_1.walkTarGz; } }));
var wheel_info_js_1 = __nccwpck_require__(8132);
Object.defineProperty(exports, "parseWheelFile", ({ enumerable: true, get: function () { return wheel_info_js_1.parseWheelFile; } }));
var read_dist_js_1 = __nccwpck_require__(6555);
Object.defineProperty(exports, "distKindOf", ({ enumerable: true, get: function () { return read_dist_js_1.distKindOf; } }));
Object.defineProperty(exports, "readDistMetadata", ({ enumerable: true, get: function () { return read_dist_js_1.readDistMetadata; } }));
var inspect_dist_js_1 = __nccwpck_require__(785);
Object.defineProperty(exports, "inspectDistribution", ({ enumerable: true, get: function () { return inspect_dist_js_1.inspectDistribution; } }));
var platform_tags_js_1 = __nccwpck_require__(6287);
Object.defineProperty(exports, "isPyPIPlatformTag", ({ enumerable: true, get: function () { return platform_tags_js_1.isPyPIPlatformTag; } }));
var check_distribution_js_1 = __nccwpck_require__(8863);
Object.defineProperty(exports, "checkDistribution", ({ enumerable: true, get: function () { return check_distribution_js_1.checkDistribution; } }));
Object.defineProperty(exports, "PYPI_RULES", ({ enumerable: true, get: function () { return check_distribution_js_1.PYPI_RULES; } }));
var check_upload_js_1 = __nccwpck_require__(7500);
Object.defineProperty(exports, "checkUpload", ({ enumerable: true, get: function () { return check_upload_js_1.checkUpload; } }));
var metadata_rules_js_1 = __nccwpck_require__(6521);
Object.defineProperty(exports, "metadataFromForm", ({ enumerable: true, get: function () { return metadata_rules_js_1.metadataFromForm; } }));
Object.defineProperty(exports, "SUPPORTED_METADATA_VERSIONS", ({ enumerable: true, get: function () { return metadata_rules_js_1.SUPPORTED_METADATA_VERSIONS; } }));
var project_name_rules_js_1 = __nccwpck_require__(9231);
Object.defineProperty(exports, "newProjectNameProblem", ({ enumerable: true, get: function () { return project_name_rules_js_1.newProjectNameProblem; } }));
Object.defineProperty(exports, "ultranormalizeName", ({ enumerable: true, get: function () { return project_name_rules_js_1.ultranormalizeName; } }));
var description_rules_js_1 = __nccwpck_require__(2436);
Object.defineProperty(exports, "needsRstRender", ({ enumerable: true, get: function () { return description_rules_js_1.needsRstRender; } }));
var readme_renderer_js_1 = __nccwpck_require__(6602);
Object.defineProperty(exports, "PythonRstRenderer", ({ enumerable: true, get: function () { return readme_renderer_js_1.PythonRstRenderer; } }));
var trove_classifiers_js_1 = __nccwpck_require__(8320);
Object.defineProperty(exports, "TROVE_SOURCE", ({ enumerable: true, get: function () { return trove_classifiers_js_1.TROVE_SOURCE; } }));
var stdlib_modules_js_1 = __nccwpck_require__(4109);
Object.defineProperty(exports, "STDLIB_SOURCE", ({ enumerable: true, get: function () { return stdlib_modules_js_1.STDLIB_SOURCE; } }));
var spdx_licenses_js_1 = __nccwpck_require__(1483);
Object.defineProperty(exports, "SPDX_SOURCE", ({ enumerable: true, get: function () { return spdx_licenses_js_1.SPDX_SOURCE; } }));
var archive_rules_js_1 = __nccwpck_require__(4976);
Object.defineProperty(exports, "COMPRESSION_RATIO_MIN_SIZE", ({ enumerable: true, get: function () { return archive_rules_js_1.COMPRESSION_RATIO_MIN_SIZE; } }));
Object.defineProperty(exports, "COMPRESSION_RATIO_THRESHOLD", ({ enumerable: true, get: function () { return archive_rules_js_1.COMPRESSION_RATIO_THRESHOLD; } }));
var types_js_1 = __nccwpck_require__(4029);
Object.defineProperty(exports, "PYPI_MAX_FILE_SIZE", ({ enumerable: true, get: function () { return types_js_1.PYPI_MAX_FILE_SIZE; } }));
Object.defineProperty(exports, "PYPI_MAX_PROJECT_SIZE", ({ enumerable: true, get: function () { return types_js_1.PYPI_MAX_PROJECT_SIZE; } }));


/***/ }),

/***/ 785:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inspectDistribution = inspectDistribution;
/** Gathering the facts PyPI's rules look at from a file on disk, without failing on a broken archive. */
const promises_1 = __nccwpck_require__(1455);
const node_path_1 = __nccwpck_require__(6760);
const archive_kind_js_1 = __nccwpck_require__(9333);
const core_metadata_js_1 = __nccwpck_require__(2667);
const errors_js_1 = __nccwpck_require__(8809);
const hash_file_js_1 = __nccwpck_require__(669);
const read_dist_js_1 = __nccwpck_require__(6555);
const tar_reader_js_1 = __nccwpck_require__(911);
const wheel_info_js_1 = __nccwpck_require__(8132);
const zip_reader_js_1 = __nccwpck_require__(8567);
/**
 * Hash a file (unless `options.hashes` are given) and read its archive (every member name, sizes, methods; for a .tar.gz a full streaming walk)
 * and its own metadata. Unreadable archives give `archive.unreadable` with PyPI's reason rather than a throw.
 */
async function inspectDistribution(path, options = {}) {
    const filename = (0, node_path_1.basename)(path);
    const { hashes: known, ...limits } = options;
    const base = known
        ? { filename, size: (await (0, promises_1.stat)(path)).size, hashes: known }
        : await (0, hash_file_js_1.hashFile)(path).then(({ size, ...hashes }) => ({ filename, size, hashes }));
    let format;
    try {
        format = (0, read_dist_js_1.distKindOf)(filename).format;
    }
    catch (error) {
        return { ...base, metadata: null, metadataError: error.message };
    }
    const { archive, metadata, metadataError } = format === 'zip' ? await inspectZip(path, filename, limits) : await inspectTar(path, limits);
    // A readable archive of one kind that is also the other is refused by PyPI first.
    if (archive.unreadable === null && (format === 'zip' ? await (0, archive_kind_js_1.isTarFile)(path) : await (0, archive_kind_js_1.isZipFile)(path)))
        archive.polyglot = true;
    return { ...base, archive, metadata, ...(metadataError ? { metadataError } : {}) };
}
async function inspectZip(path, filename, limits) {
    let zip;
    try {
        zip = await zip_reader_js_1.ZipArchive.open(path, limits.zip);
    }
    catch (error) {
        // zipfile.is_zipfile only looks for the end record; anything worse is a BadZipFile, which PyPI prints as None.
        const message = error.message;
        const unreadable = message.includes('no end of central directory') ? 'File is not a zipfile' : 'None';
        return { archive: emptyArchive('zip', unreadable), metadata: null, metadataError: message };
    }
    try {
        const members = zip.entries.map((e) => e.name);
        const archive = {
            format: 'zip',
            unreadable: null,
            members,
            uncompressedSize: zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
            unsupportedCompression: zip.entries.some((e) => e.method !== 0 && e.method !== 8),
        };
        const target = filename.endsWith('.whl')
            ? `${(0, wheel_info_js_1.findDistInfoDir)(filename, members) ?? 'unknown.dist-info'}/METADATA`
            : (0, read_dist_js_1.pkgInfoPath)(members);
        if (filename.endsWith('.whl'))
            archive.entryPoints = await readEntryPoints(zip, filename);
        const entry = zip.entry(target);
        if (!entry)
            return { archive, metadata: null, metadataError: `${filename}: ${target} not found` };
        try {
            return { archive, metadata: (0, core_metadata_js_1.parseCoreMetadata)(await zip.read(entry), `${filename}: ${target}`) };
        }
        catch (error) {
            return { archive, metadata: null, metadataError: error.message };
        }
    }
    finally {
        await zip.close();
    }
}
// warehouse reads `<name>-<version>.dist-info/entry_points.txt`, name and version split from the filename.
async function readEntryPoints(zip, filename) {
    const [name, version] = filename.split('-');
    const entry = zip.entry(`${name}-${version}.dist-info/entry_points.txt`);
    if (!entry)
        return null;
    try {
        return await zip.read(entry);
    }
    catch {
        return null;
    }
}
async function inspectTar(path, limits) {
    const members = [];
    const candidates = new Map();
    let sparse = false;
    try {
        const summary = await (0, tar_reader_js_1.walkTarGz)(path, {
            onEntry(entry) {
                members.push(entry.path);
                if (entry.sparse)
                    sparse = true;
                // Keep every depth-one PKG-INFO (small, capped): which one counts is known only at the end.
                return /^[^/]+\/PKG-INFO$/.test(entry.path) ? 'read' : 'skip';
            },
            onContent(entry, data) {
                candidates.set(entry.path, data);
                return false;
            },
        }, limits.tar);
        const archive = {
            format: 'tar.gz',
            unreadable: null,
            members,
            uncompressedSize: summary.inflatedBytes,
            unsupportedCompression: false,
            sparse,
        };
        const data = candidates.get((0, read_dist_js_1.pkgInfoPath)(members));
        if (!data)
            return { archive, metadata: null, metadataError: `${(0, node_path_1.basename)(path)}: no PKG-INFO at the top` };
        return { archive, metadata: (0, core_metadata_js_1.parseCoreMetadata)(data, `${(0, node_path_1.basename)(path)}: PKG-INFO`) };
    }
    catch (error) {
        // tarfile.is_tarfile fails only when the first header is unreadable; later damage is a ReadError (None).
        const unreadable = error instanceof errors_js_1.DistError && members.length === 0 ? 'File is not a tarfile' : 'None';
        return {
            archive: emptyArchive('tar.gz', unreadable),
            metadata: null,
            metadataError: error.message,
        };
    }
}
function emptyArchive(format, unreadable) {
    return { format, unreadable, members: [], uncompressedSize: 0, unsupportedCompression: false };
}


/***/ }),

/***/ 6794:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isValidLicenseExpression = isValidLicenseExpression;
/** PEP 639 License-Expression: SPDX syntax and identifiers, as packaging's `canonicalize_license_expression` checks them. */
const spdx_licenses_js_1 = __nccwpck_require__(1483);
const LICENSES = new Set(spdx_licenses_js_1.SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(spdx_licenses_js_1.SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));
const OPERATORS = new Set(['or', 'and', 'with']);
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/;
/** True when packaging would accept `value` as a License-Expression (case-insensitive identifiers, AND/OR/WITH, parentheses). */
function isValidLicenseExpression(value) {
    const tokens = value.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').toLowerCase().split(/\s+/).filter(Boolean);
    if (tokens.length === 0 || !wellFormed(tokens))
        return false;
    return tokens.every((token, i) => {
        if (OPERATORS.has(token) || token === '(' || token === ')')
            return true;
        if (tokens[i - 1] === 'with')
            return EXCEPTIONS.has(token);
        const id = token.endsWith('+') ? token.slice(0, -1) : token;
        return id.startsWith('licenseref-') ? LICENSE_REF.test(id) : LICENSES.has(id);
    });
}
// The grammar packaging checks by compiling a Python expression: operands joined by operators, balanced
// parentheses, never two operands or two operators in a row, never `()`.
function wellFormed(tokens) {
    let depth = 0;
    let expectOperand = true;
    for (const token of tokens) {
        if (token === '(') {
            if (!expectOperand)
                return false;
            depth++;
        }
        else if (token === ')') {
            if (expectOperand || depth === 0)
                return false;
            depth--;
        }
        else if (OPERATORS.has(token)) {
            if (expectOperand)
                return false;
            expectOperand = true;
        }
        else {
            if (!expectOperand)
                return false;
            expectOperand = false;
        }
    }
    return depth === 0 && !expectOperand;
}


/***/ }),

/***/ 8888:
/***/ ((__unused_webpack_module, exports) => {


/** PEP 503 / PEP 508 project names: the only place that normalizes them. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isValidProjectName = isValidProjectName;
exports.normalizeProjectName = normalizeProjectName;
exports.filenameProjectName = filenameProjectName;
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** True when `name` is a valid project name (PEP 508 / core metadata `Name`). */
function isValidProjectName(name) {
    return VALID_NAME.test(name);
}
/** PEP 503 normalized form: lower case, runs of `-`, `_`, `.` collapsed to one `-`. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The form wheel and sdist filenames use for the name part (PEP 427/625): runs of `-_.` become `_`. */
function filenameProjectName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}


/***/ }),

/***/ 2290:
/***/ ((__unused_webpack_module, exports) => {


/** PEP 508 dependency specifiers and PEP 440 specifier sets, as packaging parses them (validity, URL, canonical text). */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RequirementSyntaxError = void 0;
exports.isValidSpecifierSet = isValidSpecifierSet;
exports.parseRequirement = parseRequirement;
// packaging's specifier grammar, one alternative per operator family (version parts as PEP 440 allows).
const PRE = String.raw `(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?`;
const POST = String.raw `(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?`;
const DEV = String.raw `(?:[-_.]?dev[-_.]?[0-9]*)?`;
const LOCAL = String.raw `(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`;
const EPOCH_RELEASE = String.raw `v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*`;
const SPECIFIER_BODY = String.raw `(?:===\s*[^\s;)]*)` +
    String.raw `|(?:(?:==|!=)\s*${EPOCH_RELEASE}(?:\.\*|${PRE}${POST}${DEV}${LOCAL})?)` +
    String.raw `|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+${PRE}${POST}${DEV})` +
    String.raw `|(?:(?:<=|>=|<|>)\s*${EPOCH_RELEASE}${PRE}${POST}${DEV})`;
const SPECIFIER_EXACT = new RegExp(String.raw `^\s*(?:${SPECIFIER_BODY})\s*$`, 'i');
const SPECIFIER_PREFIX = new RegExp(String.raw `(?:${SPECIFIER_BODY})`, 'iy');
/** True when `value` is a valid PEP 440 specifier set (`>=3.9, <4`), as `packaging.specifiers.SpecifierSet` takes it. */
function isValidSpecifierSet(value) {
    return value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '')
        .every((part) => SPECIFIER_EXACT.test(part));
}
/** Thrown for a requirement packaging would refuse; `message` is its first line. */
class RequirementSyntaxError extends Error {
    name = 'RequirementSyntaxError';
}
exports.RequirementSyntaxError = RequirementSyntaxError;
const IDENTIFIER = /[a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?/y;
const VARIABLE = /(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)(?![A-Za-z0-9_])/y;
const OP = /===|==|~=|!=|<=|>=|<|>/y;
const QUOTED = /'[^']*'|"[^"]*"/y;
/** A small cursor over the text: the tokens of packaging's tokenizer, matched where needed. */
class Cursor {
    source;
    pos = 0;
    constructor(source) {
        this.source = source;
    }
    ws() {
        const start = this.pos;
        while (this.source[this.pos] === ' ' || this.source[this.pos] === '\t')
            this.pos++;
        return this.pos > start;
    }
    match(re) {
        re.lastIndex = this.pos;
        const found = re.exec(this.source);
        if (!found)
            return null;
        this.pos += found[0].length;
        return found[0];
    }
    literal(text) {
        if (!this.source.startsWith(text, this.pos))
            return false;
        this.pos += text.length;
        return true;
    }
    word(text) {
        const after = this.source[this.pos + text.length] ?? '';
        if (!this.source.startsWith(text, this.pos) || /[A-Za-z0-9_]/.test(after))
            return false;
        this.pos += text.length;
        return true;
    }
    atEnd() {
        return this.pos >= this.source.length;
    }
    fail(expected) {
        throw new RequirementSyntaxError(`Expected ${expected}`);
    }
}
/** Parse a PEP 508 requirement as packaging does; throws RequirementSyntaxError when packaging would. */
function parseRequirement(source) {
    const cur = new Cursor(source);
    cur.ws();
    const name = cur.match(IDENTIFIER) ?? cur.fail('package name at the start of dependency specifier');
    cur.ws();
    const extras = parseExtras(cur);
    cur.ws();
    let url = null;
    let specifiers = [];
    let marker = null;
    if (cur.literal('@')) {
        cur.ws();
        url = cur.match(/[^ \t]+/y) ?? cur.fail('URL after @');
        if (!cur.atEnd()) {
            if (!cur.ws())
                cur.fail('whitespace after URL');
            if (!cur.atEnd()) {
                if (!cur.literal(';'))
                    cur.fail('semicolon (after URL and whitespace) or end');
                marker = parseMarker(cur);
            }
        }
    }
    else {
        specifiers = parseSpecifiers(cur);
        cur.ws();
        if (cur.literal(';'))
            marker = parseMarker(cur);
        else if (!cur.atEnd())
            cur.fail(specifiers.length
                ? 'comma (within version specifier), semicolon (after version specifier) or end'
                : 'semicolon (after name with no version specifier) or end');
    }
    return { name, url, text: requirementText(name, extras, specifiers, url, marker) };
}
function requirementText(name, extras, specifiers, url, marker) {
    let text = name + (extras.length ? `[${[...extras].sort().join(',')}]` : '');
    text += [...specifiers].sort().join(',');
    if (url !== null)
        text += ` @ ${url}${marker !== null ? ' ' : ''}`;
    return marker !== null ? `${text}; ${marker}` : text;
}
function parseExtras(cur) {
    if (!cur.literal('['))
        return [];
    cur.ws();
    const extras = [];
    const first = cur.match(IDENTIFIER);
    if (first !== null) {
        extras.push(first);
        for (;;) {
            cur.ws();
            if (!cur.literal(','))
                break;
            cur.ws();
            extras.push(cur.match(IDENTIFIER) ?? cur.fail('extra name after comma'));
        }
    }
    cur.ws();
    if (!cur.literal(']'))
        cur.fail(first !== null ? 'comma between extra names' : 'matching right bracket');
    return extras;
}
function parseSpecifiers(cur) {
    const parenthesized = cur.literal('(');
    if (parenthesized)
        cur.ws();
    const specs = [];
    for (;;) {
        const spec = cur.match(SPECIFIER_PREFIX);
        if (spec === null) {
            if (specs.length > 0)
                cur.fail('version specifier after comma');
            break;
        }
        if (cur.source.startsWith('.*', cur.pos))
            cur.fail('end of version specifier (.* suffix is only allowed with == and !=)');
        specs.push(spec.replace(/\s+/g, ''));
        const before = cur.pos;
        cur.ws();
        if (!cur.literal(',')) {
            cur.pos = before;
            break;
        }
        cur.ws();
    }
    if (parenthesized) {
        cur.ws();
        if (!cur.literal(')'))
            cur.fail('matching right parenthesis (after version specifier)');
    }
    return specs;
}
// marker := and ('or' and)*; and := atom ('and' atom)*; atom := '(' marker ')' | var op var.
function parseMarker(cur) {
    cur.ws();
    const text = parseMarkerOr(cur);
    cur.ws();
    if (!cur.atEnd())
        cur.fail('end of dependency specifier');
    return text;
}
function parseMarkerOr(cur) {
    const parts = [parseMarkerAnd(cur)];
    for (;;) {
        const before = cur.pos;
        cur.ws();
        if (!cur.word('or')) {
            cur.pos = before;
            return parts.join(' or ');
        }
        cur.ws();
        parts.push(parseMarkerAnd(cur));
    }
}
function parseMarkerAnd(cur) {
    const parts = [parseMarkerAtom(cur)];
    for (;;) {
        const before = cur.pos;
        cur.ws();
        if (!cur.word('and')) {
            cur.pos = before;
            return parts.join(' and ');
        }
        cur.ws();
        parts.push(parseMarkerAtom(cur));
    }
}
function parseMarkerAtom(cur) {
    if (cur.literal('(')) {
        cur.ws();
        const inner = parseMarkerOr(cur);
        cur.ws();
        if (!cur.literal(')'))
            cur.fail('matching right parenthesis (after marker expression)');
        return `(${inner})`;
    }
    const left = parseMarkerVar(cur);
    cur.ws();
    const op = parseMarkerOp(cur);
    cur.ws();
    const right = parseMarkerVar(cur);
    return `${left} ${op} ${right}`;
}
function parseMarkerVar(cur) {
    const variable = cur.match(VARIABLE);
    if (variable !== null) {
        if (variable === 'python_implementation')
            return 'platform_python_implementation';
        return variable.replace('.', '_');
    }
    const quoted = cur.match(QUOTED);
    if (quoted !== null)
        return `"${quoted.slice(1, -1)}"`;
    return cur.fail('a marker variable or quoted string');
}
function parseMarkerOp(cur) {
    if (cur.word('in'))
        return 'in';
    if (cur.word('not')) {
        if (!cur.ws())
            cur.fail("whitespace after 'not'");
        if (!cur.word('in'))
            cur.fail("'in' after 'not'");
        return 'not in';
    }
    return cur.match(OP) ?? cur.fail('marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}


/***/ }),

/***/ 6287:
/***/ ((__unused_webpack_module, exports) => {


/** Which wheel platform tags PyPI accepts (warehouse `_valid_platform_tag`, as of 2026). */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPyPIPlatformTag = isPyPIPlatformTag;
const STATIC = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
// macOS 11 and later only ever use minor 0 in tags; 10.x uses any minor.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// No end anchor: warehouse uses re.match, so text after the SDK name is tolerated.
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
// Prefix match, as warehouse's re.match.
const PYEMSCRIPTEN = /^pyemscripten_\d+_\d+_wasm32/;
/** True when PyPI accepts a wheel with this platform tag: any, win*, manylinux*, musllinux_x_y, macosx, ios, android, pyemscripten; never plain linux_x86_64. */
function isPyPIPlatformTag(platform) {
    if (STATIC.has(platform))
        return true;
    const mac = MACOSX.exec(platform);
    if (mac && mac[1] === '10' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    if (mac && MACOSX_MAJORS.has(mac[1] ?? '') && mac[2] === '0' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    const linux = LINUX.exec(platform);
    if (linux)
        return (linux[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux[4] ?? '');
    const ios = IOS.exec(platform);
    if (ios && IOS_ARCHES.has(ios[3] ?? ''))
        return true;
    const android = ANDROID.exec(platform);
    if (android !== null && ANDROID_ARCHES.has(android[2] ?? ''))
        return true;
    return PYEMSCRIPTEN.test(platform);
}


/***/ }),

/***/ 6186:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pyRepr = pyRepr;
/** Python's `repr()` of a string, because PyPI's messages quote values with `{value!r}`. */
function pyRepr(value) {
    if (value === null || value === undefined)
        return 'None';
    // Python picks single quotes unless the text holds a ' and no ".
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}


/***/ }),

/***/ 6555:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.distKindOf = distKindOf;
exports.readDistMetadata = readDistMetadata;
exports.pkgInfoPath = pkgInfoPath;
exports.commonPrefix = commonPrefix;
/** Reading what a distribution file holds: core metadata (and WHEEL) without unpacking it. */
const node_path_1 = __nccwpck_require__(6760);
const core_metadata_js_1 = __nccwpck_require__(2667);
const errors_js_1 = __nccwpck_require__(8809);
const tar_reader_js_1 = __nccwpck_require__(911);
const wheel_info_js_1 = __nccwpck_require__(8132);
const zip_reader_js_1 = __nccwpck_require__(8567);
/** The kind of a file by its extension, or throw DistError `unknown-extension`. */
function distKindOf(filename) {
    if (filename.endsWith('.whl'))
        return { kind: 'wheel', format: 'zip' };
    if (filename.endsWith('.tar.gz'))
        return { kind: 'sdist', format: 'tar.gz' };
    if (filename.endsWith('.zip'))
        return { kind: 'sdist', format: 'zip' };
    throw new errors_js_1.DistError('unknown-extension', `${filename}: not a wheel (.whl) or sdist (.tar.gz, .zip)`, filename);
}
/**
 * Read the core metadata of a wheel (`*.dist-info/METADATA`, WHEEL, and RECORD must exist) or an sdist
 * (`<top>/PKG-INFO`, streaming and stopping there). Throws DistError naming the file on anything missing.
 */
async function readDistMetadata(path, limits = {}) {
    const filename = (0, node_path_1.basename)(path);
    const { kind, format } = distKindOf(filename);
    if (format === 'tar.gz') {
        const metadata = (0, core_metadata_js_1.parseCoreMetadata)(await readTarPkgInfo(path, limits.tar), `${filename}: PKG-INFO`);
        return { filename, kind, metadata };
    }
    const zip = await zip_reader_js_1.ZipArchive.open(path, limits.zip);
    try {
        const names = zip.entries.map((e) => e.name);
        if (kind === 'sdist') {
            const target = pkgInfoPath(names);
            const entry = zip.entry(target);
            if (!entry)
                throw missing(filename, `PKG-INFO not found at ${target}`);
            return { filename, kind, metadata: (0, core_metadata_js_1.parseCoreMetadata)(await zip.read(entry), `${filename}: ${target}`) };
        }
        const dir = (0, wheel_info_js_1.findDistInfoDir)(filename, names);
        if (!dir)
            throw missing(filename, 'no .dist-info directory with METADATA');
        const metadataEntry = zip.entry(`${dir}/METADATA`);
        const wheelEntry = zip.entry(`${dir}/WHEEL`);
        if (!metadataEntry)
            throw missing(filename, `METADATA not found at ${dir}/METADATA`);
        if (!wheelEntry)
            throw missing(filename, `WHEEL not found at ${dir}/WHEEL`);
        if (!zip.entry(`${dir}/RECORD`))
            throw missing(filename, `RECORD not found at ${dir}/RECORD`);
        const metadata = (0, core_metadata_js_1.parseCoreMetadata)(await zip.read(metadataEntry), `${filename}: METADATA`);
        const wheelText = (await zip.read(wheelEntry)).toString('utf8');
        return { filename, kind, metadata, wheelInfo: (0, wheel_info_js_1.parseWheelFile)(wheelText, dir, true) };
    }
    finally {
        await zip.close();
    }
}
/** Where PyPI looks for an sdist's PKG-INFO: `os.path.join(commonprefix(names), "PKG-INFO")`. */
function pkgInfoPath(names) {
    const prefix = commonPrefix(names);
    return prefix === '' || prefix.endsWith('/') ? `${prefix}PKG-INFO` : `${prefix}/PKG-INFO`;
}
/** Python's `os.path.commonprefix`: character-wise, not path-wise. */
function commonPrefix(names) {
    if (names.length === 0)
        return '';
    let prefix = names[0] ?? '';
    for (const name of names) {
        let i = 0;
        while (i < prefix.length && i < name.length && prefix[i] === name[i])
            i++;
        prefix = prefix.slice(0, i);
    }
    return prefix;
}
// Stream until <top>/PKG-INFO, where <top> is the first member's top directory (as setuptools writes sdists).
async function readTarPkgInfo(path, limits) {
    let target = null;
    let found = null;
    await (0, tar_reader_js_1.walkTarGz)(path, {
        onEntry(entry) {
            target ??= `${entry.path.replace(/^\.\//, '').split('/')[0]}/PKG-INFO`;
            return entry.path.replace(/^\.\//, '') === target ? 'read' : 'skip';
        },
        onContent(_entry, data) {
            found = data;
            return true;
        },
    }, limits);
    if (found === null)
        throw missing((0, node_path_1.basename)(path), `PKG-INFO not found at ${target ?? '<top>/PKG-INFO'}`);
    return found;
}
function missing(filename, what) {
    return new errors_js_1.DistError('missing-member', `${filename}: ${what}`, filename);
}


/***/ }),

/***/ 6602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PythonRstRenderer = void 0;
/**
 * reStructuredText descriptions rendered as PyPI renders them: readme_renderer in one long-lived Python
 * process, started on first use and fed one description per line. Where no Python with readme_renderer
 * runs, `status()` says why, and every description counts as unchecked (null), never as rendered.
 */
const node_child_process_1 = __nccwpck_require__(1421);
const node_readline_1 = __nccwpck_require__(481);
// One JSON line in ({"text": ...}), one out ({"ok": bool}); warnings go to a buffer, not stderr.
const WORKER = `
import io, json, sys
try:
    from importlib.metadata import version
    import readme_renderer.rst as rst
except Exception as exc:
    print(json.dumps({"error": "%s: %s" % (type(exc).__name__, exc)}), flush=True)
    sys.exit(0)
print(json.dumps({"version": version("readme-renderer")}), flush=True)
for line in sys.stdin:
    text = json.loads(line)["text"]
    try:
        ok = rst.render(text, stream=io.StringIO()) is not None
    except Exception:
        ok = False
    print(json.dumps({"ok": ok}), flush=True)
`;
/** Renders reStructuredText with readme_renderer in a Python child process (one for the renderer's life). */
class PythonRstRenderer {
    worker = null;
    state = null;
    queue = Promise.resolve();
    pythons;
    constructor(options = {}) {
        const fromEnv = process.env.RELEASE_ACTIONS_PYTHON;
        this.pythons = options.pythons ?? [...(fromEnv ? [fromEnv] : []), 'python3', '/usr/bin/python3'];
    }
    /** Starts the worker if needed and says whether it runs (and with which readme_renderer). */
    async status() {
        if (this.state)
            return this.state;
        await this.start();
        return this.state ?? { available: false, reason: 'not started' };
    }
    /** True when the text renders, false when readme_renderer refuses it, null when no renderer runs. */
    rendersRst(text) {
        const run = this.queue.then(async () => {
            const worker = await this.start();
            if (!worker)
                return null;
            worker.child.stdin.write(`${JSON.stringify({ text })}\n`);
            const line = await worker.next();
            if (line === null) {
                this.worker = null;
                return null;
            }
            return JSON.parse(line).ok;
        });
        this.queue = run.catch(() => undefined);
        return run;
    }
    /** Ends the worker process. */
    close() {
        void this.worker?.then((w) => w?.child.stdin.end());
        this.worker = null;
    }
    start() {
        this.worker ??= this.spawnFirstWorking();
        return this.worker;
    }
    async spawnFirstWorking() {
        const reasons = [];
        for (const python of this.pythons) {
            const worker = await spawnWorker(python).catch((error) => ({ error: error.message }));
            if ('child' in worker) {
                this.state = { available: true, python, version: worker.version };
                return worker;
            }
            reasons.push(`${python}: ${worker.error}`);
        }
        this.state = {
            available: false,
            reason: `no Python with readme_renderer could run (${reasons.join('; ')})`,
        };
        return null;
    }
}
exports.PythonRstRenderer = PythonRstRenderer;
function spawnWorker(python) {
    return new Promise((resolve) => {
        const child = (0, node_child_process_1.spawn)(python, ['-c', WORKER], { stdio: ['pipe', 'pipe', 'pipe'] });
        const lines = (0, node_readline_1.createInterface)({ input: child.stdout })[Symbol.asyncIterator]();
        const next = async () => {
            const { value, done } = await lines.next();
            return done ? null : value;
        };
        child.once('error', (error) => resolve({ error: error.message }));
        child.stderr.resume();
        void next().then((first) => {
            const hello = first === null ? null : JSON.parse(first);
            if (hello?.version)
                resolve({ child, next, version: hello.version });
            else {
                child.kill();
                resolve({ error: hello?.error ?? 'exited before it answered' });
            }
        });
    });
}


/***/ }),

/***/ 4976:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.distFileRule = exports.COMPRESSION_RATIO_THRESHOLD = exports.COMPRESSION_RATIO_MIN_SIZE = void 0;
exports.commonPath = commonPath;
exports.invalidDistReason = invalidDistReason;
const types_js_1 = __nccwpck_require__(4029);
/** Past this many uncompressed bytes PyPI checks the compression ratio (64 MiB). */
exports.COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
/** An archive inflating to more than 50 × its size (past the minimum) is a zip bomb to PyPI. */
exports.COMPRESSION_RATIO_THRESHOLD = 50;
/**
 * Python's `os.path.commonpath` of member names (path components, `.` and empty ones dropped); null where
 * Python raises (absolute and relative names mixed).
 */
function commonPath(names) {
    if (names.length === 0)
        return '';
    const absolute = new Set(names.map((n) => n.startsWith('/')));
    if (absolute.size > 1)
        return null;
    const split = names.map((n) => n.split('/').filter((c) => c !== '' && c !== '.'));
    let common = split[0] ?? [];
    for (const parts of split) {
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return (absolute.has(true) ? '/' : '') + common.join('/');
}
// PyPI prints "None" when Python's archive modules fail mid-read; the cause is said after it.
const BROKEN_ARCHIVE = 'None (the archive is truncated or damaged)';
/** PyPI's reason an archive is not a valid distribution file, or null when it is. */
function invalidDistReason(filename, size, archive) {
    if (archive.polyglot)
        return 'File is both a zip and a tar file';
    if (archive.unreadable !== null)
        return archive.unreadable === 'None' ? BROKEN_ARCHIVE : archive.unreadable;
    const { members } = archive;
    if (archive.format === 'zip') {
        if (archive.uncompressedSize > exports.COMPRESSION_RATIO_MIN_SIZE &&
            archive.uncompressedSize / Math.max(size, 1) > exports.COMPRESSION_RATIO_THRESHOLD) {
            return `File exceeds compression ratio of ${exports.COMPRESSION_RATIO_THRESHOLD}`;
        }
        if (archive.unsupportedCompression)
            return 'File does not use a supported compression type';
        if (filename.endsWith('.whl')) {
            const parts = filename.split('-');
            if (parts.length < 3)
                return 'Unable to parse name and version from wheel filename';
            const target = `${parts[0]}-${parts[1]}.dist-info/WHEEL`;
            return members.includes(target) ? null : `WHEEL not found at ${target}`;
        }
    }
    if (archive.sparse)
        return 'tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information';
    return sdistTopLevelReason(members);
}
function sdistTopLevelReason(members) {
    const top = commonPath(members);
    if (top === null || top === '' || top === '/')
        return 'Incorrect number of top-level directories in sdist';
    const target = `${top}/PKG-INFO`;
    return members.includes(target) ? null : `PKG-INFO not found at ${target}`;
}
/** The archive must be a valid distribution file (answers `Invalid distribution file. <reason>`). */
const distFileRule = ({ filename, size, archive }) => {
    if (!archive)
        return null;
    const reason = invalidDistReason(filename, size, archive);
    return reason === null
        ? null
        : (0, types_js_1.badRequest)('invalid-distribution-file', `Invalid distribution file. ${reason}`);
};
exports.distFileRule = distFileRule;


/***/ }),

/***/ 8863:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PYPI_RULES = void 0;
exports.checkDistribution = checkDistribution;
/** All of PyPI's upload rules, in the order warehouse applies them. */
const archive_rules_js_1 = __nccwpck_require__(4976);
const file_rules_js_1 = __nccwpck_require__(7634);
const release_rules_js_1 = __nccwpck_require__(7883);
const sdist_rules_js_1 = __nccwpck_require__(6123);
const wheel_rules_js_1 = __nccwpck_require__(4093);
/**
 * The file's rules in warehouse's order: PyPI answers with the first that fails. The form and metadata come
 * before these (`checkUpload`); here the metadata is taken as already validated.
 */
exports.PYPI_RULES = [
    file_rules_js_1.filenameCharactersRule,
    file_rules_js_1.extensionRule,
    file_rules_js_1.contentTypeRule,
    file_rules_js_1.fileSizeRule,
    file_rules_js_1.projectSizeRule,
    file_rules_js_1.digestRule,
    release_rules_js_1.duplicateFileRule,
    release_rules_js_1.filenameReuseRule,
    release_rules_js_1.closedReleaseRule,
    release_rules_js_1.oneSdistRule,
    archive_rules_js_1.distFileRule,
    sdist_rules_js_1.sdistFilenameRule,
    sdist_rules_js_1.sdistProjectRule,
    sdist_rules_js_1.sdistNormalizedRule,
    sdist_rules_js_1.sdistLicenseFilesRule,
    wheel_rules_js_1.wheelFilenameRule,
    wheel_rules_js_1.platformTagRule,
    wheel_rules_js_1.wheelProjectRule,
    wheel_rules_js_1.wheelNormalizedNameRule,
    wheel_rules_js_1.wheelVersionRule,
    wheel_rules_js_1.wheelLicenseFilesRule,
    wheel_rules_js_1.wheelRecordRule,
    wheel_rules_js_1.wheelEntryPointsRule,
    wheel_rules_js_1.wheelMetadataRule,
];
/**
 * Every problem PyPI's file rules find with one upload, in warehouse's order: `problems[0]` is what PyPI would
 * answer (status and message). Empty means PyPI would take the file. Pure: no I/O.
 */
function checkDistribution(dist, context = {}) {
    const problems = [];
    for (const rule of exports.PYPI_RULES) {
        const problem = rule(dist, context);
        if (problem)
            problems.push(problem);
    }
    return problems;
}


/***/ }),

/***/ 7500:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkUpload = checkUpload;
const check_distribution_js_1 = __nccwpck_require__(8863);
const description_rules_js_1 = __nccwpck_require__(2436);
const metadata_rules_js_1 = __nccwpck_require__(6521);
const project_name_rules_js_1 = __nccwpck_require__(9231);
const types_js_1 = __nccwpck_require__(4029);
const upload_form_rules_js_1 = __nccwpck_require__(9728);
const refused = (problem) => ({
    problems: [problem],
    metadata: null,
    descriptionChecked: true,
});
/** Every check PyPI runs on one upload, with the description rendered by `renderer` when it is reStructuredText. */
async function checkUpload(request, context = {}, renderer) {
    const sanitized = (0, upload_form_rules_js_1.sanitizeForm)(request.fields, request.fileFields ?? []);
    if ('problem' in sanitized)
        return refused(sanitized.problem);
    const { fields } = sanitized;
    const early = (0, upload_form_rules_js_1.protocolProblem)(fields) ?? (0, upload_form_rules_js_1.uploadFormProblem)(fields);
    if (early)
        return refused(early);
    const parsed = (0, metadata_rules_js_1.metadataFromForm)(fields);
    if ('problem' in parsed)
        return refused(parsed.problem);
    const { metadata } = parsed;
    if (!request.file)
        return refused((0, types_js_1.badRequest)('no-file', 'Upload payload does not have a file.'));
    if (context.project === null) {
        const name = fields.find(([key]) => key === 'name')?.[1] ?? '';
        const problem = (0, project_name_rules_js_1.newProjectNameProblem)(name, context.projectNames);
        if (problem)
            return { ...refused(problem), metadata };
    }
    const rendered = (0, description_rules_js_1.needsRstRender)(metadata) && renderer ? await renderer.rendersRst(metadata.description ?? '') : undefined;
    const descriptionChecked = !(0, description_rules_js_1.needsRstRender)(metadata) || (rendered !== null && rendered !== undefined);
    const description = (0, description_rules_js_1.descriptionProblem)(metadata, rendered);
    if (description)
        return { problems: [description], metadata, descriptionChecked };
    const filetype = fields.find(([key]) => key === 'filetype')?.[1] === 'sdist' ? 'sdist' : 'bdist_wheel';
    const facts = {
        ...request.file,
        metadata,
        filetype,
        declaredDigests: (0, upload_form_rules_js_1.declaredDigests)(fields),
    };
    const problems = (0, check_distribution_js_1.checkDistribution)(facts, context);
    const attestation = attestationProblem(fields, context);
    if (attestation)
        problems.push(attestation);
    return { problems, metadata, descriptionChecked };
}
// warehouse verifies attestations only for trusted publishers; an API token cannot carry them.
function attestationProblem(fields, context) {
    if (!fields.some(([key]) => key === 'attestations') || context.identity !== 'token')
        return null;
    return (0, types_js_1.badRequest)('invalid-attestations', 'Invalid attestations supplied during upload: Attestations are only supported when using Trusted Publishing');
}


/***/ }),

/***/ 2436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.needsRstRender = needsRstRender;
exports.descriptionProblem = descriptionProblem;
const types_js_1 = __nccwpck_require__(4029);
const HELP = 'See https://pypi.org/help/#description-content-type for more information.';
/** True when PyPI renders this description as reStructuredText (the default when no content type is given). */
function needsRstRender(metadata) {
    if (!metadata.description)
        return false;
    const type = (metadata.descriptionContentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    return type === '' || type === 'text/x-rst';
}
/** PyPI's refusal of a description that did not render (`rendered` false), else null. */
function descriptionProblem(metadata, rendered) {
    if (rendered !== false || !needsRstRender(metadata))
        return null;
    const message = metadata.descriptionContentType
        ? `The description failed to render for '${metadata.descriptionContentType}'.`
        : 'The description failed to render in the default format of reStructuredText.';
    return (0, types_js_1.badRequest)('invalid-description', `${message} ${HELP}`);
}


/***/ }),

/***/ 7634:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.digestRule = exports.projectSizeRule = exports.fileSizeRule = exports.contentTypeRule = exports.extensionRule = exports.filenameCharactersRule = void 0;
exports.filetypeFor = filetypeFor;
/** PyPI's checks of the uploaded file itself: its name's characters and extension, size and digests. */
const dist_filename_js_1 = __nccwpck_require__(1118);
const types_js_1 = __nccwpck_require__(4029);
const python_repr_js_1 = __nccwpck_require__(6186);
const EXTENSION = /^.+?(\.(tar\.gz|zip|whl))$/is;
const EXTENSIONS_OF = {
    sdist: ['.zip', '.tar.gz'],
    bdist_wheel: ['.whl'],
};
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** The filetype the client claims, else the one twine derives from the extension. */
function filetypeFor(dist) {
    return dist.filetype ?? (0, dist_filename_js_1.filetypeOf)(dist.filename);
}
/** No control characters, DEL, or path separators in the filename. */
const filenameCharactersRule = ({ filename }) => {
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        return (0, types_js_1.badRequest)('invalid-filename-characters', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (/[/\\]/.test(filename)) {
        return (0, types_js_1.badRequest)('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name.");
    }
    return null;
};
exports.filenameCharactersRule = filenameCharactersRule;
/** Only .tar.gz, .zip (sdist) and .whl (wheel) are taken, matching the filetype (PEP 527, PEP 715). */
const extensionRule = (dist) => {
    const match = EXTENSION.exec(dist.filename);
    if (!match) {
        return (0, types_js_1.badRequest)('invalid-extension', 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information');
    }
    const extension = match[1] ?? '';
    const filetype = filetypeFor(dist) ?? (extension.toLowerCase() === '.whl' ? 'bdist_wheel' : 'sdist');
    if (EXTENSIONS_OF[filetype].includes(extension))
        return null;
    return (0, types_js_1.badRequest)('invalid-extension', `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`);
};
exports.extensionRule = extensionRule;
/** The file part must say what it is, and not be an image (twine sends application/octet-stream). */
const contentTypeRule = ({ contentType }) => {
    if (contentType === undefined ||
        (contentType !== null && contentType !== '' && !contentType.startsWith('image/')))
        return null;
    return (0, types_js_1.badRequest)('invalid-content-type', 'Invalid distribution file.');
};
exports.contentTypeRule = contentTypeRule;
/** The per-file size limit (PyPI: 100 MiB unless raised for the project). */
const fileSizeRule = (dist, context) => {
    const limit = context.maxFileSize ?? types_js_1.PYPI_MAX_FILE_SIZE;
    if (dist.size <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    return (0, types_js_1.badRequest)('file-too-large', `File too large. Limit for project ${(0, python_repr_js_1.pyRepr)(project)} is ${Math.floor(limit / MIB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
};
exports.fileSizeRule = fileSizeRule;
/** The per-project total size limit (PyPI: 10 GiB). */
const projectSizeRule = (dist, context) => {
    const limit = context.maxProjectSize ?? types_js_1.PYPI_MAX_PROJECT_SIZE;
    if (dist.size + (context.projectTotalSize ?? 0) <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    // PyPI's message really ends without a period.
    return (0, types_js_1.badRequest)('project-too-large', `Project size too large. Limit for project ${(0, python_repr_js_1.pyRepr)(project)} total size is ${Math.floor(limit / GIB)} GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase`);
};
exports.projectSizeRule = projectSizeRule;
/** Every digest the form declares must match the file. */
const digestRule = ({ declaredDigests, hashes }) => {
    if (!declaredDigests)
        return null;
    const pairs = [
        [declaredDigests.md5, hashes.md5],
        [declaredDigests.sha256, hashes.sha256],
        [declaredDigests.blake2_256, hashes.blake2_256],
    ];
    const ok = pairs.every(([declared, actual]) => !declared || declared.toLowerCase() === actual?.toLowerCase());
    if (ok)
        return null;
    return (0, types_js_1.badRequest)('digest-mismatch', 'The digest supplied does not match a digest calculated from the uploaded file.');
};
exports.digestRule = digestRule;


/***/ }),

/***/ 6521:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SUPPORTED_METADATA_VERSIONS = void 0;
exports.metadataErrorProblem = metadataErrorProblem;
exports.metadataFromForm = metadataFromForm;
const upload_form_js_1 = __nccwpck_require__(6162);
const python_repr_js_1 = __nccwpck_require__(6186);
const packaging_metadata_js_1 = __nccwpck_require__(909);
const raw_metadata_js_1 = __nccwpck_require__(7722);
const types_js_1 = __nccwpck_require__(4029);
const warehouse_metadata_js_1 = __nccwpck_require__(5313);
/** Metadata versions warehouse accepts (`SUPPORTED_METADATA_VERSIONS`); 2.0 never existed as a spec and is refused. */
exports.SUPPORTED_METADATA_VERSIONS = packaging_metadata_js_1.METADATA_VERSIONS;
const CORE_METADATA_HELP = 'https://packaging.python.org/specifications/core-metadata';
const LOCAL_VERSION_HELP = 'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers';
// These errors tend to cause the others, so warehouse answers with them first.
const FIELD_ORDER = ['metadata-version', 'name', 'version'];
/** warehouse's answer for a group of errors: the first error of the most important field, with its help link. */
function metadataErrorProblem(errors) {
    const fields = [...new Set(errors.map((e) => e.field))];
    const field = FIELD_ORDER.find((f) => fields.includes(f)) ?? fields.sort()[0];
    const ofField = errors.filter((e) => e.field === field);
    const message = ofField[0]?.message ?? '';
    const help = field === 'version' && ofField.some((e) => e.message.includes('use of local versions'))
        ? LOCAL_VERSION_HELP
        : CORE_METADATA_HELP;
    const code = field === 'version' && help === LOCAL_VERSION_HELP ? 'local-version' : 'invalid-metadata';
    return (0, types_js_1.badRequest)(code, `${message}${message.endsWith('.') ? '' : '.'} See ${help} for more information.`);
}
/**
 * warehouse's `metadata.parse(None, form_data=...)`: the form's metadata, or PyPI's refusal. Fields sent twice
 * and repeated Project-URL labels are refused first, then packaging's checks, then warehouse's own.
 */
function metadataFromForm(fields) {
    const parsed = (0, raw_metadata_js_1.rawMetadataFromForm)(fields);
    if ('unparsed' in parsed) {
        return {
            problem: metadataErrorProblem(parsed.unparsed.map(({ form }) => ({ field: form, message: `${(0, python_repr_js_1.pyRepr)(form)} has invalid data` }))),
        };
    }
    const packaging = (0, packaging_metadata_js_1.packagingMetadataErrors)(parsed.raw);
    if (packaging.length > 0)
        return { problem: metadataErrorProblem(packaging) };
    const warehouse = (0, warehouse_metadata_js_1.warehouseMetadataErrors)(parsed.raw);
    if (warehouse.length > 0)
        return { problem: metadataErrorProblem(warehouse) };
    return { metadata: (0, upload_form_js_1.metadataFromUploadForm)(fields) };
}


/***/ }),

/***/ 909:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.METADATA_VERSIONS = void 0;
exports.packagingMetadataErrors = packagingMetadataErrors;
/** packaging's `Metadata.from_raw(validate=True)`: each field's validator, with packaging's messages. */
const index_js_1 = __nccwpck_require__(1488);
const license_expression_js_1 = __nccwpck_require__(6794);
const python_repr_js_1 = __nccwpck_require__(6186);
const pep508_js_1 = __nccwpck_require__(2290);
const raw_metadata_js_1 = __nccwpck_require__(7722);
/** Metadata versions packaging knows, oldest first. */
exports.METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
const NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])\n?$/i;
const PY_KEYWORDS = new Set('False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(' '));
const invalidFor = (value, field) => `${(0, python_repr_js_1.pyRepr)(value)} is invalid for ${(0, python_repr_js_1.pyRepr)(field)}`;
const STRING_CHECKS = {
    name: (v, f) => (v === '' ? `${(0, python_repr_js_1.pyRepr)(f)} is a required field` : NAME.test(v) ? null : invalidFor(v, f)),
    version: (v, f) => v === '' ? `${(0, python_repr_js_1.pyRepr)(f)} is a required field` : (0, index_js_1.parseVersion)(v) ? null : invalidFor(v, f),
    summary: (v, f) => (v.includes('\n') ? `${(0, python_repr_js_1.pyRepr)(f)} must be a single line` : null),
    'description-content-type': contentTypeProblem,
    'requires-python': (v, f) => ((0, pep508_js_1.isValidSpecifierSet)(v) ? null : invalidFor(v, f)),
    'license-expression': (v, f) => ((0, license_expression_js_1.isValidLicenseExpression)(v) ? null : invalidFor(v, f)),
};
const LIST_CHECKS = {
    dynamic: (values) => {
        for (const value of values.map((v) => v.toLowerCase())) {
            if (['name', 'version', 'metadata-version'].includes(value))
                return `${(0, python_repr_js_1.pyRepr)(value)} is not allowed as a dynamic field`;
            if (!raw_metadata_js_1.EMAIL_NAMES.has(value))
                return `${(0, python_repr_js_1.pyRepr)(value)} is not a valid dynamic field`;
        }
        return null;
    },
    'provides-extra': (values, f) => {
        const bad = values.find((v) => !NAME.test(v));
        return bad === undefined ? null : invalidFor(bad, f);
    },
    'requires-dist': (values, f) => {
        for (const value of values) {
            try {
                (0, pep508_js_1.parseRequirement)(value);
            }
            catch {
                return invalidFor(value, f);
            }
        }
        return null;
    },
    'license-file': (values, f) => values.map((v) => licenseFileProblem(v, f)).find((p) => p !== null) ?? null,
    'import-name': importNamesProblem,
    'import-namespace': importNamesProblem,
};
function licenseFileProblem(path, field) {
    const head = `${(0, python_repr_js_1.pyRepr)(path)} is invalid for ${(0, python_repr_js_1.pyRepr)(field)}`;
    if (path.includes('..'))
        return `${head}, parent directory indicators are not allowed`;
    if (path.includes('*'))
        return `${head}, paths must be resolved`;
    if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
        return `${head}, paths must be relative`;
    if (path.includes('\\'))
        return `${head}, paths must use '/' delimiter`;
    return null;
}
function importNamesProblem(values, field) {
    for (const value of values) {
        const semicolon = value.indexOf(';');
        const name = (semicolon < 0 ? value : value.slice(0, semicolon)).trimEnd();
        for (const identifier of name.split('.')) {
            if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(identifier))
                return `${(0, python_repr_js_1.pyRepr)(name)} is invalid for ${(0, python_repr_js_1.pyRepr)(field)}; ${(0, python_repr_js_1.pyRepr)(identifier)} is not a valid identifier`;
            if (PY_KEYWORDS.has(identifier))
                return `${(0, python_repr_js_1.pyRepr)(name)} is invalid for ${(0, python_repr_js_1.pyRepr)(field)}; ${(0, python_repr_js_1.pyRepr)(identifier)} is a keyword`;
        }
        if (semicolon >= 0 && value.slice(semicolon + 1).trimStart() !== 'private')
            return `${(0, python_repr_js_1.pyRepr)(value)} is invalid for ${(0, python_repr_js_1.pyRepr)(field)}; the only valid option is 'private'`;
    }
    return null;
}
// packaging reads the value as a Content-Type header; Python prints a set, whose order we fix as written.
function contentTypeProblem(value, field) {
    const [type = '', ...params] = value.split(';');
    const contentType = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*$/.test(type)
        ? type.trim().toLowerCase()
        : 'text/plain';
    const known = ['text/plain', 'text/x-rst', 'text/markdown'];
    if (!known.includes(contentType) || !value.toLowerCase().includes(contentType))
        return `${(0, python_repr_js_1.pyRepr)(field)} must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not ${(0, python_repr_js_1.pyRepr)(value)}`;
    const parameters = new Map(params.map((p) => {
        const eq = p.indexOf('=');
        return [
            p.slice(0, eq).trim().toLowerCase(),
            p
                .slice(eq + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1'),
        ];
    }));
    const charset = parameters.get('charset') ?? 'UTF-8';
    if (charset !== 'UTF-8')
        return `${(0, python_repr_js_1.pyRepr)(field)} can only specify the UTF-8 charset, not ${(0, python_repr_js_1.pyRepr)(charset)}`;
    const variant = parameters.get('variant') ?? 'GFM';
    if (contentType === 'text/markdown' && variant !== 'GFM' && variant !== 'CommonMark')
        return `valid Markdown variants for ${(0, python_repr_js_1.pyRepr)(field)} are ['GFM', 'CommonMark'], not ${(0, python_repr_js_1.pyRepr)(variant)}`;
    return null;
}
/** Every error packaging's validation finds in `raw` (metadata-version first, then each present or required field). */
function packagingMetadataErrors(raw) {
    const errors = [];
    const metadataVersion = raw.strings.get('metadata-version');
    const age = exports.METADATA_VERSIONS.indexOf(metadataVersion ?? '');
    if (age < 0)
        errors.push({
            field: 'metadata-version',
            message: `${(0, python_repr_js_1.pyRepr)(metadataVersion)} is not a valid metadata version`,
        });
    const present = [
        ...raw.strings.keys(),
        ...raw.lists.keys(),
        ...(raw.keywords ? ['keywords'] : []),
        ...(raw.projectUrls ? ['project-url'] : []),
    ];
    for (const field of new Set([...present, 'name', 'version'])) {
        if (field === 'metadata-version')
            continue;
        const added = (0, raw_metadata_js_1.fieldAdded)(field);
        if (age >= 0 && exports.METADATA_VERSIONS.indexOf(added) > age) {
            errors.push({
                field,
                message: `${field} introduced in metadata version ${added}, not ${metadataVersion}`,
            });
            continue;
        }
        const value = raw.strings.get(field);
        const values = raw.lists.get(field);
        const message = value !== undefined || field === 'name' || field === 'version'
            ? (STRING_CHECKS[field]?.(value ?? '', field) ?? null)
            : values !== undefined
                ? (LIST_CHECKS[field]?.(values, field) ?? null)
                : null;
        if (message !== null)
            errors.push({ field, message });
    }
    return errors;
}


/***/ }),

/***/ 9231:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ultranormalizeName = ultranormalizeName;
exports.newProjectNameProblem = newProjectNameProblem;
/** PyPI's checks of a new project's name (`check_project_name`): standard library, prohibited, too similar. */
const stdlib_modules_js_1 = __nccwpck_require__(4109);
const names_js_1 = __nccwpck_require__(8888);
const python_repr_js_1 = __nccwpck_require__(6186);
const types_js_1 = __nccwpck_require__(4029);
const STDLIB = new Set(stdlib_modules_js_1.STDLIB_MODULE_NAMES);
// The names warehouse's migrations prohibit; PyPI's administrators add more that no one outside can see.
const PROHIBITED = new Set(['requirements-txt', 'rrequirements-txt']);
const HELP = 'See https://pypi.org/help/#project-name for more information.';
/** warehouse's `ultranormalize_name`: no `.`, `_`, `-`; `l`/`i` read as `1` and `o` as `0`; lower case. */
function ultranormalizeName(name) {
    return name
        .replace(/[._-]/g, '')
        .replace(/[lLiI]/g, '1')
        .replace(/[oO]/g, '0')
        .toLowerCase();
}
/**
 * Why PyPI would refuse to create a project named `name`, or null. `existingNames` are the projects the index
 * holds (for the "too similar" check); without them that check is skipped.
 */
function newProjectNameProblem(name, existingNames = []) {
    if (STDLIB.has((0, names_js_1.normalizeProjectName)(name.replace(/^[-_.]+|[-_.]+$/g, ''))))
        return (0, types_js_1.badRequest)('stdlib-project-name', `The name ${(0, python_repr_js_1.pyRepr)(name)} isn't allowed (conflict with Python Standard Library module name). ${HELP}`);
    if (PROHIBITED.has((0, names_js_1.normalizeProjectName)(name)))
        return (0, types_js_1.badRequest)('prohibited-project-name', `The name ${(0, python_repr_js_1.pyRepr)(name)} isn't allowed. ${HELP}`);
    const ultra = ultranormalizeName(name);
    if (existingNames.some((existing) => ultranormalizeName(existing) === ultra))
        return (0, types_js_1.badRequest)('similar-project-name', `The name ${(0, python_repr_js_1.pyRepr)(name)} is too similar to an existing project. ${HELP}`);
    return null;
}


/***/ }),

/***/ 7722:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMAIL_NAMES = exports.RAW_FIELDS = void 0;
exports.rawMetadataFromForm = rawMetadataFromForm;
exports.fieldAdded = fieldAdded;
function spec(form, email, kind, added = '1.0') {
    return { form, email, kind, added };
}
/** Every field packaging's Metadata knows, by twine's form name. */
exports.RAW_FIELDS = [
    spec('metadata_version', 'metadata-version', 'string'),
    spec('name', 'name', 'string'),
    spec('version', 'version', 'string'),
    spec('dynamic', 'dynamic', 'list', '2.2'),
    spec('platform', 'platform', 'list'),
    spec('supported_platform', 'supported-platform', 'list', '1.1'),
    spec('summary', 'summary', 'string'),
    spec('description', 'description', 'string'),
    spec('description_content_type', 'description-content-type', 'string', '2.1'),
    spec('keywords', 'keywords', 'keywords'),
    spec('home_page', 'home-page', 'string'),
    spec('download_url', 'download-url', 'string', '1.1'),
    spec('author', 'author', 'string'),
    spec('author_email', 'author-email', 'string'),
    spec('maintainer', 'maintainer', 'string', '1.2'),
    spec('maintainer_email', 'maintainer-email', 'string', '1.2'),
    spec('license', 'license', 'string'),
    spec('license_expression', 'license-expression', 'string', '2.4'),
    spec('license_file', 'license-file', 'list', '2.4'),
    spec('classifiers', 'classifier', 'list', '1.1'),
    spec('requires_dist', 'requires-dist', 'list', '1.2'),
    spec('requires_python', 'requires-python', 'string', '1.2'),
    spec('requires_external', 'requires-external', 'list', '1.2'),
    spec('project_urls', 'project-url', 'urls', '1.2'),
    spec('provides_extra', 'provides-extra', 'list', '2.1'),
    spec('provides_dist', 'provides-dist', 'list', '1.2'),
    spec('obsoletes_dist', 'obsoletes-dist', 'list', '1.2'),
    spec('import_name', 'import-name', 'list', '2.5'),
    spec('import_namespace', 'import-namespace', 'list', '2.5'),
    spec('requires', 'requires', 'list', '1.1'),
    spec('provides', 'provides', 'list', '1.1'),
    spec('obsoletes', 'obsoletes', 'list', '1.1'),
];
const BY_FORM = new Map(exports.RAW_FIELDS.map((s) => [s.form, s]));
/** packaging's email names of every field (what `Dynamic` may name). */
exports.EMAIL_NAMES = new Set(exports.RAW_FIELDS.map((s) => s.email));
/** RawMetadata from form fields as warehouse builds it (a lone empty value counts as absent), or what it cannot parse. */
function rawMetadataFromForm(fields) {
    const raw = { strings: new Map(), lists: new Map() };
    const unparsed = [];
    for (const name of new Set(fields.map(([key]) => key))) {
        const field = BY_FORM.get(name);
        if (!field)
            continue;
        const values = fields.filter(([key]) => key === name).map(([, value]) => value);
        if (values.length === 1 && values[0] === '')
            continue;
        if (field.kind === 'string' && values.length === 1)
            raw.strings.set(field.email, values[0] ?? '');
        else if (field.kind === 'list')
            raw.lists.set(field.email, values);
        else if (field.kind === 'keywords' && values.length === 1)
            raw.keywords = (values[0] ?? '').split(',').map((k) => k.trim());
        else if (field.kind === 'urls') {
            const urls = projectUrls(values);
            if (urls)
                raw.projectUrls = urls;
            else
                unparsed.push({ form: name });
        }
        else
            unparsed.push({ form: name });
    }
    return unparsed.length > 0 ? { unparsed } : { raw };
}
// packaging's _parse_project_urls: `label, url` split at the first comma; a repeated label is unparsable.
function projectUrls(values) {
    const out = [];
    for (const pair of values) {
        const comma = pair.indexOf(',');
        const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
        const url = comma < 0 ? '' : pair.slice(comma + 1).trim();
        if (out.some(([seen]) => seen === label))
            return null;
        out.push([label, url]);
    }
    return out;
}
/** The metadata version that introduced a field (by email name). */
function fieldAdded(email) {
    return exports.RAW_FIELDS.find((s) => s.email === email)?.added ?? '1.0';
}


/***/ }),

/***/ 7883:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.closedReleaseRule = exports.oneSdistRule = exports.filenameReuseRule = exports.duplicateFileRule = void 0;
/** PyPI's checks against what the index already holds: duplicates, reused filenames, one sdist per release. */
const python_repr_js_1 = __nccwpck_require__(6186);
const types_js_1 = __nccwpck_require__(4029);
const file_rules_js_1 = __nccwpck_require__(7634);
/**
 * A file with the same name or blake2 digest exists: identical name and digests → PyPI answers 200 and stores
 * nothing (code `file-exists-identical`, what twine's --skip-existing relies on); otherwise 400. A client
 * that computed no blake2b-256 predicts this from sha256, which tells the same bytes apart as well.
 */
const duplicateFileRule = (dist, context) => {
    const files = context.indexFiles ?? context.releaseFiles ?? [];
    const sameBytes = (file) => file.blake2_256 && dist.hashes.blake2_256
        ? file.blake2_256 === dist.hashes.blake2_256
        : file.sha256 === dist.hashes.sha256;
    const existing = files.find((f) => f.filename === dist.filename || sameBytes(f));
    if (!existing)
        return null;
    if (existing.filename === dist.filename && existing.sha256 === dist.hashes.sha256 && sameBytes(existing)) {
        return { code: 'file-exists-identical', status: 200, message: '' };
    }
    const hash = dist.hashes.blake2_256
        ? `blake2_256 hash ${(0, python_repr_js_1.pyRepr)(dist.hashes.blake2_256)}`
        : `sha256 hash ${(0, python_repr_js_1.pyRepr)(dist.hashes.sha256)}`;
    return (0, types_js_1.badRequest)('file-exists', `File already exists (${(0, python_repr_js_1.pyRepr)(dist.filename)}, with ${hash}). See https://pypi.org/help/#file-name-reuse for more information.`);
};
exports.duplicateFileRule = duplicateFileRule;
/** A filename once used (and since deleted) is never accepted again. */
const filenameReuseRule = (dist, context) => {
    if (!context.deletedFilenames?.includes(dist.filename))
        return null;
    return (0, types_js_1.badRequest)('filename-reused', 'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.');
};
exports.filenameReuseRule = filenameReuseRule;
/** A release holds at most one sdist. */
const oneSdistRule = (dist, context) => {
    if ((0, file_rules_js_1.filetypeFor)(dist) !== 'sdist')
        return null;
    if (!(context.releaseFiles ?? []).some((f) => f.packagetype === 'sdist'))
        return null;
    return (0, types_js_1.badRequest)('duplicate-sdist', 'Only one sdist may be uploaded per release.');
};
exports.oneSdistRule = oneSdistRule;
const MAXIMUM_AGE_DAYS = 14;
/** A release takes new files for 14 days after it was created. */
const closedReleaseRule = (_dist, context) => {
    if (context.releaseCreatedAt === undefined)
        return null;
    const age = (context.now ?? Date.now()) - context.releaseCreatedAt;
    if (age <= MAXIMUM_AGE_DAYS * 24 * 60 * 60 * 1000)
        return null;
    return (0, types_js_1.badRequest)('closed-release', `Uploading new files to releases older than ${MAXIMUM_AGE_DAYS} days is not allowed.`);
};
exports.closedReleaseRule = closedReleaseRule;


/***/ }),

/***/ 6123:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sdistLicenseFilesRule = exports.sdistNormalizedRule = exports.sdistProjectRule = exports.sdistFilenameRule = void 0;
/** PyPI's sdist filename checks: parseable, the project's name, and exactly the PEP 625 form. */
const index_js_1 = __nccwpck_require__(1488);
const upload_form_js_1 = __nccwpck_require__(6162);
const names_js_1 = __nccwpck_require__(8888);
const python_repr_js_1 = __nccwpck_require__(6186);
const sdist_filename_js_1 = __nccwpck_require__(1739);
const archive_rules_js_1 = __nccwpck_require__(4976);
const file_rules_js_1 = __nccwpck_require__(7634);
const types_js_1 = __nccwpck_require__(4029);
function parsedSdist(dist) {
    try {
        return (0, sdist_filename_js_1.parseSdistFilename)(dist.filename);
    }
    catch {
        return null;
    }
}
const isSdist = (dist) => (0, file_rules_js_1.filetypeFor)(dist) === 'sdist';
/** The sdist filename must parse as packaging's parse_sdist_filename does. */
const sdistFilenameRule = (dist) => {
    if (!isSdist(dist) || parsedSdist(dist))
        return null;
    return (0, types_js_1.badRequest)('invalid-sdist-filename', `Invalid source distribution filename: ${dist.filename}`);
};
exports.sdistFilenameRule = sdistFilenameRule;
// warehouse retries a post-release whose version was written with a hyphen (`name-1.0-1.tar.gz`).
function nameFromSdistFilename(dist, parsed, metaName) {
    const version = dist.metadata?.version;
    const dashes = dist.filename.split('-').length - 1;
    if (version && (0, index_js_1.isPostrelease)(version) && parsed.name !== (0, names_js_1.normalizeProjectName)(metaName) && dashes >= 2) {
        const withoutLast = dist.filename.slice(0, dist.filename.lastIndexOf('-'));
        const name = withoutLast.slice(0, withoutLast.lastIndexOf('-'));
        const versionText = dist.filename.slice(name.length + 1, -'.tar.gz'.length);
        if ((0, index_js_1.normalizeVersion)(versionText) !== null)
            return name;
    }
    return parsed.nameInFilename;
}
/** The sdist must start with the project's name. */
const sdistProjectRule = (dist) => {
    const parsed = isSdist(dist) ? parsedSdist(dist) : null;
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const normalized = (0, names_js_1.normalizeProjectName)(metaName);
    if ((0, names_js_1.normalizeProjectName)(nameFromSdistFilename(dist, parsed, metaName)) === normalized)
        return null;
    return (0, types_js_1.badRequest)('filename-project-mismatch', `Start filename for ${(0, python_repr_js_1.pyRepr)(metaName)} with ${(0, python_repr_js_1.pyRepr)(normalized.replace(/-/g, '_'))}.`);
};
exports.sdistProjectRule = sdistProjectRule;
/** PEP 625: exactly `{normalized_name}-{normalized_version}.tar.gz` (so legacy .zip sdists are refused here). */
const sdistNormalizedRule = (dist) => {
    const metaName = dist.metadata?.name;
    const version = (0, index_js_1.normalizeVersion)(dist.metadata?.version ?? '');
    if (!isSdist(dist) || !parsedSdist(dist) || !metaName || version === null)
        return null;
    const expected = `${(0, names_js_1.normalizeProjectName)(metaName).replace(/-/g, '_')}-${version}.tar.gz`;
    if (dist.filename === expected)
        return null;
    return (0, types_js_1.badRequest)('filename-not-normalized', `Filename ${(0, python_repr_js_1.pyRepr)(dist.filename)} is invalid, should be ${(0, python_repr_js_1.pyRepr)(expected)}.`);
};
exports.sdistNormalizedRule = sdistNormalizedRule;
/** Each License-File (metadata 2.4+, the only ones twine sends) must be in the sdist. */
const sdistLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!isSdist(dist) || !dist.archive || !meta || !(0, upload_form_js_1.metadataVersionAtLeast)(meta.metadataVersion, 2, 4))
        return null;
    const { members } = dist.archive;
    const top = (0, archive_rules_js_1.commonPath)(members) ?? '';
    for (const licenseFile of meta.licenseFiles) {
        const target = top === '' ? licenseFile : `${top}/${licenseFile}`;
        if (!members.includes(target)) {
            return (0, types_js_1.badRequest)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};
exports.sdistLicenseFilesRule = sdistLicenseFilesRule;


/***/ }),

/***/ 4029:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PYPI_MAX_PROJECT_SIZE = exports.PYPI_MAX_FILE_SIZE = void 0;
exports.badRequest = badRequest;
/** PyPI's default per-file upload limit: 100 MiB. */
exports.PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
exports.PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
/** A 400 Bad Request problem. */
function badRequest(code, message) {
    return { code, status: 400, message };
}


/***/ }),

/***/ 9728:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sanitizeForm = sanitizeForm;
exports.protocolProblem = protocolProblem;
exports.uploadFormProblem = uploadFormProblem;
exports.declaredDigests = declaredDigests;
const python_repr_js_1 = __nccwpck_require__(6186);
const types_js_1 = __nccwpck_require__(4029);
const CORE_METADATA_HELP = 'See https://packaging.python.org/specifications/core-metadata for more information.';
// warehouse's PROJECT_NAME_RE (re.ASCII, anchored with \Z: no trailing newline).
const PROJECT_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// wtforms' Regexp uses re.match with `$`, which also matches before one trailing newline.
const HEX64 = /^[A-F0-9]{64}\n?$/i;
/** The last value of a field, as WebOb's MultiDict `get` answers. */
function last(fields, name) {
    return fields.findLast(([key]) => key === name)?.[1];
}
/** The values of a field, in order (wtforms' `raw_data`). */
function all(fields, name) {
    return fields.filter(([key]) => key === name).map(([, value]) => value);
}
/**
 * warehouse's `sanitize`: a field whose (last) value is `UNKNOWN` is dropped, NUL characters are escaped, and
 * a metadata field sent as a file part is refused. `fileFields` names the parts that came as files.
 */
function sanitizeForm(fields, fileFields = []) {
    const tuple = fileFields.find((name) => name !== 'content' && name !== 'gpg_signature');
    if (tuple !== undefined)
        return { problem: (0, types_js_1.badRequest)('field-is-file', `${tuple}: Should not be a tuple.`) };
    let out = [...fields];
    for (const name of new Set(fields.map(([key]) => key))) {
        const value = last(out, name);
        if (value === undefined)
            continue;
        if (value.trim() === 'UNKNOWN')
            out = out.filter(([key]) => key !== name);
        else if (value.includes('\x00')) {
            const at = out.findIndex(([key]) => key === name);
            out = out.filter(([key], i) => key !== name || i === at);
            out[at] = [name, value.replace(/\x00/g, '\\x00')];
        }
    }
    return { fields: out };
}
/** `protocol_version` defaults to 1 and must be 1. */
function protocolProblem(fields) {
    return (last(fields, 'protocol_version') ?? '1') === '1'
        ? null
        : (0, types_js_1.badRequest)('unknown-protocol', 'Unknown protocol version.');
}
function nameError(fields) {
    const raw = all(fields, 'name');
    if (!raw[0])
        return 'This field is required.';
    return PROJECT_NAME.test(raw[0])
        ? null
        : "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
}
// wtforms' Optional(): a missing or blank first value stops the field's checks without an error.
function optionalHexError(fields, name, what) {
    const first = all(fields, name)[0];
    if (first === undefined || first.trim() === '')
        return null;
    return HEX64.test(first) ? null : `Use a valid, hex-encoded, ${what} message digest.`;
}
function fieldErrors(fields) {
    const errors = new Map();
    const name = nameError(fields);
    if (name)
        errors.set('name', name);
    const filetype = all(fields, 'filetype')[0];
    if (!filetype)
        errors.set('filetype', 'This field is required.');
    else if (filetype !== 'sdist' && filetype !== 'bdist_wheel')
        errors.set('filetype', 'Use a known file type.');
    const sha256 = optionalHexError(fields, 'sha256_digest', 'SHA256');
    if (sha256)
        errors.set('sha256_digest', sha256);
    const blake2 = optionalHexError(fields, 'blake2_256_digest', 'BLAKE2');
    if (blake2)
        errors.set('blake2_256_digest', blake2);
    return errors;
}
function formFieldMessage(fields, field, error) {
    if (field !== 'name')
        return `Invalid value for ${field}. Error: ${error}`;
    const value = all(fields, 'name')[0] ?? '';
    const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
    return `${(0, python_repr_js_1.pyRepr)(shown)} is an invalid value for Name. Error: ${error} ${CORE_METADATA_HELP}`;
}
/**
 * warehouse's `UploadForm.validate()`: the first field in error (name first, then alphabetical), then the
 * checks across fields: pyversion for wheels, `source` for sdists, at least one digest.
 */
function uploadFormProblem(fields) {
    const errors = fieldErrors(fields);
    if (errors.size > 0) {
        const field = errors.has('name') ? 'name' : ([...errors.keys()].sort()[0] ?? '');
        return (0, types_js_1.badRequest)('invalid-form', formFieldMessage(fields, field, errors.get(field) ?? ''));
    }
    const filetype = all(fields, 'filetype')[0];
    const pyversion = all(fields, 'pyversion')[0];
    if (filetype !== 'sdist' && !pyversion) {
        return (0, types_js_1.badRequest)('invalid-form', 'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.');
    }
    if (filetype === 'sdist' && pyversion && pyversion !== 'source') {
        return (0, types_js_1.badRequest)('invalid-form', "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.");
    }
    const digests = ['md5_digest', 'sha256_digest', 'blake2_256_digest'].map((n) => all(fields, n)[0]);
    if (!digests.some(Boolean))
        return (0, types_js_1.badRequest)('missing-digest', 'Error: Include at least one message digest.');
    return null;
}
/** The digests the form declares (wtforms' first value of each), for comparing with the file. */
function declaredDigests(fields) {
    const pick = (name) => all(fields, name)[0] || undefined;
    const out = {};
    const md5 = pick('md5_digest');
    const sha256 = pick('sha256_digest');
    const blake2 = pick('blake2_256_digest');
    if (md5)
        out.md5 = md5;
    if (sha256)
        out.sha256 = sha256;
    if (blake2)
        out.blake2_256 = blake2;
    return out;
}


/***/ }),

/***/ 5313:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.warehouseMetadataErrors = warehouseMetadataErrors;
/** warehouse's own metadata checks (`forklift/metadata.py` `_validate_metadata`), run once packaging found nothing. */
const index_js_1 = __nccwpck_require__(1488);
const trove_classifiers_js_1 = __nccwpck_require__(8320);
const email_address_js_1 = __nccwpck_require__(8213);
const http_uri_js_1 = __nccwpck_require__(7949);
const pep508_js_1 = __nccwpck_require__(2290);
const python_repr_js_1 = __nccwpck_require__(6186);
const CLASSIFIERS = new Set(trove_classifiers_js_1.TROVE_CLASSIFIERS);
/** warehouse's DYNAMIC_FIELDS, lower-cased. */
const DYNAMIC_FIELDS = new Set([
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
].map((f) => f.toLowerCase()));
const pyList = (items) => `[${items.map(python_repr_js_1.pyRepr).join(', ')}]`;
function classifierErrors(classifiers) {
    const unique = [...new Set(classifiers)].sort();
    const invalid = unique
        .filter((c) => !CLASSIFIERS.has(c))
        .map((c) => ({ field: 'classifier', message: `${(0, python_repr_js_1.pyRepr)(c)} is not a valid classifier.` }));
    const deprecated = unique
        .filter((c) => trove_classifiers_js_1.DEPRECATED_CLASSIFIERS[c] !== undefined)
        .map((c) => {
        const by = trove_classifiers_js_1.DEPRECATED_CLASSIFIERS[c] ?? [];
        const message = by.length
            ? `The classifier ${(0, python_repr_js_1.pyRepr)(c)} has been deprecated, use one of ${pyList(by)} instead.`
            : `The classifier ${(0, python_repr_js_1.pyRepr)(c)} has been deprecated.`;
        return { field: 'classifier', message };
    });
    return [...invalid, ...deprecated];
}
function urlErrors(raw) {
    const errors = [];
    for (const field of ['home-page', 'download-url']) {
        const url = raw.strings.get(field);
        if (url !== undefined && !(0, http_uri_js_1.isValidHttpUri)(url))
            errors.push({ field, message: `${(0, python_repr_js_1.pyRepr)(url)} is not a valid url.` });
    }
    for (const [label, url] of raw.projectUrls ?? []) {
        const message = label === ''
            ? 'Must have a label'
            : label.length > 32
                ? `${(0, python_repr_js_1.pyRepr)(label)} must be 32 characters or less.`
                : url === ''
                    ? 'Must have a URL'
                    : (0, http_uri_js_1.isValidHttpUri)(url)
                        ? null
                        : `${(0, python_repr_js_1.pyRepr)(url)} is not a valid url`;
        if (message)
            errors.push({ field: 'project-url', message });
    }
    return errors;
}
function dependencyErrors(raw) {
    const errors = [];
    for (const field of ['provides-dist', 'obsoletes-dist']) {
        for (const value of raw.lists.get(field) ?? []) {
            try {
                if ((0, pep508_js_1.parseRequirement)(value).url !== null)
                    errors.push({ field, message: `Can't have direct dependency: ${(0, python_repr_js_1.pyRepr)(value)}` });
            }
            catch (error) {
                const detail = error instanceof pep508_js_1.RequirementSyntaxError ? error.message : String(error);
                errors.push({ field, message: `${(0, python_repr_js_1.pyRepr)(value)} is invalid: ${detail}` });
            }
        }
    }
    for (const value of raw.lists.get('requires-dist') ?? []) {
        const parsed = (0, pep508_js_1.parseRequirement)(value);
        if (parsed.url !== null)
            errors.push({ field: 'requires-dist', message: `Can't have direct dependency: ${parsed.text}` });
    }
    return errors;
}
function emailErrors(raw) {
    const errors = [];
    for (const field of ['author-email', 'maintainer-email']) {
        const value = raw.strings.get(field);
        const address = value === undefined ? null : (0, email_address_js_1.addressOf)(value);
        const problem = address === null ? null : (0, email_address_js_1.emailAddressProblem)(address);
        if (problem)
            errors.push({ field, message: `${(0, python_repr_js_1.pyRepr)(address)} is not a valid email address: ${problem}` });
    }
    return errors;
}
/** Every error of warehouse's `_validate_metadata`, in its order. */
function warehouseMetadataErrors(raw) {
    const errors = [];
    const version = (0, index_js_1.parseVersion)(raw.strings.get('version') ?? '');
    if (version?.local)
        errors.push({
            field: 'version',
            message: `The use of local versions in ${(0, python_repr_js_1.pyRepr)((0, index_js_1.formatVersion)(version))} is not allowed.`,
        });
    if ((raw.strings.get('summary') ?? '').length > 512)
        errors.push({ field: 'summary', message: "'summary' field must be 512 characters or less." });
    errors.push(...emailErrors(raw), ...classifierErrors(raw.lists.get('classifier') ?? []));
    errors.push(...urlErrors(raw), ...dependencyErrors(raw));
    for (const key of raw.lists.get('dynamic') ?? []) {
        if (!DYNAMIC_FIELDS.has(key.toLowerCase()))
            errors.push({
                field: 'dynamic',
                message: `Dynamic field ${(0, python_repr_js_1.pyRepr)(key.toLowerCase())} is not a valid dynamic field.`,
            });
    }
    if (raw.strings.get('license') && raw.strings.get('license-expression'))
        errors.push({
            field: 'license',
            message: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
        });
    return errors;
}


/***/ }),

/***/ 4093:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.wheelEntryPointsRule = exports.wheelMetadataRule = exports.wheelRecordRule = exports.wheelLicenseFilesRule = exports.wheelVersionRule = exports.wheelNormalizedNameRule = exports.wheelProjectRule = exports.platformTagRule = exports.wheelFilenameRule = void 0;
/** PyPI's wheel checks: a PEP 427 filename, supported platforms, the project's normalized name and version, required members. */
const index_js_1 = __nccwpck_require__(1488);
const entry_points_js_1 = __nccwpck_require__(1958);
const errors_js_1 = __nccwpck_require__(8809);
const names_js_1 = __nccwpck_require__(8888);
const platform_tags_js_1 = __nccwpck_require__(6287);
const python_repr_js_1 = __nccwpck_require__(6186);
const upload_form_js_1 = __nccwpck_require__(6162);
const wheel_filename_js_1 = __nccwpck_require__(2337);
const types_js_1 = __nccwpck_require__(4029);
function parsedWheel(dist) {
    if (!dist.filename.endsWith('.whl'))
        return null;
    try {
        return (0, wheel_filename_js_1.parseWheelFilename)(dist.filename);
    }
    catch (error) {
        if (error instanceof errors_js_1.DistError)
            return error;
        throw error;
    }
}
function validWheel(dist) {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors_js_1.DistError ? null : parsed;
}
// warehouse finds the dist-info directory from the raw filename: `name, version, _ = filename.split("-", 2)`.
function distInfoDir(filename) {
    const [name, version] = filename.split('-');
    return `${name}-${version}.dist-info`;
}
/** The filename must be a valid PEP 427 wheel name (packaging's message). */
const wheelFilenameRule = (dist) => {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors_js_1.DistError ? (0, types_js_1.badRequest)('invalid-wheel-filename', parsed.message) : null;
};
exports.wheelFilenameRule = wheelFilenameRule;
/** Every platform tag must be on PyPI's allow-list (no plain `linux_x86_64`). */
const platformTagRule = (dist) => {
    const bad = validWheel(dist)?.tags.find((tag) => !(0, platform_tags_js_1.isPyPIPlatformTag)(tag.platform));
    if (!bad)
        return null;
    return (0, types_js_1.badRequest)('unsupported-platform-tag', `Binary wheel '${dist.filename}' has an unsupported platform tag '${bad.platform}'.`);
};
exports.platformTagRule = platformTagRule;
/** The wheel's name must be the project's (compared normalized). */
const wheelProjectRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const canonical = (0, names_js_1.normalizeProjectName)(metaName);
    if (parsed.name === canonical)
        return null;
    return (0, types_js_1.badRequest)('filename-project-mismatch', `Start filename for ${(0, python_repr_js_1.pyRepr)(metaName)} with ${(0, python_repr_js_1.pyRepr)(canonical.replace(/-/g, '_'))}.`);
};
exports.wheelProjectRule = wheelProjectRule;
/** The name part must be written normalized (`foo_bar`, not `Foo.Bar`). */
const wheelNormalizedNameRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const expected = (0, names_js_1.normalizeProjectName)(metaName).replace(/-/g, '_');
    const written = dist.filename.split('-')[0] ?? '';
    if (written === expected)
        return null;
    return (0, types_js_1.badRequest)('filename-not-normalized', `Filename ${(0, python_repr_js_1.pyRepr)(dist.filename)} should contain the normalized project name ${(0, python_repr_js_1.pyRepr)(expected)}, not ${(0, python_repr_js_1.pyRepr)(written)}.`);
};
exports.wheelNormalizedNameRule = wheelNormalizedNameRule;
/** The version in the filename must equal the metadata's as PEP 440 versions (`1` equals `1.0.0`). */
const wheelVersionRule = (dist) => {
    const parsed = validWheel(dist);
    const version = (0, index_js_1.normalizeVersion)(dist.metadata?.version ?? '');
    if (!parsed || version === null || (0, index_js_1.compareVersions)(version, parsed.version) === 0)
        return null;
    return (0, types_js_1.badRequest)('filename-version-mismatch', `Version in filename should be ${(0, python_repr_js_1.pyRepr)(version)} not ${(0, python_repr_js_1.pyRepr)(parsed.version)}.`);
};
exports.wheelVersionRule = wheelVersionRule;
/** Each License-File (metadata 2.4+) must be under `.dist-info/licenses/`. */
const wheelLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!validWheel(dist) || !dist.archive || !meta || !(0, upload_form_js_1.metadataVersionAtLeast)(meta.metadataVersion, 2, 4))
        return null;
    const dir = distInfoDir(dist.filename);
    for (const licenseFile of meta.licenseFiles) {
        const target = `${dir}/licenses/${licenseFile}`;
        if (!dist.archive.members.includes(target)) {
            return (0, types_js_1.badRequest)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};
exports.wheelLicenseFilesRule = wheelLicenseFilesRule;
/** The wheel must hold `.dist-info/RECORD`. */
const wheelRecordRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/RECORD`;
    if (dist.archive.members.includes(target))
        return null;
    return (0, types_js_1.badRequest)('missing-record', `Wheel '${dist.filename}' does not contain the required RECORD file: ${target}`);
};
exports.wheelRecordRule = wheelRecordRule;
/** The wheel must hold `.dist-info/METADATA`. */
const wheelMetadataRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/METADATA`;
    if (dist.archive.members.includes(target))
        return null;
    return (0, types_js_1.badRequest)('missing-metadata', `Wheel '${dist.filename}' does not contain the required METADATA file: ${target}`);
};
exports.wheelMetadataRule = wheelMetadataRule;
/** `entry_points.txt`, when present, must be strict INI with script names that are not paths. */
const wheelEntryPointsRule = (dist) => {
    const entryPoints = dist.archive?.entryPoints;
    if (!validWheel(dist) || !entryPoints || !(0, entry_points_js_1.entryPointsInvalid)(entryPoints))
        return null;
    return (0, types_js_1.badRequest)('invalid-entry-points', `Wheel '${dist.filename}' has invalid entry points defined in the entry_points.txt file`);
};
exports.wheelEntryPointsRule = wheelEntryPointsRule;


/***/ }),

/***/ 1739:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSdistFilename = parseSdistFilename;
/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */
const index_js_1 = __nccwpck_require__(1488);
const errors_js_1 = __nccwpck_require__(8809);
const names_js_1 = __nccwpck_require__(8888);
const python_repr_js_1 = __nccwpck_require__(6186);
/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
function parseSdistFilename(filename) {
    const fail = (message) => {
        throw new errors_js_1.DistError('invalid-sdist-filename', message, filename);
    };
    let extension = '.tar.gz';
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else
        fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0, python_repr_js_1.pyRepr)(filename)}`);
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0)
        fail(`Invalid sdist filename: ${(0, python_repr_js_1.pyRepr)(filename)}`);
    const namePart = stem.slice(0, dash);
    const versionPart = stem.slice(dash + 1);
    const version = (0, index_js_1.normalizeVersion)(versionPart);
    if (version === null)
        fail(`Invalid sdist filename (invalid version): ${(0, python_repr_js_1.pyRepr)(filename)}`);
    return {
        filename,
        kind: 'sdist',
        name: (0, names_js_1.normalizeProjectName)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag: null,
        tags: [],
        extension,
    };
}


/***/ }),

/***/ 911:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_TAR_LIMITS = void 0;
exports.walkTarGz = walkTarGz;
exports.checksumOk = checksumOk;
/** Streaming .tar.gz reading: gunzip plus a small tar header parser (ustar, pax, GNU long names). */
const node_fs_1 = __nccwpck_require__(3024);
const promises_1 = __nccwpck_require__(1455);
const node_zlib_1 = __nccwpck_require__(8522);
const errors_js_1 = __nccwpck_require__(8809);
/** Defaults: 16 MiB per member read, ratio 50 past 64 MiB, the figures PyPI uses for zips. */
exports.DEFAULT_TAR_LIMITS = { maxMemberSize: 16 << 20, maxRatio: 50, bombMinSize: 64 << 20 };
/** Walk a .tar.gz member by member, streaming; stops early when the visitor says so. */
async function walkTarGz(path, visitor, limits = {}) {
    const all = { ...exports.DEFAULT_TAR_LIMITS, ...limits };
    const { size: fileSize } = await (0, promises_1.stat)(path);
    const maxInflated = Math.max(all.bombMinSize, all.maxRatio * fileSize);
    const source = (0, node_fs_1.createReadStream)(path, { highWaterMark: 1 << 16 });
    const gunzip = (0, node_zlib_1.createGunzip)();
    source.on('error', (error) => gunzip.destroy(error));
    source.pipe(gunzip);
    const reader = new ChunkReader(gunzip[Symbol.asyncIterator](), () => {
        if (reader.consumed > maxInflated) {
            throw new errors_js_1.DistError('zip-bomb', `${path}: inflates past ${maxInflated} bytes (ratio over ${all.maxRatio}): refused as a gzip bomb`, path);
        }
    });
    try {
        return await walk(reader, visitor, all, path);
    }
    catch (error) {
        if (error instanceof errors_js_1.DistError)
            throw error;
        throw new errors_js_1.DistError('not-a-tarfile', `${path}: not a readable .tar.gz (${error.message})`, path);
    }
    finally {
        source.destroy();
        gunzip.destroy();
    }
}
async function walk(reader, visitor, limits, path) {
    const bad = (why) => new errors_js_1.DistError('not-a-tarfile', `${path}: not a tar archive (${why})`, path);
    let longName = null;
    let pax = new Map();
    let first = true;
    for (;;) {
        const block = await reader.read(512);
        if (block === null || block.length < 512) {
            if (first)
                throw bad('empty or truncated stream');
            return { inflatedBytes: reader.consumed, complete: block === null };
        }
        if (block.every((b) => b === 0))
            return { inflatedBytes: reader.consumed, complete: true };
        if (!checksumOk(block))
            throw bad(first ? 'bad header checksum' : 'bad header checksum after the first member');
        first = false;
        const typeflag = String.fromCharCode(block[156] ?? 0);
        let size = parseNumber(block.subarray(124, 136));
        if (pax.has('size'))
            size = Number(pax.get('size'));
        const padded = Math.ceil(size / 512) * 512;
        if (typeflag === 'x' || typeflag === 'L' || typeflag === 'g') {
            if (size > limits.maxMemberSize)
                throw bad(`extended header of ${size} bytes`);
            const data = await reader.read(padded);
            if (data === null || data.length < padded)
                throw bad('truncated extended header');
            const content = data.subarray(0, size);
            if (typeflag === 'x')
                pax = parsePax(content);
            else if (typeflag === 'L')
                longName = cString(content);
            // Global pax headers ('g') carry defaults we have no use for.
            continue;
        }
        const sparse = typeflag === 'S' ||
            pax.has('GNU.sparse.map') ||
            pax.has('GNU.sparse.size') ||
            (pax.get('GNU.sparse.major') === '1' && pax.get('GNU.sparse.minor') === '0');
        const entry = {
            path: entryPath(block, longName, pax),
            type: entryType(typeflag),
            size,
            sparse,
        };
        longName = null;
        pax = new Map();
        const decision = visitor.onEntry(entry);
        if (decision === 'stop')
            return { inflatedBytes: reader.consumed, complete: false };
        if (decision === 'read' && entry.type === 'file') {
            if (size > limits.maxMemberSize) {
                throw new errors_js_1.DistError('entry-too-large', `${path}: ${entry.path} is ${size} bytes, over the ${limits.maxMemberSize}-byte limit`, path);
            }
            const data = await reader.read(padded);
            if (data === null || data.length < padded)
                throw bad(`truncated in ${entry.path}`);
            if (visitor.onContent?.(entry, data.subarray(0, size))) {
                return { inflatedBytes: reader.consumed, complete: false };
            }
        }
        else if (!(await reader.skip(padded)))
            throw bad(`truncated in ${entry.path}`);
    }
}
function entryPath(block, longName, pax) {
    let path = pax.get('path') ?? longName;
    if (path === undefined || path === null) {
        path = cString(block.subarray(0, 100));
        // POSIX ustar ("ustar\0" + "00") splits long paths into prefix + name; GNU ("ustar  \0") has no prefix there.
        if (block.subarray(257, 263).toString('latin1') === 'ustar\0') {
            const prefix = cString(block.subarray(345, 500));
            if (prefix)
                path = `${prefix}/${path}`;
        }
    }
    const type = String.fromCharCode(block[156] ?? 0);
    if (type === '5' || ((type === '0' || type === '\0') && path.endsWith('/')))
        path = path.replace(/\/+$/, '');
    return path;
}
function entryType(typeflag) {
    if (typeflag === '0' || typeflag === '\0' || typeflag === '7')
        return 'file';
    if (typeflag === '5')
        return 'directory';
    if (typeflag === '2')
        return 'symlink';
    if (typeflag === '1')
        return 'hardlink';
    return 'other';
}
function cString(bytes) {
    const nul = bytes.indexOf(0);
    return (nul < 0 ? bytes : bytes.subarray(0, nul)).toString('utf8');
}
// Numbers are octal text, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB).
function parseNumber(field) {
    if ((field[0] ?? 0) & 0x80) {
        let value = BigInt((field[0] ?? 0) & 0x7f);
        for (const byte of field.subarray(1))
            value = (value << 8n) | BigInt(byte);
        return Number(value);
    }
    const text = cString(field).trim();
    return text === '' ? 0 : parseInt(text, 8);
}
/** True when a 512-byte block is a tar header with a valid checksum. */
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < 512; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return parseNumber(block.subarray(148, 156)) === sum;
}
// Pax records: "<length> <key>=<value>\n", the length counting the whole record in bytes.
function parsePax(content) {
    const out = new Map();
    let at = 0;
    while (at < content.length) {
        const space = content.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = parseInt(content.subarray(at, space).toString('latin1'), 10);
        if (!Number.isFinite(length) || length <= 0 || at + length > content.length)
            break;
        const record = content.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out.set(record.slice(0, eq), record.slice(eq + 1));
        at += length;
    }
    return out;
}
/** Exact-length reads over an async iterator of chunks, counting bytes consumed. */
class ChunkReader {
    source;
    onProgress;
    consumed = 0;
    chunks = [];
    buffered = 0;
    done = false;
    constructor(source, onProgress) {
        this.source = source;
        this.onProgress = onProgress;
    }
    async fill(n) {
        while (this.buffered < n && !this.done) {
            const next = await this.source.next();
            if (next.done)
                this.done = true;
            else {
                this.chunks.push(next.value);
                this.buffered += next.value.length;
                this.consumed += next.value.length;
                this.onProgress();
            }
        }
    }
    /** Read exactly n bytes (fewer at the end of the stream, null when nothing is left). */
    async read(n) {
        await this.fill(n);
        if (this.buffered === 0)
            return null;
        const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        const out = all.subarray(0, Math.min(n, all.length));
        const rest = all.subarray(out.length);
        this.chunks = rest.length ? [rest] : [];
        this.buffered = rest.length;
        return out;
    }
    /** Skip n bytes without keeping them; false when the stream ended first. */
    async skip(n) {
        let left = n;
        while (left > 0) {
            await this.fill(Math.min(left, 1 << 20));
            if (this.buffered === 0)
                return false;
            const take = Math.min(left, this.buffered);
            const out = await this.read(take);
            left -= out?.length ?? 0;
        }
        return true;
    }
}


/***/ }),

/***/ 6162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.twineSafeName = twineSafeName;
exports.uploadFormFields = uploadFormFields;
exports.metadataFromUploadForm = metadataFromUploadForm;
exports.metadataVersionAtLeast = metadataVersionAtLeast;
/** The legacy upload form (`POST /legacy/`) as twine builds it, and back again for an index receiving it. */
const core_metadata_fields_js_1 = __nccwpck_require__(7141);
const core_metadata_js_1 = __nccwpck_require__(2667);
/** twine's `_safe_name`: runs of characters other than ASCII letters, digits and `.` become `-`. */
function twineSafeName(name) {
    return name.replace(/[^A-Za-z0-9.]+/g, '-');
}
/**
 * The form fields twine 6 sends for a file (everything but `content`): `:action`, `protocol_version`, the
 * metadata in lower_snake_case (lists repeated, `project_urls` as `Label, URL`, keywords joined with `, `),
 * then `pyversion`, `filetype`, digests. License-File is dropped below Metadata-Version 2.4, as twine does.
 */
function uploadFormFields(metadata, file) {
    const out = [
        [':action', 'file_upload'],
        ['protocol_version', '1'],
    ];
    const singles = metadata;
    for (const spec of core_metadata_fields_js_1.FIELD_SPECS) {
        if (spec.key === 'projectUrls') {
            for (const { label, url } of metadata.projectUrls)
                out.push([spec.form, `${label}, ${url}`]);
        }
        else if (spec.key === 'keywords') {
            if (metadata.keywords)
                out.push([spec.form, metadata.keywords.join(', ')]);
        }
        else if (spec.key === 'licenseFiles') {
            if (metadataVersionAtLeast(metadata.metadataVersion, 2, 4)) {
                for (const value of metadata.licenseFiles)
                    out.push([spec.form, value]);
            }
        }
        else if (spec.multiple) {
            for (const value of metadata[spec.key])
                out.push([spec.form, value]);
        }
        else {
            const value = singles[spec.key];
            if (value === undefined)
                continue;
            out.push([spec.form, spec.key === 'name' ? twineSafeName(value) : value]);
        }
    }
    if (file) {
        out.push(['pyversion', file.pyversion], ['filetype', file.filetype]);
        if (file.comment !== undefined)
            out.push(['comment', file.comment]);
        if (file.hashes?.sha256)
            out.push(['sha256_digest', file.hashes.sha256]);
        if (file.hashes?.md5)
            out.push(['md5_digest', file.hashes.md5]);
        if (file.hashes?.blake2_256)
            out.push(['blake2_256_digest', file.hashes.blake2_256]);
    }
    return out;
}
/** Read core metadata back out of upload form fields, as warehouse's `parse_form_metadata` does (empty values skipped). */
function metadataFromUploadForm(form) {
    const fields = [];
    let description = null;
    for (const [name, value] of form) {
        const spec = (0, core_metadata_fields_js_1.fieldSpecOfForm)(name);
        if (!spec || value === '')
            continue;
        if (spec.key === 'description')
            description = value;
        else
            fields.push({ name: spec.header, value });
    }
    return (0, core_metadata_js_1.buildMetadata)(fields, description);
}
/** True when a Metadata-Version string is at least major.minor. */
function metadataVersionAtLeast(version, major, minor) {
    const match = /^(\d+)\.(\d+)$/.exec(version ?? '');
    if (!match)
        return false;
    const [maj, min] = [Number(match[1]), Number(match[2])];
    return maj > major || (maj === major && min >= minor);
}


/***/ }),

/***/ 2337:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWheelFilename = parseWheelFilename;
exports.expandTags = expandTags;
/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */
const index_js_1 = __nccwpck_require__(1488);
const errors_js_1 = __nccwpck_require__(8809);
const names_js_1 = __nccwpck_require__(8888);
const python_repr_js_1 = __nccwpck_require__(6186);
// The escaped name may only hold word characters and dots (packaging's rule), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}\p{Mn}\p{Pc}.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
function parseWheelFilename(filename) {
    const fail = (message) => {
        throw new errors_js_1.DistError('invalid-wheel-filename', message, filename);
    };
    if (!filename.endsWith('.whl'))
        fail(`Invalid wheel filename (extension must be '.whl'): ${(0, python_repr_js_1.pyRepr)(filename)}`);
    const stem = filename.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        fail(`Invalid wheel filename (wrong number of parts): ${(0, python_repr_js_1.pyRepr)(stem)}`);
    }
    const [namePart = '', versionPart = ''] = parts;
    if (namePart.includes('__') || !WHEEL_NAME.test(namePart))
        fail(`Invalid project name: ${(0, python_repr_js_1.pyRepr)(stem)}`);
    const version = (0, index_js_1.normalizeVersion)(versionPart);
    if (version === null)
        fail(`Invalid wheel filename (invalid version): ${(0, python_repr_js_1.pyRepr)(stem)}`);
    let buildTag = null;
    if (parts.length === 6) {
        const buildPart = parts[2] ?? '';
        const match = BUILD_TAG.exec(buildPart);
        if (!match)
            fail(`Invalid build number: ${buildPart} in ${(0, python_repr_js_1.pyRepr)(stem)}`);
        buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
    }
    const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
    return {
        filename,
        kind: 'wheel',
        name: (0, names_js_1.normalizeProjectName)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag,
        tags: expandTags(interpreters, abis, platforms),
        extension: '.whl',
    };
}
/** Expand a compressed tag set (`py2.py3-none-any`) into its triples, lower case, in filename order. */
function expandTags(interpreters, abis, platforms) {
    const tags = [];
    for (const interpreter of interpreters.toLowerCase().split('.')) {
        for (const abi of abis.toLowerCase().split('.')) {
            for (const platform of platforms.toLowerCase().split('.'))
                tags.push({ interpreter, abi, platform });
        }
    }
    return tags;
}


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseWheelFile = parseWheelFile;
exports.findDistInfoDir = findDistInfoDir;
/** The `.dist-info/WHEEL` file: wheel format version, generator, purelib flag and tags. */
const core_metadata_js_1 = __nccwpck_require__(2667);
/** Parse WHEEL text (same RFC 822 shape as METADATA). */
function parseWheelFile(text, distInfoDir, hasRecord) {
    const { fields } = (0, core_metadata_js_1.parseCoreMetadata)(text, 'WHEEL');
    const get = (name) => fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value.trim();
    const purelib = get('Root-Is-Purelib');
    return {
        distInfoDir,
        wheelVersion: get('Wheel-Version'),
        generator: get('Generator'),
        rootIsPurelib: purelib === undefined ? undefined : purelib.toLowerCase() === 'true',
        tags: fields.filter((f) => f.name.toLowerCase() === 'tag').map((f) => f.value.trim()),
        build: get('Build'),
        hasRecord,
    };
}
/**
 * The dist-info directory of a wheel: `{name}-{version}.dist-info` from the filename as PyPI looks for it,
 * else the one top-level `*.dist-info` directory that holds METADATA.
 */
function findDistInfoDir(filename, members) {
    const [name, version] = filename.split('-');
    const expected = `${name}-${version}.dist-info`;
    if (members.some((m) => m.startsWith(`${expected}/`)))
        return expected;
    const candidates = new Set();
    for (const member of members) {
        const match = /^([^/]+\.dist-info)\/METADATA$/.exec(member);
        if (match?.[1])
            candidates.add(match[1]);
    }
    return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}


/***/ }),

/***/ 8567:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ZipArchive = exports.DEFAULT_ZIP_LIMITS = void 0;
/** Random-access zip reading: the central directory (zip64 aware) and single members, never the whole archive. */
const promises_1 = __nccwpck_require__(1455);
const node_zlib_1 = __nccwpck_require__(8522);
const errors_js_1 = __nccwpck_require__(8809);
/** Defaults: 16 MiB per inflated member, ratio 50 (PyPI's figure) for entries over 1 MiB, 64 MiB of directory. */
exports.DEFAULT_ZIP_LIMITS = {
    maxMemberSize: 16 << 20,
    maxRatio: 50,
    ratioMinSize: 1 << 20,
    maxCentralDirectory: 64 << 20,
};
const EOCD_SIG = 0x06054b50;
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
        const all = { ...exports.DEFAULT_ZIP_LIMITS, ...limits };
        const handle = await (0, promises_1.open)(path, 'r');
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
            throw new errors_js_1.DistError('encrypted-entry', `${where} is encrypted`, this.path);
        if (entry.uncompressedSize > this.limits.maxMemberSize) {
            throw new errors_js_1.DistError('entry-too-large', `${where} inflates to ${entry.uncompressedSize} bytes, over the ${this.limits.maxMemberSize}-byte limit`, this.path);
        }
        if (this.bombs().includes(entry)) {
            throw new errors_js_1.DistError('zip-bomb', `${where} inflates ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): refused as a zip bomb`, this.path);
        }
        const local = await readAt(this.handle, entry.localHeaderOffset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
            throw new errors_js_1.DistError('corrupt-entry', `${where}: no local header at offset ${entry.localHeaderOffset}`, this.path);
        }
        const dataStart = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
        if (dataStart + entry.compressedSize > this.size) {
            throw new errors_js_1.DistError('corrupt-entry', `${where}: data runs past the end of the file (truncated?)`, this.path);
        }
        const raw = await readAt(this.handle, dataStart, entry.compressedSize);
        let data;
        if (entry.method === 0)
            data = raw;
        else if (entry.method === 8) {
            try {
                // maxOutputLength bounds memory even when the directory lies about the size.
                data = (0, node_zlib_1.inflateRawSync)(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
            }
            catch (error) {
                throw new errors_js_1.DistError('corrupt-entry', `${where}: cannot inflate (${error.message})`, this.path);
            }
        }
        else {
            throw new errors_js_1.DistError('unsupported-compression', `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`, this.path);
        }
        if (data.length !== entry.uncompressedSize || (0, node_zlib_1.crc32)(data) !== entry.crc32) {
            throw new errors_js_1.DistError('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
        }
        return data;
    }
    /** Release the file handle. */
    async close() {
        await this.handle.close();
    }
}
exports.ZipArchive = ZipArchive;
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
    const notZip = (why) => new errors_js_1.DistError('not-a-zipfile', `${path}: not a zip file (${why})`, path);
    // The end record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw notZip('no end of central directory record');
    const eocdOffset = size - tailLength + eocd;
    let count = tail.readUInt16LE(eocd + 10);
    let cdSize = tail.readUInt32LE(eocd + 12);
    let cdOffset = tail.readUInt32LE(eocd + 16);
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
        }
    }
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
        };
        applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
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


/***/ }),

/***/ 6187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withoutTrailingZeros = withoutTrailingZeros;
exports.compareVersions = compareVersions;
/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */
const parse_js_1 = __nccwpck_require__(1695);
// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = Infinity;
// Comparison rather than subtraction: Infinity - Infinity is NaN.
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareNumberLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = cmp(a[i], b[i]);
        if (d !== 0)
            return d;
    }
    return cmp(a.length, b.length);
}
/** The release with trailing zeros dropped: 1.2.0 and 1.2 are the same release. */
function withoutTrailingZeros(release) {
    let end = release.length;
    while (end > 0 && release[end - 1] === 0)
        end--;
    return release.slice(0, end);
}
// The pre-release key: a lone .devN sorts below every pre-release of its release (1.0.dev0 < 1.0a0),
// no pre-release sorts above all of them.
function preKey(v) {
    if (v.pre === null)
        return [v.post === null && v.dev !== null ? BELOW : ABOVE];
    return [['a', 'b', 'rc'].indexOf(v.pre.label), v.pre.number];
}
function compareDigitStrings(a, b) {
    const x = (0, parse_js_1.canonicalDigits)(a);
    const y = (0, parse_js_1.canonicalDigits)(b);
    return cmp(x.length, y.length) || cmp(x, y);
}
// Local segments: numbers compare numerically and above any word; words compare as strings;
// a shorter list sorts first when it is a prefix of the other. No local part sorts below any.
function compareLocals(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const xs = a.split('.');
    const ys = b.split('.');
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        const xNum = /^[0-9]+$/.test(x);
        const yNum = /^[0-9]+$/.test(y);
        let d;
        if (xNum && yNum)
            d = compareDigitStrings(x, y);
        else if (xNum !== yNum)
            d = xNum ? 1 : -1;
        else
            d = cmp(x, y);
        if (d !== 0)
            return d;
    }
    return cmp(xs.length, ys.length);
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` in PEP 440 order (local part included). */
function compareVersions(a, b) {
    const x = (0, parse_js_1.toVersion)(a);
    const y = (0, parse_js_1.toVersion)(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
}


/***/ }),

/***/ 2621:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatVersion = formatVersion;
exports.normalizeVersion = normalizeVersion;
exports.publicVersion = publicVersion;
exports.baseVersion = baseVersion;
/** Canonical PEP 440 text: what `str(packaging.version.Version(...))` prints. */
const parse_js_1 = __nccwpck_require__(1695);
/** The canonical string of a parsed version, e.g. "1!2.0rc1.post2.dev3+abc.5". */
function formatVersion(v) {
    let text = publicOf(v);
    if (v.local !== null)
        text += `+${v.local}`;
    return text;
}
/** The canonical form of `text`, or null when it is not a PEP 440 version. */
function normalizeVersion(text) {
    const v = (0, parse_js_1.parseVersion)(text);
    return v === null ? null : formatVersion(v);
}
/** The version without its local part, e.g. "1.2.4.dev5" for "1.2.4.dev5+g1234abc". */
function publicVersion(v) {
    return publicOf((0, parse_js_1.toVersion)(v));
}
/** Epoch and release only, e.g. "1.2.4" for "1.2.4rc1.post2+abc" (trailing zeros kept). */
function baseVersion(v) {
    const { epoch, release } = (0, parse_js_1.toVersion)(v);
    return (epoch === 0 ? '' : `${epoch}!`) + release.join('.');
}
function publicOf(v) {
    let text = baseVersion(v);
    if (v.pre !== null)
        text += `${v.pre.label}${v.pre.number}`;
    if (v.post !== null)
        text += `.post${v.post}`;
    if (v.dev !== null)
        text += `.dev${v.dev}`;
    return text;
}


/***/ }),

/***/ 1488:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.specifierSetContains = exports.parseSpecifierSet = exports.parseSpecifier = exports.toSemver = exports.isPrerelease = exports.isPostrelease = exports.isDevrelease = exports.compareVersions = exports.publicVersion = exports.normalizeVersion = exports.formatVersion = exports.baseVersion = exports.parseVersion = void 0;
/** PEP 440 versions: the one place in the suite that parses, normalizes, compares and converts them. */
var parse_js_1 = __nccwpck_require__(1695);
Object.defineProperty(exports, "parseVersion", ({ enumerable: true, get: function () { return parse_js_1.parseVersion; } }));
var format_js_1 = __nccwpck_require__(2621);
Object.defineProperty(exports, "baseVersion", ({ enumerable: true, get: function () { return format_js_1.baseVersion; } }));
Object.defineProperty(exports, "formatVersion", ({ enumerable: true, get: function () { return format_js_1.formatVersion; } }));
Object.defineProperty(exports, "normalizeVersion", ({ enumerable: true, get: function () { return format_js_1.normalizeVersion; } }));
Object.defineProperty(exports, "publicVersion", ({ enumerable: true, get: function () { return format_js_1.publicVersion; } }));
var compare_js_1 = __nccwpck_require__(6187);
Object.defineProperty(exports, "compareVersions", ({ enumerable: true, get: function () { return compare_js_1.compareVersions; } }));
var kinds_js_1 = __nccwpck_require__(6471);
Object.defineProperty(exports, "isDevrelease", ({ enumerable: true, get: function () { return kinds_js_1.isDevrelease; } }));
Object.defineProperty(exports, "isPostrelease", ({ enumerable: true, get: function () { return kinds_js_1.isPostrelease; } }));
Object.defineProperty(exports, "isPrerelease", ({ enumerable: true, get: function () { return kinds_js_1.isPrerelease; } }));
var semver_js_1 = __nccwpck_require__(8174);
Object.defineProperty(exports, "toSemver", ({ enumerable: true, get: function () { return semver_js_1.toSemver; } }));
var specifiers_js_1 = __nccwpck_require__(1831);
Object.defineProperty(exports, "parseSpecifier", ({ enumerable: true, get: function () { return specifiers_js_1.parseSpecifier; } }));
Object.defineProperty(exports, "parseSpecifierSet", ({ enumerable: true, get: function () { return specifiers_js_1.parseSpecifierSet; } }));
Object.defineProperty(exports, "specifierSetContains", ({ enumerable: true, get: function () { return specifiers_js_1.specifierSetContains; } }));


/***/ }),

/***/ 6471:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPrerelease = isPrerelease;
exports.isDevrelease = isDevrelease;
exports.isPostrelease = isPostrelease;
/** What kind of release a version is, with packaging's definitions. */
const parse_js_1 = __nccwpck_require__(1695);
/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = (0, parse_js_1.toVersion)(v);
    return pre !== null || dev !== null;
}
/** True when the version has a .devN segment. */
function isDevrelease(v) {
    return (0, parse_js_1.toVersion)(v).dev !== null;
}
/** True when the version has a .postN segment (including the implicit form 1.0-1). */
function isPostrelease(v) {
    return (0, parse_js_1.toVersion)(v).post !== null;
}


/***/ }),

/***/ 1695:
/***/ ((__unused_webpack_module, exports) => {


/** Parsing PEP 440 versions the way pypa/packaging's `Version` does. */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalDigits = canonicalDigits;
exports.parseVersion = parseVersion;
exports.toVersion = toVersion;
// Python's `\s` is str.isspace(): JavaScript's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// PEP 440 appendix B / packaging's VERSION_PATTERN, same groups, same backtracking behaviour.
// No `u` flag on purpose: with `i` alone, non-ASCII letters never fold onto ASCII ones (see README).
const VERSION_PATTERN = 'v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';
const VERSION_RE = new RegExp(`^${SPACE}*${VERSION_PATTERN}${SPACE}*$`, 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Strips leading zeros from a run of ASCII digits, as Python's int() then str() would. */
function canonicalDigits(digits) {
    return digits.replace(/^0+(?=.)/, '');
}
/** Python ints are unbounded; ours are doubles, so refuse what a double cannot hold exactly. */
function toInt(digits) {
    const n = Number(canonicalDigits(digits));
    return Number.isSafeInteger(n) ? n : null;
}
function optionalInt(digits) {
    return digits === undefined ? 0 : toInt(digits);
}
function normalizeLocal(local) {
    return local
        .split(/[-_.]/)
        .map((part) => (/^[0-9]+$/.test(part) ? canonicalDigits(part) : part.toLowerCase()))
        .join('.');
}
/**
 * Parses PEP 440 text leniently, as packaging does (v prefix, alternate spellings, separators, case,
 * surrounding whitespace). Null when invalid or when a number exceeds Number.MAX_SAFE_INTEGER.
 */
function parseVersion(text) {
    const g = VERSION_RE.exec(text)?.groups;
    if (g === undefined || g.release === undefined)
        return null;
    const epoch = g.epoch === undefined ? 0 : toInt(g.epoch);
    const release = g.release.split('.').map(toInt);
    if (epoch === null || release.some((n) => n === null))
        return null;
    let pre = null;
    if (g.preL !== undefined) {
        const number = optionalInt(g.preN);
        if (number === null)
            return null;
        pre = { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', number };
    }
    let post = null;
    if (g.postN1 !== undefined)
        post = toInt(g.postN1);
    else if (g.postL !== undefined)
        post = optionalInt(g.postN2);
    if (g.post !== undefined && post === null)
        return null;
    let dev = null;
    if (g.devL !== undefined) {
        dev = optionalInt(g.devN);
        if (dev === null)
            return null;
    }
    const local = g.local === undefined ? null : normalizeLocal(g.local);
    return { epoch, release: release, pre, post, dev, local };
}
/** The parsed form of `v`; throws a one-line error naming the text when it is not PEP 440. */
function toVersion(v) {
    if (typeof v !== 'string')
        return v;
    const parsed = parseVersion(v);
    if (parsed === null) {
        throw new Error(`not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`);
    }
    return parsed;
}


/***/ }),

/***/ 8174:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toSemver = toSemver;
/** Rendering PEP 440 versions as SemVer 2 without ever inverting their order. */
const parse_js_1 = __nccwpck_require__(1695);
const format_js_1 = __nccwpck_require__(2621);
const compare_js_1 = __nccwpck_require__(6187);
// SemVer compares pre-release words in ASCII order, and PEP 440 puts a lone .devN below every
// pre-release, so a and b need words after "dev" and before "rc": dev < pre.alpha < pre.beta < rc.
const PRE_WORDS = { a: ['pre', 'alpha'], b: ['pre', 'beta'], rc: ['rc'] };
/**
 * SemVer 2 form of a PEP 440 version, e.g. 1.2.4.dev5 -> 1.2.4-dev.5, 1.2.4rc1 -> 1.2.4-rc.1,
 * 1.2.4a1 -> 1.2.4-pre.alpha.1, 1.2 -> 1.2.0, 1.2.4.post1+g12ab -> 1.2.4+post.1.g12ab.
 * Never inverts PEP 440 order; what SemVer cannot order goes to build metadata, which ties instead:
 * .postN, the .devN of a pre-release (1.2.4rc1.dev2 -> 1.2.4-rc.1+dev.2), release parts past the
 * third with everything after them (1.2.3.4rc1 -> 1.2.3+4.rc.1), and the local part.
 * Throws for a non-zero epoch: no SemVer string keeps 1!1.0 above 2.0.
 */
function toSemver(v) {
    const version = (0, parse_js_1.toVersion)(v);
    const { epoch, pre, post, dev, local } = version;
    if (epoch !== 0) {
        throw new Error(`cannot express ${(0, format_js_1.formatVersion)(version)} in SemVer: it has an epoch (${epoch}!), which SemVer cannot order`);
    }
    const release = (0, compare_js_1.withoutTrailingZeros)(version.release);
    const core = [0, 1, 2].map((i) => release[i] ?? 0).join('.');
    const preIds = pre === null ? [] : [...PRE_WORDS[pre.label], String(pre.number)];
    const prerelease = [];
    const build = release.slice(3).map(String);
    if (build.length > 0)
        build.push(...preIds);
    else
        prerelease.push(...preIds);
    if (post !== null)
        build.push('post', String(post));
    if (dev !== null) {
        // Only a lone .devN sorts below its release the way a SemVer pre-release does.
        if (build.length === 0 && pre === null)
            prerelease.push('dev', String(dev));
        else
            build.push('dev', String(dev));
    }
    if (local !== null)
        build.push(...local.split('.'));
    return (core +
        (prerelease.length > 0 ? `-${prerelease.join('.')}` : '') +
        (build.length > 0 ? `+${build.join('.')}` : ''));
}


/***/ }),

/***/ 1831:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSpecifier = parseSpecifier;
exports.parseSpecifierSet = parseSpecifierSet;
exports.specifierSetContains = specifierSetContains;
/** PEP 440 version specifiers (`>=3.10,<3.13`, `~=3.12`, `==3.*`) as pypa/packaging's SpecifierSet reads them. */
const compare_js_1 = __nccwpck_require__(6187);
const format_js_1 = __nccwpck_require__(2621);
const kinds_js_1 = __nccwpck_require__(6471);
const parse_js_1 = __nccwpck_require__(1695);
const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*';
// packaging's _regex, split by operator: which version forms each operator accepts.
const VERSION_FORMS = {
    '===': /^[^\s;)]*$/,
    '==': new RegExp(`^${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '!=': new RegExp(`^${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '~=': new RegExp(`^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV}$`, 'i'),
    '<=': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '>=': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '<': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '>': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
};
const OPERATOR = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*(.*?)\s*$/s;
/** Parses one clause; null when packaging would raise InvalidSpecifier. */
function parseSpecifier(text) {
    const match = OPERATOR.exec(text);
    if (!match)
        return null;
    const operator = match[1];
    const version = match[2] ?? '';
    return VERSION_FORMS[operator].test(version) ? { operator, version } : null;
}
/**
 * Parses a comma-separated specifier set (empty clauses ignored, as packaging does). Throws a one-line
 * error naming the clause that is not a specifier.
 */
function parseSpecifierSet(text) {
    return text
        .split(',')
        .map((clause) => clause.trim())
        .filter((clause) => clause !== '')
        .map((clause) => {
        const specifier = parseSpecifier(clause);
        if (!specifier)
            throw new Error(`not a PEP 440 version specifier: ${JSON.stringify(clause)}`);
        return specifier;
    });
}
/** Whether `version` satisfies every clause, with packaging's default pre-release rule. */
function specifierSetContains(specifiers, version) {
    const item = (0, parse_js_1.toVersion)(version);
    const prereleases = specifiers.some(allowsPrereleases);
    if (!prereleases && (0, kinds_js_1.isPrerelease)(item))
        return false;
    return specifiers.every((specifier) => matches(specifier, item));
}
function allowsPrereleases({ operator, version }) {
    if (!['==', '>=', '<=', '~=', '==='].includes(operator))
        return false;
    const parsed = (0, parse_js_1.parseVersion)(operator === '==' ? version.replace(/\.\*$/, '') : version);
    return parsed !== null && (0, kinds_js_1.isPrerelease)(parsed);
}
function matches({ operator, version }, item) {
    switch (operator) {
        case '==':
            return equal(item, version);
        case '!=':
            return !equal(item, version);
        case '~=':
            return compatible(item, version);
        case '<=':
            return (0, compare_js_1.compareVersions)((0, format_js_1.publicVersion)(item), version) <= 0;
        case '>=':
            return (0, compare_js_1.compareVersions)((0, format_js_1.publicVersion)(item), version) >= 0;
        case '<':
            return lessThan(item, (0, parse_js_1.toVersion)(version));
        case '>':
            return greaterThan(item, (0, parse_js_1.toVersion)(version));
        case '===':
            return (0, format_js_1.formatVersion)(item).toLowerCase() === version.toLowerCase();
    }
}
function equal(item, spec) {
    if (spec.endsWith('.*'))
        return prefixMatch(item, spec.slice(0, -2));
    const specVersion = (0, parse_js_1.toVersion)(spec);
    const prospective = specVersion.local === null ? (0, parse_js_1.toVersion)((0, format_js_1.publicVersion)(item)) : item;
    return (0, compare_js_1.compareVersions)(prospective, specVersion) === 0;
}
function compatible(item, spec) {
    const release = versionSplit(spec).filter((_, i, all) => all.slice(0, i + 1).every(isNotSuffix));
    const prefix = `${release.slice(0, -1).join('.')}.*`;
    return (0, compare_js_1.compareVersions)((0, format_js_1.publicVersion)(item), spec) >= 0 && equal(item, prefix);
}
function lessThan(item, spec) {
    if ((0, compare_js_1.compareVersions)(item, spec) >= 0)
        return false;
    return !(!(0, kinds_js_1.isPrerelease)(spec) && (0, kinds_js_1.isPrerelease)(item) && sameBase(item, spec));
}
function greaterThan(item, spec) {
    if ((0, compare_js_1.compareVersions)(item, spec) <= 0)
        return false;
    if (!(0, kinds_js_1.isPostrelease)(spec) && (0, kinds_js_1.isPostrelease)(item) && sameBase(item, spec))
        return false;
    return !(item.local !== null && sameBase(item, spec));
}
function sameBase(a, b) {
    return (0, compare_js_1.compareVersions)((0, format_js_1.baseVersion)(a), (0, format_js_1.baseVersion)(b)) === 0;
}
// Prefix matching as packaging does it: both sides canonical, split at dots and between a release
// number and its pre-release, the candidate's release padded with zeros to the spec's length.
function prefixMatch(item, spec) {
    const specParts = versionSplit(canonicalize(spec, false));
    const itemParts = versionSplit(canonicalize((0, format_js_1.publicVersion)(item), true));
    const itemRelease = itemParts.filter((_, i) => itemParts.slice(0, i + 1).every(isDigits));
    const specRelease = specParts.filter((_, i) => specParts.slice(0, i + 1).every(isDigits));
    const padding = Array(Math.max(0, specRelease.length - itemRelease.length)).fill('0');
    const padded = [...itemRelease, ...padding, ...itemParts.slice(itemRelease.length)];
    const shortened = padded.slice(0, specParts.length);
    return shortened.length === specParts.length && shortened.every((part, i) => part === specParts[i]);
}
function canonicalize(text, stripTrailingZero) {
    const parsed = (0, parse_js_1.parseVersion)(text);
    if (!parsed)
        return text;
    let release = parsed.release.join('.');
    if (stripTrailingZero)
        release = release.replace(/(\.0)+$/, '');
    let result = (parsed.epoch === 0 ? '' : `${parsed.epoch}!`) + release;
    if (parsed.pre)
        result += `${parsed.pre.label}${parsed.pre.number}`;
    if (parsed.post !== null)
        result += `.post${parsed.post}`;
    if (parsed.dev !== null)
        result += `.dev${parsed.dev}`;
    if (parsed.local !== null)
        result += `+${parsed.local}`;
    return result;
}
function versionSplit(text) {
    return text.split('.').flatMap((item) => {
        const match = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
        return match ? [match[1], match[2]] : [item];
    });
}
function isNotSuffix(segment) {
    return !['dev', 'a', 'b', 'rc', 'post'].some((prefix) => segment.startsWith(prefix));
}
function isDigits(segment) {
    return /^[0-9]+$/.test(segment);
}


/***/ }),

/***/ 6121:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.forbiddenArtifactCharacter = forbiddenArtifactCharacter;
exports.checkArtifactPrefix = checkArtifactPrefix;
exports.checkUniqueArtifacts = checkUniqueArtifacts;
/** Artifact names upload-artifact v4 accepts: not empty, none of `" : < > | * ? \r \n \ /`, and unique in a run. */
const errors_js_1 = __nccwpck_require__(8849);
const FORBIDDEN = /[":<>|*?\r\n\\/]/;
/** The first character upload-artifact v4 refuses in `name`, or null. */
function forbiddenArtifactCharacter(name) {
    return FORBIDDEN.exec(name)?.[0] ?? null;
}
/** Throws a PlanError for a prefix that would make names upload-artifact refuses. */
function checkArtifactPrefix(prefix) {
    const bad = forbiddenArtifactCharacter(prefix);
    if (bad !== null) {
        throw new errors_js_1.PlanError(`${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names (it refuses " : < > | * ? \\ / and line breaks)`);
    }
}
/** Throws when two planned artifacts share a name (upload-artifact v4 answers the second with 409). */
function checkUniqueArtifacts(names) {
    const seen = new Set();
    for (const name of names) {
        if (name === '' || forbiddenArtifactCharacter(name) !== null)
            throw new errors_js_1.PlanError(`invalid artifact name ${JSON.stringify(name)}`);
        if (seen.has(name))
            throw new errors_js_1.PlanError(`two jobs would upload artifact ${JSON.stringify(name)}`);
        seen.add(name);
    }
}


/***/ }),

/***/ 6474:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ArchitectureError = void 0;
exports.nativeArch = nativeArch;
exports.parseArchs = parseArchs;
/**
 * cibuildwheel's `archs` setting (`Architecture.parse_config`): names, case-insensitive, and the keywords
 * `auto`, `native`, `all`, `auto64`, `auto32`, which depend on the machine cibuildwheel runs on.
 */
const data_js_1 = __nccwpck_require__(2508);
/** An archs value cibuildwheel refuses. */
class ArchitectureError extends Error {
    name = 'ArchitectureError';
}
exports.ArchitectureError = ArchitectureError;
const BITNESS_PAIRS = { x86_64: 'i686', AMD64: 'x86', aarch64: 'armv7l' };
function archSynonym(arch, from, to) {
    for (const synonyms of data_js_1.ARCH_SYNONYMS) {
        if (synonyms[from] === arch) {
            const synonym = synonyms[to];
            return synonym === undefined ? arch : synonym;
        }
    }
    return arch;
}
/** The architecture cibuildwheel calls native for `platform` on `host`, or null when it cannot build there. */
function nativeArch(platform, host) {
    if (platform === 'pyodide')
        return 'wasm32';
    if (platform === 'ios') {
        if (host.os !== 'macos')
            return null;
        return host.machine === 'x86_64' ? 'x86_64_iphonesimulator' : 'arm64_iphonesimulator';
    }
    if (host.os === platform)
        return host.machine;
    return archSynonym(host.machine, host.os, platform);
}
function autoArchs(platform, host) {
    const native = nativeArch(platform, host);
    if (native === null)
        return [];
    if (platform === 'windows' && native === 'AMD64')
        return [native, 'x86'];
    if (platform === 'ios' && native === 'arm64_iphonesimulator')
        return [native, 'arm64_iphoneos'];
    return [native];
}
// A 64-bit machine's 32-bit sibling: i686 on x86_64, x86 on AMD64; armv7l needs AArch32 support, which
// cibuildwheel probes with `linux32 uname -m` and which the machines planned for here do not report.
function bitnessArchs(platform, host, bitness) {
    const native = nativeArch(platform, host);
    if (native === null)
        return [];
    if (native === 'wasm32')
        return bitness === 32 ? [native] : [];
    const thirtyTwo = Object.values(BITNESS_PAIRS);
    if (bitness === 64)
        return thirtyTwo.includes(native) ? [] : [native];
    if (thirtyTwo.includes(native))
        return [native];
    const sibling = BITNESS_PAIRS[native];
    if (sibling === undefined || !['linux', 'windows'].includes(platform) || native === 'aarch64')
        return [];
    return [sibling];
}
function archByName(name, platform) {
    const lower = name.toLowerCase();
    return (data_js_1.PLATFORM_ARCHS[platform].find((arch) => arch.toLowerCase() === lower) ??
        data_js_1.ARCHITECTURES.find((arch) => arch.toLowerCase() === lower));
}
/** The architectures an archs setting stands for on `platform` when cibuildwheel runs on `host`. */
function parseArchs(setting, platform, host) {
    const result = new Set();
    for (const word of setting.split(/[\s,]+/)) {
        let archs;
        if (word === 'auto')
            archs = autoArchs(platform, host);
        else if (word === 'native')
            archs = [nativeArch(platform, host)].filter((a) => a !== null);
        else if (word === 'all')
            archs = data_js_1.PLATFORM_ARCHS[platform];
        else if (word === 'auto64')
            archs = bitnessArchs(platform, host, 64);
        else if (word === 'auto32')
            archs = bitnessArchs(platform, host, 32);
        else {
            const arch = archByName(word, platform);
            if (arch === undefined)
                throw new ArchitectureError(`Invalid architecture '${word}'`);
            archs = [arch];
        }
        for (const arch of archs)
            result.add(arch);
    }
    return result;
}


/***/ }),

/***/ 4982:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Shell-style brace expansion for build/skip selectors, as cibuildwheel applies it (through bracex) before
 * matching: `cp3{10,11}-*` is `cp310-*` and `cp311-*`, `cp3{9..12}-*` counts, `\{` is a literal brace.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BraceExpansionError = void 0;
exports.expandBraces = expandBraces;
/** A selector whose expansion is too large to be meant (bracex stops at 1,000 patterns). */
class BraceExpansionError extends Error {
    name = 'BraceExpansionError';
}
exports.BraceExpansionError = BraceExpansionError;
const EXPANSION_LIMIT = 1000;
const INT_RANGE = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const CHAR_RANGE = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/;
/** Every pattern `pattern` stands for; throws BraceExpansionError past 1,000. */
function expandBraces(pattern) {
    const expanded = expand(toChars(pattern));
    if (expanded.length > EXPANSION_LIMIT) {
        throw new BraceExpansionError(`${JSON.stringify(pattern)} expands to more than the ${EXPANSION_LIMIT} patterns cibuildwheel allows`);
    }
    return expanded;
}
// Backslash escapes the next character (and disappears); `${` is never a group, as in bracex.
function toChars(pattern) {
    const chars = [];
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            if (i + 1 < pattern.length)
                chars.push({ ch: pattern[++i], literal: true });
        }
        else {
            chars.push({ ch, literal: ch === '{' && pattern[i - 1] === '$' && chars.at(-1)?.literal === false });
        }
    }
    return chars;
}
function text(chars) {
    return chars.map((c) => c.ch).join('');
}
function isOpen(c) {
    return c !== undefined && !c.literal && c.ch === '{';
}
function isClose(c) {
    return c !== undefined && !c.literal && c.ch === '}';
}
function expand(chars) {
    for (let open = 0; open < chars.length; open++) {
        if (!isOpen(chars[open]))
            continue;
        const close = matchingClose(chars, open);
        if (close < 0)
            continue;
        const alternatives = groupAlternatives(chars.slice(open + 1, close));
        if (alternatives === null)
            continue;
        const prefix = text(chars.slice(0, open));
        const suffix = chars.slice(close + 1);
        const result = [];
        for (const alternative of alternatives) {
            const tails = typeof alternative === 'string'
                ? expand(suffix).map((t) => alternative + t)
                : expand([...alternative, ...suffix]);
            for (const tail of tails) {
                result.push(prefix + tail);
                if (result.length > EXPANSION_LIMIT)
                    return result;
            }
        }
        return result;
    }
    return [text(chars)];
}
function matchingClose(chars, open) {
    let depth = 0;
    for (let i = open; i < chars.length; i++) {
        if (isOpen(chars[i]))
            depth++;
        else if (isClose(chars[i]) && --depth === 0)
            return i;
    }
    return -1;
}
/** The alternatives of `{...}`: range values (final strings) or comma-separated parts; null when not a group. */
function groupAlternatives(inner) {
    if (inner.every((c) => !c.literal)) {
        const range = rangeValues(text(inner));
        if (range)
            return range;
    }
    const parts = [[]];
    let depth = 0;
    for (const c of inner) {
        if (isOpen(c))
            depth++;
        else if (isClose(c))
            depth--;
        if (depth === 0 && !c.literal && c.ch === ',')
            parts.push([]);
        else
            parts.at(-1)?.push(c);
    }
    return parts.length > 1 ? parts : null;
}
function rangeValues(inner) {
    const int = INT_RANGE.exec(inner);
    if (int)
        return intRange(int[1], int[2], int[3]);
    const char = CHAR_RANGE.exec(inner);
    if (char)
        return charRange(char[1], char[2], char[3]);
    return null;
}
function steps(first, last, increment) {
    const step = Math.abs(Number(increment ?? 1)) || 1;
    const values = [];
    const direction = first <= last ? 1 : -1;
    for (let v = first; direction > 0 ? v <= last : v >= last; v += direction * step) {
        values.push(v);
        if (values.length > EXPANSION_LIMIT)
            break;
    }
    return values;
}
// Zero padding as bash: when either end has a leading zero, every value is as wide as the wider end.
function intRange(start, end, increment) {
    const padded = /^-?0\d/.test(start) || /^-?0\d/.test(end);
    const width = padded ? Math.max(start.length, end.length) : 0;
    return steps(Number(start), Number(end), increment).map((value) => {
        const digits = String(Math.abs(value));
        const sign = value < 0 ? '-' : '';
        return sign + digits.padStart(width - sign.length, '0');
    });
}
// Letters run through ASCII from A to z; the backslash between them stands for nothing, as in bracex.
function charRange(start, end, increment) {
    return steps(start.charCodeAt(0), end.charCodeAt(0), increment).map((code) => code === 0x5c ? '' : String.fromCharCode(code));
}


/***/ }),

/***/ 8016:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.requiresPythonOf = requiresPythonOf;
exports.platformConfiguration = platformConfiguration;
exports.printBuildIdentifiers = printBuildIdentifiers;
/**
 * One cibuildwheel platform's whole selection configuration, from the project files and the environment,
 * and the identifiers `cibuildwheel --print-build-identifiers` prints for it.
 */
const index_js_1 = __nccwpck_require__(1488);
const errors_js_1 = __nccwpck_require__(8849);
const project_files_js_1 = __nccwpck_require__(1813);
const architectures_js_1 = __nccwpck_require__(6474);
const options_js_1 = __nccwpck_require__(1324);
const selection_trace_js_1 = __nccwpck_require__(5704);
const validate_config_js_1 = __nccwpck_require__(9661);
/** requires-python from CIBW_PROJECT_REQUIRES_PYTHON (when not empty) or the project files, parsed. */
function requiresPythonOf(files, env) {
    const fromEnv = env['CIBW_PROJECT_REQUIRES_PYTHON'];
    const declared = fromEnv
        ? { value: fromEnv, source: 'CIBW_PROJECT_REQUIRES_PYTHON' }
        : (0, project_files_js_1.declaredRequiresPython)(files);
    if (declared === null)
        return null;
    try {
        return { ...declared, specifiers: (0, index_js_1.parseSpecifierSet)(declared.value) };
    }
    catch (error) {
        throw new errors_js_1.PlanError(`${declared.source} ${JSON.stringify(declared.value)} is not a version specifier set (${error.message}); write it like ">=3.10"`);
    }
}
/** The configuration cibuildwheel would use on `platform`; throws for what it would refuse. */
function platformConfiguration(files, env, platform) {
    const config = (0, options_js_1.cibuildwheelTable)(files.pyproject);
    (0, validate_config_js_1.validateCibuildwheelTable)(config, [platform]);
    const settings = (0, options_js_1.resolveSelectionSettings)(config, platform, env);
    const requiresPython = requiresPythonOf(files, env);
    return {
        ...settings,
        requiresPython,
        selector: {
            build: settings.build.value,
            skip: settings.skip.value,
            requiresPython: requiresPython?.specifiers ?? null,
            enable: settings.enable.groups,
        },
    };
}
/**
 * What `cibuildwheel --print-build-identifiers --platform <platform> [--archs <archs>]` prints for the
 * project on `machine`: archs from the command line, else from the configuration.
 */
function printBuildIdentifiers(files, env, platform, options) {
    const configuration = platformConfiguration(files, env, platform);
    const archs = (0, architectures_js_1.parseArchs)(options.archs || configuration.archs.value, platform, options.machine);
    return (0, selection_trace_js_1.selectIdentifiers)(configuration, archs, options.machine);
}


/***/ }),

/***/ 2508:
/***/ ((__unused_webpack_module, exports) => {


/**
 * cibuildwheel 4.2.0's own tables, encoded as data: which build identifiers exist per platform and in
 * which order it builds them (its resources/build-platforms.toml), the architectures of each platform and
 * the names of its architecture enum (architecture.py), the enable groups (selector.py) and the option
 * names a config file may use (resources/defaults.toml, options.py). Source: pypa/cibuildwheel v4.2.0.
 * test/wheel-matrix/goldens/cibuildwheel-4.2.0.json holds the same tables as the oracle printed them.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DISALLOWED_OPTIONS = exports.OPTION_NAMES = exports.ARCH_SYNONYMS = exports.PLATFORM_ARCHS = exports.ARCHITECTURES = exports.ENABLE_GROUPS = exports.IDENTIFIERS = exports.PLATFORMS = void 0;
/** The platforms cibuildwheel builds for (its `--platform` values). */
exports.PLATFORMS = ['linux', 'macos', 'windows', 'pyodide', 'ios', 'android'];
/** Every build identifier cibuildwheel 4.2.0 knows, per platform, in the order it builds them. */
// prettier-ignore
exports.IDENTIFIERS = {
    linux: [
        'cp39-manylinux_x86_64', 'cp310-manylinux_x86_64', 'cp311-manylinux_x86_64', 'cp312-manylinux_x86_64',
        'cp313-manylinux_x86_64', 'cp314-manylinux_x86_64', 'cp314t-manylinux_x86_64', 'cp315-manylinux_x86_64',
        'cp315t-manylinux_x86_64', 'cp39-manylinux_i686', 'cp310-manylinux_i686', 'cp311-manylinux_i686',
        'cp312-manylinux_i686', 'cp313-manylinux_i686', 'cp314-manylinux_i686', 'cp314t-manylinux_i686',
        'cp315-manylinux_i686', 'cp315t-manylinux_i686', 'pp39-manylinux_x86_64', 'pp310-manylinux_x86_64',
        'pp311-manylinux_x86_64', 'gp312_250-manylinux_x86_64', 'cp39-manylinux_aarch64',
        'cp310-manylinux_aarch64', 'cp311-manylinux_aarch64', 'cp312-manylinux_aarch64',
        'cp313-manylinux_aarch64', 'cp314-manylinux_aarch64', 'cp314t-manylinux_aarch64',
        'cp315-manylinux_aarch64', 'cp315t-manylinux_aarch64', 'cp39-manylinux_ppc64le',
        'cp310-manylinux_ppc64le', 'cp311-manylinux_ppc64le', 'cp312-manylinux_ppc64le',
        'cp313-manylinux_ppc64le', 'cp314-manylinux_ppc64le', 'cp314t-manylinux_ppc64le',
        'cp315-manylinux_ppc64le', 'cp315t-manylinux_ppc64le', 'cp39-manylinux_s390x', 'cp310-manylinux_s390x',
        'cp311-manylinux_s390x', 'cp312-manylinux_s390x', 'cp313-manylinux_s390x', 'cp314-manylinux_s390x',
        'cp314t-manylinux_s390x', 'cp315-manylinux_s390x', 'cp315t-manylinux_s390x', 'cp39-manylinux_armv7l',
        'cp310-manylinux_armv7l', 'cp311-manylinux_armv7l', 'cp312-manylinux_armv7l', 'cp313-manylinux_armv7l',
        'cp314-manylinux_armv7l', 'cp314t-manylinux_armv7l', 'cp315-manylinux_armv7l', 'cp315t-manylinux_armv7l',
        'cp39-manylinux_riscv64', 'cp310-manylinux_riscv64', 'cp311-manylinux_riscv64', 'cp312-manylinux_riscv64',
        'cp313-manylinux_riscv64', 'cp314-manylinux_riscv64', 'cp314t-manylinux_riscv64',
        'cp315-manylinux_riscv64', 'cp315t-manylinux_riscv64', 'pp39-manylinux_aarch64',
        'pp310-manylinux_aarch64', 'pp311-manylinux_aarch64', 'gp312_250-manylinux_aarch64',
        'pp39-manylinux_i686', 'pp310-manylinux_i686', 'pp311-manylinux_i686', 'cp39-musllinux_x86_64',
        'cp310-musllinux_x86_64', 'cp311-musllinux_x86_64', 'cp312-musllinux_x86_64', 'cp313-musllinux_x86_64',
        'cp314-musllinux_x86_64', 'cp314t-musllinux_x86_64', 'cp315-musllinux_x86_64', 'cp315t-musllinux_x86_64',
        'cp39-musllinux_i686', 'cp310-musllinux_i686', 'cp311-musllinux_i686', 'cp312-musllinux_i686',
        'cp313-musllinux_i686', 'cp314-musllinux_i686', 'cp314t-musllinux_i686', 'cp315-musllinux_i686',
        'cp315t-musllinux_i686', 'cp39-musllinux_aarch64', 'cp310-musllinux_aarch64', 'cp311-musllinux_aarch64',
        'cp312-musllinux_aarch64', 'cp313-musllinux_aarch64', 'cp314-musllinux_aarch64',
        'cp314t-musllinux_aarch64', 'cp315-musllinux_aarch64', 'cp315t-musllinux_aarch64',
        'cp39-musllinux_ppc64le', 'cp310-musllinux_ppc64le', 'cp311-musllinux_ppc64le', 'cp312-musllinux_ppc64le',
        'cp313-musllinux_ppc64le', 'cp314-musllinux_ppc64le', 'cp314t-musllinux_ppc64le',
        'cp315-musllinux_ppc64le', 'cp315t-musllinux_ppc64le', 'cp39-musllinux_s390x', 'cp310-musllinux_s390x',
        'cp311-musllinux_s390x', 'cp312-musllinux_s390x', 'cp313-musllinux_s390x', 'cp314-musllinux_s390x',
        'cp314t-musllinux_s390x', 'cp315-musllinux_s390x', 'cp315t-musllinux_s390x', 'cp39-musllinux_armv7l',
        'cp310-musllinux_armv7l', 'cp311-musllinux_armv7l', 'cp312-musllinux_armv7l', 'cp313-musllinux_armv7l',
        'cp314-musllinux_armv7l', 'cp314t-musllinux_armv7l', 'cp315-musllinux_armv7l', 'cp315t-musllinux_armv7l',
        'cp39-musllinux_riscv64', 'cp310-musllinux_riscv64', 'cp311-musllinux_riscv64', 'cp312-musllinux_riscv64',
        'cp313-musllinux_riscv64', 'cp314-musllinux_riscv64', 'cp314t-musllinux_riscv64',
        'cp315-musllinux_riscv64', 'cp315t-musllinux_riscv64',
    ],
    macos: [
        'cp39-macosx_x86_64', 'cp39-macosx_arm64', 'cp39-macosx_universal2', 'cp310-macosx_x86_64',
        'cp310-macosx_arm64', 'cp310-macosx_universal2', 'cp311-macosx_x86_64', 'cp311-macosx_arm64',
        'cp311-macosx_universal2', 'cp312-macosx_x86_64', 'cp312-macosx_arm64', 'cp312-macosx_universal2',
        'cp313-macosx_x86_64', 'cp313-macosx_arm64', 'cp313-macosx_universal2', 'cp314-macosx_x86_64',
        'cp314-macosx_arm64', 'cp314-macosx_universal2', 'cp314t-macosx_x86_64', 'cp314t-macosx_arm64',
        'cp314t-macosx_universal2', 'cp315-macosx_x86_64', 'cp315-macosx_arm64', 'cp315-macosx_universal2',
        'cp315t-macosx_x86_64', 'cp315t-macosx_arm64', 'cp315t-macosx_universal2', 'pp39-macosx_x86_64',
        'pp39-macosx_arm64', 'pp310-macosx_x86_64', 'pp310-macosx_arm64', 'pp311-macosx_x86_64',
        'pp311-macosx_arm64', 'gp312_250-macosx_x86_64', 'gp312_250-macosx_arm64',
    ],
    windows: [
        'cp39-win32', 'cp39-win_amd64', 'cp310-win32', 'cp310-win_amd64', 'cp311-win32', 'cp311-win_amd64',
        'cp312-win32', 'cp312-win_amd64', 'cp313-win32', 'cp313-win_amd64', 'cp314-win32', 'cp314t-win32',
        'cp314-win_amd64', 'cp314t-win_amd64', 'cp315-win32', 'cp315t-win32', 'cp315-win_amd64',
        'cp315t-win_amd64', 'cp39-win_arm64', 'cp310-win_arm64', 'cp311-win_arm64', 'cp312-win_arm64',
        'cp313-win_arm64', 'cp314-win_arm64', 'cp314t-win_arm64', 'cp315-win_arm64', 'cp315t-win_arm64',
        'pp39-win_amd64', 'pp310-win_amd64', 'pp311-win_amd64', 'gp312_250-win_amd64',
    ],
    pyodide: [
        'cp312-pyodide_wasm32', 'cp313-pyodide_wasm32', 'cp314-pyodide_wasm32', 'cp315-pyodide_wasm32',
    ],
    ios: [
        'cp313-ios_arm64_iphoneos', 'cp313-ios_x86_64_iphonesimulator', 'cp313-ios_arm64_iphonesimulator',
        'cp314-ios_arm64_iphoneos', 'cp314-ios_x86_64_iphonesimulator', 'cp314-ios_arm64_iphonesimulator',
        'cp315-ios_arm64_iphoneos', 'cp315-ios_x86_64_iphonesimulator', 'cp315-ios_arm64_iphonesimulator',
    ],
    android: [
        'cp313-android_arm64_v8a', 'cp313-android_x86_64', 'cp314-android_arm64_v8a', 'cp314-android_x86_64',
        'cp315-android_arm64_v8a', 'cp315-android_x86_64',
    ],
};
/** The groups `enable` turns on; identifiers in them are off by default. */
exports.ENABLE_GROUPS = [
    'cpython-prerelease',
    'graalpy',
    'pypy',
    'pypy-eol',
    'pyodide-eol',
    'pyodide-prerelease',
];
/** Every value of cibuildwheel's Architecture enum, in its declaration order. */
exports.ARCHITECTURES = [
    'x86_64',
    'i686',
    'aarch64',
    'ppc64le',
    's390x',
    'armv7l',
    'riscv64',
    'universal2',
    'arm64',
    'x86',
    'AMD64',
    'ARM64',
    'wasm32',
    'arm64_v8a',
    'arm64_iphoneos',
    'arm64_iphonesimulator',
    'x86_64_iphonesimulator',
];
/** The architectures each platform can build (`Architecture.all_archs`), in enum order. */
exports.PLATFORM_ARCHS = {
    linux: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'],
    macos: ['x86_64', 'universal2', 'arm64'],
    windows: ['x86', 'AMD64', 'ARM64'],
    pyodide: ['wasm32'],
    ios: ['arm64_iphoneos', 'arm64_iphonesimulator', 'x86_64_iphonesimulator'],
    android: ['x86_64', 'arm64_v8a'],
};
/** How platforms name the same CPU (`ARCH_SYNONYMS`): linux x86_64 is macOS x86_64 and Windows AMD64. */
exports.ARCH_SYNONYMS = [
    { linux: 'x86_64', macos: 'x86_64', windows: 'AMD64', android: 'x86_64' },
    { linux: 'i686', macos: null, windows: 'x86' },
    { linux: 'aarch64', macos: 'arm64', windows: 'ARM64', android: 'arm64_v8a' },
];
/** Options `[tool.cibuildwheel]` and its platform tables accept (the keys of defaults.toml). */
// prettier-ignore
exports.OPTION_NAMES = new Set([
    'archs', 'audit-command', 'audit-requires', 'before-all', 'before-build', 'before-test', 'build',
    'build-frontend', 'build-verbosity', 'config-settings', 'container-engine', 'dependency-versions', 'enable',
    'environment', 'environment-pass', 'manylinux-aarch64-image', 'manylinux-armv7l-image',
    'manylinux-i686-image', 'manylinux-ppc64le-image', 'manylinux-pypy_aarch64-image',
    'manylinux-pypy_i686-image', 'manylinux-pypy_x86_64-image', 'manylinux-riscv64-image',
    'manylinux-s390x-image', 'manylinux-x86_64-image', 'musllinux-aarch64-image', 'musllinux-armv7l-image',
    'musllinux-i686-image', 'musllinux-ppc64le-image', 'musllinux-riscv64-image', 'musllinux-s390x-image',
    'musllinux-x86_64-image', 'pyodide-version', 'repair-wheel-command', 'skip', 'test-command',
    'test-environment', 'test-extras', 'test-groups', 'test-requires', 'test-runtime', 'test-skip',
    'test-sources', 'xbuild-files', 'xbuild-tools',
]);
const IMAGE_OPTIONS = [...exports.OPTION_NAMES].filter((name) => /^(many|musl)linux-.*-image$/.test(name));
/** Options a platform table may not set (`DISALLOWED_OPTIONS`). */
exports.DISALLOWED_OPTIONS = {
    linux: ['dependency-versions'],
    macos: IMAGE_OPTIONS,
    windows: IMAGE_OPTIONS,
};


/***/ }),

/***/ 3647:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Python's fnmatch.fnmatch on POSIX, which cibuildwheel matches selectors with: `*` any run, `?` one
 * character, `[seq]` and `[!seq]` sets with ranges, case-sensitive; an unclosed `[` is a literal.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fnmatch = fnmatch;
const cache = new Map();
/** True when `name` matches the shell-style `pattern` as fnmatch.fnmatch decides on Linux. */
function fnmatch(name, pattern) {
    let regex = cache.get(pattern);
    if (!regex) {
        regex = new RegExp(`^${translate(pattern)}$`, 's');
        cache.set(pattern, regex);
    }
    return regex.test(name);
}
function escapeChar(ch) {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
function translate(pattern) {
    let out = '';
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i++];
        if (ch === '*') {
            while (pattern[i] === '*')
                i++;
            out += '.*';
        }
        else if (ch === '?') {
            out += '.';
        }
        else if (ch === '[') {
            const end = setEnd(pattern, i);
            if (end < 0) {
                out += escapeChar('[');
            }
            else {
                out += translateSet(pattern.slice(i, end));
                i = end + 1;
            }
        }
        else {
            out += escapeChar(ch);
        }
    }
    return out;
}
/** Index of the `]` closing a set that starts at `start` (after `[`); a leading `!` and `]` belong to the set. */
function setEnd(pattern, start) {
    let j = start;
    if (pattern[j] === '!')
        j++;
    if (pattern[j] === ']')
        j++;
    while (j < pattern.length && pattern[j] !== ']')
        j++;
    return j < pattern.length ? j : -1;
}
// Ranges whose ends are out of order match nothing and are dropped, as Python 3.11 does.
function translateSet(body) {
    const negated = body.startsWith('!');
    const items = negated ? body.slice(1) : body;
    let set = '';
    for (let k = 0; k < items.length; k++) {
        const lo = items[k];
        if (items[k + 1] === '-' && k + 2 < items.length) {
            const hi = items[k + 2];
            if (lo <= hi)
                set += `${escapeChar(lo)}-${escapeChar(hi)}`;
            k += 2;
        }
        else {
            set += escapeChar(lo);
        }
    }
    if (set === '')
        return negated ? '.' : '(?!)';
    return negated ? `[^${set}]` : `[${set}]`;
}


/***/ }),

/***/ 9886:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.interpreterOf = interpreterOf;
exports.platformTagOf = platformTagOf;
exports.archOf = archOf;
exports.pythonMinorOf = pythonMinorOf;
exports.isCPython = isCPython;
/** What a build identifier says: its interpreter (cp312, cp314t, pp310, gp312_250) and its architecture. */
const WINDOWS_ARCHS = {
    win32: 'x86',
    win_amd64: 'AMD64',
    win_arm64: 'ARM64',
};
const PLATFORM_PREFIXES = ['manylinux_', 'musllinux_', 'macosx_', 'pyodide_', 'ios_', 'android_'];
/** The interpreter part of an identifier: `cp312` in `cp312-manylinux_x86_64`. */
function interpreterOf(identifier) {
    return identifier.slice(0, identifier.indexOf('-'));
}
/** The platform part of an identifier: `manylinux_x86_64` in `cp312-manylinux_x86_64`. */
function platformTagOf(identifier) {
    return identifier.slice(identifier.indexOf('-') + 1);
}
/** The cibuildwheel architecture an identifier builds for (`AMD64` for `cp312-win_amd64`). */
function archOf(identifier) {
    const tag = platformTagOf(identifier);
    const windows = WINDOWS_ARCHS[tag];
    if (windows)
        return windows;
    for (const prefix of PLATFORM_PREFIXES)
        if (tag.startsWith(prefix))
            return tag.slice(prefix.length);
    return tag;
}
/** The Python minor version an identifier's interpreter implements: 12 for cp312, pp312 and gp312_250. */
function pythonMinorOf(identifier) {
    return Number(/^[a-z]+3(\d+)/.exec(identifier)?.[1] ?? NaN);
}
/** True for CPython identifiers, free-threaded ones included. */
function isCPython(identifier) {
    return identifier.startsWith('cp');
}


/***/ }),

/***/ 1324:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CibuildwheelConfigError = void 0;
exports.cibuildwheelTable = cibuildwheelTable;
exports.isTable = isTable;
exports.parseEnableGroups = parseEnableGroups;
exports.resolveSelectionSettings = resolveSelectionSettings;
/**
 * The selection settings of one cibuildwheel platform, resolved with cibuildwheel's precedence (options.py
 * OptionsReader): defaults, then `[tool.cibuildwheel]`, then `[tool.cibuildwheel.<platform>]`, then
 * `CIBW_<OPTION>`, then `CIBW_<OPTION>_<PLATFORM>` where the option allows it. Each value remembers where
 * it came from, so that errors and the summary can name the file or variable to change.
 */
const data_js_1 = __nccwpck_require__(2508);
/** A configuration cibuildwheel refuses (its ConfigurationError), in one line. */
class CibuildwheelConfigError extends Error {
    name = 'CibuildwheelConfigError';
}
exports.CibuildwheelConfigError = CibuildwheelConfigError;
/** `[tool.cibuildwheel]` as parsed TOML, or an empty table. */
function cibuildwheelTable(pyproject) {
    const tool = pyproject?.['tool'];
    const table = isTable(tool) ? tool['cibuildwheel'] : undefined;
    return isTable(table) ? table : {};
}
/** True for a TOML table (not an array, date or scalar). */
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
// _stringify_setting: lists joined by a space, booleans and numbers as Python prints them, no tables.
function stringify(value, name, source) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return value.map((item) => stringify(item, name, source)).join(' ');
    throw new CibuildwheelConfigError(`${source}: ${name} must be a string or a list of strings, not a table`);
}
function layers(config, platform, env, name, platformEnv) {
    const variable = `CIBW_${name.toUpperCase().replace(/-/g, '_')}`;
    const platformTable = config[platform];
    const result = [
        { value: config[name], source: `pyproject.toml [tool.cibuildwheel] ${name}` },
        {
            value: isTable(platformTable) ? platformTable[name] : undefined,
            source: `pyproject.toml [tool.cibuildwheel.${platform}] ${name}`,
        },
        { value: env[variable], source: variable },
    ];
    if (platformEnv) {
        const platformVariable = `${variable}_${platform.toUpperCase()}`;
        result.push({ value: env[platformVariable], source: platformVariable });
    }
    return result;
}
// _resolve_cascade: the last layer that is set wins (or is appended to the one before, for enable).
function resolve(stack, name, fallback, ignoreEmpty = false) {
    let result = { value: fallback, source: 'default' };
    for (const layer of stack) {
        if (layer.value === undefined || layer.value === null)
            continue;
        const value = stringify(layer.value, name, layer.source);
        if (ignoreEmpty && value === '')
            continue;
        if (layer.append && result.value !== '' && value !== '') {
            result = { value: `${result.value} ${value}`, source: `${result.source} + ${layer.source}` };
        }
        else if (!(layer.append && value === '')) {
            result = { value, source: layer.source };
        }
    }
    return result;
}
/** Enable groups from a setting: names separated by spaces, or `all`; an unknown name is an error. */
function parseEnableGroups(setting) {
    const groups = new Set();
    for (const word of setting.value.trim().split(/\s+/).filter(Boolean)) {
        if (word === 'all')
            return new Set(data_js_1.ENABLE_GROUPS);
        if (!data_js_1.ENABLE_GROUPS.includes(word)) {
            throw new CibuildwheelConfigError(`${setting.source}: unknown enable group ${JSON.stringify(word)}; the groups are ${data_js_1.ENABLE_GROUPS.join(', ')} (or all)`);
        }
        groups.add(word);
    }
    return groups;
}
/** The build, skip, enable and archs settings cibuildwheel would use on `platform`. */
function resolveSelectionSettings(config, platform, env) {
    const build = resolve(layers(config, platform, env, 'build', false), 'build', '*');
    const enableLayers = layers(config, platform, env, 'enable', false).map((layer) => layer.source.startsWith('CIBW_') ? { ...layer, append: true } : layer);
    const enable = resolve(enableLayers, 'enable', '');
    return {
        platform,
        build: build.value === '' ? { value: '*', source: build.source } : build,
        skip: resolve(layers(config, platform, env, 'skip', false), 'skip', ''),
        enable: { groups: parseEnableGroups(enable), source: enable.source },
        archs: resolve(layers(config, platform, env, 'archs', true), 'archs', 'auto', true),
    };
}


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.traceSelection = traceSelection;
exports.selectIdentifiers = selectIdentifiers;
const data_js_1 = __nccwpck_require__(2508);
const identifiers_js_1 = __nccwpck_require__(9886);
const selector_js_1 = __nccwpck_require__(3981);
// On an Intel Mac cibuildwheel drops PyPy and GraalPy arm64 builds: they cannot be cross-compiled.
function buildableOn(platform, machine, identifier) {
    return !(platform === 'macos' &&
        machine.machine === 'x86_64' &&
        /^(pp|gp)/.test(identifier) &&
        identifier.endsWith('arm64'));
}
function cibuildwheelFilters(configuration) {
    const { selector, requiresPython, enable, build, skip } = configuration;
    const filters = [];
    if (requiresPython) {
        filters.push({
            filter: 'requires-python',
            description: `requires-python ${JSON.stringify(requiresPython.value)} (${requiresPython.source})`,
            keep: (id) => (0, selector_js_1.requiresPythonAdmits)(selector.requiresPython, id),
        });
    }
    const groups = [...enable.groups].join(' ') || 'none';
    filters.push({
        filter: 'enable',
        description: `enable groups: ${groups} (${enable.source})`,
        keep: (id) => (0, selector_js_1.enabledFor)(selector.enable, id),
    }, {
        filter: 'build',
        description: `build = ${JSON.stringify(build.value)} (${build.source})`,
        keep: (id) => (0, selector_js_1.selectorMatches)(selector.build, id),
    }, {
        filter: 'skip',
        description: `skip = ${JSON.stringify(skip.value)} (${skip.source})`,
        keep: (id) => !(0, selector_js_1.selectorMatches)(selector.skip, id),
    });
    return filters;
}
/** Runs selection for `archs` on `machine`, stage by stage; the last stage holds the selected identifiers. */
function traceSelection(configuration, archs, machine, extra = [], archsDescription = `archs ${[...archs].join(' ') || '(none)'}`) {
    const { platform } = configuration;
    // pyodide ignores archs, as cibuildwheel does.
    let remaining = data_js_1.IDENTIFIERS[platform].filter((id) => (platform === 'pyodide' || archs.has((0, identifiers_js_1.archOf)(id))) && buildableOn(platform, machine, id));
    const stages = [{ filter: 'archs', description: archsDescription, remaining }];
    for (const filter of [...cibuildwheelFilters(configuration), ...extra]) {
        remaining = remaining.filter((id) => filter.keep(id));
        stages.push({ filter: filter.filter, description: filter.description, remaining });
    }
    return stages;
}
/** The identifiers cibuildwheel selects on the configuration's platform for `archs` on `machine`, in its order. */
function selectIdentifiers(configuration, archs, machine) {
    return traceSelection(configuration, archs, machine).at(-1)?.remaining ?? [];
}


/***/ }),

/***/ 123:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.unmatchedSelectors = unmatchedSelectors;
/**
 * The check cibuildwheel runs before a real build (not in print mode): every build selector must match an
 * identifier it can build with the enabled groups, or the build stops; a skip selector that matches none
 * only earns a warning.
 */
const data_js_1 = __nccwpck_require__(2508);
const selector_js_1 = __nccwpck_require__(3981);
const EVERY_IDENTIFIER = data_js_1.PLATFORMS.flatMap((platform) => data_js_1.IDENTIFIERS[platform]);
/** Why one selector in `build` or `skip` matches nothing buildable; empty when all of them match. */
function unmatchedSelectors(kind, selectors, enable) {
    const enabled = EVERY_IDENTIFIER.filter((identifier) => (0, selector_js_1.enabledFor)(enable, identifier));
    const problems = [];
    for (const selector of selectors.split(/\s+/).filter(Boolean)) {
        if (enabled.some((identifier) => (0, selector_js_1.selectorMatches)(selector, identifier)))
            continue;
        problems.push(`${kind} selector '${selector}' matches nothing cibuildwheel 4.2.0 builds${hint(kind, selector)}`);
    }
    return problems;
}
function hint(kind, selector) {
    const hints = [];
    if (EVERY_IDENTIFIER.some((identifier) => (0, selector_js_1.selectorMatches)(selector, identifier))) {
        const groups = data_js_1.ENABLE_GROUPS.filter((group) => EVERY_IDENTIFIER.some((identifier) => (0, selector_js_1.selectorMatches)(selector, identifier) && (0, selector_js_1.enabledFor)(new Set([group]), identifier)));
        hints.push(`it selects a group that is not enabled: add ${groups.join(' or ')} to enable, or remove it`);
    }
    if (/p2|p3[5-8]/.test(selector))
        hints.push('cibuildwheel 4 builds Python 3.9 and later only');
    if (selector.includes('cp313t'))
        hints.push('cibuildwheel 4 no longer builds free-threaded 3.13');
    if (hints.length === 0)
        hints.push(`identifiers look like cp312-manylinux_x86_64; fix ${kind}`);
    return ` (${hints.join('; ')})`;
}


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectorMatches = selectorMatches;
exports.requiresPythonAdmits = requiresPythonAdmits;
exports.enableGroupOf = enableGroupOf;
exports.enabledFor = enabledFor;
exports.selects = selects;
/** cibuildwheel's BuildSelector: requires-python, enable groups, then the build and skip selectors. */
const index_js_1 = __nccwpck_require__(1488);
const brace_expand_js_1 = __nccwpck_require__(4982);
const fnmatch_js_1 = __nccwpck_require__(3647);
const identifiers_js_1 = __nccwpck_require__(9886);
const expansions = new Map();
function expandedPatterns(selectors) {
    let patterns = expansions.get(selectors);
    if (!patterns) {
        patterns = selectors.split(/\s+/).filter(Boolean).flatMap(brace_expand_js_1.expandBraces);
        expansions.set(selectors, patterns);
    }
    return patterns;
}
/** True when any of the space-separated selectors (brace-expanded) matches `identifier`. */
function selectorMatches(selectors, identifier) {
    return expandedPatterns(selectors).some((pattern) => (0, fnmatch_js_1.fnmatch)(identifier, pattern));
}
/** True when requires-python admits the identifier's Python (tested as X.Y.99, as cibuildwheel does). */
function requiresPythonAdmits(requiresPython, identifier) {
    if (requiresPython === null)
        return true;
    return (0, index_js_1.specifierSetContains)(requiresPython, `3.${(0, identifiers_js_1.pythonMinorOf)(identifier)}.99`);
}
/** The enable group an identifier needs, or null when it is built by default. */
function enableGroupOf(identifier) {
    if ((0, fnmatch_js_1.fnmatch)(identifier, 'cp316*'))
        return 'cpython-prerelease';
    if ((0, fnmatch_js_1.fnmatch)(identifier, 'pp3?-*') || (0, fnmatch_js_1.fnmatch)(identifier, 'pp310-*'))
        return 'pypy-eol';
    if ((0, fnmatch_js_1.fnmatch)(identifier, 'pp*'))
        return 'pypy';
    if ((0, fnmatch_js_1.fnmatch)(identifier, 'gp*'))
        return 'graalpy';
    if ((0, fnmatch_js_1.fnmatch)(identifier, 'cp312-pyodide_*'))
        return 'pyodide-eol';
    return null;
}
/** True when the enabled groups allow the identifier. */
function enabledFor(enable, identifier) {
    const group = enableGroupOf(identifier);
    return group === null || enable.has(group);
}
/** cibuildwheel's decision for one identifier. */
function selects(selector, identifier) {
    return (requiresPythonAdmits(selector.requiresPython, identifier) &&
        enabledFor(selector.enable, identifier) &&
        selectorMatches(selector.build, identifier) &&
        !selectorMatches(selector.skip, identifier));
}


/***/ }),

/***/ 9661:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateCibuildwheelTable = validateCibuildwheelTable;
exports.closestName = closestName;
/**
 * The checks cibuildwheel makes on `[tool.cibuildwheel]` before anything else (OptionsReader): unknown
 * option names, options a platform table may not set, and malformed overrides. Platform tables are only
 * checked for the platforms being planned, as cibuildwheel only reads the one it runs for.
 */
const data_js_1 = __nccwpck_require__(2508);
const options_js_1 = __nccwpck_require__(1324);
/** Throws CibuildwheelConfigError for the first problem cibuildwheel would stop at. */
function validateCibuildwheelTable(config, platforms) {
    const allowed = new Set([...data_js_1.OPTION_NAMES, ...data_js_1.PLATFORMS, 'overrides']);
    for (const name of Object.keys(config)) {
        if (!allowed.has(name))
            throw unknownOption(name, '[tool.cibuildwheel]', allowed);
    }
    for (const platform of platforms) {
        const table = config[platform];
        if (table === undefined)
            continue;
        const where = `[tool.cibuildwheel.${platform}]`;
        if (!(0, options_js_1.isTable)(table))
            throw new options_js_1.CibuildwheelConfigError(`pyproject.toml ${where} must be a table`);
        for (const name of Object.keys(table)) {
            if (data_js_1.DISALLOWED_OPTIONS[platform]?.includes(name)) {
                throw new options_js_1.CibuildwheelConfigError(`pyproject.toml ${where}: ${name} cannot be set for ${platform}`);
            }
            if (!data_js_1.OPTION_NAMES.has(name))
                throw unknownOption(name, where, data_js_1.OPTION_NAMES);
        }
    }
    validateOverrides(config['overrides']);
}
function unknownOption(name, where, allowed) {
    const guess = closestName(name, allowed);
    return new options_js_1.CibuildwheelConfigError(`pyproject.toml ${where}: ${name} is not a cibuildwheel 4.2.0 option${guess ? ` (did you mean ${guess}?)` : ''}`);
}
function validateOverrides(overrides) {
    if (overrides === undefined)
        return;
    const where = 'pyproject.toml [[tool.cibuildwheel.overrides]]';
    if (!Array.isArray(overrides))
        throw new options_js_1.CibuildwheelConfigError(`${where} must be a list of tables`);
    for (const override of overrides) {
        if (!(0, options_js_1.isTable)(override))
            throw new options_js_1.CibuildwheelConfigError(`${where} must be a list of tables`);
        const select = override['select'];
        if (!select || (Array.isArray(select) && select.length === 0)) {
            throw new options_js_1.CibuildwheelConfigError(`${where}: every override needs a select`);
        }
        const inherit = override['inherit'] ?? {};
        if (!(0, options_js_1.isTable)(inherit) ||
            !Object.values(inherit).every((rule) => ['none', 'append', 'prepend'].includes(String(rule)))) {
            throw new options_js_1.CibuildwheelConfigError(`${where}: inherit must map options to none, append or prepend`);
        }
    }
}
/** The allowed name closest to a misspelt one (two edits, or a third of its letters, at most), or null. */
function closestName(name, names) {
    let best = null;
    let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
    for (const candidate of names) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 8849:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PlanError = void 0;
/** Why a plan cannot be made, in one line that names the file, setting or input to change. */
class PlanError extends Error {
    name = 'PlanError';
}
exports.PlanError = PlanError;


/***/ }),

/***/ 8506:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EXPECTED_FORMAT = void 0;
exports.expectedWheel = expectedWheel;
exports.expectedPureWheel = expectedPureWheel;
exports.sdistPattern = sdistPattern;
exports.expectedProjectName = expectedProjectName;
exports.matchesExpectedPattern = matchesExpectedPattern;
exports.parseExpected = parseExpected;
/**
 * The `expected` contract (release-actions/expected@1): which artifact each job uploads and which files must
 * be in it, as filename patterns. collect-artifacts reads it to prove that every planned file arrived. The
 * format is described in this package's README; change it only with a new version.
 */
const index_js_1 = __nccwpck_require__(8528);
const identifiers_js_1 = __nccwpck_require__(9886);
/** The format tag of this version of the contract. */
exports.EXPECTED_FORMAT = 'release-actions/expected@1';
const PLATFORM_PATTERNS = [
    [/^manylinux_(.+)$/, (arch) => `manylinux*_${arch}`],
    [/^musllinux_(.+)$/, (arch) => `musllinux_*_${arch}`],
    [/^macosx_(.+)$/, (arch) => `macosx_*_${arch}`],
    [/^pyodide_(.+)$/, (arch) => `pyodide_*_${arch}`],
    [/^ios_(.+)$/, (arch) => `ios_*_${arch}`],
    [/^android_(.+)$/, (arch) => `android_*_${arch}`],
];
/** The platform part of the wheel filename a build identifier produces, after repair (`manylinux*_x86_64`). */
function platformPattern(identifier) {
    const tag = (0, identifiers_js_1.platformTagOf)(identifier);
    for (const [regex, pattern] of PLATFORM_PATTERNS) {
        const match = regex.exec(tag);
        if (match)
            return pattern(match[1]);
    }
    return tag; // win32, win_amd64, win_arm64 are exact
}
/** The python and ABI tags of an identifier's wheel: cp312-cp312, cp314-cp314t, pp310-pypy310_pp*, graalpy312-graalpy250_312_*. */
function pythonAbiPattern(identifier) {
    const interpreter = (0, identifiers_js_1.interpreterOf)(identifier);
    const cpython = /^cp(\d+)(t?)$/.exec(interpreter);
    if (cpython)
        return `cp${cpython[1]}-cp${cpython[1]}${cpython[2]}`;
    const pypy = /^pp(\d+)$/.exec(interpreter);
    if (pypy)
        return `pp${pypy[1]}-pypy${pypy[1]}_pp*`;
    const graalpy = /^gp(\d+)_(\d+)$/.exec(interpreter);
    if (graalpy)
        return `graalpy${graalpy[1]}-graalpy${graalpy[2]}_${graalpy[1]}_*`;
    return `${interpreter}-*`;
}
/** What a wheel job must produce for one identifier. */
function expectedWheel(project, identifier) {
    const name = project ?? '*';
    const platform = platformPattern(identifier);
    const limitedApi = /^cp\d+$/.test((0, identifiers_js_1.interpreterOf)(identifier));
    return {
        identifier,
        pattern: `${name}-*-${pythonAbiPattern(identifier)}-${platform}.whl`,
        abi3Pattern: limitedApi ? `${name}-*-cp3*-abi3-${platform}.whl` : null,
    };
}
/** The pure project's wheel. */
function expectedPureWheel(project) {
    return { identifier: null, pattern: `${project ?? '*'}-*-*py3-none-any.whl`, abi3Pattern: null };
}
/** The sdist's pattern. */
function sdistPattern(project) {
    return `${project ?? '*'}-*.tar.gz`;
}
/** The filename form of a distribution name, or null. */
function expectedProjectName(name) {
    return name === null ? null : (0, index_js_1.filenameProjectName)(name);
}
/**
 * True when `filename` matches a pattern of the contract: the distribution name (up to the first `-`) is
 * normalized as filenames spell it (lower case, runs of `-_.` as `_`), then `*` matches any run of
 * characters and every other character itself.
 */
function matchesExpectedPattern(pattern, filename) {
    const dash = filename.indexOf('-');
    const normalized = dash < 0 ? filename : (0, index_js_1.filenameProjectName)(filename.slice(0, dash)) + filename.slice(dash);
    const regex = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${regex}$`, 's').test(normalized);
}
/** Reads an expected@1 document; throws a one-line error when it is not one. */
function parseExpected(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`expected is not JSON (${error.message})`);
    }
    const d = document;
    if (typeof d !== 'object' || d === null || d.format !== exports.EXPECTED_FORMAT) {
        throw new Error(`expected is not a ${exports.EXPECTED_FORMAT} document (format ${JSON.stringify(d?.format)})`);
    }
    const wellFormed = Array.isArray(d.jobs) &&
        d.jobs.every((job) => typeof job?.artifact === 'string' &&
            Array.isArray(job.wheels) &&
            job.wheels.every((wheel) => typeof wheel?.pattern === 'string')) &&
        (d.sdist === null || (typeof d.sdist?.artifact === 'string' && typeof d.sdist.pattern === 'string'));
    if (!wellFormed)
        throw new Error(`expected is a malformed ${exports.EXPECTED_FORMAT} document (jobs or sdist)`);
    return d;
}


/***/ }),

/***/ 3880:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseExpected = exports.matchesExpectedPattern = exports.EXPECTED_FORMAT = exports.planBuild = exports.GROUPINGS = exports.forbiddenArtifactCharacter = exports.pythonVersionsFilter = exports.COARSE_TOKENS = exports.TARGETS = exports.parsePlatforms = exports.detectPure = exports.readProjectFiles = exports.memorySource = exports.directorySource = exports.unmatchedSelectors = exports.printBuildIdentifiers = exports.platformConfiguration = exports.CibuildwheelConfigError = exports.ArchitectureError = exports.parseArchs = exports.selectorMatches = exports.BraceExpansionError = exports.expandBraces = exports.PLATFORMS = exports.PLATFORM_ARCHS = exports.IDENTIFIERS = exports.ENABLE_GROUPS = exports.PlanError = void 0;
/**
 * wheel-matrix: plans the wheel jobs of a release (platform × architecture × Python) with cibuildwheel
 * 4.2.0's own selection, and the files the release must contain. No runner knowledge: the action maps
 * the planned jobs to runner labels and writes the outputs.
 */
var errors_js_1 = __nccwpck_require__(8849);
Object.defineProperty(exports, "PlanError", ({ enumerable: true, get: function () { return errors_js_1.PlanError; } }));
var data_js_1 = __nccwpck_require__(2508);
Object.defineProperty(exports, "ENABLE_GROUPS", ({ enumerable: true, get: function () { return data_js_1.ENABLE_GROUPS; } }));
Object.defineProperty(exports, "IDENTIFIERS", ({ enumerable: true, get: function () { return data_js_1.IDENTIFIERS; } }));
Object.defineProperty(exports, "PLATFORM_ARCHS", ({ enumerable: true, get: function () { return data_js_1.PLATFORM_ARCHS; } }));
Object.defineProperty(exports, "PLATFORMS", ({ enumerable: true, get: function () { return data_js_1.PLATFORMS; } }));
var brace_expand_js_1 = __nccwpck_require__(4982);
Object.defineProperty(exports, "expandBraces", ({ enumerable: true, get: function () { return brace_expand_js_1.expandBraces; } }));
Object.defineProperty(exports, "BraceExpansionError", ({ enumerable: true, get: function () { return brace_expand_js_1.BraceExpansionError; } }));
var selector_js_1 = __nccwpck_require__(3981);
Object.defineProperty(exports, "selectorMatches", ({ enumerable: true, get: function () { return selector_js_1.selectorMatches; } }));
var architectures_js_1 = __nccwpck_require__(6474);
Object.defineProperty(exports, "parseArchs", ({ enumerable: true, get: function () { return architectures_js_1.parseArchs; } }));
Object.defineProperty(exports, "ArchitectureError", ({ enumerable: true, get: function () { return architectures_js_1.ArchitectureError; } }));
var options_js_1 = __nccwpck_require__(1324);
Object.defineProperty(exports, "CibuildwheelConfigError", ({ enumerable: true, get: function () { return options_js_1.CibuildwheelConfigError; } }));
var configuration_js_1 = __nccwpck_require__(8016);
Object.defineProperty(exports, "platformConfiguration", ({ enumerable: true, get: function () { return configuration_js_1.platformConfiguration; } }));
Object.defineProperty(exports, "printBuildIdentifiers", ({ enumerable: true, get: function () { return configuration_js_1.printBuildIdentifiers; } }));
var selector_checks_js_1 = __nccwpck_require__(123);
Object.defineProperty(exports, "unmatchedSelectors", ({ enumerable: true, get: function () { return selector_checks_js_1.unmatchedSelectors; } }));
var source_js_1 = __nccwpck_require__(6457);
Object.defineProperty(exports, "directorySource", ({ enumerable: true, get: function () { return source_js_1.directorySource; } }));
Object.defineProperty(exports, "memorySource", ({ enumerable: true, get: function () { return source_js_1.memorySource; } }));
var project_files_js_1 = __nccwpck_require__(1813);
Object.defineProperty(exports, "readProjectFiles", ({ enumerable: true, get: function () { return project_files_js_1.readProjectFiles; } }));
var pure_js_1 = __nccwpck_require__(6986);
Object.defineProperty(exports, "detectPure", ({ enumerable: true, get: function () { return pure_js_1.detectPure; } }));
var targets_js_1 = __nccwpck_require__(622);
Object.defineProperty(exports, "parsePlatforms", ({ enumerable: true, get: function () { return targets_js_1.parsePlatforms; } }));
Object.defineProperty(exports, "TARGETS", ({ enumerable: true, get: function () { return targets_js_1.TARGETS; } }));
Object.defineProperty(exports, "COARSE_TOKENS", ({ enumerable: true, get: function () { return targets_js_1.COARSE_TOKENS; } }));
var python_versions_js_1 = __nccwpck_require__(6516);
Object.defineProperty(exports, "pythonVersionsFilter", ({ enumerable: true, get: function () { return python_versions_js_1.pythonVersionsFilter; } }));
var artifact_names_js_1 = __nccwpck_require__(6121);
Object.defineProperty(exports, "forbiddenArtifactCharacter", ({ enumerable: true, get: function () { return artifact_names_js_1.forbiddenArtifactCharacter; } }));
var jobs_js_1 = __nccwpck_require__(9994);
Object.defineProperty(exports, "GROUPINGS", ({ enumerable: true, get: function () { return jobs_js_1.GROUPINGS; } }));
var plan_js_1 = __nccwpck_require__(725);
Object.defineProperty(exports, "planBuild", ({ enumerable: true, get: function () { return plan_js_1.planBuild; } }));
var expected_js_1 = __nccwpck_require__(8506);
Object.defineProperty(exports, "EXPECTED_FORMAT", ({ enumerable: true, get: function () { return expected_js_1.EXPECTED_FORMAT; } }));
Object.defineProperty(exports, "matchesExpectedPattern", ({ enumerable: true, get: function () { return expected_js_1.matchesExpectedPattern; } }));
Object.defineProperty(exports, "parseExpected", ({ enumerable: true, get: function () { return expected_js_1.parseExpected; } }));


/***/ }),

/***/ 9994:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GROUPINGS = void 0;
exports.wheelJobs = wheelJobs;
exports.fitJobs = fitJobs;
/**
 * Turning selected identifiers into jobs: one per target (as cibuildwheel runs), per target and Python, or
 * per identifier; regrouped coarser when there are more than max-jobs.
 */
const data_js_1 = __nccwpck_require__(2508);
const identifiers_js_1 = __nccwpck_require__(9886);
const errors_js_1 = __nccwpck_require__(8849);
/** From finest to coarsest. */
exports.GROUPINGS = ['identifier', 'python', 'platform'];
function wheelJob(target, identifiers, name, artifactName) {
    const archs = data_js_1.PLATFORM_ARCHS[target.platform].filter((arch) => identifiers.some((id) => target.platform === 'pyodide' || (0, identifiers_js_1.archOf)(id) === arch));
    return {
        kind: 'wheels',
        name,
        artifactName,
        target,
        platform: target.platform,
        archs,
        builds: identifiers,
    };
}
function groupsBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const group = groups.get(key(item));
        if (group)
            group.push(item);
        else
            groups.set(key(item), [item]);
    }
    return groups;
}
/** The wheel jobs for `groupBy`, in target order then cibuildwheel's order. */
function wheelJobs(selections, groupBy, prefix) {
    return selections.flatMap(({ target, identifiers }) => {
        if (identifiers.length === 0)
            return [];
        if (groupBy === 'platform')
            return [wheelJob(target, identifiers, target.token, `${prefix}${target.token}`)];
        if (groupBy === 'identifier')
            return identifiers.map((id) => wheelJob(target, [id], id, `${prefix}${id}`));
        return [...groupsBy(identifiers, identifiers_js_1.interpreterOf)].map(([python, ids]) => wheelJob(target, ids, `${target.token} ${python}`, `${prefix}${target.token}-${python}`));
    });
}
/** The jobs with the requested grouping, or the finest coarser one that fits max-jobs. */
function fitJobs(selections, requested, options) {
    const { maxJobs, otherJobs, prefix } = options;
    const wanted = wheelJobs(selections, requested, prefix);
    for (const groupBy of exports.GROUPINGS.slice(exports.GROUPINGS.indexOf(requested))) {
        const jobs = groupBy === requested ? wanted : wheelJobs(selections, groupBy, prefix);
        if (jobs.length + otherJobs <= maxJobs) {
            const note = groupBy === requested
                ? null
                : `group-by ${requested} makes ${wanted.length + otherJobs} jobs, more than max-jobs ${maxJobs}: grouped by ${groupBy} instead (${jobs.length + otherJobs} jobs)`;
            return { groupBy, jobs, note };
        }
    }
    const coarsest = wheelJobs(selections, 'platform', prefix).length + otherJobs;
    throw new errors_js_1.PlanError(`the plan needs ${coarsest} jobs even grouped by platform, more than max-jobs ${maxJobs}: raise max-jobs (GitHub runs up to 256 per matrix) or plan fewer platforms`);
}


/***/ }),

/***/ 725:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planBuild = planBuild;
const artifact_names_js_1 = __nccwpck_require__(6121);
const errors_js_1 = __nccwpck_require__(8849);
const expected_js_1 = __nccwpck_require__(8506);
const jobs_js_1 = __nccwpck_require__(9994);
const project_files_js_1 = __nccwpck_require__(1813);
const pure_js_1 = __nccwpck_require__(6986);
const python_versions_js_1 = __nccwpck_require__(6516);
const select_targets_js_1 = __nccwpck_require__(3729);
const FILTER_ORDER = ['archs', 'requires-python', 'enable', 'build', 'skip', 'python-versions'];
function stageAt(stages, filter) {
    const index = FILTER_ORDER.indexOf(filter);
    return [...stages].reverse().find((stage) => FILTER_ORDER.indexOf(stage.filter) <= index);
}
/** The filter after which nothing was left across `targets`, described with the settings that made it. */
function lastFilter(targets) {
    let before = 0;
    for (const filter of FILTER_ORDER) {
        const stages = targets.map((t) => stageAt(t.stages, filter));
        const total = stages.reduce((sum, stage) => sum + (stage?.remaining.length ?? 0), 0);
        if (total === 0) {
            const descriptions = [
                ...new Set(targets.flatMap((t) => t.stages.filter((s) => s.filter === filter).map((s) => s.description))),
            ];
            const tokens = targets.map((t) => t.target.token).join(', ');
            if (filter === 'archs')
                return descriptions.join('; ');
            return `${descriptions.join('; ')} removed the last ${before} identifier${before === 1 ? '' : 's'} (${tokens})`;
        }
        before = total;
    }
    return 'nothing was removed';
}
function pureDecision(request) {
    if (request.pure === 'auto')
        return { ...(0, pure_js_1.detectPure)(request.files), decidedBy: 'detection' };
    return {
        pure: request.pure,
        reason: request.pure ? 'the pure input says so' : 'the pure input says the project has compiled code',
        decidedBy: 'input',
    };
}
function sdistJob(prefix) {
    return {
        kind: 'sdist',
        name: 'sdist',
        artifactName: `${prefix}sdist`,
        target: null,
        platform: null,
        archs: [],
        builds: ['sdist'],
    };
}
function pureJob(prefix, sdist) {
    const builds = sdist ? ['sdist', 'wheel'] : ['wheel'];
    const name = sdist ? 'pure-python wheel and sdist' : 'pure-python wheel';
    return {
        kind: 'pure',
        name,
        artifactName: `${prefix}pure`,
        target: null,
        platform: null,
        archs: [],
        builds,
    };
}
function emptyTargetNotes(selection, request) {
    const notes = [];
    const warnings = [];
    for (const target of selection.flatMap((p) => p.targets)) {
        if (target.identifiers.length > 0)
            continue;
        const line = `${target.target.token}: no job, ${lastFilter([target])}`;
        if (request.platforms.named.has(target.target.token))
            warnings.push(line);
        else
            notes.push(line);
    }
    return { notes, warnings };
}
/** Plans the release's jobs; throws a PlanError naming the setting to change when it cannot. */
function planBuild(request) {
    (0, artifact_names_js_1.checkArtifactPrefix)(request.artifactPrefix);
    const prefix = request.artifactPrefix;
    const project = (0, expected_js_1.expectedProjectName)((0, project_files_js_1.declaredName)(request.files));
    const pure = pureDecision(request);
    const base = { pure, project, prefix };
    if (pure.pure)
        return purePlan(request, base);
    const extra = (0, python_versions_js_1.pythonVersionsFilter)(request.pythonVersions);
    const selection = (0, select_targets_js_1.selectTargets)(request.files, request.env, request.platforms, extra ? [extra] : []);
    const targets = selection.flatMap((p) => p.targets);
    if (targets.every((t) => t.identifiers.length === 0))
        throw new errors_js_1.PlanError(`nothing to build: ${lastFilter(targets)}`);
    const others = request.sdist ? [sdistJob(prefix)] : [];
    const fitted = (0, jobs_js_1.fitJobs)(targets, request.groupBy, {
        maxJobs: request.maxJobs,
        otherJobs: others.length,
        prefix,
    });
    const jobs = [...others, ...fitted.jobs];
    (0, artifact_names_js_1.checkUniqueArtifacts)(jobs.map((job) => job.artifactName));
    const { notes, warnings } = emptyTargetNotes(selection, request);
    return {
        jobs,
        groupBy: fitted.groupBy,
        pure,
        selection,
        sdistArtifactName: request.sdist ? `${prefix}sdist` : null,
        expected: {
            format: expected_js_1.EXPECTED_FORMAT,
            project,
            pure: false,
            sdist: request.sdist ? { artifact: `${prefix}sdist`, pattern: (0, expected_js_1.sdistPattern)(project) } : null,
            jobs: fitted.jobs.map((job) => ({
                name: job.name,
                artifact: job.artifactName,
                wheels: job.builds.map((id) => (0, expected_js_1.expectedWheel)(project, id)),
            })),
        },
        notes: [...(fitted.note ? [fitted.note] : []), ...notes],
        warnings: [...selection.flatMap((p) => p.warnings), ...warnings],
    };
}
function purePlan(request, base) {
    const job = pureJob(base.prefix, request.sdist);
    return {
        jobs: [job],
        groupBy: request.groupBy,
        pure: base.pure,
        selection: [],
        sdistArtifactName: request.sdist ? job.artifactName : null,
        expected: {
            format: expected_js_1.EXPECTED_FORMAT,
            project: base.project,
            pure: true,
            sdist: request.sdist ? { artifact: job.artifactName, pattern: (0, expected_js_1.sdistPattern)(base.project) } : null,
            jobs: [{ name: job.name, artifact: job.artifactName, wheels: [(0, expected_js_1.expectedPureWheel)(base.project)] }],
        },
        notes: [],
        warnings: [],
    };
}


/***/ }),

/***/ 1813:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readProjectFiles = readProjectFiles;
exports.declaredRequiresPython = declaredRequiresPython;
exports.declaredName = declaredName;
/** The project files planning reads: pyproject.toml (parsed), setup.cfg and setup.py, and what they declare. */
const smol_toml_1 = __nccwpck_require__(7106);
const errors_js_1 = __nccwpck_require__(8849);
const setup_cfg_js_1 = __nccwpck_require__(2204);
const setup_py_js_1 = __nccwpck_require__(855);
/** Reads the project files; a malformed pyproject.toml is a PlanError naming the line. */
function readProjectFiles(source) {
    const pyprojectText = source.read('pyproject.toml');
    const files = {
        source,
        pyproject: pyprojectText === null ? null : parsePyproject(pyprojectText),
        setupCfg: source.read('setup.cfg'),
        setupPy: source.read('setup.py'),
    };
    if (files.pyproject === null && files.setupCfg === null && files.setupPy === null) {
        throw new errors_js_1.PlanError(`${source.label} has no pyproject.toml, setup.cfg or setup.py: point project-dir at the Python project`);
    }
    return files;
}
function parsePyproject(text) {
    try {
        return (0, smol_toml_1.parse)(text);
    }
    catch (error) {
        const where = error instanceof smol_toml_1.TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error.message.split('\n')[0] ?? '';
        throw new errors_js_1.PlanError(`pyproject.toml is not valid TOML${where} (${reason}); fix the file`);
    }
}
// str() of a TOML value, as Python prints it: cibuildwheel passes str(requires-python) to SpecifierSet.
function pythonStr(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
function setupCfg(files) {
    if (files.setupCfg === null)
        return null;
    try {
        return (0, setup_cfg_js_1.parseSetupCfg)(files.setupCfg);
    }
    catch (error) {
        if (error instanceof setup_cfg_js_1.SetupCfgError)
            throw new errors_js_1.PlanError(`${error.message}; fix the file`);
        throw error;
    }
}
function setupCfgValue(files, section, option) {
    const config = setupCfg(files);
    if (config === null)
        return undefined;
    try {
        return (0, setup_cfg_js_1.setupCfgOption)(config, section, option);
    }
    catch (error) {
        if (error instanceof setup_cfg_js_1.SetupCfgError)
            throw new errors_js_1.PlanError(`${error.message}; fix the file`);
        throw error;
    }
}
/**
 * requires-python as cibuildwheel finds it: `[project] requires-python`, else setup.cfg
 * `[options] python_requires`, else a literal `python_requires=` in setup.py's setup() call; null if none.
 */
function declaredRequiresPython(files) {
    const project = files.pyproject?.['project'];
    if (typeof project === 'object' && project !== null && !Array.isArray(project)) {
        const value = project['requires-python'];
        if (value !== undefined)
            return { value: pythonStr(value), source: 'pyproject.toml [project] requires-python' };
    }
    if (files.setupCfg !== null) {
        const value = setupCfgValue(files, 'options', 'python_requires');
        if (value !== undefined)
            return { value, source: 'setup.cfg [options] python_requires' };
    }
    const fromSetupPy = files.setupPy === null ? null : (0, setup_py_js_1.setupPyKeyword)(files.setupPy, 'python_requires');
    return fromSetupPy ? { value: fromSetupPy, source: 'setup.py python_requires' } : null;
}
/** The distribution name from `[project] name`, setup.cfg `[metadata] name` or setup.py's `name=`; null if dynamic. */
function declaredName(files) {
    const project = files.pyproject?.['project'];
    if (typeof project === 'object' && project !== null) {
        const name = project['name'];
        if (typeof name === 'string' && name !== '')
            return name;
    }
    try {
        const fromCfg = setupCfgValue(files, 'metadata', 'name');
        if (fromCfg)
            return fromCfg;
    }
    catch {
        // A setup.cfg that cannot be read names nothing; requires-python reports the problem.
    }
    return files.setupPy === null ? null : (0, setup_py_js_1.setupPyKeyword)(files.setupPy, 'name');
}


/***/ }),

/***/ 6986:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageDirs = packageDirs;
exports.detectPure = detectPure;
/**
 * Whether a project builds compiled code (platform wheels) or one pure-Python `py3-none-any` wheel, found
 * without building: the build backend and its settings, setup.py's extension arguments, and compiled
 * sources (C, C++, Cython, Rust, Fortran) in the package directories.
 */
const options_js_1 = __nccwpck_require__(1324);
const COMPILED_BACKENDS = [
    [/^scikit_build_core\b/, 'scikit-build-core'],
    [/^mesonpy$/, 'meson-python'],
    [/^maturin$/, 'maturin'],
    [/^sipbuild\.api$/, 'sip'],
    [/^py_build_cmake\b/, 'py-build-cmake'],
];
const SETUP_PY_MARKERS = [
    [/\bext_modules\b/, 'ext_modules'],
    [/\bExtension\s*\(/, 'Extension()'],
    [/\bcythonize\s*\(/, 'cythonize()'],
    [/\bcffi_modules\b/, 'cffi_modules'],
    [/\brust_extensions\b/, 'rust_extensions'],
    [/\b(from|import)\s+skbuild\b/, 'scikit-build'],
];
const SOURCE_KINDS = [
    [/\.c$/i, 'C'],
    [/\.(cc|cpp|cxx|c\+\+)$/i, 'C++'],
    [/\.pyx$/i, 'Cython'],
    [/\.rs$/i, 'Rust'],
    [/\.(f|f90|f95|for)$/i, 'Fortran'],
];
// Build hooks that only write files a pure wheel also has.
const PURE_HATCH_HOOKS = new Set(['vcs', 'jupyter-builder']);
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.tox',
    '.nox',
    '.venv',
    'venv',
    'node_modules',
    '__pycache__',
    'build',
    'dist',
    'tests',
    'test',
    'docs',
    'doc',
    'examples',
    'benchmarks',
]);
const MAX_ENTRIES = 20_000;
function table(root, ...path) {
    let node = root;
    for (const key of path)
        node = (0, options_js_1.isTable)(node) ? node[key] : undefined;
    return (0, options_js_1.isTable)(node) ? node : {};
}
function backendEvidence(files) {
    const backend = table(files.pyproject, 'build-system')['build-backend'];
    if (typeof backend !== 'string')
        return [];
    const compiled = COMPILED_BACKENDS.find(([pattern]) => pattern.test(backend));
    if (compiled)
        return [`build backend ${backend} (${compiled[1]})`];
    if (backend === 'hatchling.build') {
        const hooks = [
            ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'hooks')),
            ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'targets', 'wheel', 'hooks')),
        ].filter((hook) => !PURE_HATCH_HOOKS.has(hook));
        return hooks.length > 0 ? [`hatchling build hook ${hooks.join(', ')}`] : [];
    }
    if (backend === 'pdm.backend')
        return pdmEvidence(files);
    if (backend === 'poetry.core.masonry.api') {
        const build = table(files.pyproject, 'tool', 'poetry')['build'];
        return build !== undefined ? ['poetry build script ([tool.poetry] build)'] : [];
    }
    return [];
}
function pdmEvidence(files) {
    const build = table(files.pyproject, 'tool', 'pdm', 'build');
    const evidence = [];
    if (build['run-setuptools'] === true)
        evidence.push('pdm-backend run-setuptools');
    if (build['is-purelib'] === false)
        evidence.push('pdm-backend is-purelib = false');
    const hook = typeof build['custom-hook'] === 'string' ? build['custom-hook'] : 'pdm_build.py';
    if (files.source.read(hook) !== null)
        evidence.push(`pdm-backend build script ${hook}`);
    return evidence;
}
function setuptoolsEvidence(files) {
    const evidence = [];
    if (table(files.pyproject, 'tool', 'setuptools')['ext-modules'] !== undefined) {
        evidence.push('pyproject.toml [tool.setuptools] ext-modules');
    }
    if (Object.keys(table(files.pyproject, 'tool', 'setuptools-rust')).length > 0) {
        evidence.push('pyproject.toml [tool.setuptools-rust]');
    }
    const markers = SETUP_PY_MARKERS.filter(([pattern]) => files.setupPy !== null && pattern.test(files.setupPy));
    if (markers.length > 0)
        evidence.push(`setup.py uses ${markers.map(([, word]) => word).join(', ')}`);
    return evidence;
}
/** Where the importable code lives: src/ if there is one, and top-level directories with an __init__.py. */
function packageDirs(source) {
    const dirs = source.list('').filter((entry) => entry.directory && !SKIPPED_DIRS.has(entry.name));
    return dirs
        .filter((entry) => entry.name === 'src' || source.read(`${entry.name}/__init__.py`) !== null)
        .map((entry) => entry.name);
}
function compiledSources(source) {
    const found = [];
    const pending = [...packageDirs(source)];
    let seen = 0;
    const consider = (path) => {
        if (SOURCE_KINDS.some(([pattern]) => pattern.test(path)))
            found.push(path);
    };
    for (const entry of source.list(''))
        if (!entry.directory)
            consider(entry.name);
    while (pending.length > 0 && seen < MAX_ENTRIES) {
        const dir = pending.shift();
        for (const entry of source.list(dir)) {
            seen++;
            const path = `${dir}/${entry.name}`;
            if (entry.directory && !SKIPPED_DIRS.has(entry.name))
                pending.push(path);
            else if (!entry.directory)
                consider(path);
        }
    }
    return found.sort();
}
function describeSources(paths) {
    const kinds = SOURCE_KINDS.filter(([pattern]) => paths.some((p) => pattern.test(p))).map(([, kind]) => kind);
    const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
    return `${kinds.join('/')} sources ${shown}`;
}
/** Looks for compiled code; a project without any builds one pure wheel. */
function detectPure(files) {
    const evidence = [...backendEvidence(files), ...setuptoolsEvidence(files)];
    const sources = compiledSources(files.source);
    if (sources.length > 0)
        evidence.push(describeSources(sources));
    if (evidence.length > 0)
        return { pure: false, reason: `compiled code: ${evidence.join('; ')}` };
    const backend = table(files.pyproject, 'build-system')['build-backend'];
    const dirs = packageDirs(files.source);
    return {
        pure: true,
        reason: `no compiled code: build backend ${typeof backend === 'string' ? backend : 'setuptools (default)'} builds none, ` +
            `no extension modules in setup.py or pyproject.toml, no C, C++, Cython, Rust or Fortran sources in ${dirs.length > 0 ? dirs.map((d) => `${d}/`).join(' ') : 'the project root'}`,
    };
}


/***/ }),

/***/ 2204:
/***/ ((__unused_webpack_module, exports) => {


/**
 * setup.cfg read the way Python's configparser reads it for cibuildwheel: `[section]` headers, `key = value`
 * or `key: value` (keys lower-cased), indented continuation lines, full-line `#`/`;` comments, `%(name)s`
 * interpolation. A file configparser rejects is an error here too.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SetupCfgError = void 0;
exports.parseSetupCfg = parseSetupCfg;
exports.setupCfgOption = setupCfgOption;
/** A setup.cfg configparser refuses, with the line. */
class SetupCfgError extends Error {
    name = 'SetupCfgError';
}
exports.SetupCfgError = SetupCfgError;
/** Parses setup.cfg text; throws SetupCfgError where configparser raises. */
function parseSetupCfg(text) {
    const sections = new Map([['DEFAULT', new Map()]]);
    const cursor = { section: null, sectionName: '', option: null, indent: Infinity };
    text.split(/\r\n|\r|\n/).forEach((line, index) => readLine(sections, cursor, line, index + 1));
    return sections;
}
function readLine(sections, cursor, line, lineNumber) {
    const stripped = line.trim();
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    if (stripped === '' || comment) {
        // Blank lines belong to a value being continued; comment lines are dropped.
        if (!comment && cursor.section && cursor.option)
            cursor.section.get(cursor.option)?.push('');
        return;
    }
    const indent = line.length - line.trimStart().length;
    if (cursor.section && cursor.option && indent > cursor.indent) {
        cursor.section.get(cursor.option)?.push(stripped);
        return;
    }
    cursor.indent = indent;
    const header = /^\[(.+)\]$/.exec(stripped);
    if (header) {
        openSection(sections, cursor, header[1], lineNumber);
        return;
    }
    if (!cursor.section)
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: no [section] header before it`);
    const option = /^(.*?)\s*([=:])\s*(.*)$/.exec(stripped);
    if (!option || option[1] === '')
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: not "key = value"`);
    const name = option[1].trimEnd().toLowerCase();
    if (cursor.section.has(name)) {
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: ${name} is set twice in [${cursor.sectionName}]`);
    }
    cursor.section.set(name, [option[3].trim()]);
    cursor.option = name;
}
function openSection(sections, cursor, name, lineNumber) {
    if (sections.has(name) && name !== 'DEFAULT') {
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: section [${name}] appears twice`);
    }
    if (!sections.has(name))
        sections.set(name, new Map());
    cursor.section = sections.get(name) ?? null;
    cursor.sectionName = name;
    cursor.option = null;
}
/** `config[section][option]` with configparser's defaults and interpolation; undefined when absent. */
function setupCfgOption(config, section, option) {
    const lines = config.get(section)?.get(option) ?? config.get('DEFAULT')?.get(option);
    if (!config.has(section) || lines === undefined)
        return undefined;
    return interpolate(config, section, lines.join('\n').trimEnd(), 1);
}
function interpolate(config, section, value, depth) {
    if (depth > 10)
        throw new SetupCfgError(`setup.cfg [${section}]: interpolation nested too deeply`);
    return value.replace(/%(%|\((\w+)\)s|.?)/g, (match, what, name) => {
        if (what === '%')
            return '%';
        if (name === undefined)
            throw new SetupCfgError(`setup.cfg [${section}]: '%' must be written '%%' (${match})`);
        const lines = config.get(section)?.get(name.toLowerCase()) ?? config.get('DEFAULT')?.get(name.toLowerCase());
        if (lines === undefined)
            throw new SetupCfgError(`setup.cfg [${section}]: %(${name})s names no option`);
        return interpolate(config, section, lines.join('\n').trimEnd(), depth + 1);
    });
}


/***/ }),

/***/ 855:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Reading a keyword argument of setup() from setup.py without running it, as cibuildwheel reads
 * python_requires (projectfiles.py): only a string literal passed to a call that is itself a statement at
 * the top of the module, or directly inside `if __name__ == "__main__":`, counts; the last one wins. A file
 * that does not tokenize (unclosed bracket or string) gives nothing, as Python's SyntaxError does there.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.setupPyKeyword = setupPyKeyword;
const STRING_START = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const OPEN = '([{';
const CLOSE = ')]}';
const ASSIGNMENT = /^(=|[-+*/%&|^@]=|\/\/=|\*\*=|>>=|<<=)$/;
/** The value of `keyword=` in a top-level call statement of setup.py, or null (see the module comment). */
function setupPyKeyword(source, keyword) {
    const statements = logicalStatements(source);
    if (statements === null)
        return null;
    let found = null;
    let mainIndent = null;
    for (const statement of statements) {
        if (statement.indent === 0) {
            mainIndent = null;
            const body = mainBlockHead(statement.tokens);
            if (body !== null) {
                mainIndent = body.length > 0 ? null : -1;
                found = keywordOfCall(body, keyword) ?? found;
                continue;
            }
            found = keywordOfCall(statement.tokens, keyword) ?? found;
        }
        else if (mainIndent !== null) {
            if (mainIndent === -1)
                mainIndent = statement.indent;
            if (statement.indent === mainIndent)
                found = keywordOfCall(statement.tokens, keyword) ?? found;
        }
    }
    return found;
}
// `if __name__ == "__main__":` (either way round): the tokens after the colon, or null for other lines.
function mainBlockHead(tokens) {
    const [ifToken, left, op, right, colon] = tokens;
    if (ifToken?.text !== 'if' || op?.text !== '==' || colon?.text !== ':')
        return null;
    const isName = (t) => t?.kind === 'name' && t.text === '__name__';
    const isMain = (t) => t?.kind === 'string' && t.value === '__main__';
    if (!((isName(left) && isMain(right)) || (isMain(left) && isName(right))))
        return null;
    return tokens.slice(5);
}
// The statement must be a call (optionally assigned): `setup(...)`, `x = setuptools.setup(...)`.
function keywordOfCall(tokens, keyword) {
    let start = 0;
    let depth = 0;
    tokens.forEach((token, i) => {
        if (token.kind !== 'op')
            return;
        if (OPEN.includes(token.text))
            depth++;
        else if (CLOSE.includes(token.text))
            depth--;
        else if (depth === 0 && ASSIGNMENT.test(token.text))
            start = i + 1;
    });
    const expression = tokens.slice(start);
    if (expression.at(-1)?.text !== ')')
        return null;
    const args = finalCallArguments(expression);
    if (args === null)
        return null;
    let found = null;
    for (const arg of args) {
        const [name, equals, ...rest] = arg;
        if (name?.text !== keyword || equals?.text !== '=')
            continue;
        const value = withoutParentheses(rest);
        if (value.length > 0 && value.every((t) => t.kind === 'string' && typeof t.value === 'string')) {
            found = value.map((t) => t.value).join('');
        }
    }
    return found;
}
// `("a" "b")` is the same constant as `"a" "b"`.
function withoutParentheses(tokens) {
    let inner = tokens;
    while (inner[0]?.text === '(' && inner.at(-1)?.text === ')')
        inner = inner.slice(1, -1);
    return inner;
}
// The comma-separated arguments of the last bracket group, provided the expression is a plain primary
// (names, dots and bracket groups, no operators at the top), which is what makes the call the statement.
function finalCallArguments(expression) {
    let depth = 0;
    let lastOpen = -1;
    for (let i = 0; i < expression.length; i++) {
        const token = expression[i];
        if (token.kind === 'op' && OPEN.includes(token.text)) {
            if (depth === 0)
                lastOpen = i;
            depth++;
        }
        else if (token.kind === 'op' && CLOSE.includes(token.text)) {
            depth--;
        }
        else if (depth === 0 && !(token.kind === 'name' || token.text === '.')) {
            return null;
        }
        if (depth === 0 && ['await', 'not', 'lambda', 'yield'].includes(token.text))
            return null;
    }
    if (lastOpen <= 0 || expression[lastOpen]?.text !== '(')
        return null;
    const args = [[]];
    depth = 0;
    for (const token of expression.slice(lastOpen + 1, -1)) {
        if (token.kind === 'op' && OPEN.includes(token.text))
            depth++;
        if (token.kind === 'op' && CLOSE.includes(token.text))
            depth--;
        if (depth === 0 && token.text === ',')
            args.push([]);
        else
            args.at(-1)?.push(token);
    }
    return args;
}
/** Logical lines split at top-level semicolons, with their indentation; null when brackets or strings do not close. */
function logicalStatements(source) {
    const statements = [];
    let tokens = [];
    let indent = 0;
    let depth = 0;
    let atLineStart = true;
    let i = 0;
    const flush = () => {
        if (tokens.length > 0)
            statements.push({ indent, tokens });
        tokens = [];
    };
    while (i < source.length) {
        const ch = source[i];
        if (atLineStart) {
            const spaces = /^[ \t\f]*/.exec(source.slice(i))?.[0] ?? '';
            indent = spaces.replace(/\t/g, '        ').length;
            i += spaces.length;
            atLineStart = false;
            continue;
        }
        if (ch === '#') {
            while (i < source.length && source[i] !== '\n')
                i++;
        }
        else if (ch === '\\' && /^\\\r?\n/.test(source.slice(i, i + 3))) {
            i += source[i + 1] === '\r' ? 3 : 2;
        }
        else if (ch === '\n' || ch === '\r') {
            i++;
            if (depth === 0) {
                flush();
                atLineStart = true;
            }
        }
        else if (ch === ' ' || ch === '\t' || ch === '\f') {
            i++;
        }
        else if (ch === ';' && depth === 0) {
            flush();
            i++;
        }
        else {
            const token = readToken(source, i);
            if (token === null)
                return null;
            if (token.token.kind === 'op' && OPEN.includes(token.token.text))
                depth++;
            if (token.token.kind === 'op' && CLOSE.includes(token.token.text) && --depth < 0)
                return null;
            tokens.push(token.token);
            i = token.end;
        }
    }
    flush();
    return depth === 0 ? statements : null;
}
function readToken(source, at) {
    const rest = source.slice(at, at + 6);
    const string = STRING_START.exec(rest);
    if (string && (string[1] === '' || /^[a-z]/i.test(source[at]))) {
        const prefix = string[1].toLowerCase();
        return readString(source, at + prefix.length, prefix);
    }
    const name = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(source.slice(at, at + 200));
    if (name)
        return { token: { kind: 'name', text: name[0] }, end: at + name[0].length };
    const number = /^\d[\w.]*/.exec(source.slice(at, at + 100));
    if (number)
        return { token: { kind: 'other', text: number[0] }, end: at + number[0].length };
    const op = /^(\*\*=|\/\/=|>>=|<<=|->|:=|[-+*/%&|^@<>=!]=|\*\*|\/\/|<<|>>|\.\.\.|.)/s.exec(rest);
    const text = op?.[0] ?? source[at];
    return { token: { kind: 'op', text }, end: at + text.length };
}
function readString(source, quoteAt, prefix) {
    const quote = source.startsWith('"""', quoteAt) || source.startsWith("'''", quoteAt)
        ? source.slice(quoteAt, quoteAt + 3)
        : source[quoteAt];
    let i = quoteAt + quote.length;
    let raw = '';
    while (i < source.length) {
        if (source.startsWith(quote, i)) {
            const value = prefix.includes('f') || prefix.includes('b') ? null : prefix.includes('r') ? raw : unescape(raw);
            return {
                token: { kind: 'string', text: source.slice(quoteAt - prefix.length, i + quote.length), value },
                end: i + quote.length,
            };
        }
        const ch = source[i];
        if (quote.length === 1 && ch === '\n')
            return null;
        if (ch === '\\' && i + 1 < source.length) {
            raw += ch + source[i + 1];
            i += 2;
        }
        else {
            raw += ch;
            i++;
        }
    }
    return null;
}
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
function unescape(raw) {
    return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (match, body) => {
        if (body in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[body];
        if (/^[xuU]/.test(body))
            return String.fromCodePoint(parseInt(body.slice(1), 16));
        if (/^[0-7]+$/.test(body))
            return String.fromCodePoint(parseInt(body, 8));
        return match;
    });
}


/***/ }),

/***/ 6457:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.directorySource = directorySource;
exports.memorySource = memorySource;
/** Where a project's files come from: a directory on disk, or (in tests) a map of paths to text. */
const node_fs_1 = __nccwpck_require__(3024);
const node_path_1 = __nccwpck_require__(6760);
/** A project directory on disk. */
function directorySource(root) {
    return {
        label: root,
        read(path) {
            try {
                return (0, node_fs_1.readFileSync)((0, node_path_1.join)(root, path), 'utf8');
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                    return null;
                throw error;
            }
        },
        list(dir) {
            try {
                return (0, node_fs_1.readdirSync)((0, node_path_1.join)(root, dir), { withFileTypes: true }).map((entry) => ({
                    name: entry.name,
                    directory: entry.isDirectory(),
                }));
            }
            catch {
                return [];
            }
        },
    };
}
/** A project given as path → text, for tests and examples. */
function memorySource(files, label = '(memory)') {
    return {
        label,
        read: (path) => files[path] ?? null,
        list(dir) {
            const prefix = dir === '' ? '' : `${dir}/`;
            const entries = new Map();
            for (const path of Object.keys(files)) {
                if (!path.startsWith(prefix))
                    continue;
                const [name, ...rest] = path.slice(prefix.length).split('/');
                if (name)
                    entries.set(name, (entries.get(name) ?? false) || rest.length > 0);
            }
            return [...entries].map(([name, directory]) => ({ name, directory }));
        },
    };
}


/***/ }),

/***/ 6516:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pythonVersionsFilter = pythonVersionsFilter;
/** The `python-versions` shorthand: `3.11 3.12` narrows the plan to those CPythons (`3.14t`: free-threaded only). */
const data_js_1 = __nccwpck_require__(2508);
const identifiers_js_1 = __nccwpck_require__(9886);
const errors_js_1 = __nccwpck_require__(8849);
const CPYTHONS = new Set(data_js_1.PLATFORMS.flatMap((p) => data_js_1.IDENTIFIERS[p].map(identifiers_js_1.interpreterOf)).filter((i) => i.startsWith('cp')));
function known() {
    const minors = [...CPYTHONS].filter((i) => !i.endsWith('t')).map((i) => Number(i.slice(3)));
    return `3.${Math.min(...minors)} to 3.${Math.max(...minors)}`;
}
/** A filter keeping the CPythons named in `text` (spaces or commas); null when `text` is empty. */
function pythonVersionsFilter(text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0)
        return null;
    const interpreters = new Set();
    for (const word of words) {
        const match = /^3\.(\d+)(t?)$/.exec(word);
        const base = match ? `cp3${match[1]}` : '';
        if (!match || !CPYTHONS.has(base + (match[2] ?? ''))) {
            throw new errors_js_1.PlanError(`${JSON.stringify(word)} is not a CPython cibuildwheel 4.2.0 builds; write versions like 3.12 (${known()}), or 3.14t for free-threaded only`);
        }
        interpreters.add(base + match[2]);
        if (match[2] === '' && CPYTHONS.has(`${base}t`))
            interpreters.add(`${base}t`);
    }
    return {
        filter: 'python-versions',
        description: `python-versions ${JSON.stringify(words.join(' '))} (input)`,
        keep: (id) => interpreters.has((0, identifiers_js_1.interpreterOf)(id)),
    };
}


/***/ }),

/***/ 3729:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.selectTargets = selectTargets;
/**
 * Selection for every requested target: each platform's cibuildwheel configuration, the architectures
 * each target builds, and the identifiers cibuildwheel selects for them, stage by stage.
 */
const architectures_js_1 = __nccwpck_require__(6474);
const brace_expand_js_1 = __nccwpck_require__(4982);
const configuration_js_1 = __nccwpck_require__(8016);
const data_js_1 = __nccwpck_require__(2508);
const options_js_1 = __nccwpck_require__(1324);
const selector_checks_js_1 = __nccwpck_require__(123);
const selection_trace_js_1 = __nccwpck_require__(5704);
const errors_js_1 = __nccwpck_require__(8849);
const targets_js_1 = __nccwpck_require__(622);
function checkExpandable(kind, setting) {
    for (const word of setting.value.split(/\s+/).filter(Boolean)) {
        try {
            (0, brace_expand_js_1.expandBraces)(word);
        }
        catch (error) {
            if (error instanceof brace_expand_js_1.BraceExpansionError)
                throw new errors_js_1.PlanError(`${setting.source}: ${kind} selector ${error.message}`);
            throw error;
        }
    }
}
/** The configuration of `platform`, with cibuildwheel's refusals turned into one-line PlanErrors. */
function configurationOf(files, env, platform) {
    let configuration;
    try {
        configuration = (0, configuration_js_1.platformConfiguration)(files, env, platform);
    }
    catch (error) {
        if (error instanceof options_js_1.CibuildwheelConfigError)
            throw new errors_js_1.PlanError(error.message);
        throw error;
    }
    checkExpandable('build', configuration.build);
    checkExpandable('skip', configuration.skip);
    for (const problem of (0, selector_checks_js_1.unmatchedSelectors)('build', configuration.build.value, configuration.enable.groups)) {
        throw new errors_js_1.PlanError(`${configuration.build.source}: ${problem}`);
    }
    return configuration;
}
/** The archs setting resolved on `target`'s machine, refused in one line when it names no architecture. */
function resolvedArchs(configuration, target) {
    const { archs, platform } = configuration;
    try {
        return (0, architectures_js_1.parseArchs)(archs.value, platform, target.machine);
    }
    catch (error) {
        if (!(error instanceof architectures_js_1.ArchitectureError))
            throw error;
        throw new errors_js_1.PlanError(`${archs.source}: archs ${JSON.stringify(archs.value)}: ${error.message.toLowerCase()}; ${platform} has ${data_js_1.PLATFORM_ARCHS[platform].join(', ')}`);
    }
}
/** A target's own architectures that the archs setting keeps (all of them at `auto`). */
function archsOf(configuration, target) {
    const resolved = resolvedArchs(configuration, target);
    if (configuration.archs.value === 'auto')
        return new Set(target.archs);
    return new Set(target.archs.filter((arch) => resolved.has(arch)));
}
/**
 * The architectures of each target of `platform`. With archs at `auto` the tokens decide; otherwise a
 * coarse token builds what cibuildwheel would on each of the platform's native machines (every architecture
 * going to its own target), and a fine token its own architecture when the setting includes it.
 */
function platformArchs(configuration, requested) {
    const { platform, archs } = configuration;
    const targets = requested.targets.filter((t) => t.platform === platform);
    const result = new Map(targets.map((t) => [t, archsOf(configuration, t)]));
    if (archs.value === 'auto' || !requested.coarse.has(platform))
        return result;
    for (const host of targets) {
        for (const arch of resolvedArchs(configuration, host)) {
            const target = (0, targets_js_1.targetForArch)(platform, arch);
            if (!target) {
                throw new errors_js_1.PlanError(`${archs.source}: archs ${JSON.stringify(archs.value)} gives ${arch}, which ${platform} does not build (it has ${data_js_1.PLATFORM_ARCHS[platform].join(', ')}); fix archs`);
            }
            const set = result.get(target) ?? new Set();
            result.set(target, set.add(arch));
        }
    }
    return result;
}
function archsDescription(configuration, target, archs) {
    const built = archs.length > 0 ? archs.join(' ') : 'none of its architectures';
    if (configuration.archs.value === 'auto')
        return `${target.token} builds ${built}`;
    const { value, source } = configuration.archs;
    return `archs ${JSON.stringify(value)} (${source}) gives ${target.token} ${built}`;
}
/** Selection for every requested target, grouped by platform in target order. */
function selectTargets(files, env, requested, extra) {
    const platforms = [...new Set(requested.targets.map((t) => t.platform))];
    return platforms.map((platform) => {
        const configuration = configurationOf(files, env, platform);
        const byTarget = platformArchs(configuration, requested);
        const targets = [...byTarget]
            .sort(([a], [b]) => targets_js_1.TARGETS.indexOf(a) - targets_js_1.TARGETS.indexOf(b))
            .map(([target, archSet]) => {
            const archs = data_js_1.PLATFORM_ARCHS[platform].filter((arch) => archSet.has(arch));
            const stages = (0, selection_trace_js_1.traceSelection)(configuration, new Set(archs), target.machine, extra, archsDescription(configuration, target, archs));
            return { target, archs, stages, identifiers: stages.at(-1)?.remaining ?? [] };
        });
        const warnings = (0, selector_checks_js_1.unmatchedSelectors)('skip', configuration.skip.value, configuration.enable.groups).map((problem) => `${configuration.skip.source}: ${problem}; it has no effect`);
        return { configuration, targets, warnings };
    });
}


/***/ }),

/***/ 622:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COARSE_TOKENS = exports.TARGETS = void 0;
exports.targetByToken = targetByToken;
exports.targetForArch = targetForArch;
exports.parsePlatforms = parsePlatforms;
const data_js_1 = __nccwpck_require__(2508);
const validate_config_js_1 = __nccwpck_require__(9661);
const errors_js_1 = __nccwpck_require__(8849);
const LINUX_X86 = { os: 'linux', machine: 'x86_64' };
const MAC_ARM = { os: 'macos', machine: 'arm64' };
const WINDOWS_X64 = { os: 'windows', machine: 'AMD64' };
function target(token, platform, archs, machine, emulated = false) {
    return { token, platform, archs, machine, emulated };
}
/** Every target, in the order jobs are listed. */
exports.TARGETS = [
    target('linux-x86_64', 'linux', ['x86_64'], LINUX_X86),
    target('linux-aarch64', 'linux', ['aarch64'], { os: 'linux', machine: 'aarch64' }),
    target('linux-i686', 'linux', ['i686'], LINUX_X86),
    target('linux-ppc64le', 'linux', ['ppc64le'], LINUX_X86, true),
    target('linux-s390x', 'linux', ['s390x'], LINUX_X86, true),
    target('linux-riscv64', 'linux', ['riscv64'], LINUX_X86, true),
    target('linux-armv7l', 'linux', ['armv7l'], LINUX_X86, true),
    target('macos-arm64', 'macos', ['arm64'], MAC_ARM),
    target('macos-x86_64', 'macos', ['x86_64'], { os: 'macos', machine: 'x86_64' }),
    target('macos-universal2', 'macos', ['universal2'], MAC_ARM),
    target('windows-amd64', 'windows', ['AMD64'], WINDOWS_X64),
    target('windows-arm64', 'windows', ['ARM64'], { os: 'windows', machine: 'ARM64' }),
    target('windows-x86', 'windows', ['x86'], WINDOWS_X64),
    target('pyodide', 'pyodide', data_js_1.PLATFORM_ARCHS.pyodide, LINUX_X86),
    target('ios', 'ios', data_js_1.PLATFORM_ARCHS.ios, MAC_ARM),
    target('android', 'android', data_js_1.PLATFORM_ARCHS.android, LINUX_X86),
];
/** Coarse tokens: a platform's targets that have native GitHub-hosted machines. */
exports.COARSE_TOKENS = {
    linux: ['linux-x86_64', 'linux-aarch64'],
    macos: ['macos-arm64', 'macos-x86_64'],
    windows: ['windows-amd64', 'windows-arm64'],
};
/** The target of a fine token (case-insensitive), or undefined. */
function targetByToken(token) {
    return exports.TARGETS.find((t) => t.token === token.toLowerCase());
}
/** The target that builds `arch` on `platform`, or undefined when there is none. */
function targetForArch(platform, arch) {
    return exports.TARGETS.find((t) => t.platform === platform && t.archs.includes(arch));
}
/** Parses the space- or comma-separated tokens; throws a PlanError naming an unknown one and the choices. */
function parsePlatforms(text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0)
        throw new errors_js_1.PlanError('names no platform; use e.g. "linux macos windows"');
    const coarse = new Set();
    const tokens = new Set();
    const named = new Set();
    for (const word of words) {
        const lower = word.toLowerCase();
        const expansion = exports.COARSE_TOKENS[lower];
        if (expansion) {
            coarse.add(lower);
            for (const token of expansion)
                tokens.add(token);
            continue;
        }
        const fine = targetByToken(lower);
        if (!fine)
            throw unknownToken(word);
        if (fine.archs.length > 1)
            coarse.add(fine.platform);
        tokens.add(fine.token);
        named.add(fine.token);
    }
    return { coarse, targets: exports.TARGETS.filter((t) => tokens.has(t.token)), named };
}
function unknownToken(word) {
    const known = [...Object.keys(exports.COARSE_TOKENS), ...exports.TARGETS.map((t) => t.token)];
    const guess = (0, validate_config_js_1.closestName)(word.toLowerCase(), known);
    return new errors_js_1.PlanError(`unknown platform ${JSON.stringify(word)}${guess ? ` (did you mean ${guess}?)` : ''}; the platforms are ${known.join(', ')}`);
}


/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 7106:
/***/ ((__unused_webpack_module, exports) => {

/*!
* Copyright (c) Squirrel Chat et al., All rights reserved.
* SPDX-License-Identifier: BSD-3-Clause
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are met:
*
* 1. Redistributions of source code must retain the above copyright notice, this
*    list of conditions and the following disclaimer.
* 2. Redistributions in binary form must reproduce the above copyright notice,
*    this list of conditions and the following disclaimer in the
*    documentation and/or other materials provided with the distribution.
* 3. Neither the name of the copyright holder nor the names of its contributors
*    may be used to endorse or promote products derived from this software without
*    specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
* ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
* WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
* DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
* FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
* DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
* SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
* CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
* OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
*/

Object.defineProperties(exports, {
	__esModule: { value: true },
	[Symbol.toStringTag]: { value: "Module" }
});
//#region src/error.ts
function getLineColFromPtr(string, ptr) {
	let lines = string.slice(0, ptr).split(/\r?\n/);
	return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
	let lines = string.split(/\r?\n/);
	let codeblock = "";
	let numberLen = (Math.log10(line + 1) | 0) + 1;
	for (let i = line - 1; i <= line + 1; i++) {
		let l = lines[i - 1];
		if (!l) continue;
		codeblock += i.toString().padEnd(numberLen, " ");
		codeblock += ":  ";
		codeblock += l;
		codeblock += "\n";
		if (i === line) {
			codeblock += " ".repeat(numberLen + column + 2);
			codeblock += "^\n";
		}
	}
	return codeblock;
}
var TomlError = class TomlError extends Error {
	line;
	column;
	codeblock;
	constructor(message, options) {
		const [line, column] = getLineColFromPtr(options.toml, options.ptr);
		const codeblock = makeCodeBlock(options.toml, line, column);
		super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
		this.line = line;
		this.column = column;
		this.codeblock = codeblock;
	}
	/** @internal */
	static x(message, ctx, ptr) {
		throw new TomlError(message, {
			toml: ctx.s,
			ptr: ptr ?? ctx.p
		});
	}
};
//#endregion
//#region src/primitive.ts
/** @internal */
function parseString(ctx) {
	let startPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p++);
	let first = c;
	let isLiteral = c === 39;
	let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
	if (isMultiline) {
		if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10) ctx.p++;
		else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) ctx.p += 2;
	}
	let parsed = "";
	let sliceStart = ctx.p;
	let state = 0;
	for (; ctx.p < ctx.s.length; ctx.p++) {
		c = ctx.s.charCodeAt(ctx.p);
		if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) state = state && 3;
		else if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in strings", ctx);
		else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
			if (isMultiline) {
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
				if (ctx.s.charCodeAt(ctx.p + 3) === first) ctx.p++;
			}
			if (!state) {
				let s = ctx.s.slice(sliceStart, ctx.p);
				parsed = parsed ? parsed + s : s;
			}
			ctx.p += isMultiline ? 3 : 1;
			return parsed;
		} else if (!state) {
			if (!isLiteral && c === 92) {
				parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
				state = 1;
			}
		} else if (state === 1) {
			if (c === 120 || c === 117 || c === 85) {
				let errPtr = ctx.p++ - 1;
				let value = 0;
				let len = c === 120 ? 2 : c === 117 ? 4 : 8;
				for (let j = 0; j < len; j++, ctx.p++) {
					let hex = ctx.s.charCodeAt(ctx.p);
					let digit = hex >= 48 && hex <= 57 ? hex - 48 : hex >= 65 && hex <= 70 ? hex - 65 + 10 : hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1;
					if (digit < 0) TomlError.x("invalid non-hex character in unicode escape", ctx);
					value = value << 4 | digit;
				}
				if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) TomlError.x("invalid unicode escape", ctx, errPtr);
				parsed += String.fromCodePoint(value);
				sliceStart = ctx.p--;
				state = 0;
			} else if (isMultiline && (c === 32 || c === 9)) state = 2;
			else {
				if (c === 98) parsed += "\b";
				else if (c === 116) parsed += "	";
				else if (c === 110) parsed += "\n";
				else if (c === 102) parsed += "\f";
				else if (c === 114) parsed += "\r";
				else if (c === 101) parsed += "\x1B";
				else if (c === 34) parsed += "\"";
				else if (c === 92) parsed += "\\";
				else TomlError.x("unrecognised escape sequence", ctx);
				sliceStart = ctx.p + 1;
				state = 0;
			}
		} else if (c !== 32 && c !== 9) {
			if (state === 2) TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
			state = !isLiteral && c === 92 ? 1 : 0;
			sliceStart = ctx.p;
		}
	}
	TomlError.x("unfinished string", ctx, startPtr);
}
//#endregion
//#region src/date.ts
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class TomlDate extends Date {
	#hasDate = false;
	#hasTime = false;
	#offset = null;
	constructor(date, fasttype, unsafeDelim) {
		let hasDate = true;
		let hasTime = true;
		let offset = "Z";
		let c;
		if (typeof date === "string") {
			if (fasttype) prep: {
				if (fasttype < 3) {
					if (+date.slice(11, 13) > 23) {
						date = "";
						break prep;
					}
					if (fasttype === 2) {
						offset = null;
						date += "Z";
					} else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) offset = date.slice(date.length - 6);
					if (unsafeDelim) date = date.slice(0, 10) + "T" + date.slice(11);
				} else if (fasttype === 4) date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
				hasDate = fasttype !== 4;
				hasTime = fasttype !== 3;
			}
			else {
				let match = date.match(DATE_TIME_RE);
				if (match) {
					if (!match[1]) {
						hasDate = false;
						date = `0000-01-01T${date}`;
					}
					hasTime = !!match[2];
					hasTime && date[10] === " " && (date = date.replace(" ", "T"));
					if (match[2] && +match[2] > 23) date = "";
					else {
						offset = match[3] || null;
						if (!offset && hasTime) date += "Z";
					}
				} else date = "";
			}
		}
		super(date);
		if (!isNaN(this.getTime())) {
			this.#hasDate = hasDate;
			this.#hasTime = hasTime;
			this.#offset = offset;
		}
	}
	isDateTime() {
		return this.#hasDate && this.#hasTime;
	}
	isLocal() {
		return !this.#hasDate || !this.#hasTime || !this.#offset;
	}
	isDate() {
		return this.#hasDate && !this.#hasTime;
	}
	isTime() {
		return this.#hasTime && !this.#hasDate;
	}
	isValid() {
		return this.#hasDate || this.#hasTime;
	}
	toISOString() {
		let iso = super.toISOString();
		if (this.isDate()) return iso.slice(0, 10);
		if (this.isTime()) return iso.slice(11, 23);
		if (this.#offset === null) return iso.slice(0, -1);
		if (this.#offset === "Z" || this.#offset === "z") return iso;
		let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
		offset = this.#offset[0] === "-" ? offset : -offset;
		return (/* @__PURE__ */ new Date(this.getTime() - offset * 6e4)).toISOString().slice(0, -1) + this.#offset;
	}
	static wrapAsOffsetDateTime(jsDate, offset = "Z") {
		let date = new TomlDate(jsDate);
		date.#offset = offset;
		return date;
	}
	static wrapAsLocalDateTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#offset = null;
		return date;
	}
	static wrapAsLocalDate(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasTime = false;
		date.#offset = null;
		return date;
	}
	static wrapAsLocalTime(jsDate) {
		let date = new TomlDate(jsDate);
		date.#hasDate = false;
		date.#offset = null;
		return date;
	}
};
//#endregion
//#region src/extract.ts
function isDigit(char, base = 10) {
	return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
	return char === 32 || char === 9 || char === 10 || char === 13 || delim && (char === delim || char === 44) || char === 35;
}
/** @internal */
function extractValue(ctx, end) {
	let errPtr = ctx.p;
	let c = ctx.s.charCodeAt(ctx.p);
	if (c === 91 || c === 123) {
		ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
		let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
		ctx.d++;
		return value;
	}
	if (c === 34 || c === 39) return parseString(ctx);
	if (c === 116) {
		if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, true;
	}
	if (c === 102) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) TomlError.x("invalid value", ctx, errPtr);
		return ctx.p++, false;
	}
	if (c === 43 || c === 45) return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
	if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) return parseDate(ctx, c, end);
	if (ctx.s.charCodeAt(ctx.p + 2) === 58) return parseTime(ctx, c, end);
	return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
	let c = startChr;
	let state = 0;
	let hasUnderscores = false;
	if (c === 105) {
		if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, (sign || 1) / 0;
	}
	if (c === 110) {
		if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) TomlError.x("invalid value", ctx, startPtr);
		return ctx.p++, NaN;
	}
	if (c === 48) {
		if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr)) return ctx.bi === true ? 0n : 0;
		if (!sign) {
			if (c === 120) return parseIntegerBaseN(ctx, startPtr, 16, endChr);
			else if (c === 98) return parseIntegerBaseN(ctx, startPtr, 2, endChr);
			else if (c === 111) return parseIntegerBaseN(ctx, startPtr, 8, endChr);
		}
		if (c === 46) state = 2;
		else if (c === 101 || c === 69) state = 4;
		else TomlError.x("illegal leading zero", ctx, startPtr);
	} else if (!isDigit(c)) TomlError.x("invalid value", ctx, startPtr);
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
		if (!state) state = 1;
		if (c === 95) {
			if (!(state & 1)) TomlError.x("illegal underscore", ctx);
			state += 11;
			hasUnderscores = true;
		} else if (state === 1 && c === 46) state = 2;
		else if ((state === 1 || state === 3) && (c === 101 || c === 69)) state = 4;
		else if (state === 4 && (c === 43 || c === 45)) state = 6;
		else if (!isDigit(c)) TomlError.x(`illegal character in numeric literal`, ctx);
		else if (state > 9) state -= 11;
		else if (!(state & 1)) state++;
	}
	if (!state) {
		let val = (startChr - 48) * (sign || 1);
		return ctx.bi === true ? BigInt(val) : val;
	}
	if (!(state & 1)) TomlError.x("unfinished numeric value", ctx, startPtr);
	let str = ctx.s.slice(startPtr, ctx.p);
	if (hasUnderscores) str = str.replaceAll("_", "");
	return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
	let c, underscore = 1;
	while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) if (c === 95) {
		if (underscore & 1) TomlError.x("illegal underscore", ctx);
		underscore = 3;
	} else if (!isDigit(c, base)) TomlError.x(`illegal character in numeric literal`, ctx);
	else if (underscore & 1) underscore--;
	if (underscore & 1) TomlError.x("unfinished numeric value", ctx);
	let str = ctx.s.slice(startPtr + 2, ctx.p);
	if (underscore) str = str.replaceAll("_", "");
	return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
	if (ctx.bi !== true) int: {
		let val = parseInt(str, base);
		if (!Number.isSafeInteger(val)) {
			if (ctx.bi) break int;
			TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
		}
		return val;
	}
	return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
	let startPtr = ctx.p++, unsafeSeparator;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
	ctx.p += 5;
	if (!isDigit(ctx.s.charCodeAt(ctx.p++))) TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
	if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 3, false, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) !== 58) TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
	if (ctx.s.charCodeAt(ctx.p += 3) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	if (c = ctx.s.charCodeAt(ctx.p)) {
		if (c === 90 || c === 122) return readDate(ctx, ctx.s.slice(startPtr, ++ctx.p), 1, unsafeSeparator, startPtr, "[+00:00]");
		if (c === 43 || c === 45) return readDate(ctx, ctx.s.slice(startPtr, ctx.p += 6), 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
	}
	return readDate(ctx, ctx.s.slice(startPtr, ctx.p), 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
	let start = ctx.p;
	if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) return parseNumber(ctx, --ctx.p, c, 0, endChr);
	if (ctx.s.charCodeAt(ctx.p += 4) === 58) ctx.p += 3;
	if (ctx.s.charCodeAt(ctx.p) === 46) while (isDigit(ctx.s.charCodeAt(++ctx.p)));
	return readDate(ctx, ctx.s.slice(start, ctx.p), 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
	if (ctx.ld) {
		let date = new TomlDate(str, type, unsafeDelim);
		if (!date.isValid()) TomlError.x("invalid date", ctx, errPtr);
		return date;
	}
	try {
		if (temporalSuffix) str += temporalSuffix;
		switch (type) {
			case 1: return Temporal.ZonedDateTime.from(str);
			case 2: return Temporal.PlainDateTime.from(str);
			case 3: return Temporal.PlainDate.from(str);
			case 4: return Temporal.PlainTime.from(str);
		}
	} catch (e) {
		TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
	}
}
//#endregion
//#region src/util.ts
/** @internal */
function skipComment(ctx) {
	for (; ctx.p < ctx.s.length; ctx.p++) {
		let c = ctx.s.charCodeAt(ctx.p);
		if (c === 10) break;
		if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
			ctx.p++;
			break;
		}
		if (c < 32 && c !== 9 || c === 127) TomlError.x("control characters are not allowed in comments", ctx);
	}
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
	let c;
	while (ctx.p < ctx.s.length) {
		while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))) ctx.p++;
		if (banComments || c !== 35) break;
		skipComment(ctx);
	}
}
//#endregion
//#region src/struct.ts
/** @internal */
function parseKey(ctx, end = 61) {
	let startPtr;
	let state = 0;
	let parsed = [];
	let sliceStart;
	let c = ctx.s.charCodeAt(startPtr = ctx.p);
	do
		if (c === end) {
			if (!state) TomlError.x("unexpected end of key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			return ctx.p++, parsed;
		} else if (c === 46) {
			if (!state) TomlError.x("illegal empty bare key", ctx);
			if (state === 1) parsed.push(ctx.s.slice(sliceStart, ctx.p));
			state = 0;
		} else if (!state && (c === 34 || c === 39)) {
			if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2)) TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
			parsed.push(parseString(ctx));
			state = 2;
			ctx.p--;
		} else if (c === 32 || c === 9) {
			if (state === 1) {
				parsed.push(ctx.s.slice(sliceStart, ctx.p));
				state = 2;
			}
		} else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) TomlError.x("illegal character in key", ctx);
		else if (!state) {
			state = 1;
			sliceStart = ctx.p;
		}
	while (c = ctx.s.charCodeAt(++ctx.p));
	TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
	let startPtr = ctx.p++;
	let res = Object.create(null);
	let seen = /* @__PURE__ */ new Set();
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
			ctx.p++;
			return res;
		}
		let k;
		let t = res;
		let hasOwn = false;
		let errPtr = ctx.p;
		let key = parseKey(ctx);
		for (let i = 0; i < key.length; i++) {
			if (i) t = hasOwn ? t[k] : t[k] = Object.create(null);
			k = key[i];
			if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) {
				t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
				break;
			}
			if (!hasOwn && unsafe) Object.defineProperty(t, k, {
				enumerable: true,
				configurable: true,
				writable: true
			});
		}
		if (hasOwn) TomlError.x("trying to redefine an already defined value", ctx, errPtr);
		skipVoid(ctx, true, true);
		let value = extractValue(ctx, 125);
		if (t && typeof (t[k] = value) === "object") seen.add(value);
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished table", ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
	let startPtr = ctx.p++;
	let res = [];
	let c;
	while (ctx.p < ctx.s.length) {
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
			ctx.p++;
			return res;
		}
		res.push(extractValue(ctx, 93));
		skipVoid(ctx);
		if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) return res;
		if (c !== 44) TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
	}
	TomlError.x("unfinished array", ctx, startPtr);
}
//#endregion
//#region src/parse.ts
function peekTable(ctx, key, table, meta, type) {
	let t = table;
	let m = meta;
	let k;
	let hasOwn = false;
	let state;
	for (let i = 0; i < key.length; i++) {
		if (i) {
			t = hasOwn ? t[k] : t[k] = Object.create(null);
			m = (state = m[k]).c;
			if (type === 0 && (state.t === 1 || state.t === 2)) return null;
			if (state.t === 2) {
				let l = t.length - 1;
				t = t[l];
				m = m[l].c;
			}
		}
		k = key[i];
		if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) return null;
		if (!hasOwn) {
			let unsafe = k === "__proto__";
			if (ctx.uk && (unsafe || k === "constructor")) return false;
			if (unsafe) {
				Object.defineProperty(t, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
				Object.defineProperty(m, k, {
					enumerable: true,
					configurable: true,
					writable: true
				});
			}
			m[k] = {
				t: i < key.length - 1 && type === 2 ? 3 : type,
				d: false,
				i: 0,
				c: Object.create(null)
			};
		}
	}
	state = m[k];
	if (state.t !== type && !(type === 1 && state.t === 3)) return null;
	if (type === 2) {
		if (!state.d) {
			state.d = true;
			t[k] = [];
		}
		t[k].push(t = Object.create(null));
		state.c[state.i++] = state = {
			t: 1,
			d: false,
			i: 0,
			c: Object.create(null)
		};
	}
	if (state.d) return null;
	state.d = true;
	if (type === 1) t = hasOwn ? t[k] : t[k] = Object.create(null);
	else if (type === 0 && hasOwn) return null;
	return [
		k,
		t,
		state.c
	];
}
function validateTablePeek(ctx, peek, ptr) {
	if (peek === null || ctx.uk === 2) TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
	let ctx = {
		s: toml,
		p: 0,
		d: options.maxDepth ?? 1e3,
		bi: options.integersAsBigInt ?? false,
		ld: options.useLegacyDate ?? true,
		uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
	};
	let res = Object.create(null);
	let meta = Object.create(null);
	let tmp;
	let skipping = false;
	let tbl = res;
	let m = meta;
	if (toml.charCodeAt(0) === 65279) ctx.p++;
	skipVoid(ctx);
	while (ctx.p < toml.length) {
		if (toml.charCodeAt(ctx.p) === 91) {
			let isTableArray = toml.charCodeAt(++ctx.p) === 91;
			tmp = ctx.p += +isTableArray;
			skipping = false;
			let k = parseKey(ctx, 93);
			if (isTableArray) {
				if (toml.charCodeAt(ctx.p) !== 93) TomlError.x("expected end of table array declaration", ctx);
				ctx.p++;
			}
			let p = peekTable(ctx, k, res, meta, isTableArray ? 2 : 1);
			if (!p) {
				validateTablePeek(ctx, p, tmp);
				skipping = true;
			} else {
				m = p[2];
				tbl = p[1];
			}
		} else {
			tmp = ctx.p;
			let p = peekTable(ctx, parseKey(ctx), tbl, m, 0);
			if (!p && !skipping) validateTablePeek(ctx, p, tmp);
			skipVoid(ctx, true, true);
			let v = extractValue(ctx, void 0);
			if (p && !skipping) p[1][p[0]] = v;
		}
		skipVoid(ctx, true);
		if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
		skipVoid(ctx);
	}
	return res;
}
//#endregion
//#region src/stringify.ts
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!"".isWellFormed;
function extendedTypeOf(obj) {
	let type = typeof obj;
	if (type === "object") {
		if (Array.isArray(obj)) return "array";
		if (typeof obj.getUTCDate === "function" && obj instanceof Date) return "date";
		if (globalThis.Temporal) {
			if (obj.until) {
				if (obj instanceof Temporal.ZonedDateTime) return "temporal/tz+uc";
				if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate) return "temporal/uc";
				if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant) return "temporal";
				if (obj instanceof Temporal.PlainYearMonth) return "temporal/x";
			} else if (obj.toPlainDate && obj instanceof Temporal.PlainMonthDay || obj.negated && obj instanceof Temporal.Duration) return "temporal/x";
		}
	}
	return type;
}
function isArrayOfTables(obj) {
	for (let i = 0; i < obj.length; i++) if (extendedTypeOf(obj[i]) !== "object") return false;
	return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
	return JSON.stringify(s).replaceAll("", "\\u007f");
}
function formatString(s) {
	return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
	if (BARE_KEY.test(s)) return s;
	if (HAS_WELLFORMED && !s.isWellFormed()) throw new RangeError("key contains illegal lone surrogates");
	return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	switch (type) {
		case "number":
			if (isNaN(val)) return "nan";
			if (val === Infinity) return "inf";
			if (val === -Infinity) return "-inf";
			if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val))) return val.toFixed(1);
		case "bigint":
		case "boolean":
		case "temporal": return val.toString();
		case "string": return formatString(val);
		case "date":
			if (isNaN(val.getTime())) throw new TypeError("cannot serialize invalid date");
			return val.toISOString();
		case "object": return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
		case "array": return stringifyArray(val, depth, numberAsFloat, strictTemporal);
		case "temporal/tz+uc": if (strictTemporal) {
			let tz = val.timeZoneId;
			let tzc = tz.charCodeAt(0);
			if (tzc !== 43 && tzc !== 45 && (tzc !== 85 && tzc !== 71 && tzc !== 90 && tzc !== 69 || tz !== "UTC" && tz !== "UCT" && tz !== "Universal" && tz !== "Zulu" && !tz.startsWith("GMT") && tz !== "Greenwich" && !tz.startsWith("Etc/"))) throw new TypeError("Temporal objects with an IANA timezone are not allowed in Temporal strict mode");
		}
		case "temporal/uc":
			if (strictTemporal && val.calendarId !== "iso8601") throw new TypeError("Temporal objects with a non-default calendar are not allowed in Temporal strict mode");
			return val.toString({
				calendarName: "never",
				timeZoneName: "never"
			});
		case "temporal/x": throw new TypeError("Unsupported " + val[Symbol.toStringTag]);
	}
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
	let keys = Object.keys(obj);
	if (keys.length === 0) return "{}";
	let res = "{ ";
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (i) res += ", ";
		res += formatKey(k) + " = " + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " }";
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
	if (array.length === 0) return "[]";
	let res = "[ ";
	for (let i = 0; i < array.length; i++) {
		if (i) res += ", ";
		if (array[i] === null || array[i] === void 0) throw new TypeError("arrays cannot contain null or undefined values");
		res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
	}
	return res + " ]";
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let res = "";
	for (let i = 0; i < array.length; i++) {
		res += `${res && "\n"}[[${key}]]\n`;
		res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
	}
	return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
	if (depth === 0) throw new Error("Could not stringify the object: maximum object depth exceeded");
	let preamble = "";
	let tables = "";
	let keys = Object.keys(obj);
	for (let i = 0; i < keys.length; i++) {
		let k = keys[i];
		if (obj[k] !== null && obj[k] !== void 0) {
			let type = extendedTypeOf(obj[k]);
			if (type === "symbol" || type === "function") throw new TypeError(`cannot serialize values of type '${type}'`);
			let key = formatKey(k);
			if (type === "array" && isArrayOfTables(obj[k])) tables += (tables && "\n") + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
			else if (type === "object") {
				let tblKey = prefix ? `${prefix}.${key}` : key;
				tables += (tables && "\n") + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
			} else {
				preamble += key;
				preamble += " = ";
				preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
				preamble += "\n";
			}
		}
	}
	if (tableKey && (preamble || !tables)) preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
	return preamble && tables ? `${preamble}\n${tables}` : preamble || tables;
}
function stringify(obj, { maxDepth = 1e3, numbersAsFloat = false, strictTemporal = false } = {}) {
	if (extendedTypeOf(obj) !== "object") throw new TypeError("stringify can only be called with an object");
	let str = stringifyTable(0, obj, "", maxDepth, numbersAsFloat, strictTemporal);
	if (str[str.length - 1] !== "\n") return str + "\n";
	return str;
}
//#endregion
//#region src/index.ts
/** @deprecated use `import * as ... from 'smol-toml'` instead */
var src_default = {
	parse,
	stringify,
	TomlDate,
	TomlError
};
//#endregion
exports.TomlDate = TomlDate;
exports.TomlError = TomlError;
exports["default"] = src_default;
exports.parse = parse;
exports.stringify = stringify;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
// This entry need to be wrapped in an IIFE because it uses a non-standard name for the exports (exports).
(() => {
var exports = __webpack_exports__;

Object.defineProperty(exports, "B", ({ value: true }));
const index_js_1 = __nccwpck_require__(6508);
const main_js_1 = __nccwpck_require__(9593);
void (0, index_js_1.runAction)(main_js_1.main);

})();

var __webpack_exports___esModule = __webpack_exports__.B;
export { __webpack_exports___esModule as __esModule };
