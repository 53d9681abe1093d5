import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api';
import { AuthorityBadge } from '../components/AuthorityBadge';
import { ErrorBanner } from '../components/Banners';
import { safeUrl } from '../components/CitationCard';
import { useT } from '../i18n';
import type { SearchHit } from '../types';

/** Passages grouped by article (same source, title and link — e.g. one MedQuAD topic's QA pairs), in the
 *  order of each article's best passage. */
function groupByDoc(hits: SearchHit[]): SearchHit[][] {
  const groups = new Map<string, SearchHit[]>();
  for (const h of hits) {
    const key = `${h.source}\u0000${h.title}\u0000${h.url ?? h.docId}`;
    const g = groups.get(key);
    if (g) g.push(h);
    else groups.set(key, [h]);
  }
  return [...groups.values()];
}

const clip = (text: string) => (text.length > 480 ? `${text.slice(0, 477)}…` : text);

export function SearchPage({ onAuthError }: { onAuthError: () => void }) {
  const { t } = useT();
  const [q, setQ] = useState('');
  const [lang, setLang] = useState('');
  const [minAuthority, setMinAuthority] = useState('');
  const [result, setResult] = useState<{ hits: SearchHit[]; tookMs: number; noPage?: { names: string[]; note: string } } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  async function search(e?: FormEvent) {
    e?.preventDefault();
    if (!q.trim()) return;
    setLoading(true);
    setError(null);
    try {
      setResult(await api.search(q.trim(), { lang: lang || undefined, minAuthority: minAuthority || undefined }));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthError();
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  }

  return (
    <section className="page search-page">
      <h2>{t.searchTitle}</h2>
      <form className="search-form" onSubmit={search}>
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t.searchPlaceholder}
          aria-label={t.searchPlaceholder}
          maxLength={1000}
        />
        <label>
          {t.searchLang}
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t.searchAnyLang}</option>
            <option value="zh">中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t.searchMinAuthority}
          <select value={minAuthority} onChange={(e) => setMinAuthority(e.target.value)}>
            <option value="">{t.searchAnyAuthority}</option>
            {['A', 'B', 'C', 'D'].map((a) => (
              <option key={a} value={a}>
                {t.authorityHelp[a]}
              </option>
            ))}
          </select>
        </label>
        <button className="btn-primary" type="submit" disabled={loading || !q.trim()}>
          {loading ? t.loading : t.searchButton}
        </button>
      </form>
      {error && <ErrorBanner message={error} />}
      {result && (
        <>
          <p className="muted" data-testid="search-summary">
            {t.searchResults(result.hits.length, result.tookMs)}
          </p>
          {result.noPage && (
            <p className="no-page" role="note" data-testid="search-no-page">
              {result.noPage.note}
            </p>
          )}
          {result.hits.length === 0 && <p>{t.searchNone}</p>}
          <ol className="hits">
            {groupByDoc(result.hits).map(([h, ...more]) => {
              const href = safeUrl(h.url);
              return (
                <li key={h.id} className="hit" data-testid="search-hit">
                  <header>
                    <AuthorityBadge authority={h.authority} />
                    <h3>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {h.title}
                        </a>
                      ) : (
                        h.title
                      )}
                    </h3>
                  </header>
                  <p className="hit-meta">{[h.source, h.section].filter(Boolean).join(' · ')}</p>
                  <p className="hit-text">{clip(h.text)}</p>
                  {more.length > 0 && (
                    <details className="more-passages">
                      <summary>{t.searchMore(more.length)}</summary>
                      {more.map((m) => (
                        <div key={m.id} className="more-passage">
                          {m.section && <p className="hit-meta">{m.section}</p>}
                          <p className="hit-text">{clip(m.text)}</p>
                        </div>
                      ))}
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
