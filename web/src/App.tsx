import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, ApiError, apiKeyStore } from './api';
import { initialLang, LangContext, STRINGS, type UiLang } from './i18n';
import { ChatPage } from './pages/ChatPage';
import { ReportPage } from './pages/ReportPage';
import { SearchPage } from './pages/SearchPage';
import { StatusPage } from './pages/StatusPage';
import type { StatusResponse } from './types';
import { emergencyNumberFor } from '../../src/safety/emergency-number.js';

type Page = '/chat' | '/search' | '/report' | '/status';
const PAGES: Page[] = ['/chat', '/search', '/report', '/status'];

function currentPage(): Page {
  const p = location.pathname as Page;
  return PAGES.includes(p) ? p : '/chat';
}

export function App() {
  const [lang, setLang] = useState<UiLang>(initialLang);
  const [page, setPage] = useState<Page>(currentPage);
  const [status, setStatus] = useState<StatusResponse | null>(null);
  const [statusError, setStatusError] = useState<string | null>(null);
  const [needKey, setNeedKey] = useState(false);
  const [keyDraft, setKeyDraft] = useState(apiKeyStore.get());
  const t = STRINGS[lang];
  const ctx = useMemo(() => ({ lang, t }), [lang, t]);

  const loadStatus = useCallback(() => {
    setStatusError(null);
    api.status().then(setStatus, (err: Error) => {
      if (err instanceof ApiError && err.status === 401) setNeedKey(true);
      setStatusError(err.message);
    });
  }, []);

  useEffect(loadStatus, [loadStatus]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t.appName} — ${t.tagline}`;
    localStorage.setItem('quarkmed.lang', lang);
  }, [lang, t]);
  useEffect(() => {
    const onPop = () => setPage(currentPage());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const go = (p: Page) => {
    history.pushState(null, '', p);
    setPage(p);
    if (p === '/status') loadStatus();
  };
  const label: Record<Page, string> = { '/chat': t.navChat, '/search': t.navSearch, '/report': t.navReport, '/status': t.navStatus };
  const authError = () => setNeedKey(true);

  return (
    <LangContext.Provider value={ctx}>
      <header className="topbar">
        <div className="brand">
          <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true">
            <rect width="32" height="32" rx="8" fill="#0f766e" />
            <path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#fff" />
          </svg>
          <div>
            <h1>{t.appName}</h1>
            <span className="tagline">{t.tagline}</span>
          </div>
        </div>
        <nav aria-label="main">
          {PAGES.map((p) => (
            <a
              key={p}
              href={p}
              className={page === p ? 'active' : ''}
              aria-current={page === p ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go(p);
              }}
            >
              {label[p]}
            </a>
          ))}
        </nav>
        <button className="lang-toggle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-toggle">
          {t.switchLang}
        </button>
      </header>
      {needKey && (
        <form
          className="key-bar"
          onSubmit={(e) => {
            e.preventDefault();
            apiKeyStore.set(keyDraft.trim());
            setNeedKey(false);
            loadStatus();
          }}
        >
          <span>{t.apiKeyHelp}</span>
          <input
            type="password"
            value={keyDraft}
            onChange={(e) => setKeyDraft(e.target.value)}
            placeholder={t.apiKey}
            aria-label={t.apiKey}
            autoComplete="off"
          />
          <button className="btn-primary" type="submit">
            {t.save}
          </button>
        </form>
      )}
      <main>
        {page === '/chat' && <ChatPage status={status} onAuthError={authError} />}
        {page === '/search' && <SearchPage onAuthError={authError} />}
        {page === '/report' && <ReportPage onAuthError={authError} />}
        {page === '/status' && <StatusPage status={status} error={statusError} reload={loadStatus} />}
      </main>
      {/* The same locale table as the server's triage banner (src/safety/emergency-number.ts), so the two agree. */}
      <footer className="disclaimer">{t.disclaimer.replace('{number}', emergencyNumberFor({ locale: navigator.language, lang, env: {} }))}</footer>
    </LangContext.Provider>
  );
}
