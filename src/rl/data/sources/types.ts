import type { RlItem } from '../item.js';

export interface SourceReport {
  source: string;
  path: string;
  read: number;
  kept: number;
  /** Reason → count for every record not turned into an item. */
  skipped: Record<string, number>;
  /** Source-specific figures (e.g. the disease-KG ICD mapping rate). */
  extra?: Record<string, unknown>;
}

export interface SourceResult {
  items: RlItem[];
  report: SourceReport;
}
