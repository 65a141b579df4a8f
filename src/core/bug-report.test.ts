import { describe, expect, it } from 'vitest';
import { bugReportFilename, issueTrackerUrl } from './bug-report';

describe('bug report copy', () => {
  it('names the file by the day only', () => {
    expect(bugReportFilename(new Date('2026-12-05T10:20:00Z'))).toBe('scope-guard-page-2026-12-05.html');
  });

  it('links a new issue of a GitHub repository, any other https page as it is, nothing else', () => {
    expect(issueTrackerUrl('https://github.com/someone/scope-guard')).toBe('https://github.com/someone/scope-guard/issues/new');
    expect(issueTrackerUrl('https://github.com/someone/scope-guard.git')).toBe('https://github.com/someone/scope-guard/issues/new');
    expect(issueTrackerUrl('https://example.org/support')).toBe('https://example.org/support');
    expect(issueTrackerUrl(undefined)).toBeNull();
    expect(issueTrackerUrl('')).toBeNull();
    expect(issueTrackerUrl('javascript:alert(1)')).toBeNull();
    expect(issueTrackerUrl('http://github.com/a/b')).toBeNull();
  });
});
