import { once } from 'node:events';
import { connect, type Socket } from 'node:net';

/** A raw keep-alive connection to 127.0.0.1, to send requests byte by byte and read answers as they come. */
export async function rawConnection(origin: string): Promise<{
  socket: Socket;
  /** Resolves with the status of the next complete answer on this connection (its body read by content-length). */
  nextAnswer(): Promise<number>;
}> {
  const { port } = new URL(origin);
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  let buffered = Buffer.alloc(0);
  const waiting: (() => void)[] = [];
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (const wake of waiting.splice(0)) wake();
  });
  const closed = new Promise<never>((_, reject) => {
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('connection closed')));
  });
  closed.catch(() => {});
  return {
    socket,
    async nextAnswer() {
      for (;;) {
        const head = buffered.indexOf('\r\n\r\n');
        if (head !== -1) {
          const text = buffered.subarray(0, head).toString('latin1');
          const length = Number(/\r\ncontent-length: *(\d+)/i.exec(text)?.[1] ?? 0);
          if (buffered.length >= head + 4 + length) {
            buffered = buffered.subarray(head + 4 + length);
            return Number(text.split(' ')[1]);
          }
        }
        await Promise.race([new Promise<void>((resolve) => waiting.push(resolve)), closed]);
      }
    },
  };
}
