// One card per client message: the warnings one message raised (extra work asked, and approval
// held for it) are shown together, the client's words once, each warning's meaning and advice
// under them. Used by the popup and the banner. Pure.
import type { Severity, Warning } from './types';

export interface WarningGroup<W extends Warning = Warning> {
  /** Stable key: the message's id, or the warning's own id when no message raised it. */
  key: string;
  messageId: string | null;
  /** The earliest `since` of the group. */
  since: string;
  /** The client's words, each distinct one once (a sentence inside a longer one is left out). */
  quotes: string[];
  /** The most severe of the group's warnings. */
  severity: Severity;
  warnings: W[];
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, info: 2 };

/**
 * Warnings grouped by the client message that raised them: most severe group first, groups of
 * equal severity in the order of their first warning (the caller's); inside a group, most severe
 * first.
 */
export function groupByMessage<W extends Warning>(warnings: readonly W[]): WarningGroup<W>[] {
  const groups = new Map<string, WarningGroup<W>>();
  for (const warning of warnings) {
    const key = warning.messageId ? `${warning.contractId}\u0000${warning.messageId}` : `\u0001${warning.id}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, {
        key,
        messageId: warning.messageId ?? null,
        since: warning.since,
        quotes: warning.quote ? [warning.quote] : [],
        severity: warning.severity,
        warnings: [warning],
      });
      continue;
    }
    group.warnings.push(warning);
    if (warning.since < group.since) group.since = warning.since;
    if (RANK[warning.severity] < RANK[group.severity]) group.severity = warning.severity;
    if (warning.quote) group.quotes = addQuote(group.quotes, warning.quote);
  }
  const out = [...groups.values()];
  for (const group of out) group.warnings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return out.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

function addQuote(quotes: string[], quote: string): string[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const q = norm(quote);
  if (quotes.some((known) => norm(known).includes(q))) return quotes;
  return [...quotes.filter((known) => !q.includes(norm(known))), quote];
}
