export const id = 414;
export const ids = [414];
export const modules = {

/***/ 47170:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rekorHandler = rekorHandler;
const assert_1 = __importDefault(__webpack_require__(42613));
const CREATE_ENTRY_PATH = '/api/v1/log/entries';
function rekorHandler(tlog, opts = {}) {
    return {
        path: CREATE_ENTRY_PATH,
        fn: createEntryHandler(tlog, opts),
    };
}
function createEntryHandler(tlog, opts) {
    const strict = opts.strict ?? true;
    return async (body) => {
        try {
            const proposedEntry = strict
                ? JSON.parse(body)
                : { kind: 'intoto', apiVersion: '0.0.2' };
            const tlogEntry = await tlog.log(proposedEntry);
            const response = JSON.stringify(tlogEntry);
            return { statusCode: 201, response, contentType: 'application/json' };
        }
        catch (e) {
            (0, assert_1.default)(e instanceof Error);
            return { statusCode: 400, response: e.message };
        }
    };
}


/***/ }),

/***/ 8414:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/* istanbul ignore file */
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.initializeTLog = exports.rekorHandler = void 0;
var handler_1 = __webpack_require__(47170);
Object.defineProperty(exports, "rekorHandler", ({ enumerable: true, get: function () { return handler_1.rekorHandler; } }));
var tlog_1 = __webpack_require__(35814);
Object.defineProperty(exports, "initializeTLog", ({ enumerable: true, get: function () { return tlog_1.initializeTLog; } }));


/***/ }),

/***/ 35814:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.initializeTLog = initializeTLog;
const canonicalize_1 = __importDefault(__webpack_require__(23842));
const crypto_1 = __importDefault(__webpack_require__(76982));
async function initializeTLog(url, keyPair, clock) {
    const host = new URL(url).host;
    const { publicKey, privateKey } = keyPair;
    return new TLogImpl(host, publicKey, privateKey, clock);
}
class TLogImpl {
    constructor(host, publicKey, privateKey, clock) {
        this.host = host;
        this.privateKey = privateKey;
        this.publicKey = publicKey.export({ format: 'der', type: 'spki' });
        this.getCurrentTime = () => (clock || new Date()).getTime();
    }
    async log(proposedEntry) {
        const logID = crypto_1.default.createHash('sha256').update(this.publicKey).digest();
        const logIndex = crypto_1.default.randomInt(10_000_000);
        const timestamp = Math.floor(this.getCurrentTime() / 1000);
        const body = Buffer.from((0, canonicalize_1.default)(proposedEntry));
        const entry = { logID, logIndex, timestamp, body };
        const set = this.calculateSET(entry);
        const proof = this.calculateInclusionProof(entry);
        const uuid = crypto_1.default.randomBytes(32).toString('hex');
        return {
            [uuid]: {
                body: body.toString('base64'),
                integratedTime: timestamp,
                logID: logID.toString('hex'),
                logIndex: logIndex,
                verification: {
                    inclusionProof: proof,
                    signedEntryTimestamp: set.toString('base64'),
                },
            },
        };
    }
    // Compute the Signed Entry Timestamp (SET) for the given entry.
    // https://github.com/sigstore/rekor/blob/9eb7ec628a41ffed291b605a57e716e86ef0d680/pkg/api/entries.go#L71
    calculateSET({ body, timestamp, logIndex, logID, }) {
        const setData = {
            body: body.toString('base64'),
            integratedTime: timestamp,
            logIndex: logIndex,
            logID: logID.toString('hex'),
        };
        const setBuffer = Buffer.from((0, canonicalize_1.default)(setData), 'utf8');
        return crypto_1.default.sign('sha256', setBuffer, this.privateKey);
    }
    // Calculate inclusion proof assuming that the entry being added is the
    // first and only entry in the log.
    // https://github.com/sigstore/rekor/blob/2bd83dacf5a302da83ab4eaf20ff7ad119cb6c11/pkg/util/signed_note.go
    calculateInclusionProof({ body, timestamp, logID, }) {
        const treeSize = 1;
        const treeID = crypto_1.default.randomInt(2 ** 48 - 1);
        const rootHash = crypto_1.default
            .createHash('sha256')
            .update(Buffer.from([0x00]))
            .update(body)
            .digest();
        // Construct checkpoint note
        const note = [
            `${this.host} - ${treeID}`,
            `${treeSize}`,
            rootHash.toString('base64'),
            `Timestamp: ${timestamp * 1_000_000_000}`,
            '',
        ].join('\n');
        // Calculate checkpoint signature
        const sig = crypto_1.default.sign('sha256', Buffer.from(note), this.privateKey);
        const hintAndSig = Buffer.concat([logID.subarray(0, 4), sig]);
        const sigLine = `\u2014 ${this.host} ${hintAndSig.toString('base64')}`;
        // Assemble checkpoint from note and signature
        const checkpoint = [note, sigLine, ''].join('\n');
        return {
            logIndex: 0,
            treeSize: treeSize,
            checkpoint,
            hashes: [],
            rootHash: rootHash.toString('hex'),
        };
    }
}


/***/ }),

/***/ 23842:
/***/ ((module) => {

/* jshint esversion: 6 */
/* jslint node: true */


module.exports = function serialize (object) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (object.toJSON instanceof Function) {
    return serialize(object.toJSON());
  }

  if (Array.isArray(object)) {
    const values = object.reduce((t, cv, ci) => {
      const comma = ci === 0 ? '' : ',';
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return `${t}${comma}${serialize(value)}`;
    }, '');
    return `[${values}]`;
  }

  const values = Object.keys(object).sort().reduce((t, cv) => {
    if (object[cv] === undefined ||
        typeof object[cv] === 'symbol') {
      return t;
    }
    const comma = t.length === 0 ? '' : ',';
    return `${t}${comma}${serialize(cv)}:${serialize(object[cv])}`;
  }, '');
  return `{${values}}`;
};


/***/ })

};
