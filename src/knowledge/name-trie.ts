// A character trie over a dictionary of names, built once, for longest-match scans. Slicing the text once per
// possible name length at every position (and hashing each slice) made dictionary scans ~40 string allocations
// per character; walking a trie costs one child lookup per character and stops as soon as no name continues.
//
// Layout: keys are sorted, so each node's children are created in code-unit order and can be packed into flat
// typed arrays (compressed rows: edges of node n are edgeCode/edgeChild[first[n] .. first[n + 1])). The root,
// visited at every text position, gets a direct 64K table. ~20 bytes per node, where a Map per node is ~100.

export interface NameHit<T> {
  /** End offset (exclusive) of the name in the scanned text. */
  end: number;
  value: T;
}

export interface NameTrie<T> {
  /** Number of distinct keys. */
  readonly size: number;
  /** The value of an exact key. */
  get(key: string): T | undefined;
  /**
   * The longest key starting at `text[start]` (UTF-16 code units compared exactly). With `accept`, keys are
   * tried longest first and the first one accepted wins — how callers add boundary rules without re-scanning.
   */
  longestAt(text: string, start: number, accept?: (end: number, value: T) => boolean): NameHit<T> | undefined;
}

/** Binary search only pays off past a handful of children; most nodes deep in a name have one. */
const LINEAR_MAX = 8;

/**
 * Build a trie from [key, value] pairs; the first value given for a key wins (callers resolve priorities
 * before). Empty keys are ignored: a scan must always advance.
 */
export function createNameTrie<T>(entries: Iterable<readonly [string, T]>): NameTrie<T> {
  const firstValue = new Map<string, T>();
  for (const [k, v] of entries) if (k.length > 0 && !firstValue.has(k)) firstValue.set(k, v);
  // Default sort compares UTF-16 code units, the order the compressed rows need.
  const keys = [...firstValue.keys()].sort();

  // Pass 1: create nodes along sorted keys. A key shares its longest common prefix with the previous key, and
  // the nodes of that prefix are on `path`; new children of any node therefore appear in increasing code order.
  const edgeParent: number[] = [];
  const edgeCodeTmp: number[] = [];
  const terminalOf: number[] = []; // node id per key index
  const path: number[] = [0];
  let nodes = 1;
  let prev = '';
  for (const key of keys) {
    let common = 0;
    while (common < prev.length && common < key.length && prev.charCodeAt(common) === key.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let d = common; d < key.length; d++) {
      const id = nodes++;
      // Edge e leads to node e + 1: nodes are numbered in creation order.
      edgeParent.push(path[d]);
      edgeCodeTmp.push(key.charCodeAt(d));
      path.push(id);
    }
    terminalOf.push(path[key.length]);
    prev = key;
  }

  // Pass 2: group edges by parent (stable counting sort keeps code order within a parent).
  const first = new Int32Array(nodes + 1);
  for (const p of edgeParent) first[p + 1]++;
  for (let n = 0; n < nodes; n++) first[n + 1] += first[n];
  const fill = first.slice(0, nodes);
  const edgeCode = new Uint16Array(edgeParent.length);
  const edgeChild = new Int32Array(edgeParent.length);
  for (let e = 0; e < edgeParent.length; e++) {
    const at = fill[edgeParent[e]]++;
    edgeCode[at] = edgeCodeTmp[e];
    edgeChild[at] = e + 1;
  }
  const rootTable = new Int32Array(0x10000); // 0 = no child (the root is never a child)
  for (let at = first[0]; at < first[1]; at++) rootTable[edgeCode[at]] = edgeChild[at];

  const terminal = new Uint8Array(nodes);
  const values: T[] = new Array<T>(nodes);
  keys.forEach((k, i) => {
    terminal[terminalOf[i]] = 1;
    values[terminalOf[i]] = firstValue.get(k) as T;
  });

  /** Child of `node` along code unit `code`, or 0. */
  const child = (node: number, code: number): number => {
    if (node === 0) return rootTable[code];
    let lo = first[node];
    let hi = first[node + 1];
    if (hi - lo <= LINEAR_MAX) {
      for (; lo < hi; lo++) if (edgeCode[lo] === code) return edgeChild[lo];
      return 0;
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = edgeCode[mid];
      if (c === code) return edgeChild[mid];
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  };

  return {
    size: keys.length,
    get(key) {
      if (key.length === 0) return undefined;
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        node = child(node, key.charCodeAt(i));
        if (node === 0) return undefined;
      }
      return terminal[node] ? values[node] : undefined;
    },
    longestAt(text, start, accept) {
      let node = 0;
      let best = -1;
      let bestNode = 0;
      // Only allocated when a boundary rule may reject the longest key and shorter ones must be tried.
      let ends: number[] | undefined;
      for (let i = start; i < text.length; i++) {
        node = child(node, text.charCodeAt(i));
        if (node === 0) break;
        if (terminal[node]) {
          if (accept) (ends ??= []).push(i + 1, node);
          else {
            best = i + 1;
            bestNode = node;
          }
        }
      }
      if (!accept) return best < 0 ? undefined : { end: best, value: values[bestNode] };
      if (!ends) return undefined;
      for (let k = ends.length - 2; k >= 0; k -= 2) {
        const value = values[ends[k + 1]];
        if (accept(ends[k], value)) return { end: ends[k], value };
      }
      return undefined;
    },
  };
}
