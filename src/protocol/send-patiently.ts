// A page (the popup, a content script refreshing its banner) may ask while the background is
// still starting (Firefox's event page after install or an idle stop): "Receiving end does not
// exist". A missing connection is worth a few retries; an answer (even a refusal) is final.
import { ProtocolError } from './envelope';
import { send } from './client';
import type { MessageType, RequestOf } from './schema';
import type { ResponseMap } from './views';

export async function sendPatiently<T extends MessageType>(type: T, data: RequestOf<T>, attempts = 6): Promise<ResponseMap[T]> {
  let delay = 100;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send(type, data);
    } catch (error) {
      const missing = !(error instanceof ProtocolError) || /no reply/i.test(error.message);
      if (!missing || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay *= 2;
    }
  }
}
