/**
 * The one registry of this process's secrets (passwords, tokens, proxy credentials): `redact` removes
 * every form of each from text, and listeners hear of each new form, which is how action-kit turns them
 * into `::add-mask::` commands. No runner knowledge here, so every package can register what it learns.
 */
import { basicAuthForms, encodingsOf } from './encodings.js';

const MASK = '***';

/** Hears each new form of a secret once (replayed for forms registered before it subscribed). */
export type SecretListener = (form: string) => void;

/** A set of secrets and the forms they travel in. */
export class SecretRegistry {
  private readonly forms = new Set<string>();
  private readonly listeners = new Set<SecretListener>();
  private sorted: string[] = [];

  /** Remembers `secret` and its encodings; empty and absent values are ignored. */
  register(secret: string | null | undefined): void {
    if (secret) this.add(encodingsOf(secret));
  }

  /** Remembers a user's password and the base64 `user:password` a Basic header carries. */
  registerBasicAuth(username: string, password: string): void {
    if (!password) return;
    this.register(password);
    this.add(basicAuthForms(username, password));
  }

  /** Remembers the credentials a URL carries (`https://user:pass@host/`), as written and decoded. */
  registerUrlCredentials(url: string | URL): void {
    const parsed = typeof url === 'string' ? (URL.canParse(url) ? new URL(url) : null) : url;
    if (!parsed?.password) return;
    this.register(parsed.password);
    this.registerBasicAuth(safeDecode(parsed.username), safeDecode(parsed.password));
  }

  /** `text` with every form of every secret replaced by `***`, longest first so no fragment survives. */
  redact(text: string): string {
    if (!text || this.sorted.length === 0) return text;
    let out = text;
    for (const form of this.sorted) if (out.includes(form)) out = out.split(form).join(MASK);
    return out;
  }

  /** Calls `listener` with every form registered so far and each one registered from now on. */
  subscribe(listener: SecretListener): () => void {
    this.listeners.add(listener);
    for (const form of this.forms) listener(form);
    return () => this.listeners.delete(listener);
  }

  /** Forgets every secret (tests only: a real process keeps them until it exits). */
  clear(): void {
    this.forms.clear();
    this.sorted = [];
  }

  private add(forms: readonly string[]): void {
    const fresh = forms.filter((form) => form !== '' && !this.forms.has(form));
    if (fresh.length === 0) return;
    for (const form of fresh) this.forms.add(form);
    this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
    for (const form of fresh) for (const listener of this.listeners) listener(form);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** This process's registry: everything registered anywhere is redacted and masked everywhere. */
export const secrets = new SecretRegistry();

/** Remembers `secret` (and its encodings) in this process's registry. */
export const registerSecret = (secret: string | null | undefined): void => secrets.register(secret);
/** Remembers Basic credentials: the password and the base64 header value. */
export const registerBasicAuth = (username: string, password: string): void =>
  secrets.registerBasicAuth(username, password);
/** Remembers the password a URL carries, with its user, in every form. */
export const registerUrlCredentials = (url: string | URL): void => secrets.registerUrlCredentials(url);
/** `text` with every registered secret replaced by `***`. */
export const redact = (text: string): string => secrets.redact(text);
