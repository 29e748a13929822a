import { describe, expect, it } from '@jest/globals';
import { readableLog, readableSummary } from './readable.js';

describe('readableLog', () => {
  const log = [
    '::group::Compute version from git',
    'plain line',
    '::debug::a stack%0A  at x',
    '::error file=pyproject.toml,line=3::bad version',
    '::add-mask::***',
    '::endgroup::',
  ].join('\n');

  it('shows groups and annotations as people read them, and hides runner-only lines', () => {
    expect(readableLog(log, { debug: false })).toBe(
      '▸ Compute version from git\nplain line\nerror (pyproject.toml:3): bad version',
    );
  });

  it('shows debug lines on request', () => {
    expect(readableLog(log, { debug: true })).toContain('debug: a stack\n  at x');
  });
});

describe('readableSummary', () => {
  it('renders headings, table rows and lists as text', () => {
    const html =
      '<h2>Version 1.2.4.dev1</h2>\n<table><tr><td><b>tag</b></td><td>v1.2.3</td></tr><tr><td>a &amp; b</td><td>&lt;x&gt;</td></tr></table>\n<ul><li>one</li><li>two</li></ul>';
    expect(readableSummary(html)).toBe('## Version 1.2.4.dev1\n\ntag | v1.2.3\na & b | <x>\n\n- one\n- two');
  });
});
