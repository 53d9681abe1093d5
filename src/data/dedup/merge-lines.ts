// K-way merge of sorted text files, line by line: memory is one line per file, whatever the corpus size.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

interface Head {
  line: string;
  it: AsyncIterator<string>;
}

export async function* mergeSortedLines(files: string[]): AsyncIterable<string> {
  const heap: Head[] = [];
  const less = (a: Head, b: Head): boolean => a.line < b.line;
  const up = (i: number): void => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(heap[i], heap[p])) break;
      [heap[i], heap[p]] = [heap[p], heap[i]];
      i = p;
    }
  };
  const down = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (const f of files) {
    const it = createInterface({ input: createReadStream(f), crlfDelay: Infinity })[Symbol.asyncIterator]();
    const n = await it.next();
    if (!n.done && n.value) {
      heap.push({ line: n.value, it });
      up(heap.length - 1);
    }
  }
  while (heap.length) {
    const top = heap[0];
    yield top.line;
    const n = await top.it.next();
    if (!n.done && n.value) {
      top.line = n.value;
      down(0);
    } else {
      const last = heap.pop()!;
      if (heap.length) {
        heap[0] = last;
        down(0);
      }
    }
  }
}

/** Lines of a file, streamed. */
export async function* fileLines(file: string): AsyncIterable<string> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) if (line) yield line;
}
