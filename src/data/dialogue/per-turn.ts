// Run a one-in-one-out text transform (de-identification) on each turn of a dialogue record, so the turns stay
// apart and the record's text is re-rendered from them. Records without turns pass through as they are.
import type { DataRecord } from '../record.js';
import type { Step } from '../step.js';
import { renderText, type Message } from './turns.js';

const TURN = '__turn';

interface TurnTag {
  parent: number;
  i: number;
}

export function perTurn(inner: Step): Step {
  return {
    name: inner.name,
    kind: inner.kind,
    async *run(records, ctx) {
      const parents = new Map<number, DataRecord>();
      let next = 0;
      async function* expand(): AsyncIterable<DataRecord> {
        for await (const r of records) {
          if (!r.messages?.length) {
            yield r;
            continue;
          }
          const parent = next++;
          parents.set(parent, r);
          for (let i = 0; i < r.messages.length; i++) {
            const tag: TurnTag = { parent, i };
            yield { id: r.id, text: r.messages[i].content, source: r.source, metadata: { ...r.metadata, [TURN]: tag } };
          }
        }
      }
      let cur: { parent: number; turns: DataRecord[] } | null = null;
      const assemble = (c: { parent: number; turns: DataRecord[] }): DataRecord => {
        const p = parents.get(c.parent)!;
        parents.delete(c.parent);
        const byI = new Map(c.turns.map((t) => [(t.metadata[TURN] as TurnTag).i, t]));
        const messages: Message[] = p.messages!.map((m, i) => ({ role: m.role, content: byI.get(i)?.text ?? m.content }));
        const metadata: Record<string, unknown> = { ...p.metadata };
        for (const t of c.turns) {
          const i = (t.metadata[TURN] as TurnTag).i;
          for (const [k, v] of Object.entries(t.metadata)) {
            if (k === TURN || v === p.metadata[k]) continue;
            // Span lists (phi) are per turn: keep them all, each with its turn index.
            if (Array.isArray(v))
              metadata[k] = [...((metadata[k] as unknown[] | undefined) ?? []), ...v.map((x) => (x && typeof x === 'object' ? { ...x, turn: i } : x))];
            else metadata[k] = v;
          }
        }
        return { ...p, messages, text: renderText(messages), metadata };
      };
      for await (const out of inner.run(expand(), ctx)) {
        const tag = out.metadata[TURN] as TurnTag | undefined;
        if (!tag) {
          if (cur) yield assemble(cur);
          cur = null;
          yield out;
          continue;
        }
        if (cur && cur.parent !== tag.parent) {
          yield assemble(cur);
          cur = null;
        }
        (cur ??= { parent: tag.parent, turns: [] }).turns.push(out);
      }
      if (cur) yield assemble(cur);
    },
  };
}
