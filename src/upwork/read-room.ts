// A message room (`/ab/messages/rooms/room_<hex>` or the workroom's Messages tab): its messages,
// who sent each, and the contract it belongs to. Stories are read one by one with a small run
// state, so the content script can read only the story nodes added since the last reading.

import type { Message, Sender } from '../core/types';
import { type DayOptions, dayFirstOf, parseDateTime, parseDay, parseTime, withoutDate } from './parse-date';
import { pageNotReady, softBlocked } from './read-page-state';
import {
  clockOnlyText,
  contractLink,
  emptyRoomText,
  pageChrome,
  roomHeader,
  roomTitle,
  storyAttachmentName,
  storyAuthor,
  storyDayHeader,
  storyDayHeaderDate,
  storyDeleted,
  storyHeader,
  storyItem,
  storyMessage,
  storyNoise,
  storyQuote,
  storySystem,
  storyTimestamp,
  systemAuthor,
  systemStoryText,
  viewContractLink,
} from './selectors';
import { clean, hash, outermost, textLines, textOf } from './text';
import { contractIdFromHref } from './urls';

/** What reading a room needs besides the stories themselves. */
export interface RoomContext {
  /** The logged-in freelancer's name (top navigation), or null. */
  freelancerName: string | null;
  /** The room title when it names one of the room's authors (the other party of a one-to-one
   * room); null when it names a company or a group, since it then says nothing about who is who. */
  roomTitle: string | null;
  /** "YYYY-MM-DD": what "Today" in a day header means. */
  today: string;
  /** False when the room marks no story's text with a message element (an unknown variant): a
   * story without one is then not taken for a system story. */
  messageMarkup?: boolean;
}

/** What carries over from one story to the next: the day, and the sender of the current run. */
export interface StoryRun {
  /** "YYYY-MM-DD" of the last day header seen. */
  day: string | null;
  /** Author and sender of the last story with a header; follow-on stories inherit them. */
  author: string | null;
  sender: Sender | null;
  /** sentAt of the last message, for stories that show no time at all. */
  lastSentAt: string | null;
}

export const emptyRun = (): StoryRun => ({ day: null, author: null, sender: null, lastSentAt: null });

const QUOTES_AND_NOISE = `${storyQuote}, ${storyNoise}, ${storyAttachmentName}, .up-d-story-reference, .story-file-preview`;

function note(problems: string[], problem: string): void {
  if (!problems.includes(problem)) problems.push(problem);
}

/** Story items and day headers under `root`, in document (chronological) order. */
export function storyNodes(root: ParentNode): Element[] {
  return outermost(Array.from(root.querySelectorAll(`${storyItem}, ${storyDayHeader}`)));
}

/** Compares names loosely: "Maria G." matches "Maria Garcia"; case and spacing ignored. */
export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const x = clean(a).toLowerCase().replace(/\.$/, '');
  const y = clean(b).toLowerCase().replace(/\.$/, '');
  if (x === y) return true;
  const [xFirst, xLast = ''] = x.split(' ');
  const [yFirst, yLast = ''] = y.split(' ');
  if (xFirst !== yFirst || !xLast || !yLast) return false;
  return xLast.startsWith(yLast.replace(/\.$/, '')) || yLast.startsWith(xLast.replace(/\.$/, ''));
}

/** The parts of a room title that may name a person: "Hannah Bergstrom | Nordlicht Apps",
 * "Rachel Kim, Fernway Health", "Tom (Acme)". */
function titleParts(title: string): string[] {
  return [title, ...title.split(/\s*[,|·•–—(]\s*|\s+-\s+|\)/)].map(clean).filter(Boolean);
}

/** The part of the room title that names one of `authors`, or null. */
export function titleAuthor(title: string | null, authors: Iterable<string>): string | null {
  if (!title) return null;
  const list = [...authors];
  return titleParts(title).find((part) => list.some((author) => sameName(author, part))) ?? null;
}

/**
 * Who is who in a room. The top navigation's name, when it is one of the authors (or when the
 * title names none); else, in a one-to-one room, the title names the other party (the client).
 * Neither: `roomTitle` null, and the reader says it cannot tell.
 */
export function roomContextFor(
  context: Omit<RoomContext, 'roomTitle'>,
  title: string | null,
  authors: Iterable<string>,
): RoomContext {
  const list = [...authors];
  const named = titleAuthor(title, list);
  const navIsAuthor = context.freelancerName !== null && list.some((a) => sameName(a, context.freelancerName));
  if (context.freelancerName && (navIsAuthor || !named)) return { freelancerName: context.freelancerName, today: context.today, roomTitle: null };
  return { freelancerName: null, today: context.today, roomTitle: named };
}

/** Null when the page does not say who is who (no navigation and no room title naming an author). */
function senderOf(author: string, context: RoomContext): Sender | null {
  if (context.freelancerName) return sameName(author, context.freelancerName) ? 'freelancer' : 'client';
  // No navigation: in a one-to-one room the title names the other party.
  if (context.roomTitle) return sameName(author, context.roomTitle) ? 'client' : 'freelancer';
  return null;
}

