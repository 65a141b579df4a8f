// Reading a room bit by bit, as the app renders it, gives the messages of one pass over the whole
// room: new stories at the bottom, older ones prepended (some of which change how the first story
// shown before reads), wrappers full of stories, edited stories.
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../core/types';
import { roomPage, type StorySpec, storiesHtml } from '../dev/page-builder';
import { type RoomContext, readRoom } from '../upwork/read-room';
import { readFreelancerName } from '../upwork/read-page-state';
import { fixtures, loadFixture } from '../upwork/test-fixtures';
import { IncrementalRoom } from './incremental-room';

const ROOM = 'https://www.upwork.com/ab/messages/rooms/room_0a1b2c3d';
const context = { freelancerName: 'Ana Lima', today: '2026-11-26' };

function stories(count: number, from = 0): StorySpec[] {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const day = 1 + Math.floor(i / 7);
    const author = i % 5 < 3 ? 'Maria Garcia' : 'Ana Lima';
    return { kind: 'message', id: `story_${String(i).padStart(5, '0')}`, at: `November ${day}, 2026 at ${1 + (i % 11)}:0${i % 10} PM`, author, text: `Message ${i}: could you also add page ${i}?` };
  });
}

function setUp(shown: StorySpec[]) {
  const html = roomPage({ roomId: 'room_0a1b2c3d', contractId: '38123456', otherParty: 'Maria Garcia', subtitle: 'Website', freelancerName: 'Ana Lima', stories: shown });
  const { window } = new JSDOM(html, { url: ROOM });
  const doc = window.document;
  const viewport = doc.querySelector('#story-viewport') as Element;
  const list = doc.querySelector('.story-list') as Element;
  const room = new IncrementalRoom(viewport);
  const observer = new window.MutationObserver(() => {});
  observer.observe(viewport, { childList: true, subtree: true, characterData: true });
  const seen = new Map<string, Message>();
  const read = () => {
    room.noteMutations(observer.takeRecords(), () => false);
    const reading = readFully(room, doc, context);
    for (const m of reading.messages) seen.set(m.id, m);
    return reading;
  };
  const fragment = (specs: StorySpec[]) => {
    const template = doc.createElement('template');
    // Test-only markup built by the page builder (every text escaped there).
    template.innerHTML = storiesHtml(specs);
    return template.content;
  };
  const byId = (messages: Message[]) => [...messages].sort((a, b) => a.id.localeCompare(b.id));
  const onePass = () => byId(readRoom(doc, context).messages);
  return { doc, list, room, observer, read, fragment, seen: () => byId([...seen.values()]), onePass };
}

/** A first reading of a long room comes in slices: read until it is done, as the content script does. */
function readFully(room: IncrementalRoom, doc: Document, roomContext: Omit<RoomContext, 'roomTitle'>) {
  const reading = room.read(doc, roomContext);
  const messages = [...reading.messages];
  let last = reading;
  for (let slices = 0; room.pending; slices++) {
    if (slices > 10_000) throw new Error('the reading never finishes');
    last = room.read(doc, roomContext);
    messages.push(...last.messages);
  }
  return { ...last, messages };
}

