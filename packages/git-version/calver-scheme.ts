/**
 * setuptools_scm's calver-by-date: the next version is HEAD's commit date (`YYYY.M.D.patch` for four-digit-year
 * tags, `YY.M.D.patch` otherwise), with the patch counting up from a tag of the same day.
 */
import { normalizeVersion } from '../pep440/index.js';
import { VersionError } from './errors.js';
import type { SchemeInput } from './schemes.js';

const DATE_TAG =
  /^(?<date>(?<prefix>[vV]?)(?<year>[0-9]{2}|[0-9]{4})(?:\.[0-9]{1,2}){2})(?:\.(?<patch>[0-9]*))?$/;

/** calver-by-date; the tag is as the scheme sees it, the dates are UTC `YYYY-MM-DD`. */
export function calverByDate(input: SchemeInput): string {
  if (input.branch !== null && input.branch.startsWith('release-')) {
    const branchVersion = input.branchVersion(input.branch.split('-').pop() ?? '');
    // A release branch named for a date version builds exactly that version.
    if (branchVersion !== null && DATE_TAG.test(branchVersion)) return branchVersion;
  }
  return `${guessNextDateVersion(input.tag, input.headDate)}.dev${input.number}`;
}

/** setuptools_scm's guess_next_date_ver: same day as the tag bumps its patch, another day starts at patch 0. */
export function guessNextDateVersion(tag: string, headDate: string): string {
  const match = DATE_TAG.exec(tag);
  const groups = match?.groups;
  let fourDigits = false;
  let prefix = '';
  let sameDay = false;
  if (groups) {
    fourDigits = (groups.year ?? '').length === 4;
    prefix = groups.prefix ?? '';
    sameDay = tagDate(groups.date ?? '', prefix, fourDigits, tag) === headDate;
  }
  const [year = '', month = '', day = ''] = headDate.split('-');
  const patch = sameDay ? BigInt(groups?.patch || '0') + 1n : 0n;
  const next = `${prefix}${fourDigits ? year : year.slice(2)}.${month}.${day}.${patch}`;
  // setuptools_scm passes the result through Version(), which drops leading zeros.
  return normalizeVersion(next) ?? next;
}

// datetime.strptime(date, '%Y.%m.%d' or '%y.%m.%d') as a UTC date; it refuses impossible dates.
function tagDate(text: string, prefix: string, fourDigits: boolean, tag: string): string {
  const [yearText = '', monthText = '', dayText = ''] = text.slice(prefix.length).split('.');
  const month = Number(monthText);
  const day = Number(dayText);
  let year = Number(yearText);
  if (!fourDigits) year += year < 69 ? 2000 : 1900;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
  const valid =
    year >= 1 &&
    /^(1[0-2]|0[1-9]|[1-9])$/.test(monthText) &&
    /^(3[01]|[12][0-9]|0[1-9]|[1-9])$/.test(dayText) &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!valid) {
    throw new VersionError(
      `nearest tag's version ${tag} looks like a date but is none (calver-by-date reads it as ${fourDigits ? 'YYYY' : 'YY'}.MM.DD); tag a real date or choose another version scheme`,
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
