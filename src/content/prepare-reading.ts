// Turns a full page reading into what still needs sending: texts capped, messages already
// acknowledged left out, the rest cut into batches the background accepts. Pure.
// The limits come from core/cap, not the protocol's schema module: importing that would bring
// valibot (7 KB) into the content script.
import { MAX_AGREEMENT_TEXT, MAX_MESSAGE_TEXT, MAX_MESSAGES_PER_READING, MAX_MILESTONES_PER_READING, MAX_SHORT_TEXT, capText } from '../core/cap';
import type { Message, PageReading } from '../core/types';

export interface PreparedReading {
  /** Readings to send, in order; empty when nothing changed since the last acknowledged one. */
  batches: PageReading[];
  /** Identity of the non-message part, to compare with the last one sent. */
  stateKey: string;
}

const capShort = (text: string) => capText(text, MAX_SHORT_TEXT);
const capNullable = (text: string | null | undefined, max = MAX_SHORT_TEXT) => (text == null ? text : capText(text, max));

export function capReading(reading: PageReading): PageReading {
  const contract = reading.contract && {
    ...reading.contract,
    title: capShort(reading.contract.title),
    clientName: capNullable(reading.contract.clientName) ?? null,
    status: capNullable(reading.contract.status) ?? null,
    description: capNullable(reading.contract.description, MAX_AGREEMENT_TEXT),
  };
  return {
    ...reading,
    contract,
    milestones: reading.milestones.slice(0, MAX_MILESTONES_PER_READING).map((m) => ({
      ...m,
      title: capShort(m.title),
      ...(m.statusText !== undefined && { statusText: capShort(m.statusText) }),
      ...(m.description != null && { description: capText(m.description, MAX_AGREEMENT_TEXT) }),
    })),
    messages: reading.messages.map(capMessage),
    problems: reading.problems.slice(0, 50).map(capShort),
    ...(reading.agreement && {
      agreement: {
        ...reading.agreement,
        title: capNullable(reading.agreement.title) ?? null,
        text: capText(reading.agreement.text, MAX_AGREEMENT_TEXT),
      },
    }),
    ...(reading.freelancerName != null && { freelancerName: capShort(reading.freelancerName) }),
    ...(reading.tab != null && { tab: capShort(reading.tab) }),
    ...(reading.contracts && {
      contracts: reading.contracts.slice(0, 2000).map((c) => ({
        ...c,
        title: capShort(c.title),
        clientName: capNullable(c.clientName) ?? null,
        status: capNullable(c.status) ?? null,
      })),
    }),
  };
}

function capMessage(message: Message): Message {
  return {
    ...message,
    id: message.id.slice(0, 200),
    author: message.author === null ? null : capShort(message.author),
    text: capText(message.text, MAX_MESSAGE_TEXT),
    ...(message.attachments && { attachments: message.attachments.slice(0, 50).map(capShort) }),
  };
}

export function prepareReading(reading: PageReading, acknowledged: ReadonlySet<string>, lastStateKey: string | null): PreparedReading {
  const capped = capReading(reading);
  const { messages, ...rest } = capped;
  const stateKey = JSON.stringify(rest);
  const fresh = messages.filter((m) => !acknowledged.has(m.id));
  if (fresh.length === 0 && stateKey === lastStateKey) return { batches: [], stateKey };
  const batches: PageReading[] = [];
  for (let i = 0; i < fresh.length; i += MAX_MESSAGES_PER_READING) {
    batches.push({ ...rest, messages: fresh.slice(i, i + MAX_MESSAGES_PER_READING) });
  }
  if (batches.length === 0) batches.push({ ...rest, messages: [] });
  return { batches, stateKey };
}
