import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, type ChatMode, streamChat } from '../api';
import { AnswerText, evidenceChrome } from '../components/AnswerText';
import { ErrorBanner, EvidenceBanner, TriageBanner } from '../components/Banners';
import { CitationCard } from '../components/CitationCard';
import { ConsultPanel, consultLabel } from '../components/ConsultPanel';
import { useT } from '../i18n';
import type { Citation, ConsultSummary, StatusResponse, Triage, Warning } from '../types';

/** The browser's locale when it matches the interface language (so the emergency number fits the region). */
function requestLocale(lang: string): string {
  return navigator.language.toLowerCase().startsWith(lang) ? navigator.language : lang;
}

interface Turn {
  question: string;
  answer: string;
  triage?: Triage;
  citations: Citation[];
  mode?: ChatMode;
  consult?: ConsultSummary;
  warnings: Warning[];
  pending: boolean;
  error?: string;
}

/** The banner shows the triage message; in evidence mode the cards show the sources and the banner the mode. */
function hideParagraph(turn: Turn, paragraph: string): boolean {
  if (turn.triage?.message && paragraph === turn.triage.message.trim()) return true;
  return (turn.mode === 'evidence' || (turn.pending && turn.citations.length > 0)) && turn.citations.length > 0 && evidenceChrome(paragraph);
}

export function ChatPage({ status, onAuthError }: { status: StatusResponse | null; onAuthError: () => void }) {
  const { t, lang } = useT();
  const [turns, setTurns] = useState<Turn[]>([]);
  const [input, setInput] = useState('');
  const [highlight, setHighlight] = useState<string | null>(null);
  // Quick-reply answers to the latest question turn, by question index; they compose the next message.
  const [replies, setReplies] = useState<Record<number, string>>({});
  const abort = useRef<AbortController | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const busy = turns.some((x) => x.pending);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end', behavior: 'smooth' });
  }, [turns.length]);

  const update = (i: number, patch: (turn: Turn) => Partial<Turn>) => setTurns((all) => all.map((turn, j) => (j === i ? { ...turn, ...patch(turn) } : turn)));

  async function ask(question: string) {
    const q = question.trim();
    if (!q || busy) return;
    setInput('');
    setReplies({});
    const index = turns.length;
    const history = turns.flatMap((x) =>
      x.error
        ? []
        : [
            { role: 'user' as const, content: x.question },
            { role: 'assistant' as const, content: x.answer },
          ],
    );
    setTurns((all) => [...all, { question: q, answer: '', citations: [], warnings: [], pending: true }]);
    const controller = new AbortController();
    abort.current = controller;
    try {
      await streamChat(
        [...history, { role: 'user', content: q }],
        requestLocale(lang),
        {
          onTriage: (triage) => update(index, () => ({ triage })),
          onCitations: (citations) => update(index, () => ({ citations })),
          onDelta: (text) => update(index, (turn) => ({ answer: turn.answer + text })),
          onDone: (r) => update(index, () => ({ mode: r.mode, triage: r.triage, warnings: r.warnings, citations: r.citations, consult: r.consult })),
        },
        controller.signal,
      );
      update(index, () => ({ pending: false }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthError();
      const aborted = controller.signal.aborted;
      update(index, () => ({ pending: false, error: aborted ? undefined : (err as Error).message }));
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    void ask(input);
  }

  function chip(turn: Turn, question: number, reply: string) {
    const next = { ...replies, [question]: reply };
    setReplies(next);
    const qs = turn.consult?.questions ?? [];
    // Numbered answers ("1. 没有"): the policy matches each to its question, and never reads a denied question as a symptom.
    setInput(
      Object.entries(next)
        .sort(([a], [b]) => Number(a) - Number(b))
        .filter(([i]) => qs[Number(i)])
        .map(([i, r]) => `${Number(i) + 1}. ${r}`)
        .join('\n'),
    );
  }

  function cite(turn: number, n: number) {
    const id = `${turn}-${n}`;
    setHighlight(id);
    document.getElementById(`turn-${turn}-cite-${n}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  return (
    <section className="page chat-page">
      <h2>{t.chatTitle}</h2>
      {status?.mode === 'evidence' && <EvidenceBanner hint={status.addModelHint} />}
      {turns.length === 0 && (
        <div className="empty">
          <p>{t.chatEmpty}</p>
          <div className="examples">
            {t.chatExamples.map((ex) => (
              <button key={ex} className="chip" onClick={() => void ask(ex)}>
                {ex}
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="turns">
        {turns.map((turn, i) => (
          <div className="turn" key={i}>
            <div className="bubble bubble-user" aria-label={t.you}>
              {turn.question}
            </div>
            <div className="bubble bubble-assistant" data-testid="answer">
              {turn.triage && <TriageBanner triage={turn.triage} />}
              {turn.answer ? (
                <AnswerText text={turn.answer} onCite={(n) => cite(i, n)} hide={(p) => hideParagraph(turn, p)} />
              ) : (
                turn.pending && <p className="muted pulse">{t.thinking}</p>
              )}
              {turn.error && <ErrorBanner message={turn.error} />}
              {turn.mode === 'consult' && turn.consult && (
                <ConsultPanel
                  consult={turn.consult}
                  lang={lang === 'zh' ? 'zh' : 'en'}
                  answers={i === turns.length - 1 ? replies : {}}
                  onChip={(q, r) => chip(turn, q, r)}
                  onCorrect={() => setInput(lang === 'zh' ? '更正：' : 'Correction: ')}
                />
              )}
              {turn.mode && (
                <p className="mode-tag">
                  {turn.mode === 'consult' ? consultLabel(lang === 'zh' ? 'zh' : 'en') : turn.mode === 'generated' ? t.modeGenerated : t.modeEvidence}
                </p>
              )}
              {turn.warnings.length > 0 && (
                <details className="warnings">
                  <summary>
                    {t.warnings} ({turn.warnings.length})
                  </summary>
                  <ul>
                    {turn.warnings.map((w, j) => (
                      <li key={j}>{w.message}</li>
                    ))}
                  </ul>
                </details>
              )}
              {turn.citations.length > 0 && (
                <div className="citations">
                  <h3>{t.sources}</h3>
                  <div className="citation-grid">
                    {turn.citations.map((c) => (
                      <div key={c.n} id={`turn-${i}-cite-${c.n}`}>
                        <CitationCard citation={c} highlighted={highlight === `${i}-${c.n}`} />
                      </div>
                    ))}
                  </div>
                </div>
              )}
            </div>
          </div>
        ))}
        <div ref={bottom} />
      </div>
      <form className="composer" onSubmit={submit}>
        <textarea
          value={input}
          onChange={(e) => setInput(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void ask(input);
            }
          }}
          placeholder={t.chatPlaceholder}
          rows={2}
          maxLength={4000}
          aria-label={t.chatPlaceholder}
        />
        <div className="composer-actions">
          {turns.length > 0 && !busy && (
            <button type="button" className="btn-secondary" onClick={() => setTurns([])}>
              {t.chatNew}
            </button>
          )}
          {busy ? (
            <button type="button" className="btn-secondary" onClick={() => abort.current?.abort()}>
              {t.chatStop}
            </button>
          ) : (
            <button type="submit" className="btn-primary" disabled={!input.trim()}>
              {t.chatSend}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
