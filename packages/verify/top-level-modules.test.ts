import { describe, expect, it } from '@jest/globals';
import { topLevelModules } from './top-level-modules.js';

describe('topLevelModules', () => {
  it('finds packages, modules and extensions, and skips metadata, caches, scripts and data', () => {
    const record = [
      'pkg/__init__.py',
      'pkg/__pycache__/__init__.cpython-311.pyc',
      'pkg/sub/mod.py',
      '_speedups.cpython-311-x86_64-linux-gnu.so',
      '_win.cp311-win_amd64.pyd',
      'single.py',
      '__pycache__/single.cpython-311.pyc',
      'pkg-1.0.dist-info/METADATA',
      'pkg-1.0.dist-info/RECORD',
      'pkg.libs/libfoo-1234.so',
      'pkg-stubs/__init__.pyi',
      'datadir/readme.txt',
      'nspkg.pth',
      '../../../bin/pkg-cli',
      '__init__.py',
    ];
    expect(topLevelModules(record)).toEqual(['_speedups', '_win', 'pkg', 'single']);
  });

  it('takes Windows separators as well', () => {
    expect(topLevelModules(['pkg\\__init__.py'])).toEqual(['pkg']);
  });
});
