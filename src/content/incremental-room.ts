// Reads a message room a little at a time: the story nodes the app added (new messages at the
// bottom, older ones prepended as the user scrolls up) and the stories whose content changed, each
// continuing from the run state (day, sender) of the story just before it. A story read before is
// read again only when what precedes it now leaves it a different run state (older stories
// prepended above a follow-on story that had no sender header), so the messages are the same as one
// pass over the whole room (readRoom), at a cost proportional to what changed.
import type { Message } from '../core/types';
import { emptyRun, hasMessageMarkup, readRoom, readStories, type RoomContext, type RoomReading, roomContextFor, type StoryRun, storyNodes } from '../upwork/read-room';
import { readRoomContractId } from '../upwork/read-room';
import { roomTitle, storyAuthor, storyDayHeader, storyHeader, storyItem } from '../upwork/selectors';
import { textOf } from '../upwork/text';

const STORY_NODE = `${storyItem}, ${storyDayHeader}`;

interface NodeReading {
  runBefore: StoryRun;
  runAfter: StoryRun;
  messages: Message[];
  problems: string[];
}

/** The longest a reading runs before it lets the page go on (a long task is 50 ms). */
const SLICE_MS = 12;
/**
 * The first slice of a first reading may run longer: a room of a few hundred messages is then read
 * in one go, in the task in which the app rendered it, and sent at once. Stopping at SLICE_MS
 * instead left the rest until after the page had drawn every story the app added (tens of ms on a
 * slow machine), and the banner waited for that. Still well under a long task.
 */
const FIRST_SLICE_MS = 25;

const sameRun = (a: StoryRun, b: StoryRun) =>
  a.day === b.day && a.author === b.author && a.sender === b.sender && a.lastSentAt === b.lastSentAt;

export class IncrementalRoom {
  /** Story nodes read so far, in document order. */
  private known: Element[] = [];
  private readonly knownSet = new Set<Element>();
  private cache = new WeakMap<Element, NodeReading>();
  /** Nodes added or changed since the last reading. */
  private readonly touched = new Set<Element>();
  /** Header authors seen: whether the room title names one of them decides who is who without the navigation. */
  private readonly authors = new Set<string>();
  private readonly problemCounts = new Map<string, number>();
  private contextKey = '';
  private full = true;
  /** A first reading of a long room goes in slices: where the next slice starts, and its context. */
  private resume: { at: number; run: StoryRun; context: RoomContext } | null = null;

  /**
   * True while a reading is not finished: call read() again soon (after yielding to the page). That
   * is while a first reading goes on in slices, and after it while stories the app added or changed
   * in the meantime are unread (a story already read in an earlier slice and edited since is among
   * them). Without the second part those stories waited for the app's next change, which in a room
   * that had gone quiet never came (the burst test lost a room's last 150 messages that way).
   */
  get pending(): boolean {
    return this.resume !== null || (!this.full && this.touched.size > 0);
  }

  constructor(private readonly container: Element) {}

