// One contract's timeline as a document the freelancer can keep or hand over in a dispute:
// Markdown to read, CSV for a spreadsheet. Pure. Page text stays text: in Markdown it is escaped
// so that nothing in it renders as HTML, a link, an image or a heading; in CSV every cell is quoted
// and a cell that a spreadsheet would run as a formula is prefixed with "'".

import { orderTimeline } from './timeline';
import type { ContractState, MilestoneSnapshot, TimelineEvent, Warning } from './types';

const SOURCE_NAMES: Record<string, string> = {
  job_post: 'job post',
  proposal: 'proposal',
  offer: 'offer',
  manual: 'typed in by the freelancer',
};

const STATUS_NAMES: Record<string, string> = {
  not_funded: 'not funded',
  funded: 'funded',
  submitted: 'submitted',
  changes_requested: 'changes requested',
  approved: 'approved',
  paid: 'paid',
  refunded: 'refunded',
  unknown: 'unknown',
};

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  description: 'description',
  budget: 'budget',
  type: 'contract type',
  amount: 'amount',
  status: 'status',
  milestone_description: 'milestone description',
};

/**
 * Escapes page text for Markdown (CommonMark and GitHub-flavoured): every character that could
 * start markup is backslash-escaped, and the characters that let a renderer turn a bare address into
 * a link ("https://", "www.", "a@b.c", "example.com") are broken with escapes too. The escaped text
 * renders as exactly the original characters.
 */
