import { useT } from '../i18n';
import type { Triage } from '../types';

export function TriageBanner({ triage }: { triage: Triage }) {
  const { t } = useT();
  if (triage.level === 'routine') return null;
  const emergency = triage.level === 'emergency';
  return (
    <div className={`banner ${emergency ? 'banner-emergency' : 'banner-urgent'}`} role="alert" data-testid="triage-banner">
      <strong>{emergency ? t.emergencyTitle : t.urgentTitle}</strong>
      {/* The message ends with the open questions (triage.ask); the banner lists them itself. */}
      {triage.message && <p>{triage.ask?.length ? (triage.message.split('\n')[0] ?? triage.message) : triage.message}</p>}
      {triage.ask && triage.ask.length > 0 && (
        <div data-testid="triage-ask">
          <p>{t.triageAskTitle}</p>
          <ol>
            {triage.ask.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}

export function EvidenceBanner({ hint }: { hint?: string }) {
  const { t } = useT();
  const cmd = hint?.match(/`([^`]+)`/)?.[1];
  return (
    <div className="banner banner-evidence" role="status" data-testid="evidence-banner">
      <strong>{t.evidenceTitle}</strong>
      <p>
        {t.evidenceBody}
        {cmd && (
          <>
            {' '}
            {t.evidenceHow} <code>{cmd}</code>
          </>
        )}
      </p>
    </div>
  );
}

export function ErrorBanner({ message, onRetry }: { message: string; onRetry?: () => void }) {
  const { t } = useT();
  return (
    <div className="banner banner-error" role="alert">
      <strong>{t.error}</strong>
      <p>{message}</p>
      {onRetry && (
        <button className="btn-secondary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
