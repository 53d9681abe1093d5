// Steps: small transforms over a lazy record stream. Filters only decide keep/drop-with-reason; a wrapper counts.
import type { DataRecord } from './record.js';
import type { StepStats } from './stats.js';

export type StepKind = 'normalise' | 'annotate' | 'filter' | 'transform' | 'dedup';

export interface StepContext {
  /** Shard id (input order) this stream belongs to. */
  shard: number;
  seed: number;
  /** Per-step counters for the manifest. */
  stats(step: string): StepStats;
  /** Every dropped record goes here with its step and reason (the run's rejects file). */
  reject?(record: DataRecord, step: string, reason: string): void;
}

export interface Step {
  name: string;
  kind: StepKind;
  run(records: AsyncIterable<DataRecord>, ctx: StepContext): AsyncIterable<DataRecord>;
}

export type FilterVerdict = true | { drop: string };

export interface FilterSpec {
  name: string;
  check(record: DataRecord): FilterVerdict | Promise<FilterVerdict>;
}

/** A filter step: keeps records the check accepts; each drop increments `dropped[reason]`. */
export function defineFilter(spec: FilterSpec): Step {
  return {
    name: spec.name,
    kind: 'filter',
    async *run(records, ctx) {
      const st = ctx.stats(spec.name);
      for await (const r of records) {
        st.seen++;
        const v = await spec.check(r);
        if (v === true) {
          st.kept++;
          yield r;
        } else {
          st.dropped[v.drop] = (st.dropped[v.drop] ?? 0) + 1;
          ctx.reject?.(r, spec.name, v.drop);
        }
      }
    },
  };
}

/** A one-record-at-a-time transform (normalise, annotate). Returning null drops with reason "empty". */
export function defineMap(name: string, kind: StepKind, fn: (record: DataRecord) => DataRecord | null | Promise<DataRecord | null>): Step {
  return {
    name,
    kind,
    async *run(records, ctx) {
      const st = ctx.stats(name);
      for await (const r of records) {
        st.seen++;
        const out = await fn(r);
        if (out === null) {
          st.dropped.empty = (st.dropped.empty ?? 0) + 1;
          ctx.reject?.(r, name, 'empty');
          continue;
        }
        if (out.text !== r.text) st.changed++;
        st.kept++;
        yield out;
      }
    },
  };
}

/** Milliseconds from an arbitrary origin; injectable so the time accounting is testable without real waits. */
export type Clock = () => number;

async function* timed(src: AsyncIterable<DataRecord>, acc: { ms: number }, now: Clock): AsyncIterable<DataRecord> {
  const it = src[Symbol.asyncIterator]();
  for (;;) {
    const t0 = now();
    const n = await it.next();
    acc.ms += now() - t0;
    if (n.done) return;
    yield n.value;
  }
}

/** Chain steps into one stream; each step's own time (excluding upstream) lands in its stats as `seconds`. */
export function chain(steps: Step[], source: AsyncIterable<DataRecord>, ctx: StepContext, now: Clock = () => performance.now()): AsyncIterable<DataRecord> {
  const incl = [{ ms: 0 }, ...steps.map(() => ({ ms: 0 }))];
  let stream = timed(source, incl[0], now);
  steps.forEach((s, i) => {
    stream = timed(s.run(stream, ctx), incl[i + 1], now);
  });
  const out = stream;
  return (async function* () {
    yield* out;
    steps.forEach((s, i) => {
      const st = ctx.stats(s.name);
      st.seconds = +(st.seconds + (incl[i + 1].ms - incl[i].ms) / 1000).toFixed(4);
    });
  })();
}
