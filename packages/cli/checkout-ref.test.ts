import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../../test/support/git-repo.js';
import { chooseRef, readCheckout, versionTag, type CheckoutFacts } from './checkout-ref.js';

const facts = (partial: Partial<CheckoutFacts>): CheckoutFacts => ({
  head: 'a'.repeat(40),
  isRepository: true,
  branch: null,
  tagsAtHead: [],
  defaultBranch: null,
  ...partial,
});

describe('chooseRef', () => {
  it('takes the checked-out branch, whatever its name', () => {
    expect(chooseRef(facts({ branch: 'master' }))).toEqual({
      ref: 'refs/heads/master',
      reason: 'the checked-out branch',
    });
  });

  it('takes the version tag a detached HEAD is at, the highest when there are several', () => {
    expect(chooseRef(facts({ tagsAtHead: ['nightly', 'v1.5.0', 'v1.5.0rc1', 'v1.10.0'] })).ref).toBe(
      'refs/tags/v1.10.0',
    );
    expect(chooseRef(facts({ tagsAtHead: ['release-2.0'] })).reason).toBe(
      'HEAD is detached at version tag release-2.0',
    );
  });

  it('says it guesses for any other detached HEAD, and outside a checkout', () => {
    expect(chooseRef(facts({ tagsAtHead: ['nightly'], defaultBranch: 'trunk' }))).toEqual({
      ref: 'refs/heads/trunk',
      reason: 'HEAD is detached at no version tag, so the default branch; give --ref to choose',
    });
    expect(chooseRef(facts({})).reason).toBe(
      'HEAD is detached at no version tag, so a guess; give --ref to choose',
    );
    expect(chooseRef(facts({ isRepository: false, head: null }))).toEqual({
      ref: 'refs/heads/main',
      reason: 'not a git checkout, so a guess; give --ref to choose',
    });
  });

  it('knows version tags by setuptools_scm’s default rule', () => {
    expect(versionTag(['latest', 'stable'])).toBeNull();
    expect(versionTag(['1.0', 'V2.0.post1'])).toBe('V2.0.post1');
  });
});

describe('readCheckout', () => {
  const repo = GitRepo.create('[project]\nname = "demo"\n');
  repo.git('checkout', '-q', '-b', 'master');
  repo.commit(1).tag('v1.5.0').commit(1);
  const outside = mkdtempSync(join(tmpdir(), 'not-a-checkout-'));
  afterAll(() => {
    rmSync(repo.dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads the branch, a tag checkout and a detached HEAD elsewhere from real git', async () => {
    expect(await readCheckout(repo.dir)).toEqual(facts({ head: repo.head(), branch: 'master' }));
    repo.git('checkout', '-q', 'v1.5.0');
    const atTag = await readCheckout(repo.dir);
    expect(chooseRef(atTag).ref).toBe('refs/tags/v1.5.0');
    expect(atTag.head).toBe(repo.head());
    repo.git('checkout', '-q', 'master~0');
    execFileSync('git', ['checkout', '-q', '--detach'], { cwd: repo.dir });
    expect(await readCheckout(repo.dir)).toEqual(
      facts({ head: repo.head(), tagsAtHead: [], defaultBranch: 'master' }),
    );
    repo.git('checkout', '-q', 'master');
  });

  it('says when the directory is no checkout', async () => {
    expect(await readCheckout(outside)).toMatchObject({ isRepository: false, head: null });
  });
});
