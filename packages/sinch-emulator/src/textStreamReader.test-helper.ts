/** Reads a response body (a Server-Sent Events stream, say) chunk by chunk as text. */
export function textStreamReader(body: ReadableStream<Uint8Array> | null) {
  if (!body) throw new Error('The response has no body to read');
  const bytes = body.getReader();
  const decoder = new TextDecoder();
  return {
    read: async (): Promise<{ done: boolean; value: string | undefined }> => {
      const { done, value } = await bytes.read();
      return { done, value: done ? undefined : decoder.decode(value, { stream: true }) };
    },
  };
}
