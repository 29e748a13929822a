/** The shapes a parsed wheel or sdist filename takes. */

/** Which kind of distribution a file is. */
export type DistKind = 'wheel' | 'sdist';

/** One expanded compatibility tag of a wheel (PEP 425), lower case as packaging keeps them. */
export interface WheelTag {
  interpreter: string;
  abi: string;
  platform: string;
}

/** A wheel build tag (PEP 427): a number and an optional suffix, e.g. `1` or `2abc`. */
export interface BuildTag {
  number: number;
  suffix: string;
}

/** What a distribution filename says. */
export interface DistFilename {
  filename: string;
  kind: DistKind;
  /** PEP 503 normalized project name, e.g. `zope-interface`. */
  name: string;
  /** The name part exactly as written in the filename, e.g. `zope_interface` or `Zope.Interface`. */
  nameInFilename: string;
  /** Normalized PEP 440 version, e.g. `1.0rc1`. */
  version: string;
  /** The version part exactly as written. */
  versionInFilename: string;
  /** Wheel build tag, null when absent (and always for sdists). */
  buildTag: BuildTag | null;
  /** Expanded tag triples of a wheel (`py2.py3-none-any` gives two); empty for sdists. */
  tags: WheelTag[];
  /** Lower-case extension: `.whl`, `.tar.gz` or (legacy sdist) `.zip`. */
  extension: '.whl' | '.tar.gz' | '.zip';
}
