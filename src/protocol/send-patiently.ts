// The popup and options pages may open while the background is still starting (Firefox's event
// page right after install or a restart): "Receiving end does not exist". Such a missing
// connection is worth a few retries; an answer from the background (even a refusal) is final.
import { ProtocolError } from '../protocol/envelope';
import { send } from '../protocol/client';
import type { MessageType, RequestOf } from '../protocol/schema';
import type { ResponseMap } from '../protocol/views';

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
