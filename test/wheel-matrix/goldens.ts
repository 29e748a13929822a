/** The goldens scripts/goldens/cibuildwheel.py wrote from cibuildwheel 4.2.0, typed for the tests that read them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldenRun {
  platform: string;
  archs: string | null;
  machine: string | null;
  exit: number;
  identifiers?: string;
  error?: string;
}

export interface GoldenSettings {
  build: string;
  skip: string;
  enable: string[];
  archs: string;
  requiresPython: string | null;
  skipWarnings: string[];
  buildSelectorError: string | null;
}

export interface GoldenCase {
  name: string;
  files: Record<string, string>;
  env: Record<string, string>;
  settings: Record<string, GoldenSettings | { error: string }>;
  runs: GoldenRun[];
}

export interface Goldens {
  oracle: string;
  tables: {
    version: string;
    identifiers: Record<string, string[]>;
    enableGroups: string[];
    allArchs: Record<string, string[]>;
    globalOptions: string[];
  };
  selectors: {
    matches: Record<string, string[]>;
    braces: Record<string, { expansion?: string[]; error?: string }>;
  };
  specifiers: Record<string, { minors?: number[]; error?: string }>;
  archKeywords: {
    platform: string;
    hostOs: string;
    machine: string;
    setting: string;
    archs?: string[];
    error?: string;
  }[];
  cases: GoldenCase[];
}

const here = dirname(fileURLToPath(import.meta.url));

/** The goldens, read once. */
export const goldens = JSON.parse(
  readFileSync(join(here, 'goldens', 'cibuildwheel-4.2.0.json'), 'utf8'),
) as Goldens;
