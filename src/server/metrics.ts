// A small Prometheus registry (counters, gauges, histograms with labels) rendered in the text exposition format.
// Pure and synchronous: the metrics plugin feeds it, GET /metrics renders it.

import type { Warning } from '../core/warnings.js';

type Labels = Record<string, string>;

const DEFAULT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

interface Series {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  render(): string[];
}

export class Counter implements Series {
  readonly type = 'counter' as const;
  private values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const k = labelKey(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string[] {
    return [...this.values].map(([k, v]) => `${this.name}${k ? `{${k}}` : ''} ${v}`);
  }
}

export class Gauge implements Series {
  readonly type = 'gauge' as const;
  private values = new Map<string, () => number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  set(value: number | (() => number), labels: Labels = {}): void {
    this.values.set(labelKey(labels), typeof value === 'function' ? value : () => value);
  }
  render(): string[] {
    return [...this.values].map(([k, f]) => `${this.name}${k ? `{${k}}` : ''} ${f()}`);
  }
}

export class Histogram implements Series {
  readonly type = 'histogram' as const;
  private series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[] = DEFAULT_BUCKETS,
  ) {}
  observe(value: number, labels: Labels = {}): void {
    const k = labelKey(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++;
    s.sum += value;
    s.count++;
  }
  render(): string[] {
    const out: string[] = [];
    for (const [k, s] of this.series) {
      const pre = k ? `${k},` : '';
      this.buckets.forEach((b, i) => out.push(`${this.name}_bucket{${pre}le="${b}"} ${s.counts[i]}`));
      out.push(`${this.name}_bucket{${pre}le="+Inf"} ${s.count}`);
      out.push(`${this.name}_sum${k ? `{${k}}` : ''} ${s.sum}`);
      out.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return out;
  }
}

export class MetricsRegistry {
  private all: Series[] = [];
  counter(name: string, help: string): Counter {
    return this.add(new Counter(name, help));
  }
  gauge(name: string, help: string): Gauge {
    return this.add(new Gauge(name, help));
  }
  histogram(name: string, help: string, buckets?: number[]): Histogram {
    return this.add(new Histogram(name, help, buckets));
  }
  private add<T extends Series>(s: T): T {
    if (this.all.some((x) => x.name === s.name)) throw new Error(`metric ${s.name} registered twice`);
    this.all.push(s);
    return s;
  }
  render(): string {
    const lines: string[] = [];
    for (const s of this.all) lines.push(`# HELP ${s.name} ${s.help}`, `# TYPE ${s.name} ${s.type}`, ...s.render());
    return `${lines.join('\n')}\n`;
  }
}

/** The server's metrics, created once per app. */
export function createServerMetrics() {
  const registry = new MetricsRegistry();
  return {
    registry,
    requests: registry.counter('quarkmed_http_requests_total', 'HTTP requests by method, route and status'),
    duration: registry.histogram('quarkmed_http_request_duration_seconds', 'HTTP request duration by route'),
    inFlight: registry.gauge('quarkmed_http_requests_in_flight', 'HTTP requests being served'),
    answers: registry.counter('quarkmed_answers_total', 'Answers by mode (generated/evidence) and triage level'),
    modelErrors: registry.counter('quarkmed_model_errors_total', 'Model backend failures by error code'),
    searches: registry.counter('quarkmed_searches_total', 'Knowledge-base searches'),
    ingested: registry.counter('quarkmed_kb_ingested_docs_total', 'Documents ingested through the admin API'),
    answerWarnings: registry.counter(
      'quarkmed_answer_warnings_total',
      'Answers carrying a warning, by code (src/core/warnings.ts: flagged-sources-excluded, compliance-corrected, ...)',
    ),
    flaggedPassages: registry.gauge(
      'quarkmed_kb_flagged_passages',
      'Knowledge-base passages flagged by screening at ingest, by flag code (kept out of answers)',
    ),
    uptime: registry.gauge('quarkmed_process_uptime_seconds', 'Seconds since the server started'),
    heap: registry.gauge('quarkmed_process_heap_bytes', 'V8 heap in use'),
  };
}

export type ServerMetrics = ReturnType<typeof createServerMetrics>;

/** Count an answer's safety warning codes (one increment per code per answer). */
export function recordAnswerWarnings(metrics: ServerMetrics, warnings: readonly Warning[]): void {
  for (const code of new Set(warnings.map((w) => w.code))) metrics.answerWarnings.inc({ code });
}

/** Publish the knowledge base's screening tallies (from its stats) as gauges. */
export function recordFlaggedPassages(metrics: ServerMetrics, stats: Record<string, unknown>): void {
  const s = stats.screening as { flaggedChunks?: number; byFlag?: Record<string, number> } | undefined;
  if (!s || typeof s.flaggedChunks !== 'number') return;
  metrics.flaggedPassages.set(s.flaggedChunks, { code: 'any' });
  for (const [code, n] of Object.entries(s.byFlag ?? {})) metrics.flaggedPassages.set(n, { code });
}
