// The one entry point: read any Upwork page into a PageReading, choosing the reader by URL.
// Pure: no browser extension APIs, no side effects, no clock unless the caller omits `today`.

import type { PageReading } from '../core/types';
import { localDay } from './parse-date';
import { readAgreement } from './read-agreement';
import { readContracts } from './read-contracts';
import { readFreelancerName, softBlocked } from './read-page-state';
import { readRoom } from './read-room';
import { readWorkroom } from './read-workroom';
import { inboxSelectedRoom, storyItem } from './selectors';
import { getRoomId, route } from './urls';

export interface ReadOptions {
  /** "YYYY-MM-DD" in the user's calendar: what "Today" means and the year of dates shown without
   * one. Defaults to the local date of the machine running the reader. */
  today?: string;
  /** Reads a room's stories; the content script passes one that reads only what changed. */
  readRoom?: typeof readRoom;
}

export function readPage(doc: Document, url: string, options: ReadOptions = {}): PageReading {
  const today = options.today ?? localDay(new Date());
  const where = route(url);
  const readRoomStories = options.readRoom ?? readRoom;
  const freelancerName = readFreelancerName(doc);
  const base: PageReading = {
    kind: 'unknown',
    contractId: null,
    roomId: null,
    contract: null,
    milestones: [],
    messages: [],
    problems: [],
    tab: null,
    freelancerName,
  };

  // Upwork's soft-block page ("We'll be right back") is served at any URL: it is no workroom and
  // no room, so nothing of the URL's contract or room is reported as read.
  const blocked = where.page === 'unknown' ? null : softBlocked(doc);
  if (blocked) return { ...base, problems: [blocked] };

  switch (where.page) {
    case 'workroom': {
      const read = readWorkroom(doc, where.contractId, { today });
      return { ...base, kind: 'workroom', contractId: where.contractId, tab: where.tab, contract: read.contract, milestones: read.milestones, problems: read.problems };
    }
    case 'workroom-agreement': {
      const read = readWorkroom(doc, where.contractId, { today, expectMilestones: false });
      const { agreement, problems } = read.contract || !read.problems.length ? readAgreement(doc, where.tab) : { agreement: null, problems: [] };
      const contract = read.contract && agreement ? { ...read.contract, description: agreement.text } : read.contract;
      return {
        ...base,
        kind: 'workroom',
        contractId: where.contractId,
        tab: where.tab,
        contract,
        milestones: read.milestones,
        agreement,
        problems: [...read.problems, ...problems],
      };
    }
    case 'workroom-messages': {
      const read = readRoomStories(doc, { freelancerName, today });
      return { ...base, kind: 'room', contractId: where.contractId, tab: 'messages', messages: read.messages, problems: read.problems };
    }
    case 'room': {
      const read = readRoomStories(doc, { freelancerName, today });
      return { ...base, kind: 'room', roomId: where.roomId, contractId: read.contractId, messages: read.messages, problems: read.problems };
    }
    case 'inbox': {
      // The inbox shows the first room without changing the URL; read it only if it is there.
      // With no conversation open there is nothing to read: say so, still as an unknown page.
      if (!doc.querySelector(storyItem)) return { ...base, problems: ['inbox: no room is open (no conversation selected), nothing to read'] };
      const selected = doc.querySelector(inboxSelectedRoom)?.getAttribute('href');
      const roomId = selected ? getRoomId(new URL(selected, 'https://www.upwork.com/')) : null;
      const read = readRoomStories(doc, { freelancerName, today });
      return { ...base, kind: 'room', roomId, contractId: read.contractId, messages: read.messages, problems: read.problems };
    }
    case 'contracts': {
      const read = readContracts(doc);
      return { ...base, kind: 'contracts', contracts: read.contracts, problems: read.problems };
    }
    default:
      // Honest about it: nothing on this page is read (a job post, the find-work feed...).
      return { ...base, problems: ['page: not a workroom, message room or contracts list; nothing read'] };
  }
}

/**
 * The reading as the extension stores it. A page at a contract's or a room's URL that could not be
 * read at all (Upwork's soft block) is still noted against that contract or room as "not
 * understood", with nothing read from it; `parse` reports it as an unknown page.
 */
export function readingToStore(reading: PageReading, url: string): PageReading {
  if (reading.kind !== 'unknown' || reading.problems.length === 0) return reading;
  const where = route(url);
  switch (where.page) {
    case 'workroom':
    case 'workroom-agreement':
      return { ...reading, kind: 'workroom', contractId: where.contractId, tab: where.tab };
    case 'workroom-messages':
      return { ...reading, kind: 'room', contractId: where.contractId, tab: 'messages' };
    case 'room':
      return { ...reading, kind: 'room', roomId: where.roomId };
    default:
      return reading;
  }
}
