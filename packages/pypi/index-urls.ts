/** Where an index's upload, simple, JSON and trusted-publishing endpoints live, from one URL. */
import { normalizeProjectName } from '../dists/index.js';
import { IndexUrlError } from './errors.js';
import { registerBasicAuth } from '../secrets/index.js';

/** HTTP Basic credentials (`__token__` and an API token, for PyPI). */
export interface BasicAuth {
  username: string;
  password: string;
}

/** The endpoints of one index, every base ending in `/`. */
export interface IndexUrls {
  /** `pypi`, `testpypi`, or `custom` for any other index. */
  kind: 'pypi' | 'testpypi' | 'custom';
  /** Legacy upload API, e.g. https://upload.pypi.org/legacy/ */
  upload: string;
  /** PEP 503/691 simple index, e.g. https://pypi.org/simple/ */
  simple: string;
  /** JSON API base, e.g. https://pypi.org/pypi/ */
  json: string;
  /** GET → `{"audience": …}`, on the upload host as pypa/gh-action-pypi-publish does. */
  oidcAudience: string;
  /** POST `{"token": <OIDC token>}` → `{"token": <API token>, "expires": …}`. */
  oidcMintToken: string;
  /** Credentials that were written into the URL (`https://user:pass@host/…`), removed from every URL above. */
  auth?: BasicAuth;
}

const KNOWN: Record<'pypi' | 'testpypi', Omit<IndexUrls, 'auth'>> = {
  pypi: {
    kind: 'pypi',
    upload: 'https://upload.pypi.org/legacy/',
    simple: 'https://pypi.org/simple/',
    json: 'https://pypi.org/pypi/',
    oidcAudience: 'https://upload.pypi.org/_/oidc/audience',
    oidcMintToken: 'https://upload.pypi.org/_/oidc/mint-token',
  },
  testpypi: {
    kind: 'testpypi',
    upload: 'https://test.pypi.org/legacy/',
    simple: 'https://test.pypi.org/simple/',
    json: 'https://test.pypi.org/pypi/',
    oidcAudience: 'https://test.pypi.org/_/oidc/audience',
    oidcMintToken: 'https://test.pypi.org/_/oidc/mint-token',
  },
};

const PYPI_HOSTS = new Set(['pypi.org', 'upload.pypi.org', 'www.pypi.org']);
const TESTPYPI_HOSTS = new Set(['test.pypi.org', 'upload.test.pypi.org']);

/**
 * Map `pypi`, `testpypi`, an upload URL ending in `/legacy/` or an index URL ending in `/simple/` to all
 * endpoints of that index. A custom `http://host:port/prefix/legacy/` gives `…/prefix/simple/` and
 * `…/prefix/pypi/`. `…/legacy` without the slash is refused: PyPI answers it with a redirect, and a
 * redirect turns the upload POST into a GET.
 */
export function resolveIndexUrls(repository: string, inputName = 'repository-url'): IndexUrls {
  const text = repository.trim();
  if (text === '')
    throw new IndexUrlError(
      `${inputName} is empty: use 'pypi', 'testpypi' or an upload URL ending in /legacy/`,
    );
  const lower = text.toLowerCase();
  if (lower === 'pypi' || lower === 'testpypi') return { ...KNOWN[lower] };

  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new IndexUrlError(
      `${inputName} '${text}' is not a URL: use 'pypi', 'testpypi' or an upload URL like https://upload.pypi.org/legacy/`,
    );
  }
  // Credentials leave the URL first, so that no message below can show them.
  const auth = takeCredentials(url);
  const shown = url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new IndexUrlError(`${inputName} '${shown}' must be an http:// or https:// URL`);
  }
  if (url.search || url.hash) {
    throw new IndexUrlError(
      `${inputName} '${shown}' must not carry a query or fragment: remove everything after '?' or '#'`,
    );
  }

  const match = /^(.*\/)(legacy|simple)(\/?)$/.exec(url.pathname);
  if (!match) {
    throw new IndexUrlError(
      `${inputName} '${shown}' must end in /legacy/ (the upload API) or /simple/ (the index), e.g. https://upload.pypi.org/legacy/`,
    );
  }
  const [, prefix = '/', endpoint, slash] = match;
  // `/simple` is only ever read (a GET survives the redirect); `/legacy` takes the upload POST.
  if (!slash && endpoint === 'legacy') {
    throw new IndexUrlError(
      `${inputName} '${shown}' must end with a slash: use '${shown}/'. Without it the index answers with a redirect, ` +
        'and following it would turn the upload POST into a GET.',
    );
  }

  const host = url.hostname.toLowerCase();
  const known = PYPI_HOSTS.has(host) ? KNOWN.pypi : TESTPYPI_HOSTS.has(host) ? KNOWN.testpypi : undefined;
  if (known && url.protocol === 'https:' && prefix === '/' && !url.port) {
    return withAuth({ ...known }, auth);
  }

  const base = `${url.protocol}//${url.host}${prefix}`;
  return withAuth(
    {
      kind: 'custom',
      upload: `${base}legacy/`,
      simple: `${base}simple/`,
      json: `${base}pypi/`,
      oidcAudience: `${url.protocol}//${url.host}${prefix}_/oidc/audience`,
      oidcMintToken: `${url.protocol}//${url.host}${prefix}_/oidc/mint-token`,
    },
    auth,
  );
}

/** The PEP 503 project page: `<simple>/<normalized-name>/`. */
export function simpleProjectUrl(urls: IndexUrls, project: string): string {
  return `${urls.simple}${encodeURIComponent(normalizeProjectName(project))}/`;
}

/** The JSON API page of a project (`/pypi/<name>/json`) or of one release (`/pypi/<name>/<version>/json`). */
export function jsonApiUrl(urls: IndexUrls, project: string, version?: string): string {
  const name = encodeURIComponent(normalizeProjectName(project));
  return version === undefined
    ? `${urls.json}${name}/json`
    : `${urls.json}${name}/${encodeURIComponent(version)}/json`;
}

function takeCredentials(url: URL): BasicAuth | undefined {
  if (!url.username && !url.password) return undefined;
  const auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  registerBasicAuth(auth.username, auth.password);
  url.username = '';
  url.password = '';
  return auth;
}

function withAuth(urls: IndexUrls, auth: BasicAuth | undefined): IndexUrls {
  return auth ? { ...urls, auth } : urls;
}
