import { describe, expect, it } from '@jest/globals';
import { byteSize, namedValue, nonEmpty, oneOf, positiveSeconds, wholeNumber } from './option-values.js';

describe('option values', () => {
  it('reads whole numbers within bounds, digits only', () => {
    expect(wholeNumber('8080', 0, 65535)).toBe(8080);
    expect(wholeNumber('0', 0, 65535)).toBe(0);
    for (const text of ['-1', '70000', '1e3', '80.0', ' 80', '', '0x50'])
      expect(wholeNumber(text, 0, 65535)).toBeUndefined();
  });

  it('reads sizes with units, of at least one byte', () => {
    expect(byteSize('100MiB')).toBe(100 * 1024 * 1024);
    expect(byteSize('1.5 GB')).toBe(1_500_000_000);
    expect(byteSize('4096')).toBe(4096);
    for (const text of ['0', '0MiB', '0.1', 'lots', '-5', '1 PiB']) expect(byteSize(text)).toBeUndefined();
  });

  it('reads seconds above zero as milliseconds', () => {
    expect(positiveSeconds('1.5')).toBe(1500);
    expect(positiveSeconds('900')).toBe(900_000);
    for (const text of ['0', '-1', 'abc', '0.0001', 'Infinity'])
      expect(positiveSeconds(text)).toBeUndefined();
  });

  it('reads names, choices and name=value pairs', () => {
    expect(nonEmpty(' ')).toBeUndefined();
    expect(oneOf(['html', 'json'])('json')).toBe('json');
    expect(oneOf(['html', 'json'])('xml')).toBeUndefined();
    expect(namedValue('a=b=c')).toEqual(['a', 'b=c']);
    expect(namedValue('=x')).toBeUndefined();
    expect(namedValue('novalue')).toBeUndefined();
  });
});
