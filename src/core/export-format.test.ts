import { describe, expect, it } from 'vitest';
import { contractTimelineCsv, contractTimelineMarkdown, csvCell, escapeMarkdown, formatTime } from './export-format';
import type { ContractState, TimelineEvent, Warning } from './types';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![tracker](https://evil.example/p.png)',
  'Visit https://evil.example/login or www.evil.example or pay@evil.example',
  '# Heading',
  '- list',
  '1. numbered',
  '> quote',
  '**bold** _em_ `code` ~~strike~~ | table |',
  '&lt;script&gt; &#60;b&#62;',
  '=HYPERLINK("http://x")',
].join('\n');

const state: ContractState = {
  id: '123',
  contract: {
    id: '123',
    title: 'Logo <b>design</b>',
    clientName: 'Ann [admin](http://x)',
    type: 'fixed',
    budget: 300,
    currency: 'USD',
    startedOn: '2026-10-01',
    status: 'Active',
  },
  milestones: [
    { key: 'concepts', title: 'Concepts', amount: 100, currency: 'USD', dueOn: '2026-11-30', status: 'submitted' },
  ],
  roomIds: ['room_a'],
  baseline: { source: 'job_post', title: 'Logo', text: 'Three logo concepts.\n<script>x</script>', seenAt: '2026-10-01T08:00:00.000Z', url: 'https://www.upwork.com/jobs/~01' },
  firstSeenAt: '2026-10-01T08:00:00.000Z',
  lastSeenAt: '2026-11-21T08:00:00.000Z',
  lastProblems: [],
};

const events: TimelineEvent[] = [
  {
    id: '123:msg:story_1',
    contractId: '123',
    kind: 'message',
    at: '2026-11-10T09:05:00.000Z',
    atSource: 'page',
    observedAt: '2026-11-21T08:00:00.000Z',
    message: { id: 'story_1', sender: 'client', author: 'Ann', sentAt: '2026-11-10T09:05:00.000Z', text: HOSTILE, timeSource: 'title' },
  },
  {
    id: '123:ms-status:concepts:funded>submitted:2026-11-20',
    contractId: '123',
    kind: 'milestone_status_changed',
    at: '2026-11-20',
    atSource: 'page',
    observedAt: '2026-11-21T08:00:00.000Z',
    milestone: state.milestones[0]!,
    field: 'status',
    before: 'funded',
    after: 'submitted',
  },
  {
    id: '123:seen',
    contractId: '123',
    kind: 'contract_seen',
    at: '2026-10-01T08:00:00.000Z',
    atSource: 'observed',
    observedAt: '2026-10-01T08:00:00.000Z',
  },
];

const warnings: Warning[] = [
  {
    id: 'unpaid_scope:123:msg:story_1',
    contractId: '123',
    kind: 'unpaid_scope',
    severity: 'high',
    since: '2026-11-10T09:05:00.000Z',
    quote: '+1 more page please',
    resolvesWhen: 'A milestone for the extra work',
  },
];

/** What is left of Markdown source once every backslash escape is taken out. */
const unescaped = (markdown: string) => markdown.replace(/\\[\s\S]/g, '');

