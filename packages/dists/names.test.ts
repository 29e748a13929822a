import { describe, expect, it } from '@jest/globals';
import { filenameProjectName, isValidProjectName, normalizeProjectName } from './names.js';

describe('project names', () => {
  it('normalizes as PEP 503 does', () => {
    expect(normalizeProjectName('Friendly-Bard')).toBe('friendly-bard');
    expect(normalizeProjectName('FRIENDLY__._bard')).toBe('friendly-bard');
    expect(normalizeProjectName('zope.interface')).toBe('zope-interface');
  });
  it('gives the filename form of PEP 427 and PEP 625', () => {
    expect(filenameProjectName('Zope.Interface')).toBe('zope_interface');
    expect(filenameProjectName('a-b_c')).toBe('a_b_c');
  });
  it('rejects names that are not PEP 508 identifiers', () => {
    expect(isValidProjectName('ok.name-1')).toBe(true);
    expect(isValidProjectName('-leading')).toBe(false);
    expect(isValidProjectName('trailing.')).toBe(false);
    expect(isValidProjectName('sp ace')).toBe(false);
  });
});