export function escapeMarkdown(text: string): string {
  return normaliseText(text)
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_{}[\]<>#+!|~&$@^=]/g, '\\$&')
        .replace(/:(?=\/)/g, '\\:')
        .replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\\.')
        // A line that would start a list, a quote or a setext heading.
        .replace(/^(\s*)([-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

/** One line of page text for a heading or a list item (newlines become spaces). */
function inline(text: string | null | undefined): string {
  return escapeMarkdown((text ?? '').replace(/\s*\n\s*/g, ' ').trim());
}

/** Page text as a Markdown block quote, indented to sit inside a list item. */
function quote(text: string, indent = ''): string {
  return escapeMarkdown(text.trim())
    .split('\n')
    .map((line) => (line.trim() === '' ? `${indent}>` : `${indent}> ${line}`))
    .join('\n');
}

/** Line breaks as "\n", and no control characters other than tab and line break. */
function normaliseText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** "2026-11-20T09:05:00.000Z" -> "2026-11-20 09:05 UTC"; a bare date stays a date. */
export function formatTime(at: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const parsed = Date.parse(at);
  if (Number.isNaN(parsed)) return at;
  const iso = new Date(parsed).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function money(amount: number | null, currency: string): string {
  return amount === null ? 'no amount shown' : `${amount} ${currency}`.trim();
}

function milestoneLine(milestone: MilestoneSnapshot): string {
  const due = milestone.dueOn ? `, due ${milestone.dueOn}` : '';
  return `${money(milestone.amount, milestone.currency)}${due}, ${STATUS_NAMES[milestone.status] ?? milestone.status}`;
}

function value(field: string | undefined, raw: string | number | null | undefined): string {
  if (raw == null) return 'nothing';
  if (field === 'status' && typeof raw === 'string') return STATUS_NAMES[raw] ?? raw;
  return String(raw);
}

/** What an event says, in plain words (no page text; that is quoted apart). */
function describe(event: TimelineEvent): string {
  const milestone = event.milestone ? `Milestone “${event.milestone.title}”` : 'Milestone';
  switch (event.kind) {
    case 'contract_seen':
      return 'Scope Guard first saw this contract';
    case 'terms_changed':
      return `Contract ${FIELD_NAMES[event.field ?? ''] ?? 'terms'} changed`;
    case 'milestone_added':
      return `${milestone} appeared: ${event.milestone ? milestoneLine(event.milestone) : ''}`;
    case 'milestone_amount_changed':
      return `${milestone}: amount ${value('amount', event.before)} → ${value('amount', event.after)} ${event.milestone?.currency ?? ''}`.trim();
    case 'milestone_status_changed':
      return event.before == null
        ? `${milestone}: ${value('status', event.after)}`
        : `${milestone}: ${value('status', event.before)} → ${value('status', event.after)}`;
    case 'milestone_description_changed':
      return `${milestone}: description changed`;
    case 'milestone_removed':
      return `${milestone} no longer listed (was ${event.milestone ? milestoneLine(event.milestone) : 'unknown'})`;
    case 'agreement_seen':
      return `Agreed scope recorded (${SOURCE_NAMES[event.agreement?.source ?? ''] ?? 'unknown source'})`;
    case 'message': {
      const sender = event.message?.sender ?? 'system';
      const who = sender === 'client' ? 'the client' : sender === 'freelancer' ? 'the freelancer' : 'Upwork';
      return `Message from ${who}${event.message?.author ? ` (${event.message.author})` : ''}`;
    }
  }
}

/** The page text an event carries, if any: the message, or the before/after of a text change. */
function textsOf(event: TimelineEvent): { label: string; text: string }[] {
  if (event.kind === 'message' && event.message) return [{ label: '', text: event.message.text }];
  if (event.kind === 'agreement_seen' && event.agreement) return [{ label: '', text: event.agreement.text }];
  const texts: { label: string; text: string }[] = [];
  if (event.kind === 'terms_changed' || event.kind === 'milestone_description_changed') {
    if (typeof event.before === 'string' || typeof event.after === 'string' || event.field === 'budget') {
      texts.push({ label: 'Before', text: value(event.field, event.before) });
      texts.push({ label: 'After', text: value(event.field, event.after) });
    }
  }
  return texts;
}

const TIME_NOTE =
  'Times marked “page” are as Upwork showed them. Times marked “observed” are when Scope Guard first saw the ' +
  'fact, which can be later than when it happened. Times are in UTC.';

/** A readable Markdown record of one contract: terms, agreed scope, milestones, warnings, timeline. */
export function contractTimelineMarkdown(
  state: ContractState,
  events: readonly TimelineEvent[],
  warnings: readonly Warning[] = [],
): string {
  const contract = state.contract;
  const lines: string[] = [];
  lines.push(`# Contract timeline: ${inline(contract?.title ?? state.id)}`, '');
  lines.push(`- Contract: ${inline(state.id)}`);
  if (contract) {
    const kind = contract.type === 'fixed' ? 'fixed price' : 'hourly';
    const budget = contract.budget !== null ? `, budget ${inline(money(contract.budget, contract.currency))}` : '';
    lines.push(`- Type: ${kind}${budget}`);
    if (contract.clientName) lines.push(`- Client: ${inline(contract.clientName)}`);
    if (contract.startedOn) lines.push(`- Started: ${inline(contract.startedOn)}`);
    if (contract.status) lines.push(`- Status: ${inline(contract.status)}`);
  }
  if (state.roomIds.length > 0) lines.push(`- Message rooms: ${state.roomIds.map(inline).join(', ')}`);
  lines.push(`- Recorded by Scope Guard from ${formatTime(state.firstSeenAt)} to ${formatTime(state.lastSeenAt)}`);
  lines.push('', TIME_NOTE, '');

  lines.push('## Agreed scope', '');
  if (state.baseline) {
    const from = state.baseline.url ? `, from ${inline(state.baseline.url)}` : '';
    lines.push(
      `Recorded ${formatTime(state.baseline.seenAt)} (observed) from the ${inline(SOURCE_NAMES[state.baseline.source] ?? state.baseline.source)}${from}:`,
      '',
    );
    if (state.baseline.title) lines.push(`**${inline(state.baseline.title)}**`, '');
    lines.push(quote(state.baseline.text), '');
  } else {
    lines.push('No agreed scope was recorded.', '');
  }

  lines.push('## Milestones', '');
  if (state.milestones.length === 0) lines.push('No milestones were recorded.');
  state.milestones.forEach((milestone, index) => {
    lines.push(`${index + 1}. ${inline(milestone.title)}: ${inline(milestoneLine(milestone))}`);
  });
  lines.push('');

  if (warnings.length > 0) {
    lines.push('## Warnings', '');
    for (const warning of warnings) {
      lines.push(`- ${inline(warning.kind.replace(/_/g, ' '))} (${warning.severity}), since ${formatTime(warning.since)}`);
      if (warning.quote) lines.push('', quote(warning.quote, '  '), '');
    }
    lines.push('');
  }

  lines.push('## Timeline', '');
  if (events.length === 0) lines.push('Nothing was recorded yet.');
  for (const event of orderTimeline(events)) {
    lines.push(`- ${formatTime(event.at)} (${event.atSource}): ${inline(describe(event))}`);
    for (const { label, text } of textsOf(event)) {
      lines.push('');
      if (label) lines.push(`  ${label}:`, '');
      lines.push(quote(text, '  '));
    }
    if (textsOf(event).length > 0) lines.push('');
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export const CSV_COLUMNS = [
  'time',
  'time_source',
  'observed_at',
  'event',
  'description',
  'milestone',
  'field',
  'before',
  'after',
  'author',
  'text',
] as const;

/**
 * One cell: quoted, quotes doubled, and a leading = + - @ (or tab, carriage return) neutralised with
 * "'" so that a spreadsheet shows it instead of running it as a formula (CSV injection).
 */
export function csvCell(raw: string | number | null | undefined): string {
  let cell = raw == null ? '' : String(raw);
  if (/^[=+\-@\t\r]/.test(cell)) cell = `'${cell}`;
  return `"${cell.replace(/"/g, '""')}"`;
}

/**
 * The same record as CSV (RFC 4180, CRLF, with a UTF-8 byte order mark so that spreadsheets read
 * non-Latin text): the agreed scope and open warnings first, then one row per event in time order.
 */
export function contractTimelineCsv(
  state: ContractState,
  events: readonly TimelineEvent[],
  warnings: readonly Warning[] = [],
): string {
  const rows: (string | number | null | undefined)[][] = [[...CSV_COLUMNS]];
  if (state.baseline) {
    rows.push([
      state.baseline.seenAt,
      'observed',
      state.baseline.seenAt,
      'agreed_scope',
      `Agreed scope (${SOURCE_NAMES[state.baseline.source] ?? state.baseline.source})`,
      null,
      null,
      null,
      null,
      null,
      state.baseline.text,
    ]);
  }
  for (const warning of warnings) {
    rows.push([warning.since, null, null, `warning:${warning.kind}`, warning.resolvesWhen, null, null, null, null, null, warning.quote]);
  }
  for (const event of orderTimeline(events)) {
    const text = event.message?.text ?? (event.kind === 'agreement_seen' ? event.agreement?.text : null);
    rows.push([
      event.at,
      event.atSource,
      event.observedAt,
      event.kind,
      describe(event),
      event.milestone?.title ?? null,
      event.field ?? null,
      event.before ?? null,
      event.after ?? null,
      event.message?.author ?? null,
      text ?? null,
    ]);
  }
  return `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
