import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { nodeRuntimes } from './index.js';

describe('nodeRuntimes', () => {
  it('are really Node 20 and Node 24, whatever npm put first on PATH', () => {
    const versions = nodeRuntimes().map(
      ({ path }) => spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout,
    );
    expect(versions.map((v) => v.split('.')[0])).toEqual(['v20', 'v24']);
  });
  it('runs the tests themselves under Node 20, the development runtime', () => {
    expect(process.versions.node.split('.')[0]).toBe('20');
  });
});
