/** secrets: the one registry of this process's secrets, and redaction of every form they travel in. See README.md. */
export { basicAuthForms, encodingsOf, MIN_DERIVED_LENGTH } from './encodings.js';
export {
  redact,
  registerBasicAuth,
  registerSecret,
  registerUrlCredentials,
  SecretRegistry,
  secrets,
  type SecretListener,
} from './registry.js';
