import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Message, PageReading } from '../core/types';
import { MAX_MESSAGES_PER_READING, readingSchema } from '../protocol/schema';
import { prepareReading } from './prepare-reading';

const message = (i: number, text = `message ${i}`): Message => ({
  id: `story_${i}`,
  sender: i % 2 ? 'client' : 'freelancer',
  author: i % 2 ? 'Client' : 'Me',
  sentAt: '2026-11-20T10:00:00',
  text,
  timeSource: 'title',
});

const room = (messages: Message[]): PageReading => ({
  kind: 'room',
  contractId: '123',
  roomId: 'room_abc',
  contract: null,
  milestones: [],
  messages,
  problems: [],
});

describe('prepareReading', () => {
  it('sends everything the first time, nothing when nothing changed', () => {
    const reading = room([message(1), message(2)]);
    const first = prepareReading(reading, new Set(), null);
    expect(first.batches).toHaveLength(1);
    expect(first.batches[0]?.messages.map((m) => m.id)).toEqual(['story_1', 'story_2']);
    const again = prepareReading(reading, new Set(['story_1', 'story_2']), first.stateKey);
    expect(again.batches).toEqual([]);
  });

  it('sends only messages not yet acknowledged', () => {
    const reading = room([message(1), message(2), message(3)]);
    const { stateKey } = prepareReading(reading, new Set(), null);
    const next = prepareReading(reading, new Set(['story_1', 'story_2']), stateKey);
    expect(next.batches.map((b) => b.messages.map((m) => m.id))).toEqual([['story_3']]);
  });

  it('sends the page again when its terms changed even with no new message', () => {
    const reading = room([message(1)]);
    const { stateKey } = prepareReading(reading, new Set(), null);
    const changed = prepareReading({ ...reading, problems: ['stories: no story found'] }, new Set(['story_1']), stateKey);
    expect(changed.batches).toHaveLength(1);
    expect(changed.batches[0]?.messages).toEqual([]);
  });

  it('cuts a long room into batches the background accepts, each valid', () => {
    const many = Array.from({ length: MAX_MESSAGES_PER_READING * 2 + 3 }, (_, i) => message(i));
    const { batches } = prepareReading(room(many), new Set(), null);
    expect(batches.map((b) => b.messages.length)).toEqual([MAX_MESSAGES_PER_READING, MAX_MESSAGES_PER_READING, 3]);
    for (const batch of batches) expect(v.safeParse(readingSchema, batch).success).toBe(true);
  });

  it('caps huge texts so that the reading stays valid, and says so in the text', () => {
    const { batches } = prepareReading(room([message(1, 'z'.repeat(1_000_000))]), new Set(), null);
    const text = batches[0]?.messages[0]?.text ?? '';
    expect(text).toContain('[Scope Guard kept the first 20,000 of 1,000,000 characters]');
    expect(v.safeParse(readingSchema, batches[0]).success).toBe(true);
  });
});
