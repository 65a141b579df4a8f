// A large store through a real product path: an export file of `contracts` contracts with
// `eventsPerContract` events each (milestones and messages, a third of the contracts with a client
// asking for extra work), imported with `data.import` as the options page does.
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../background/export-schema';
import type { ContractState, TimelineEvent } from '../../core/types';

export function generatedExport(contracts: number, eventsPerContract: number): string {
  const states: ContractState[] = [];
  const events: TimelineEvent[] = [];
  const base = Date.UTC(2026, 0, 1);
  const iso = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  for (let c = 0; c < contracts; c++) {
    const id = String(40_000_000 + c);
    const start = c * 90;
    const milestones = [0, 1, 2].map((m) => ({ key: `part ${m + 1}`, title: `Part ${m + 1}`, amount: 500 + m * 250, currency: 'USD', dueOn: '2026-12-01', status: m === 0 ? ('paid' as const) : ('funded' as const) }));
    states.push({
      id,
      contract: { id, title: `Contract ${c + 1}: shop website`, clientName: `Client ${c + 1}`, type: 'fixed', budget: 1500, currency: 'USD', startedOn: '2026-01-05', status: 'Active' },
      milestones,
      roomIds: [],
      baseline: null,
      firstSeenAt: iso(start),
      lastSeenAt: iso(start + eventsPerContract),
      lastProblems: [],
    });
    for (const [m, milestone] of milestones.entries()) {
      events.push({ id: `${id}:milestone_added:${milestone.key}`, contractId: id, kind: 'milestone_added', at: iso(start + m), atSource: 'observed', observedAt: iso(start + m), milestone });
    }
    for (let e = milestones.length; e < eventsPerContract; e++) {
      const client = e % 2 === 0;
      const asks = client && c % 3 === 0 && e === eventsPerContract - 2;
      const text = asks ? 'Could you also add a blog section with search? I need it before I approve.' : client ? `Thanks, looks good (${e}).` : `Update ${e}: pushed to staging.`;
      const messageId = `story_${c.toString(16)}_${e}`;
      events.push({
        id: `${id}:message:${messageId}`,
        contractId: id,
        kind: 'message',
        at: iso(start + e),
        atSource: 'page',
        observedAt: iso(start + e),
        message: { id: messageId, sender: client ? 'client' : 'freelancer', author: client ? `Client ${c + 1}` : 'Ana Lima', sentAt: iso(start + e), text, timeSource: 'title' },
      });
    }
  }
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: iso(contracts * 90 + 60), contracts: states, events, rooms: [], dismissals: [] });
}
