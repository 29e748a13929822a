export const id = 416;
export const ids = [416];
export const modules = {

/***/ 416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createAttestationSigner: () => (/* reexport safe */ _sign_js__WEBPACK_IMPORTED_MODULE_0__.n)
/* harmony export */ });
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7561);
/**
 * attestations: PEP 740 for publish-pypi, verify-pypi and the local index — the publish statement, the
 * attestation object and its Sigstore bundle, PyPI's checks of both, and Sigstore signing and verifying
 * (the Sigstore libraries load only when a signer, verifier or trust root is first made).
 */










/***/ })

};
