import { useT } from '../i18n';
import { AuthorityBadge } from '../components/AuthorityBadge';
import { ErrorBanner, EvidenceBanner } from '../components/Banners';
import type { Authority, StatusResponse } from '../types';

interface SourceRow {
  name: string;
  documents: number;
  chunks: number;
  authority: Authority[];
  lang: string[];
}

const num = (v: unknown) => (typeof v === 'number' ? v.toLocaleString() : '—');

function formatBytes(v: unknown): string {
  if (typeof v !== 'number') return '—';
  return v > 1e9 ? `${(v / 1e9).toFixed(1)} GB` : v > 1e6 ? `${(v / 1e6).toFixed(1)} MB` : `${Math.round(v / 1e3)} KB`;
}

function KbCard({ kb, hint }: { kb: Record<string, unknown> | null; hint: string[] }) {
  const { t } = useT();
  const sources = Array.isArray(kb?.sources) ? (kb.sources as SourceRow[]) : [];
  const embedder = kb?.embedder as { id: string; dim: number } | null | undefined;
  return (
    <div className="card card-wide">
      <h3>{t.statusKb}</h3>
      {kb && 'error' in kb ? (
        <ErrorBanner message={String(kb.error)} />
      ) : (
        <div className="stat-row">
          <div className="stat">
            <span className="stat-n" data-testid="kb-documents">
              {num(kb?.documents)}
            </span>
            <span className="stat-l">{t.kbDocuments}</span>
          </div>
          <div className="stat">
            <span className="stat-n">{num(kb?.chunks)}</span>
            <span className="stat-l">{t.kbPassages}</span>
          </div>
          <div className="stat">
            <span className="stat-n">{sources.length}</span>
            <span className="stat-l">{t.kbSources}</span>
          </div>
          <div className="stat">
            <span className="stat-n">{formatBytes(kb?.sizeBytes)}</span>
            <span className="stat-l">{t.kbSize}</span>
          </div>
          <div className="stat">
            <span className="stat-n small-n">{embedder ? `${embedder.id}` : t.kbLexical}</span>
            <span className="stat-l">{t.kbSearchMode}</span>
          </div>
        </div>
      )}
      {sources.length > 0 && (
        <table className="lab-table sources-table">
          <thead>
            <tr>
              <th>{t.kbSource}</th>
              <th>{t.authority}</th>
              <th>{t.searchLang}</th>
              <th className="num">{t.kbDocuments}</th>
              <th className="num">{t.kbPassages}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.name}>
                <td>
                  <code>{s.name}</code>
                </td>
                <td>
                  {s.authority.map((a) => (
                    <AuthorityBadge key={a} authority={a} />
                  ))}
                </td>
                <td>{s.lang.join(', ')}</td>
                <td className="num">{num(s.documents)}</td>
                <td className="num">{num(s.chunks)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t.statusAddKnowledge}</h4>
      <p className="muted small">{t.statusAddKnowledgeHelp}</p>
      <pre className="cmd">{hint.join('\n')}</pre>
    </div>
  );
}

export function StatusPage({ status, error, reload }: { status: StatusResponse | null; error: string | null; reload: () => void }) {
  const { t } = useT();
  if (error)
    return (
      <section className="page">
        <ErrorBanner message={error} onRetry={reload} />
      </section>
    );
  if (!status)
    return (
      <section className="page">
        <p className="muted">{t.loading}</p>
      </section>
    );
  return (
    <section className="page status-page" data-testid="status-page">
      <h2>{t.statusTitle}</h2>
      <div className="cards">
        <div className="card">
          <h3>{t.statusModel}</h3>
          <dl className="kv">
            <div>
              <dt>{t.statusMode}</dt>
              <dd data-testid="status-mode">{status.mode === 'generated' ? t.modeGenerated : t.modeEvidence}</dd>
            </div>
            <div>
              <dt>{t.statusBackend}</dt>
              <dd>
                <code>{status.model?.backend ?? 'none'}</code>
              </dd>
            </div>
          </dl>
          {status.mode === 'evidence' && <EvidenceBanner hint={status.addModelHint} />}
        </div>
        <div className="card">
          <h3>{t.statusApi}</h3>
          <p className="small">{t.statusApiHelp}</p>
          <pre className="cmd">{`curl ${location.origin}/v1/chat/completions \\\n${status.auth.apiKeys ? "  -H 'authorization: Bearer <key>' \\\n" : ''}  -H 'content-type: application/json' \\\n  -d '{"model": "quarkmed", "messages":\n       [{"role": "user", "content": "…"}]}'`}</pre>
          <h4>{t.statusModels}</h4>
          <ul className="plain">
            {status.models.map((m) => (
              <li key={m.id}>
                <code>{m.id}</code> → {m.backend}
                {m.isDefault ? ` (${t.statusDefault})` : ''}
              </li>
            ))}
          </ul>
          <p className="small">
            {t.statusAuth}: {status.auth.apiKeys ? t.on : t.off}
          </p>
        </div>
        <KbCard kb={status.kb} hint={status.addKnowledgeHint} />
      </div>
    </section>
  );
}