/** The story's own message element (not one inside a quoted reply), or null. */
function messageElement(story: Element): Element | null {
  return Array.from(story.querySelectorAll(storyMessage)).find((el) => !el.closest(storyQuote)) ?? null;
}

function storyText(story: Element): string {
  const message = messageElement(story);
  if (message) return textLines(message, QUOTES_AND_NOISE).join('\n');
  // System stories and unknown variants: the story's text without its header and time.
  const lines = textLines(story, `${QUOTES_AND_NOISE}, ${storyHeader}, ${storyTimestamp}, ${storyDayHeader}, time`).filter((line) => !clockOnlyText.test(line));
  // A day header inside the story whose class is not recognised: its date is not the story's words.
  while (lines.length > 1 && isDayOnly(lines[0] ?? '')) lines.shift();
  return lines.join('\n');
}

/** A line that is only a day ("Nov 17, 2026", "Today"). */
const isDayOnly = (line: string) => {
  // One search finds and removes the date.
  const rest = withoutDate(line);
  return rest !== line && rest.replace(/[\s,.-]/g, '') === '';
};

function isDeleted(story: Element, text: string): boolean {
  return story.matches(storyDeleted) || story.querySelector(storyDeleted) !== null ||
    /^this message (has been|was) deleted\.?$/i.test(text);
}

/**
 * The author of an unrecognised story right before `story` (a sibling that is neither a story item
 * nor a day header but holds a story header), or null when the previous sibling is a known node.
 */
function skippedAuthor(story: Element): string | null {
  for (let el = story.previousElementSibling, i = 0; el && i < 3; el = el.previousElementSibling, i++) {
    if (el.matches(`${storyItem}, ${storyDayHeader}`) || el.querySelector(storyItem)) return null;
    const author = textOf(el.querySelector(storyHeader)?.querySelector(storyAuthor));
    if (author) return author;
  }
  return null;
}

/**
 * Reads story items (and day headers) in chronological order, continuing from `run`.
 * Returns the messages and the run to continue from with the next new nodes.
 */
export function readStories(
  nodes: Iterable<Element>,
  context: RoomContext,
  run: StoryRun = emptyRun(),
): { messages: Message[]; run: StoryRun; problems: string[] } {
  const messages: Message[] = [];
  const problems: string[] = [];
  let state = { ...run };
  let dates: DayOptions | null = null;
  for (const node of nodes) {
    dates ??= { today: context.today, dayFirst: dayFirstOf(node.ownerDocument) };
    if (node.matches(storyDayHeader)) {
      const dateEl = node.querySelector(storyDayHeaderDate) ?? node;
      state = { ...state, day: parseDay(textOf(dateEl), dates) ?? state.day };
      continue;
    }
    // A day header may sit inside the story item, before the story itself.
    const innerDay = node.querySelector(storyDayHeader);
    if (innerDay) {
      const dateEl = innerDay.querySelector(storyDayHeaderDate) ?? innerDay;
      state = { ...state, day: parseDay(textOf(dateEl), dates) ?? state.day };
    }
    const header = node.querySelector(storyHeader);
    const headerAuthor = header ? textOf(header.querySelector(storyAuthor)) : '';
    const text = storyText(node);
    const marked = node.matches(storySystem) || node.querySelector(storySystem) !== null;
    const upworkAuthor = headerAuthor !== '' && systemAuthor.text.some((t) => t.toLowerCase() === headerAuthor.toLowerCase());
    // Upwork's own stories (milestone funded, payment released, limit changed) carry no message
    // element; a person's story always has one, or an attachment. Without a header, that is a
    // system story; with one, only when its words are an event's.
    const bare = messageElement(node) === null && !node.querySelector(`${storyAttachmentName}, .up-d-story-reference, .story-file-preview`);
    const eventWords = systemStoryText.some((p) => p.test(text));
    const systemWords = (!header && (eventWords || (bare && context.messageMarkup !== false))) || (bare && eventWords);

    let author: string | null;
    let sender: Sender;
    const skipped = !marked && !upworkAuthor && !systemWords && !headerAuthor ? skippedAuthor(node) : null;
    if (marked || upworkAuthor || systemWords) {
      // Upwork's own story: no author, unless its header names a person.
      author = headerAuthor && !upworkAuthor ? headerAuthor : null;
      sender = 'system';
    } else if (headerAuthor) {
      const known = senderOf(headerAuthor, context);
      if (!known) {
        note(problems, 'messages: cannot tell the freelancer from the client (no top navigation, and the room title names no author); messages left out');
        state = { ...state, author: null, sender: null };
        continue;
      }
      author = headerAuthor;
      sender = known;
      state = { ...state, author, sender };
    } else if (skipped) {
      // The story before this follow-on is not recognised as a story (no id, renamed class) but shows
      // a sender header: the follow-on is that sender's, and that story is missing from the reading.
      note(problems, 'messages: a story with a sender header was not recognised (no story id or class); it is left out');
      const known = senderOf(skipped, context);
      if (!known) {
        note(problems, 'messages: cannot tell the freelancer from the client (no top navigation, and the room title names no author); messages left out');
        state = { ...state, author: null, sender: null };
        continue;
      }
      author = skipped;
      sender = known;
      state = { ...state, author, sender };
    } else if (state.author && state.sender) {
      author = state.author;
      sender = state.sender;
    } else {
      note(problems, 'messages: a story without a sender header follows no story with one; left out');
      continue;
    }

    const timestamp = node.querySelector(storyTimestamp);
    const full = parseDateTime(timestamp?.getAttribute('title'), dates);
    let sentAt: string;
    let timeSource: Message['timeSource'];
    if (full) {
      sentAt = full;
      timeSource = 'title';
    } else if (state.day) {
      sentAt = `${state.day}T${parseTime(textOf(timestamp)) ?? '00:00:00'}`;
      timeSource = 'day';
    } else {
      // The page shows no time at all: the previous message's time, or the day it was read.
      sentAt = state.lastSentAt ?? `${context.today}T00:00:00`;
      timeSource = 'none';
      note(problems, 'messages: some stories show no time (no timestamp title and no day header); their sentAt is a stand-in');
    }
    state = { ...state, lastSentAt: sentAt };

    if (isDeleted(node, text)) continue;
    const attachments = Array.from(node.querySelectorAll(storyAttachmentName))
      .filter((el) => !el.closest(storyQuote))
      .map((el) => textOf(el))
      .filter(Boolean);
    if (!text && !attachments.length) continue;

    // 'Upwork' stands in for a system story's missing author so that ids stay those of earlier versions.
    const id = /^story_/.test(node.id) ? node.id : `msg_${hash(`${author ?? 'Upwork'}\n${sentAt}\n${text}`)}`;
    const message: Message = { id, sender, author, sentAt, text, timeSource };
    if (attachments.length) message.attachments = attachments;
    messages.push(message);
  }
  return { messages, run: state, problems };
}

