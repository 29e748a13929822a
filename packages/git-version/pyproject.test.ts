import { expect, test } from '@jest/globals';
import { VersionError } from './errors.js';
import { projectFactsFromToml } from './pyproject.js';

test('reads name, static version and dynamic', () => {
  expect(projectFactsFromToml('[project]\nname = "My.Pkg"\ndynamic = ["version"]\n', 'p.toml')).toEqual({
    path: 'p.toml',
    name: 'My.Pkg',
    version: null,
    dynamicVersion: true,
    versioning: { tool: null, file: 'p.toml', searchParentDirectories: false, notes: [] },
  });
  expect(projectFactsFromToml('[project]\nname = "a"\nversion = "1.0"\n', 'p.toml').version).toBe('1.0');
});

test('no [project] table: nothing known', () => {
  expect(projectFactsFromToml('[tool.poetry]\nname = "x"\n', 'p.toml')).toMatchObject({
    name: null,
    version: null,
  });
});

test('invalid TOML names the file and the line', () => {
  expect(() => projectFactsFromToml('[project]\nname = \n', 'sub/pyproject.toml')).toThrow(VersionError);
  expect(() => projectFactsFromToml('[project]\nname = \n', 'sub/pyproject.toml')).toThrow(
    /^sub\/pyproject\.toml: invalid TOML at line 2/,
  );
});

test('wrong types are named', () => {
  expect(() => projectFactsFromToml('[project]\nversion = 1\n', 'p.toml')).toThrow(
    /\[project\]\.version must be a string/,
  );
  expect(() => projectFactsFromToml('[project]\ndynamic = "version"\n', 'p.toml')).toThrow(
    /dynamic must be a list/,
  );
});
