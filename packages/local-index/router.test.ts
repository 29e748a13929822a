import { describe, expect, it } from '@jest/globals';
import { findRoute, ROUTES } from './router.js';

describe('the route table', () => {
  it.each([
    ['/legacy/', 'upload', false],
    ['/legacy', 'upload', false],
    ['/_admin/delete', 'admin', false],
    ['/_/oidc/audience', 'oidc-audience', false],
    ['/_/oidc/github/mint-token', 'mint-token', false],
    ['/simple', 'simple-root', true],
    ['/simple/', 'simple', true],
    ['/simple/pure/', 'simple', true],
    ['/pypi/pure/1.0/json', 'json', true],
    ['/packages/ab/cd/pure-1.0.tar.gz', 'download', true],
    ['/', 'home', true],
  ])('sends %s to %s', (path, name, read) => {
    expect(findRoute(path)).toMatchObject({ name, read });
  });

  it('has no route for anything else (404), and every route a distinct name', () => {
    expect(findRoute('/legacy/x')).toBeNull();
    expect(findRoute('/_admin')).toBeNull();
    expect(findRoute('/simplex')).toBeNull();
    expect(new Set(ROUTES.map((route) => route.name)).size).toBe(ROUTES.length);
  });
});
