import { expect, test } from '@jest/globals';
import { publishDecision, type PublishFacts } from './publish-decision.js';

const facts = (overrides: Partial<PublishFacts>): PublishFacts => ({
  eventName: 'push',
  ref: 'refs/heads/main',
  isRelease: false,
  tag: null,
  headTags: [],
  ...overrides,
});

test('branch push: dev release', () => {
  expect(publishDecision(facts({}))).toEqual({
    shouldPublish: true,
    publishReason: 'dev release from branch main',
  });
});

test('tag push: release', () => {
  expect(publishDecision(facts({ ref: 'refs/tags/v1.0', isRelease: true, tag: 'v1.0' })).shouldPublish).toBe(
    true,
  );
});

test('branch build of a tagged HEAD: the tag build publishes', () => {
  const decision = publishDecision(facts({ headTags: ['v1.0'] }));
  expect(decision.shouldPublish).toBe(false);
  expect(decision.publishReason).toMatch(/v1\.0.*tag's own build publishes/);
});

test.each(['pull_request', 'pull_request_target'])('%s never publishes, and says so', (eventName) => {
  const decision = publishDecision(facts({ eventName, ref: 'refs/pull/3/merge', headRepoFork: true }));
  expect(decision).toEqual({
    shouldPublish: false,
    publishReason: `${eventName} event: a pull request from a fork builds a dev version but never publishes`,
  });
});

test('pull requests do not publish even in release mode', () => {
  expect(
    publishDecision(facts({ eventName: 'pull_request', isRelease: true, tag: 'v1' })).shouldPublish,
  ).toBe(false);
});

test('merge queue and other refs do not publish', () => {
  expect(
    publishDecision(facts({ eventName: 'merge_group', ref: 'refs/heads/gh-readonly-queue/main/pr-1' }))
      .shouldPublish,
  ).toBe(false);
  expect(publishDecision(facts({ eventName: 'workflow_dispatch', ref: '' })).shouldPublish).toBe(false);
});

test('a branch build whose scheme gives a release version (only-version) does not publish it', () => {
  const decision = publishDecision(facts({ steadyVersion: '1.2.3' }));
  expect(decision.shouldPublish).toBe(false);
  expect(decision.publishReason).toMatch(/1\.2\.3.*only a tag build publishes it/);
});