  /** Takes note of what the app changed; `ours` tells Scope Guard's own nodes (markers). */
  noteMutations(records: Iterable<MutationRecord>, ours: (node: Node) => boolean): void {
    if (this.full) return;
    for (const record of records) {
      if (record.type === 'childList') {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === 1 && !ours(node)) this.noteAdded(node as Element);
          else if (node.nodeType === 3) this.noteChanged(record.target);
        }
        let removedOurs = true;
        for (const node of Array.from(record.removedNodes)) if (!ours(node)) removedOurs = false;
        if (!removedOurs) this.noteChanged(record.target);
        if (!removedOurs) this.dropDisconnected = true;
      } else {
        this.noteChanged(record.target);
      }
    }
  }

  private dropDisconnected = false;

  private noteAdded(el: Element): void {
    const story = el.parentElement?.closest(storyItem);
    if (story && this.container.contains(story)) {
      this.touched.add(story);
      return;
    }
    if (el.matches(STORY_NODE)) this.touched.add(el);
    // A wrapper with stories inside (a page of older messages); nested matches are left out below.
    else if (el.firstElementChild) for (const inner of Array.from(el.querySelectorAll(STORY_NODE))) this.touched.add(inner);
  }

  private noteChanged(target: Node): void {
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    const story = el?.closest(storyItem);
    if (story && this.knownSet.has(story)) this.touched.add(story);
  }

  /**
   * The room as readRoom reads it, except that `messages` holds only the messages of the stories
   * read this time (the caller keeps what it has sent).
   */
  read(doc: Document, context: Omit<RoomContext, 'roomTitle'>): RoomReading {
    const title = textOf(doc.querySelector(roomTitle)) || null;
    if (this.full || this.known.length === 0) return this.readAll(doc, context, title);
    if (this.resume) return { messages: this.readSlice(), contractId: readRoomContractId(doc), roomTitle: title, problems: this.problems() };
    if (this.dropDisconnected) {
      this.dropDisconnected = false;
      // Stories the app dropped (a virtualised list): what they said was read; the rest keep theirs.
      for (const node of this.known) if (!node.isConnected) this.forget(node);
      this.known = this.known.filter((node) => node.isConnected);
    }
    const added = this.takeTouched();
    for (const node of added) if (!this.knownSet.has(node)) this.learnAuthor(node);
    const roomContext = this.context(context, title);
    const key = JSON.stringify(roomContext);
    if (key !== this.contextKey) return this.readAll(doc, context, title);
    this.place(added.filter((node) => !this.knownSet.has(node)));
    const messages = this.readFrom(new Set(added), roomContext);
    return { messages, contractId: readRoomContractId(doc), roomTitle: title, problems: this.problems() };
  }

  /** The first reading, or after the context changed: every story node under the container. */
  private readAll(doc: Document, context: Omit<RoomContext, 'roomTitle'>, title: string | null): RoomReading {
    // The first slice's time counts from here: finding and learning every story of a long room
    // comes out of it, so that the task stays under a long task however long the room.
    const deadline = performance.now() + FIRST_SLICE_MS;
    this.full = false;
    this.resume = null;
    this.touched.clear();
    this.dropDisconnected = false;
    for (const node of this.known) this.forget(node);
    this.cache = new WeakMap();
    this.known = storyNodes(this.container);
    for (const node of this.known) this.knownSet.add(node);
    for (const node of this.known) this.learnAuthor(node);
    if (!this.known.some((node) => node.matches(storyItem))) {
      // No stories yet (loading, or an empty room): the one-pass reader says which.
      this.full = true;
      this.known = [];
      this.knownSet.clear();
      return readRoom(doc, context);
    }
    const roomContext = this.context(context, title);
    this.contextKey = JSON.stringify(roomContext);
    this.resume = { at: 0, run: emptyRun(), context: roomContext };
    const messages = this.readSlice(deadline);
    return { messages, contractId: readRoomContractId(doc), roomTitle: title, problems: this.problems() };
  }

  /** Reads on from where the first reading stopped until `deadline` (at least one story), so that
   * a room of thousands of messages never holds the page for a long task. */
  private readSlice(deadline = performance.now() + SLICE_MS): Message[] {
    const messages: Message[] = [];
    const resume = this.resume;
    if (!resume) return messages;
    let { at, run } = resume;
    while (at < this.known.length) {
      const node = this.known[at] as Element;
      const read = readStories([node], resume.context, run);
      this.countProblems(read.problems, 1);
      this.cache.set(node, { runBefore: run, runAfter: read.run, messages: read.messages, problems: read.problems });
      for (const message of read.messages) messages.push(message);
      run = read.run;
      at++;
      if (performance.now() > deadline) break;
    }
    this.resume = at < this.known.length ? { at, run, context: resume.context } : null;
    return messages;
  }

  private context(context: Omit<RoomContext, 'roomTitle'>, title: string | null): RoomContext {
    return { ...roomContextFor(context, title, this.authors), messageMarkup: hasMessageMarkup(this.container) };
  }

  private learnAuthor(node: Element): void {
    const author = textOf(node.querySelector(storyHeader)?.querySelector(storyAuthor));
    if (author) this.authors.add(author);
  }

  private takeTouched(): Element[] {
    const nodes: Element[] = [];
    for (const node of this.touched) {
      if (!node.isConnected || !this.container.contains(node)) continue;
      // A story inside another story (a quoted story) is part of the outer one.
      const outer = node.parentElement?.closest(storyItem);
      if (outer && this.container.contains(outer)) continue;
      nodes.push(node);
    }
    this.touched.clear();
    return nodes;
  }

  /**
   * Puts new nodes at their place in document order. Each one is placed after the nearest story
   * node before it (found by walking back through the document, which costs the distance to it,
   * where Blink's compareDocumentPosition walks every sibling of a long story list).
   */
  private place(fresh: Element[]): void {
    if (fresh.length === 0) return;
    const freshSet = new Set(fresh);
    const after = new Map<Element | null, Element>();
    for (const node of fresh) after.set(this.previousStoryNode(node, freshSet), node);
    // Chains of new nodes, each hanging off a known node (or off the start of the room).
    for (const [anchor, first] of after) {
      if (anchor !== null && freshSet.has(anchor)) continue;
      const chain: Element[] = [];
      for (let node: Element | undefined = first; node; node = after.get(node)) chain.push(node);
      const at = anchor === null ? 0 : this.indexOf(anchor) + 1;
      this.known.splice(at, 0, ...chain);
      for (const node of chain) this.knownSet.add(node);
    }
  }

  /** The story node (known or new) just before `node` in document order within the room, or null. */
  private previousStoryNode(node: Element, fresh: ReadonlySet<Element>): Element | null {
    let current: Element = node;
    for (;;) {
      let previous = current.previousElementSibling;
      if (!previous) {
        const parent = current.parentElement;
        if (!parent || parent === this.container) return null;
        current = parent;
        continue;
      }
      // Down to the last story node inside the previous sibling, if any.
      while (!this.knownSet.has(previous) && !fresh.has(previous) && previous.lastElementChild) {
        const inner: Element | null = previous.lastElementChild;
        if (!inner) break;
        // Only descend where a story node can be; a story item itself is a leaf for this walk.
        if (previous.matches(storyItem)) break;
        previous = inner;
      }
      if (this.knownSet.has(previous) || fresh.has(previous)) return previous;
      current = previous;
    }
  }

  private forget(node: Element): void {
    this.knownSet.delete(node);
    const reading = this.cache.get(node);
    if (reading) this.countProblems(reading.problems, -1);
  }

  /** Reads `nodes` and, after each, the following nodes whose run state it changes. */
  private readFrom(nodes: Set<Element>, context: RoomContext): Message[] {
    const messages: Message[] = [];
    if (nodes.size === 0) return messages;
    const indices: number[] = [];
    // Walking the known list is cheap next to reading; new nodes are few or the whole room.
    if (nodes.size === this.known.length) for (let i = 0; i < this.known.length; i++) indices.push(i);
    else for (const node of nodes) indices.push(this.indexOf(node));
    indices.sort((a, b) => a - b);
    let last = -1;
    for (const start of indices) {
      if (start <= last) continue;
      let i = start;
      let run = i > 0 ? (this.cache.get(this.known[i - 1] as Element)?.runAfter ?? emptyRun()) : emptyRun();
      for (;;) {
        const node = this.known[i] as Element;
        const read = readStories([node], context, run);
        const before = this.cache.get(node);
        if (before) this.countProblems(before.problems, -1);
        this.countProblems(read.problems, 1);
        this.cache.set(node, { runBefore: run, runAfter: read.run, messages: read.messages, problems: read.problems });
        for (const message of read.messages) messages.push(message);
        last = i;
        run = read.run;
        const next = this.known[i + 1];
        if (!next) break;
        const cached = this.cache.get(next);
        // The next node was read from the same state and is not touched: the rest stands.
        if (cached && sameRun(cached.runBefore, run) && !nodes.has(next)) break;
        i++;
      }
    }
    return messages;
  }

  private indexOf(node: Element): number {
    // New nodes sit at either end of the list in practice; search from both ends.
    const known = this.known;
    for (let a = known.length - 1, b = 0; a >= b; a--, b++) {
      if (known[a] === node) return a;
      if (known[b] === node) return b;
    }
    return -1;
  }

  private countProblems(problems: string[], delta: number): void {
    for (const problem of problems) {
      const count = (this.problemCounts.get(problem) ?? 0) + delta;
      if (count > 0) this.problemCounts.set(problem, count);
      else this.problemCounts.delete(problem);
    }
  }

  private problems(): string[] {
    return [...this.problemCounts.keys()];
  }
}
