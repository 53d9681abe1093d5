// Reusable receive buffers for large request bodies. A GRPO step posts ~46 MB; a fresh Buffer.concat per request
// costs page faults on new memory and external-memory pressure that triggers garbage collection, which together
// cost more than verifying the batch. Bodies with a Content-Length are copied straight into a buffer kept from
// earlier requests (one per request in flight), released as soon as the body has been decoded.
import type { IncomingMessage } from 'node:http';

export interface BodyBuffers {
  /** Read the body of `stream` (declared length `length`) into a pooled buffer; `release` it after decoding. */
  read(stream: IncomingMessage, length: number, limit: number): Promise<{ body: Buffer; release: () => void }>;
}

export class BodyTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = 'RL_BODY_TOO_LARGE';
}

export function createBodyBuffers(options: { keep?: number } = {}): BodyBuffers {
  const keep = options.keep ?? 2;
  const free: Buffer[] = [];
  const acquire = (length: number): Buffer => {
    const i = free.findIndex((b) => b.length >= length);
    if (i >= 0) return free.splice(i, 1)[0];
    // Round up so slightly larger steps reuse the buffer.
    return Buffer.allocUnsafeSlow(Math.max(length, Math.ceil(length * 1.25)));
  };
  const give = (b: Buffer) => {
    if (free.length < keep) free.push(b);
    else {
      free.sort((x, y) => x.length - y.length);
      if (free[0].length < b.length) free[0] = b;
    }
  };
  return {
    read(stream, length, limit) {
      if (length > limit) return Promise.reject(new BodyTooLargeError(`request body of ${length} bytes exceeds the limit of ${limit}`));
      const buf = acquire(length);
      let off = 0;
      return new Promise((resolve, reject) => {
        const fail = (err: Error) => {
          stream.removeListener('data', onData);
          give(buf);
          reject(err);
        };
        const onData = (chunk: Buffer) => {
          if (off + chunk.length > length)
            return fail(Object.assign(new Error(`request body longer than its Content-Length (${length})`), { statusCode: 400 }));
          chunk.copy(buf, off);
          off += chunk.length;
        };
        stream.on('data', onData);
        stream.once('error', fail);
        stream.once('end', () => {
          if (off !== length) return fail(Object.assign(new Error(`request body shorter than its Content-Length (${off} of ${length})`), { statusCode: 400 }));
          let released = false;
          resolve({ body: buf.subarray(0, off), release: () => (released ? undefined : ((released = true), give(buf))) });
        });
      });
    },
  };
}
