/**
 * The one place that knows this process's secrets (upload password, OIDC token, minted token, proxy
 * password) and scrubs them from every message this package builds: servers echo credentials back in
 * reason phrases and bodies, and an error message ends up in a public job log.
 */

const MASK = '***';
// Shorter strings would mask ordinary words; no real credential is this short.
const MIN_SECRET_LENGTH = 6;

const secrets = new Set<string>();

/** Remember a secret (and the encodings it travels in) so that `redact` removes it from now on. */
export function registerSecret(secret: string | undefined | null): void {
  if (!secret || secret.length < MIN_SECRET_LENGTH) return;
  for (const form of encodingsOf(secret)) secrets.add(form);
}

/** Remember HTTP Basic credentials: the password and the base64 `Authorization` value built from them. */
export function registerBasicAuth(username: string, password: string): void {
  registerSecret(password);
  registerSecret(Buffer.from(`${username}:${password}`, 'utf8').toString('base64'));
}

/** `text` with every registered secret replaced by `***`, longest first so no fragment survives. */
export function redact(text: string): string {
  if (secrets.size === 0 || !text) return text;
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join(MASK);
  }
  return out;
}

/** Forget every secret (tests only: a real process keeps them until it exits). */
export function forgetSecretsForTests(): void {
  secrets.clear();
}

function encodingsOf(secret: string): string[] {
  const forms = new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]);
  // A URL-encoding with lower-case hex is as likely in an echoed query or form body.
  forms.add(encodeURIComponent(secret).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
  return [...forms].filter((form) => form.length >= MIN_SECRET_LENGTH);
}
