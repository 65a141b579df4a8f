import { describe, expect, it } from 'vitest';
import type { Warning } from './types';
import { groupByMessage } from './warning-groups';

const warning = (over: Partial<Warning>): Warning => ({
  id: 'w',
  contractId: '40100001',
  kind: 'unpaid_scope',
  severity: 'high',
  since: '2026-11-21T10:00:00',
  quote: null,
  resolvesWhen: '',
  ...over,
});

describe('groupByMessage', () => {
  it('puts the warnings of one client message on one card, the quote once', () => {
    const quote = 'Please also add an online ordering page; I will approve the milestone after that.';
    const groups = groupByMessage([
      warning({ id: 'unpaid_scope:m1', kind: 'unpaid_scope', messageId: 'm1', quote }),
      warning({ id: 'approval_blocked:m1', kind: 'approval_blocked', messageId: 'm1', quote }),
      warning({ id: 'review_deadline:1', kind: 'review_deadline', severity: 'medium', quote: null }),
    ]);
    expect(groups.map((g) => g.warnings.map((w) => w.kind))).toEqual([['unpaid_scope', 'approval_blocked'], ['review_deadline']]);
    expect(groups[0]?.quotes).toEqual([quote]);
    expect(groups[0]?.messageId).toBe('m1');
    expect(groups[1]?.quotes).toEqual([]);
    expect(groups[1]?.messageId).toBeNull();
  });

  it('keeps two different sentences of one message, and one sentence inside a longer quote once', () => {
    const groups = groupByMessage([
      warning({ id: 'a', messageId: 'm1', quote: 'Also add a blog.' }),
      warning({ id: 'b', kind: 'approval_blocked', messageId: 'm1', quote: 'I will not approve until then.' }),
      warning({ id: 'c', kind: 'approval_blocked', messageId: 'm2', quote: 'Add a  shop.' }),
      warning({ id: 'd', messageId: 'm2', quote: 'Add a shop. I will not approve before it is live.' }),
    ]);
    expect(groups.map((g) => g.quotes)).toEqual([
      ['Also add a blog.', 'I will not approve until then.'],
      ['Add a shop. I will not approve before it is live.'],
    ]);
  });

  it('does not merge the same message id across contracts, nor warnings without a message', () => {
    const groups = groupByMessage([
      warning({ id: 'a', messageId: 'm1' }),
      warning({ id: 'b', contractId: '2', messageId: 'm1' }),
      warning({ id: 'c', kind: 'terms_changed', severity: 'medium' }),
      warning({ id: 'd', kind: 'terms_changed', severity: 'medium' }),
    ]);
    expect(groups).toHaveLength(4);
  });

  it('orders groups by severity, then by their first warning, and puts the most severe first inside one', () => {
    const groups = groupByMessage([
      warning({ id: 'x', severity: 'info', kind: 'hourly_over_limit', messageId: 'm9', since: '2026-11-22T00:00:00' }),
      warning({ id: 'y', messageId: 'm1' }),
      warning({ id: 'z', severity: 'high', kind: 'approval_blocked', messageId: 'm9', since: '2026-11-20T00:00:00' }),
    ]);
    expect(groups.map((g) => g.warnings.map((w) => w.id))).toEqual([['z', 'x'], ['y']]);
    // A group of notes comes after one with a high warning, whatever the input order.
    const later = groupByMessage([warning({ id: 'n', severity: 'info', kind: 'hourly_over_limit' }), warning({ id: 'h', messageId: 'm1' })]);
    expect(later.map((g) => g.warnings[0]?.id)).toEqual(['h', 'n']);
    expect(groups[0]?.severity).toBe('high');
    expect(groups[0]?.since).toBe('2026-11-20T00:00:00');
  });

  it('returns nothing for no warnings and leaves its input alone', () => {
    expect(groupByMessage([])).toEqual([]);
    const input = [warning({ id: 'a', messageId: 'm' }), warning({ id: 'b', severity: 'info', messageId: 'm' })];
    const copy = structuredClone(input);
    groupByMessage(input);
    expect(input).toEqual(copy);
  });
});
