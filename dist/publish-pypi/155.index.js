export const id = 155;
export const ids = [155];
export const modules = {

/***/ 1155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_RETRY_POLICY: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.cO),
/* harmony export */   IndexResponseError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.w_),
/* harmony export */   IndexUrlError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.gS),
/* harmony export */   NetworkError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.Dr),
/* harmony export */   PROXY_VARIABLES: () => (/* reexport safe */ _proxy_env_js__WEBPACK_IMPORTED_MODULE_9__.bD),
/* harmony export */   PypiError: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_1__.pk),
/* harmony export */   SIMPLE_ACCEPT: () => (/* reexport safe */ _simple_api_js__WEBPACK_IMPORTED_MODULE_12__.IH),
/* harmony export */   TokenSource: () => (/* reexport safe */ _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_14__.xX),
/* harmony export */   TrustedPublishingError: () => (/* reexport safe */ _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_14__.L7),
/* harmony export */   apiTokenAuth: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_0__.YA),
/* harmony export */   backoffDelayMs: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.Q4),
/* harmony export */   basicAuthorization: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_0__.aR),
/* harmony export */   bypassesProxy: () => (/* reexport safe */ _proxy_env_js__WEBPACK_IMPORTED_MODULE_9__.Zt),
/* harmony export */   cacheBusted: () => (/* reexport safe */ _read_request_js__WEBPACK_IMPORTED_MODULE_10__.c),
/* harmony export */   classifyUploadResponse: () => (/* reexport safe */ _upload_outcome_js__WEBPACK_IMPORTED_MODULE_16__.Td),
/* harmony export */   createHttpClient: () => (/* reexport safe */ _http_client_js__WEBPACK_IMPORTED_MODULE_4__.u),
/* harmony export */   decodeOidcClaims: () => (/* reexport safe */ _oidc_claims_js__WEBPACK_IMPORTED_MODULE_8__.x),
/* harmony export */   defaultHttpClient: () => (/* reexport safe */ _default_client_js__WEBPACK_IMPORTED_MODULE_2__.B),
/* harmony export */   fetchReleaseJson: () => (/* reexport safe */ _json_api_js__WEBPACK_IMPORTED_MODULE_6__.A),
/* harmony export */   fetchSimpleProject: () => (/* reexport safe */ _simple_api_js__WEBPACK_IMPORTED_MODULE_12__.Aw),
/* harmony export */   findFile: () => (/* reexport safe */ _find_file_js__WEBPACK_IMPORTED_MODULE_3__.q),
/* harmony export */   jsonApiUrl: () => (/* reexport safe */ _index_urls_js__WEBPACK_IMPORTED_MODULE_5__.Cx),
/* harmony export */   mintToken: () => (/* reexport safe */ _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_14__.W$),
/* harmony export */   multipartBody: () => (/* reexport safe */ _multipart_js__WEBPACK_IMPORTED_MODULE_7__.RP),
/* harmony export */   nextDelayMs: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.j6),
/* harmony export */   parseReleaseJson: () => (/* reexport safe */ _json_api_js__WEBPACK_IMPORTED_MODULE_6__.J),
/* harmony export */   parseRetryAfter: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.mu),
/* harmony export */   parseSimpleHtml: () => (/* reexport safe */ _simple_html_js__WEBPACK_IMPORTED_MODULE_13__.X),
/* harmony export */   parseSimpleJson: () => (/* reexport safe */ _simple_api_js__WEBPACK_IMPORTED_MODULE_12__.S6),
/* harmony export */   passwordAuth: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_0__.km),
/* harmony export */   proxyForUrl: () => (/* reexport safe */ _proxy_env_js__WEBPACK_IMPORTED_MODULE_9__.th),
/* harmony export */   registerProxyCredentials: () => (/* reexport safe */ _proxy_env_js__WEBPACK_IMPORTED_MODULE_9__.QS),
/* harmony export */   resolveIndexUrls: () => (/* reexport safe */ _index_urls_js__WEBPACK_IMPORTED_MODULE_5__.rW),
/* harmony export */   simpleProjectUrl: () => (/* reexport safe */ _index_urls_js__WEBPACK_IMPORTED_MODULE_5__.bn),
/* harmony export */   systemClock: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.ml),
/* harmony export */   uploadFile: () => (/* reexport safe */ _upload_js__WEBPACK_IMPORTED_MODULE_15__.Q),
/* harmony export */   uploadWithRetries: () => (/* reexport safe */ _upload_with_retries_js__WEBPACK_IMPORTED_MODULE_17__.m),
/* harmony export */   userAgent: () => (/* reexport safe */ _http_client_js__WEBPACK_IMPORTED_MODULE_4__.N),
/* harmony export */   withRetries: () => (/* reexport safe */ _retry_js__WEBPACK_IMPORTED_MODULE_11__.LH)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3245);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2448);
/* harmony import */ var _default_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3240);
/* harmony import */ var _find_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9803);
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5211);
/* harmony import */ var _index_urls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(302);
/* harmony import */ var _json_api_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1796);
/* harmony import */ var _multipart_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6571);
/* harmony import */ var _oidc_claims_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1730);
/* harmony import */ var _proxy_env_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1245);
/* harmony import */ var _read_request_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(23);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6957);
/* harmony import */ var _simple_api_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6568);
/* harmony import */ var _simple_html_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(3127);
/* harmony import */ var _trusted_publishing_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(2236);
/* harmony import */ var _upload_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(5058);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(1663);
/* harmony import */ var _upload_with_retries_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(7136);
/** packages/pypi: the index client — upload (legacy API, streamed), JSON and simple APIs, trusted publishing. */




















/***/ })

};