/** The contract a room belongs to: the "View contract" action, else a contract link in the header, else the one contract linked anywhere. */
export function readRoomContractId(doc: Document): string | null {
  // The action may be a link, a button without href, or a wrapper around a link.
  for (const action of Array.from(doc.querySelectorAll(viewContractLink))) {
    const link = action.matches('[href]') ? action : (action.querySelector('a[href]') ?? action.closest('a[href]'));
    const fromAction = contractIdFromHref(link?.getAttribute('href') ?? action.getAttribute('data-href'));
    if (fromAction) return fromAction;
  }
  for (const header of Array.from(doc.querySelectorAll(roomHeader))) {
    for (const link of Array.from(header.querySelectorAll(contractLink))) {
      const id = contractIdFromHref(link.getAttribute('href'));
      if (id) return id;
    }
  }
  const ids = new Set(
    Array.from(doc.querySelectorAll(contractLink))
      .map((link) => contractIdFromHref(link.getAttribute('href')))
      .filter((id): id is string => id !== null),
  );
  return ids.size === 1 ? [...ids][0] ?? null : null;
}

export interface RoomReading {
  messages: Message[];
  contractId: string | null;
  roomTitle: string | null;
  problems: string[];
}

export function readRoom(doc: Document, context: Omit<RoomContext, 'roomTitle'>): RoomReading {
  const blocked = softBlocked(doc);
  if (blocked) return { messages: [], contractId: null, roomTitle: null, problems: [blocked] };
  const title = textOf(doc.querySelector(roomTitle)) || null;
  const nodes = storyNodes(doc);
  const problems: string[] = [];
  if (!nodes.some((n) => n.matches(storyItem))) {
    if (title && emptyRoomText.test(textOf(doc.body, pageChrome))) {
      return { messages: [], contractId: readRoomContractId(doc), roomTitle: title, problems };
    }
    const notReady = title ? null : pageNotReady(doc);
    problems.push(notReady ?? 'messages: no story items ([id^="story_"]) found');
    return { messages: [], contractId: readRoomContractId(doc), roomTitle: title, problems };
  }
  const authors = nodes.map((n) => textOf(n.querySelector(storyHeader)?.querySelector(storyAuthor))).filter(Boolean);
  const read = readStories(nodes, { ...roomContextFor(context, title, authors), messageMarkup: hasMessageMarkup(doc) });
  // Upwork renders stories oldest first in the DOM (the viewport only looks bottom-up), so
  // document order is chronological order.
  return { messages: read.messages, contractId: readRoomContractId(doc), roomTitle: title, problems: [...problems, ...read.problems] };
}

/** Does the room mark stories' text with message elements (the documented markup)? */
export function hasMessageMarkup(root: ParentNode): boolean {
  return root.querySelector(storyMessage) !== null;
}
