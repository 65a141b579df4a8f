// A copy of a page Scope Guard did not understand, saved by the freelancer for a bug report: its
// file name, and where to attach it. Pure.

/** `scope-guard-page-2026-12-05.html`: the day it was saved, nothing about the contract. */
export function bugReportFilename(now: Date): string {
  return `scope-guard-page-${now.toISOString().slice(0, 10)}.html`;
}

/**
 * Where to attach the copy: a new issue when the manifest's `homepage_url` is a GitHub repository,
 * else that page; null when the manifest names none (the UI then says where in words only).
 */
export function issueTrackerUrl(homepage: string | undefined): string | null {
  if (!homepage || !/^https:\/\/[^\s/]+\.[^\s/]+\//.test(homepage)) return null;
  const repo = homepage.match(/^(https:\/\/github\.com\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/);
  return repo ? `${repo[1]}/issues/new` : homepage;
}
