import { useT } from '../i18n';
import type { Citation } from '../types';
import { AuthorityBadge } from './AuthorityBadge';

export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

export function CitationCard({ citation, highlighted }: { citation: Citation; highlighted?: boolean }) {
  const { t } = useT();
  const href = safeUrl(citation.url);
  const quote = citation.quote.length > 360 ? `${citation.quote.slice(0, 357)}…` : citation.quote;
  return (
    <article className={`citation-card${highlighted ? ' highlighted' : ''}`} id={`cite-${citation.n}`} data-testid="citation-card">
      <header>
        <span className="cite-n">{citation.n}</span>
        <h4>{citation.title}</h4>
        <AuthorityBadge authority={citation.authority} />
      </header>
      <blockquote>{quote}</blockquote>
      <footer>
        <span className="cite-source">{citation.source}</span>
        {href && (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t.openSource} ↗
          </a>
        )}
      </footer>
    </article>
  );
}
