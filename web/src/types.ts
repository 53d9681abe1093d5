// The server's response shapes the UI reads (mirrors src/rag/types.ts, src/report/types.ts, SearchHit).
export type Authority = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Citation {
  n: number;
  docId: string;
  title: string;
  source: string;
  authority: Authority;
  url?: string;
  quote: string;
}

export interface Triage {
  level: 'emergency' | 'urgent' | 'routine';
  reasons: string[];
  message: string;
}

export interface AnswerResult {
  mode: 'generated' | 'evidence';
  answer: string;
  citations: Citation[];
  triage: Triage;
  warnings: string[];
}

export interface SearchHit {
  id: string;
  docId: string;
  title: string;
  section: string;
  source: string;
  authority: Authority;
  lang: string;
  score: number;
  text: string;
  url?: string;
}

export type LabFlag = 'normal' | 'low' | 'high' | 'critical-low' | 'critical-high' | 'unknown';

export interface LabResult {
  name: string;
  code?: string;
  nameEn?: string;
  nameZh?: string;
  value: number | null;
  valueText: string;
  unit?: string;
  range?: { low?: number; high?: number; text: string; origin: 'report' | 'bundled' };
  flag: LabFlag;
  line: number;
}

export interface InterpretResponse {
  report: { results: LabResult[]; skipped: { line: number; text: string; reason: string }[]; lang: 'zh' | 'en' };
  answer: AnswerResult;
}

export interface StatusResponse {
  mode: 'generated' | 'evidence';
  model: { id: string; backend: string } | null;
  models: { id: string; backend: string; isDefault: boolean }[];
  addModelHint: string;
  kb: Record<string, unknown> | null;
  addKnowledgeHint: string[];
  auth: { apiKeys: boolean; admin: boolean };
  version: string;
  startedAt: string;
}
