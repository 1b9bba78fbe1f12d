import type { Inbox } from '../inbox';

/** How often a comment line keeps idle connections (and proxies in between) from timing out. */
const KEEP_ALIVE_MS = 15_000;

/**
 * Server-Sent Events of each new delivery (`event: delivery`, the delivery as JSON), for a phone panel in another
 * process or page: live, with no polling. Ends when the client goes away.
 */
export function deliveryEventStream(inbox: Inbox, signal: AbortSignal): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      const send = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const unsubscribe = inbox.subscribe((delivery) =>
        send(`event: delivery\nid: ${delivery.id}\ndata: ${JSON.stringify(delivery)}\n\n`),
      );
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), KEEP_ALIVE_MS);
      stop = () => {
        if (!isOpen) return;
        isOpen = false;
        unsubscribe();
        clearInterval(keepAlive);
      };
      signal.addEventListener(
        'abort',
        () => {
          stop();
          try {
            controller.close();
          } catch {
            // Already closed by a cancel.
          }
        },
        { once: true },
      );
      // A first line at once, so clients know the stream is open before anything is delivered.
      send(': connected\n\n');
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  });
}
