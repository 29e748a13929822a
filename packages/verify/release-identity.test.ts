import { describe, expect, it } from '@jest/globals';
import { VerifyError } from './errors.js';
import { identifyRelease } from './release-identity.js';

const files = (...names: string[]) => names.map((filename) => ({ filename }));

describe('identifyRelease', () => {
  it('takes the normalized name and version from the filenames', () => {
    const id = identifyRelease(
      files('My_Pkg-0.4.3.pre0.tar.gz', 'my_pkg-0.4.3rc0-py3-none-any.whl'),
      {},
      'dist',
    );
    expect(id).toMatchObject({ project: 'my-pkg', version: '0.4.3rc0' });
    expect(id.files).toHaveLength(2);
  });

  it('compares a given version PEP 440-normalized', () => {
    expect(identifyRelease(files('pkg-0.4.3rc0.tar.gz'), { version: '0.4.3.pre0' }, 'dist').version).toBe(
      '0.4.3rc0',
    );
  });

  it('picks one project out of several by name', () => {
    const id = identifyRelease(files('a-1.0.tar.gz', 'b_c-2.0.tar.gz'), { name: 'B.C' }, 'm.json');
    expect(id).toMatchObject({ project: 'b-c', version: '2.0', files: [{ filename: 'b_c-2.0.tar.gz' }] });
  });

  it.each([
    [
      files('a-1.0.tar.gz', 'b-1.0.tar.gz'),
      {},
      'm.json holds files of several projects (a, b): set name to the one to verify',
    ],
    [
      files('a-1.0.tar.gz', 'a-1.1.tar.gz'),
      {},
      'm.json holds several versions of a (1.0, 1.1): keep one release',
    ],
    [files('a-1.0.tar.gz'), { version: '1.1' }, 'a-1.0.tar.gz in m.json is version 1.0, not 1.1'],
    [files('a-1.0.tar.gz'), { name: 'b' }, "m.json has no files of project 'b' (it has a)"],
    [files('a-1.0.tar.gz'), { name: '-bad-' }, "name '-bad-' is not a valid project name"],
    [files('a-1.0.tar.gz'), { version: 'one' }, "version 'one' is not a PEP 440 version"],
    [files('a-1.0.txt'), {}, 'm.json: a-1.0.txt: not a distribution file'],
  ])('refuses %j with %j', (given, wanted, message) => {
    expect(() => identifyRelease(given, wanted, 'm.json')).toThrow(VerifyError);
    expect(() => identifyRelease(given, wanted, 'm.json')).toThrow(message);
  });
});
