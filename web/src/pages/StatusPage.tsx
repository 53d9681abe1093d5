import { useT } from '../i18n';
import { ErrorBanner, EvidenceBanner } from '../components/Banners';
import type { StatusResponse } from '../types';

function KbStats({ kb }: { kb: Record<string, unknown> }) {
  const rows = Object.entries(kb).filter(([, v]) => typeof v === 'number' || typeof v === 'string');
  const nested = Object.entries(kb).filter(([, v]) => v && typeof v === 'object');
  return (
    <dl className="kv">
      {rows.map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{typeof v === 'number' ? v.toLocaleString() : String(v)}</dd></div>
      ))}
      {nested.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{Object.entries(v as Record<string, unknown>).map(([a, b]) => `${a}: ${typeof b === 'object' ? JSON.stringify(b) : String(b)}`).join(' · ')}</dd>
        </div>
      ))}
    </dl>
  );
}

export function StatusPage({ status, error, reload }: { status: StatusResponse | null; error: string | null; reload: () => void }) {
  const { t } = useT();
  if (error) return <section className="page"><ErrorBanner message={error} onRetry={reload} /></section>;
  if (!status) return <section className="page"><p className="muted">{t.loading}</p></section>;
  return (
    <section className="page status-page" data-testid="status-page">
      <h2>{t.statusTitle}</h2>
      <div className="cards">
        <div className="card">
          <h3>{t.statusModel}</h3>
          <dl className="kv">
            <div><dt>{t.statusMode}</dt><dd data-testid="status-mode">{status.mode === 'generated' ? t.modeGenerated : t.modeEvidence}</dd></div>
            <div><dt>backend</dt><dd><code>{status.model?.backend ?? 'none'}</code></dd></div>
          </dl>
          {status.mode === 'evidence' && <EvidenceBanner hint={status.addModelHint} />}
        </div>
        <div className="card">
          <h3>{t.statusKb}</h3>
          {status.kb ? <KbStats kb={status.kb} /> : <p className="muted">—</p>}
          <h4>{t.statusAddKnowledge}</h4>
          <p className="muted small">{t.statusAddKnowledgeHelp}</p>
          <pre className="cmd">{status.addKnowledgeHint.join('\n')}</pre>
        </div>
        <div className="card">
          <h3>{t.statusApi}</h3>
          <p className="small">{t.statusApiHelp}</p>
          <pre className="cmd">{`curl ${location.origin}/v1/chat/completions \\\n  -H 'content-type: application/json' \\\n  -d '{"model":"quarkmed","messages":[{"role":"user","content":"…"}]}'`}</pre>
          <h4>{t.statusModels}</h4>
          <ul className="plain">{status.models.map((m) => <li key={m.id}><code>{m.id}</code> → {m.backend}{m.isDefault ? ' ★' : ''}</li>)}</ul>
          <p className="small">{t.statusAuth}: {status.auth.apiKeys ? t.on : t.off}</p>
        </div>
      </div>
    </section>
  );
}
