// Pages and checks shared by the store's end-to-end tests: a workroom and its message room built
// with the page builder, a room whose messages a page script keeps appending, and a look at what
// the extension holds (every event once).
import { expect } from 'vitest';
import { type RoomSpec, type StorySpec, roomPage, storyHtml, workroomPage } from '../../src/dev/page-builder';
import { type ExtensionSession, waitFor } from '../../src/dev/harness';
import type { StateDump } from '../../src/protocol/views';

export const FREELANCER = 'Dana Freelancer';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function workroomUrl(contractId: string): string {
  return `https://www.upwork.com/nx/wm/workroom/${contractId}/overview`;
}

export function roomUrl(roomId: string): string {
  return `https://www.upwork.com/ab/messages/rooms/${roomId}`;
}

export function contractPage(contractId: string): string {
  return workroomPage({
    contractId,
    title: `Landing page ${contractId}`,
    clientName: 'Jamie Client',
    freelancerName: FREELANCER,
    type: 'fixed',
    budget: '$1,200.00',
    startedOn: 'Nov 1, 2026',
    status: 'Active',
    milestones: [
      { title: 'Design', amount: '$400.00', due: 'Nov 20, 2026', status: 'Paid' },
      { title: 'Build', amount: '$800.00', due: 'Dec 5, 2026', status: 'Active & funded' },
    ],
  });
}

/** Message `index` of a room: one a minute from Nov 2, 2026, alternating client and freelancer. */
export function story(roomId: string, index: number): StorySpec {
  const minutes = 9 * 60 + index;
  const day = 2 + Math.floor(minutes / (24 * 60));
  const inDay = minutes % (24 * 60);
  const hour = Math.floor(inDay / 60);
  const clock = `${((hour + 11) % 12) + 1}:${String(inDay % 60).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
  return {
    kind: 'message',
    id: `story_${roomId.slice(5)}_${String(index).padStart(5, '0')}`,
    at: `${MONTHS[10]} ${day}, 2026 at ${clock}`,
    author: index % 2 === 0 ? 'Jamie Client' : FREELANCER,
    text: `Message ${index} of ${roomId}: the build is going well, see the staging link.`,
  };
}

export function roomSpec(roomId: string, contractId: string, count: number, padding = 0): RoomSpec {
  const stories = Array.from({ length: count }, (_, i) => {
    const s = story(roomId, i);
    return padding > 0 && s.kind === 'message' ? { ...s, text: `${s.text} ${'Lorem ipsum dolor sit amet. '.repeat(padding)}` } : s;
  });
  return { roomId, contractId, otherParty: 'Jamie Client', subtitle: `Landing page ${contractId}`, freelancerName: FREELANCER, stories };
}

/**
 * A room showing `initial` messages, whose page script then appends `more`, one every `everyMs`,
 * the way Upwork's app adds messages as they arrive. The page sets `data-appended` on <body>.
 */
export function burstRoomPage(roomId: string, contractId: string, initial: number, more: number, everyMs: number): string {
  const base = roomPage(roomSpec(roomId, contractId, initial));
  const later = Array.from({ length: more }, (_, i) => storyHtml(story(roomId, initial + i), null, null));
  const script = `<script>
(() => {
  const stories = ${JSON.stringify(later).replace(/</g, '\\u003c')};
  let next = 0;
  const timer = setInterval(() => {
    const list = document.querySelector('.story-list');
    if (!list) return;
    list.insertAdjacentHTML('beforeend', stories[next++]);
    document.body.dataset.appended = String(next);
    if (next >= stories.length) clearInterval(timer);
  }, ${everyMs});
})();
</script>`;
  return base.replace('</body>', `${script}\n</body>`);
}

export async function dump(session: ExtensionSession): Promise<StateDump> {
  const reply = await session.call<StateDump>('state.dump', {});
  expect(reply.ok, reply.error).toBe(true);
  return reply.value as StateDump;
}

/** Every event id once, and per contract its message ids. */
export function checkOnce(state: StateDump): Map<string, string[]> {
  const ids = state.contracts.flatMap((c) => c.events.map((e) => e.id));
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  expect(repeated, 'event ids stored more than once').toEqual([]);
  const messages = new Map<string, string[]>();
  for (const contract of state.contracts) {
    const list = contract.events.filter((e) => e.kind === 'message').map((e) => e.message?.id ?? '');
    messages.set(contract.id, list);
    expect(new Set(list).size, `message events of ${contract.id}`).toBe(list.length);
  }
  return messages;
}

export function expectedMessageIds(roomId: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => story(roomId, i).id).sort();
}

/** The timelines of a dump without the times that depend on when they were recorded. */
export function timelines(state: StateDump): Record<string, string[]> {
  return Object.fromEntries(state.contracts.map((c) => [c.id, c.events.map((e) => `${e.kind} ${e.id} ${e.at} ${e.observedAt}`).sort()]));
}

/** Waits until the stored messages of `contractId` are exactly the first `count` of `roomId`. */
export async function waitForMessages(session: ExtensionSession, contractId: string, roomId: string, count: number, timeoutMs = 60_000) {
  const want = expectedMessageIds(roomId, count);
  await waitFor(
    async () => {
      const messages = checkOnce(await dump(session)).get(contractId) ?? [];
      return messages.length >= count;
    },
    timeoutMs,
    `${count} messages of ${roomId} stored`,
  );
  expect([...(checkOnce(await dump(session)).get(contractId) ?? [])].sort()).toEqual(want);
}
