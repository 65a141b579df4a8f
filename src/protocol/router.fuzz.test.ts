// Fuzzing the router: arbitrary values as messages, and valid messages with one part replaced by
// an arbitrary value, from every kind of sender. The router never throws, always answers with an
// envelope, and a handler runs only for a message its schema accepts, from a sender allowed to send it.
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from './router';
import { CONTENT_SCRIPT_TYPES, type MessageType, requestSchemas } from './schema';
import type { ResponseMap } from './views';

const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const TYPES = Object.keys(requestSchemas) as MessageType[];
const WORKROOM = 'https://www.upwork.com/nx/wm/workroom/38123456/overview';

const sender: fc.Arbitrary<SenderInfo> = fc.oneof(
  fc.constant({ id: RUNTIME_ID, url: `${ORIGIN}src/popup/index.html` }),
  fc.constant({ id: RUNTIME_ID, url: WORKROOM, tab: { id: 4, url: WORKROOM } }),
  fc.record(
    {
      id: fc.oneof(fc.constant(RUNTIME_ID), fc.string()),
      url: fc.oneof(fc.webUrl(), fc.constant(ORIGIN), fc.constant('https://www.upwork.com/'), fc.string()),
      tab: fc.record({ id: fc.integer(), url: fc.oneof(fc.webUrl(), fc.constant(WORKROOM)) }, { requiredKeys: [] }),
      frameId: fc.integer(),
    },
    { requiredKeys: [] },
  ),
);

const valid: Record<MessageType, unknown> = {
  'page.reading': {
    url: WORKROOM,
    reading: { kind: 'unknown', contractId: null, roomId: null, contract: null, milestones: [], messages: [], problems: [] },
  },
  'page.view': { contractId: null, roomId: null },
  'warning.dismiss': { contractId: '1', warningId: 'w', reason: 'r' },
  'page.sanitize': { url: WORKROOM, tree: ['html', [], 'x'] },
  'contracts.list': {},
  'contract.detail': { contractId: '1' },
  'contract.setBaseline': { contractId: '1', text: 't' },
  'contract.exportTimeline': { contractId: '1', format: 'csv' },
  'data.export': {},
  'data.import': { json: '{}' },
  'data.delete': { confirm: true },
  'state.dump': {},
  'reminders.sync': {},
};

/** A valid message with one value somewhere inside it replaced. */
function replaceAt(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Object.entries(value);
  if (entries.length === 0) return replacement;
  const [head, ...rest] = path;
  const index = (head as number) % entries.length;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  const key = (entries[index] as [string, unknown])[0];
  copy[key] = replaceAt(copy[key], rest, replacement);
  return copy;
}

const message: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
  fc.record({ type: fc.oneof(fc.constantFrom(...TYPES), fc.string()), data: fc.anything() }),
  fc
    .tuple(fc.constantFrom(...TYPES), fc.array(fc.nat(), { maxLength: 4 }), fc.anything({ withNullPrototype: true }))
    .map(([type, path, replacement]) => ({ type, data: replaceAt(valid[type], path, replacement) })),
  fc.constantFrom(...TYPES).map((type) => ({ type, data: valid[type] })),
);

describe('router fuzzing', () => {
  it('never throws, always answers an envelope, and reaches a handler only with a valid message from an allowed sender', async () => {
    let reached: { type: MessageType; data: unknown; sender: SenderInfo } | null = null;
    let current: SenderInfo = {};
    const handlers = Object.fromEntries(
      TYPES.map((type) => [
        type,
        (data: unknown) => {
          reached = { type, data, sender: current };
          return 'handled';
        },
      ]),
    ) as unknown as Handlers<ResponseMap>;
    const route = createRouter(handlers, { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN }, () => {});
    let handled = 0;
    await fc.assert(
      fc.asyncProperty(message, sender, async (msg, from) => {
        reached = null;
        current = from;
        const reply = await route(msg, from);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) {
          expect(typeof reply.error).toBe('string');
          expect(reply.error.length).toBeLessThanOrEqual(300);
          expect(reached).toBeNull();
          return;
        }
        handled++;
        const hit = reached as { type: MessageType; data: unknown; sender: SenderInfo } | null;
        expect(hit).not.toBeNull();
        if (!hit) return;
        expect(v.is(requestSchemas[hit.type], hit.data)).toBe(true);
        expect(from.id).toBe(RUNTIME_ID);
        const fromPage = (from.url ?? '').startsWith(ORIGIN);
        if (!fromPage) {
          expect((from.url ?? '').startsWith('https://www.upwork.com/')).toBe(true);
          expect(CONTENT_SCRIPT_TYPES.has(hit.type)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    // The generator reaches the handlers too, so the property is not checked only on refusals.
    expect(handled).toBeGreaterThan(10);
  });
});
