/** PEP 639 License-Expression: SPDX syntax and identifiers, as packaging's `canonicalize_license_expression` checks them. */
import { SPDX_EXCEPTION_IDS, SPDX_LICENSE_IDS } from './data/spdx-licenses.js';

const LICENSES = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set(SPDX_EXCEPTION_IDS.map((id) => id.toLowerCase()));
const OPERATORS = new Set(['or', 'and', 'with']);
const LICENSE_REF = /^licenseref-[a-z0-9.-]*$/;

/** True when packaging would accept `value` as a License-Expression (case-insensitive identifiers, AND/OR/WITH, parentheses). */
export function isValidLicenseExpression(value: string): boolean {
  const tokens = value.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || !wellFormed(tokens)) return false;
  return tokens.every((token, i) => {
    if (OPERATORS.has(token) || token === '(' || token === ')') return true;
    if (tokens[i - 1] === 'with') return EXCEPTIONS.has(token);
    const id = token.endsWith('+') ? token.slice(0, -1) : token;
    return id.startsWith('licenseref-') ? LICENSE_REF.test(id) : LICENSES.has(id);
  });
}

// The grammar packaging checks by compiling a Python expression: operands joined by operators, balanced
// parentheses, never two operands or two operators in a row, never `()`.
function wellFormed(tokens: string[]): boolean {
  let depth = 0;
  let expectOperand = true;
  for (const token of tokens) {
    if (token === '(') {
      if (!expectOperand) return false;
      depth++;
    } else if (token === ')') {
      if (expectOperand || depth === 0) return false;
      depth--;
    } else if (OPERATORS.has(token)) {
      if (expectOperand) return false;
      expectOperand = true;
    } else {
      if (!expectOperand) return false;
      expectOperand = false;
    }
  }
  return depth === 0 && !expectOperand;
}