describe('escapeMarkdown', () => {
  it('leaves nothing that renders as HTML, a link, an image, an entity or a heading', () => {
    const escaped = escapeMarkdown(HOSTILE);
    const bare = unescaped(escaped);
    expect(bare).not.toMatch(/[<>[\]`*_|~&@#]/);
    expect(bare).not.toMatch(/:\/\//);
    expect(bare).not.toMatch(/www\.|evil\.example/);
    expect(bare.split('\n').some((line) => /^\s*(-|\d+\.|>|=)/.test(line))).toBe(false);
  });

  it('is reversible: taking the escapes out gives the original text', () => {
    expect(escapeMarkdown(HOSTILE).replace(/\\([\s\S])/g, '$1')).toBe(HOSTILE);
    expect(escapeMarkdown('Thanks. Can you do it by Friday? 1,5 h')).toBe('Thanks. Can you do it by Friday? 1,5 h');
  });

  it('removes control characters and normalises line breaks', () => {
    expect(escapeMarkdown('a\r\nb\u0000c\rd')).toBe('a\nbc\nd');
  });
});

describe('contractTimelineMarkdown', () => {
  const markdown = contractTimelineMarkdown(state, events, warnings);

  it('has the terms, the agreed scope, milestones, warnings and dated events in order', () => {
    expect(markdown).toContain('# Contract timeline: Logo \\<b\\>design\\</b\\>');
    expect(markdown).toContain('## Agreed scope');
    expect(markdown).toContain('> Three logo concepts.');
    expect(markdown).toContain('from https\\://www\\.upwork\\.com/jobs/\\~01:');
    expect(markdown).toContain('1. Concepts: 100 USD, due 2026-11-30, submitted');
    expect(markdown).toContain('unpaid scope (high), since 2026-11-10 09:05 UTC');
    const seen = markdown.indexOf('2026-10-01 08:00 UTC (observed): Scope Guard first saw');
    const message = markdown.indexOf('2026-11-10 09:05 UTC (page): Message from the client (Ann)');
    const status = markdown.indexOf('2026-11-20 (page): Milestone “Concepts”: funded → submitted');
    expect(seen).toBeGreaterThan(0);
    expect(message).toBeGreaterThan(seen);
    expect(status).toBeGreaterThan(message);
    expect(markdown).toContain('“observed” are when Scope Guard first saw');
  });

  it('quotes the client message line by line, escaped', () => {
    expect(markdown).toContain('  > \\<img src\\=x onerror\\=alert(1)\\>');
    expect(markdown).toContain('  > \\# Heading');
    expect(markdown).toContain('  > \\- list');
    expect(markdown).toContain('  > 1\\. numbered');
    expect(markdown).toContain('  > \\> quote');
  });

  it('lets no page text render as markup anywhere in the document', () => {
    const bare = unescaped(markdown);
    expect(bare).not.toMatch(/[<[\]`|&@]/);
    // "javascript:" stays as words: with its brackets escaped it is no link.
    expect(bare).not.toMatch(/:\/\//);
  });

  it('says when nothing was recorded', () => {
    const empty = contractTimelineMarkdown({ ...state, contract: null, baseline: null, milestones: [], roomIds: [] }, []);
    expect(empty).toContain('No agreed scope was recorded.');
    expect(empty).toContain('No milestones were recorded.');
    expect(empty).toContain('Nothing was recorded yet.');
  });
});

/** A minimal RFC 4180 reader, to check the CSV parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('csvCell', () => {
  it('quotes, doubles quotes and neutralises formulas', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+1 more')).toBe(`"'+1 more"`);
    expect(csvCell('-5')).toBe(`"'-5"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell(null)).toBe('""');
    expect(csvCell(300)).toBe('"300"');
  });
});

describe('contractTimelineCsv', () => {
  const csv = contractTimelineCsv(state, events, warnings);
  const rows = parseCsv(csv.replace(/^\ufeff/, ''));

  it('has a header, the agreed scope, warnings and one row per event in time order', () => {
    expect(csv.startsWith('\ufeff"time","time_source"')).toBe(true);
    expect(rows[0]).toEqual(['time', 'time_source', 'observed_at', 'event', 'description', 'milestone', 'field', 'before', 'after', 'author', 'text']);
    expect(rows.map((row) => row[3])).toEqual(['event', 'agreed_scope', 'warning:unpaid_scope', 'contract_seen', 'message', 'milestone_status_changed']);
    expect(rows.every((row) => row.length === 11)).toBe(true);
  });

  it('keeps page text whole, with its line breaks, and neutralises formulas', () => {
    const message = rows.find((row) => row[3] === 'message')!;
    expect(message[1]).toBe('page');
    expect(message[10]).toBe(HOSTILE);
    expect(rows.find((row) => row[3] === 'warning:unpaid_scope')![10]).toBe("'+1 more page please");
    const formula = contractTimelineCsv(state, [{ ...events[0]!, message: { ...events[0]!.message!, text: '=HYPERLINK("http://x")' } }]);
    expect(parseCsv(formula.replace(/^\ufeff/, '')).at(-1)![10]).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('formatTime', () => {
  it('shows UTC minutes, keeps bare dates and unreadable text', () => {
    expect(formatTime('2026-11-20T10:05:59+01:00')).toBe('2026-11-20 09:05 UTC');
    expect(formatTime('2026-11-20')).toBe('2026-11-20');
    expect(formatTime('soon')).toBe('soon');
  });
});
