// Generated Upwork-like pages for the benchmark: message rooms of any size and a workroom with many
// milestones, through the same page builder as the replay scenarios.
import { type MilestoneSpec, type StorySpec, roomPage, workroomPage } from '../page-builder';

export const FREELANCER = 'Ana Lima';
const CLIENT = 'Maria Garcia';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEXTS = [
  'Thanks, the latest build looks good on my phone.',
  'I pushed the changes to the staging site, please have a look when you can.',
  'Could you also add a blog section with categories and search?',
  'Great, talk tomorrow.',
  'The checkout page still shows the old prices after the update; I attached a screenshot of what I see on Safari and on Chrome, both on macOS.',
  'Sure, I will send the invoice for this milestone today.',
];

/** "November 20, 2026 at 2:07 PM" for minute `minute` after 2020-01-01 (UTC). */
function stamp(minute: number): string {
  const date = new Date(Date.UTC(2020, 0, 1) + minute * 60_000);
  const hours = date.getUTCHours();
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${h12}:${String(date.getUTCMinutes()).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** Stories `from` .. `from + count - 1`; story k is sent k*37 minutes after the first one. */
export function benchStories(from: number, count: number): StorySpec[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    // Runs of two or three stories by the same author, as in real rooms.
    const author = Math.floor(i / 3) % 2 === 0 ? CLIENT : FREELANCER;
    return { kind: 'message', id: `story_${(i + 1_000_000).toString(16)}`, at: stamp(1_000_000 + i * 37), author, text: `${TEXTS[i % TEXTS.length]} (#${i})` };
  });
}

export const roomUrl = (size: number) => `https://www.upwork.com/ab/messages/rooms/room_bench${size.toString(16).padStart(6, '0')}`;
export const workroomUrl = (contractId: string) => `https://www.upwork.com/nx/wm/workroom/${contractId}/overview`;

/** A room of `size` stories, starting at story `first` (so that older ones can be prepended); `id`
 * picks the room and its contract (`roomUrl(id)`), the size by default. */
export function benchRoomPage(size: number, first = 0, extraScript = '', id = size): string {
  const html = roomPage({
    roomId: `room_bench${id.toString(16).padStart(6, '0')}`,
    contractId: String(39_000_000 + id),
    otherParty: CLIENT,
    subtitle: 'Shop website',
    freelancerName: FREELANCER,
    stories: benchStories(first, size),
  });
  return extraScript ? html.replace('</body>', `${extraScript}\n</body>`) : html;
}

export function benchWorkroomPage(contractId: string, milestones: number): string {
  const list: MilestoneSpec[] = Array.from({ length: milestones }, (_, i) => ({
    title: `Milestone ${i + 1}: ${['Design', 'Build', 'Test', 'Launch'][i % 4]} part ${i + 1}`,
    amount: `$${(100 + i * 10).toLocaleString('en-US')}.00`,
    due: `Dec ${1 + (i % 28)}, 2026`,
    status: i < milestones / 2 ? 'Paid' : 'Active & funded',
    description: i % 3 === 0 ? `Deliverables for part ${i + 1}: pages, tests and a short handover note.` : undefined,
  }));
  return workroomPage({
    contractId,
    title: 'Large web shop build',
    clientName: CLIENT,
    freelancerName: FREELANCER,
    type: 'fixed',
    budget: '$60,000.00',
    startedOn: 'Jan 5, 2026',
    status: 'Active',
    milestones: list,
  });
}