describe('IncrementalRoom', () => {
  it('reads appended and prepended stories like one pass, reading only what changed', () => {
    const all = stories(60);
    const page = setUp(all.slice(20, 40));
    const first = page.read();
    expect(first.messages).toHaveLength(20);
    // Newer messages at the bottom, one by one and then a wrapper of several.
    for (const spec of all.slice(40, 45)) {
      page.list.append(page.fragment(all.slice(0, 0).concat([spec])));
      expect(page.read().messages.map((m) => m.id)).toEqual([spec.id]);
    }
    const wrapper = page.doc.createElement('div');
    wrapper.append(page.fragment(all.slice(45, 60)));
    page.list.append(wrapper);
    expect(page.read().messages).toHaveLength(15);
    // Older ones on top, as when the user scrolls up.
    page.list.prepend(page.fragment(all.slice(0, 20)));
    const older = page.read();
    expect(older.messages.length).toBeGreaterThanOrEqual(20);
    expect(older.messages.length).toBeLessThanOrEqual(22);
    expect(page.seen()).toEqual(page.onePass());
    expect(page.read().messages).toEqual([]);
  });

  it('re-reads a follow-on story whose sender only the prepended stories tell', () => {
    // Two stories by the same author: the second has no header. Shown alone it cannot be read.
    const specs: StorySpec[] = [
      { kind: 'message', id: 'story_a', at: 'November 3, 2026 at 2:00 PM', author: 'Maria Garcia', text: 'Hi Ana' },
      { kind: 'message', id: 'story_b', at: 'November 3, 2026 at 2:01 PM', author: 'Maria Garcia', text: 'Please also add a blog.' },
      { kind: 'message', id: 'story_c', at: 'November 3, 2026 at 3:00 PM', author: 'Ana Lima', text: 'Sure, as a new milestone.' },
    ];
    const html = storiesHtml(specs);
    const page = setUp([]);
    // The page builder drops the header of story_b (same author as story_a): show only b and c.
    const template = page.doc.createElement('template');
    template.innerHTML = html;
    const [dayHeader, a, b, c] = Array.from(template.content.children);
    page.list.append(b as Element, c as Element);
    const before = page.read();
    expect(before.messages.map((m) => m.id)).toEqual(['story_c']);
    expect(before.problems.join(' ')).toMatch(/without a sender header/);
    page.list.prepend(dayHeader as Element, a as Element);
    const after = page.read();
    expect(after.messages.map((m) => m.id).sort()).toEqual(['story_a', 'story_b', 'story_c']);
    expect(after.problems).toEqual([]);
    expect(page.seen()).toEqual(page.onePass());
  });

  it('re-reads a story whose text the app changed, and ignores our own nodes', () => {
    const page = setUp(stories(10));
    page.read();
    const p = page.doc.querySelector('#story_00004 [data-test="story-message"] p') as Element;
    p.textContent = 'Edited: also a logo please';
    const edited = page.read();
    expect(edited.messages.map((m) => [m.id, m.text])).toEqual([['story_00004', 'Edited: also a logo please']]);
    expect(page.read().messages).toEqual([]);
  });
});

describe('IncrementalRoom over the saved rooms', () => {
  const rooms = Object.keys(fixtures).filter((name) => name.startsWith('room-') || name === 'inbox.html');
  it.each(rooms)('%s reads as one pass', (name) => {
    const { doc, today } = loadFixture(name);
    const both = { freelancerName: readFreelancerName(doc), today };
    const incremental = readFully(new IncrementalRoom(doc.body), doc, both);
    const whole = readRoom(doc, both);
    expect(incremental.messages).toEqual(whole.messages);
    expect(incremental.contractId).toBe(whole.contractId);
    expect([...incremental.problems].sort()).toEqual([...whole.problems].sort());
  });
});

describe('IncrementalRoom slices', () => {
  it('reads a long room in slices that each stop after a few milliseconds, with the messages of one pass', () => {
    const specs = stories(200);
    const html = roomPage({ roomId: 'room_0a1b2c3d', contractId: '38123456', otherParty: 'Maria Garcia', subtitle: 'Website', freelancerName: 'Ana Lima', stories: specs });
    const doc = new JSDOM(html, { url: ROOM }).window.document;
    const room = new IncrementalRoom(doc.querySelector('#story-viewport') as Element);
    const messages: Message[] = [];
    let slices = 0;
    do {
      messages.push(...room.read(doc, context).messages);
      slices++;
    } while (room.pending);
    expect(slices).toBeGreaterThan(1);
    expect(messages).toEqual(readRoom(doc, context).messages);
  });
});

describe('IncrementalRoom slices while the app changes the room', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads stories added or edited between the slices of a first reading before it says it is done', () => {
    // Each clock reading moves 5 ms on: a slice reads three stories, as on a busy machine.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5));
    const all = stories(40);
    const page = setUp(all.slice(0, 30));
    const seen = new Map<string, Message>();
    const take = (messages: Message[]) => {
      for (const m of messages) seen.set(m.id, m);
    };
    const step = () => {
      page.room.noteMutations(page.observer.takeRecords(), () => false);
      take(page.room.read(page.doc, context).messages);
    };
    step();
    expect(page.room.pending).toBe(true);
    // Between slices the app appends new messages and edits one already read.
    page.list.append(page.fragment(all.slice(30, 35)));
    const first = page.doc.querySelector('#story_00001 [data-test="story-message"] p') as Element;
    first.textContent = 'Edited while the room was being read';
    step();
    page.list.append(page.fragment(all.slice(35, 40)));
    // As the content script does: read on while the room says a reading is pending, then send.
    for (let slices = 0; page.room.pending; slices++) {
      if (slices > 1000) throw new Error('the reading never finishes');
      step();
    }
    const byId = (messages: Message[]) => [...messages].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId([...seen.values()])).toEqual(page.onePass());
    expect(seen.get('story_00001')?.text).toBe('Edited while the room was being read');
    expect(seen.size).toBe(40);
  });
});
