// Talking to the QuarkMed server: JSON calls with the optional API key, and the chat stream
// (OpenAI SSE chunks carrying QuarkMed's triage, citations and final result).
import type { AnswerResult, Citation, ConsultSummary, InterpretResponse, RecognizeResponse, SearchHit, StatusResponse, Triage, Warning } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const apiKeyStore = {
  get: () => localStorage.getItem('quarkmed.apiKey') ?? '',
  set: (k: string) => (k ? localStorage.setItem('quarkmed.apiKey', k) : localStorage.removeItem('quarkmed.apiKey')),
};

function headers(json = false): Record<string, string> {
  const h: Record<string, string> = {};
  const key = apiKeyStore.get();
  if (key) h.authorization = `Bearer ${key}`;
  if (json) h['content-type'] = 'application/json';
  return h;
}

async function fail(res: Response): Promise<never> {
  let code = 'HTTP_ERROR';
  let message = `HTTP ${res.status}`;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    code = body.error?.code ?? code;
    message = body.error?.message ?? message;
  } catch {
    /* not JSON */
  }
  throw new ApiError(res.status, code, message);
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: headers() });
  if (!res.ok) await fail(res);
  return (await res.json()) as T;
}

async function postJson<T>(url: string, body: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: headers(true), body: JSON.stringify(body), signal });
  if (!res.ok) await fail(res);
  return (await res.json()) as T;
}

export const api = {
  status: () => getJson<StatusResponse>('/api/status'),
  search: (q: string, opts: { lang?: string; minAuthority?: string; k?: number }) => {
    const p = new URLSearchParams({ q, k: String(opts.k ?? 30) });
    if (opts.lang) p.set('lang', opts.lang);
    if (opts.minAuthority) p.set('minAuthority', opts.minAuthority);
    return getJson<{ hits: SearchHit[]; tookMs: number; noPage?: { names: string[]; note: string } }>(`/api/search?${p}`);
  },
  interpret: (text: string, locale: string, signal?: AbortSignal) => postJson<InterpretResponse>('/api/report/interpret', { text, locale }, signal),
  /** Upload a report file (PDF or photo) and get what was read, before interpretation. */
  recognize: async (file: File, signal?: AbortSignal): Promise<RecognizeResponse> => {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await fetch('/api/report/recognize', { method: 'POST', headers: headers(), body: form, signal });
    if (!res.ok) await fail(res);
    return (await res.json()) as RecognizeResponse;
  },
};

export interface ChatHandlers {
  onTriage(t: Triage): void;
  onCitations(c: Citation[]): void;
  onDelta(text: string): void;
  onDone(r: { mode: ChatMode; triage: Triage; warnings: Warning[]; citations: Citation[]; consult?: ConsultSummary }): void;
}

/** 'consult' marks a question turn: the assistant asks before it advises. */
export type ChatMode = AnswerResult['mode'] | 'consult';

interface Chunk {
  choices?: { delta?: { content?: string }; finish_reason?: string | null }[];
  citations?: Citation[];
  quarkmed?: { mode?: ChatMode; triage?: Triage; warnings?: Warning[]; consult?: ConsultSummary };
  error?: { message: string; code: string };
}

/** Stream one answer from /v1/chat/completions and dispatch QuarkMed's extensions as they arrive. */
export async function streamChat(
  messages: { role: 'user' | 'assistant'; content: string }[],
  locale: string,
  h: ChatHandlers,
  signal: AbortSignal,
): Promise<void> {
  const res = await fetch('/v1/chat/completions', {
    method: 'POST',
    headers: headers(true),
    body: JSON.stringify({ model: 'quarkmed', messages, stream: true, locale }),
    signal,
  });
  if (!res.ok || !res.body) await fail(res);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buf = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += value;
    let cut: number;
    while ((cut = buf.indexOf('\n\n')) >= 0) {
      const event = buf.slice(0, cut);
      buf = buf.slice(cut + 2);
      for (const line of event.split('\n')) {
        if (!line.startsWith('data: ')) continue;
        const data = line.slice(6);
        if (data === '[DONE]') return;
        const chunk = JSON.parse(data) as Chunk;
        if (chunk.error) throw new ApiError(500, chunk.error.code, chunk.error.message);
        const choice = chunk.choices?.[0];
        if (chunk.quarkmed?.triage && !chunk.quarkmed.mode) h.onTriage(chunk.quarkmed.triage);
        if (chunk.citations && !choice?.finish_reason) h.onCitations(chunk.citations);
        if (choice?.delta?.content) h.onDelta(choice.delta.content);
        if (choice?.finish_reason && chunk.quarkmed?.mode && chunk.quarkmed.triage) {
          h.onDone({
            mode: chunk.quarkmed.mode,
            triage: chunk.quarkmed.triage,
            warnings: chunk.quarkmed.warnings ?? [],
            citations: chunk.citations ?? [],
            consult: chunk.quarkmed.consult,
          });
        }
      }
    }
  }
}
