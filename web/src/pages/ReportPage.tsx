import { useEffect, useState } from 'react';
import { api, ApiError } from '../api';
import { AnswerText, evidenceChrome } from '../components/AnswerText';
import { ErrorBanner, EvidenceBanner, TriageBanner } from '../components/Banners';
import { CitationCard } from '../components/CitationCard';
import { useT } from '../i18n';
import type { InterpretResponse, LabResult, RecognizeResponse } from '../types';

function FlagPill({ flag }: { flag: LabResult['flag'] }) {
  const { t } = useT();
  const arrow = flag === 'high' || flag === 'critical-high' ? '↑ ' : flag === 'low' || flag === 'critical-low' ? '↓ ' : '';
  return (
    <span className={`flag flag-${flag}`} data-flag={flag}>
      {arrow}
      {t.flags[flag] ?? flag}
    </span>
  );
}

/** "please check" / "could not read" beside a value read by OCR, or repaired from pasted OCR text (printed as shown). */
function ReadMark({ r }: { r: LabResult }) {
  const { t } = useT();
  if (!r.read || r.read.status === 'ok') return null;
  const why = r.read.printed !== undefined ? `“${r.read.printed}”` : r.read.confidence !== undefined ? `OCR ${r.read.confidence}%` : undefined;
  return (
    <span className={`read-mark read-${r.read.status}`} data-read={r.read.status} title={why}>
      {' '}
      {r.read.status === 'unreadable' ? t.reportUnreadable : t.reportCheck}
    </span>
  );
}

export function ReportPage({ onAuthError }: { onAuthError: () => void }) {
  const { t, lang } = useT();
  const [text, setText] = useState('');
  const [out, setOut] = useState<InterpretResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [reading, setReading] = useState(false);
  const [read, setRead] = useState<RecognizeResponse | null>(null);
  const [preview, setPreview] = useState<{ url: string; kind: 'image' | 'pdf' } | null>(null);

  useEffect(() => () => (preview ? URL.revokeObjectURL(preview.url) : undefined), [preview]);

  async function upload(file: File | undefined) {
    if (!file) return;
    setError(null);
    setOut(null);
    setRead(null);
    setPreview({ url: URL.createObjectURL(file), kind: file.type === 'application/pdf' ? 'pdf' : 'image' });
    setReading(true);
    try {
      const r = await api.recognize(file);
      setRead(r);
      setText(r.document.text);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthError();
      setError((err as Error).message);
    } finally {
      setReading(false);
    }
  }

  async function interpret() {
    if (!text.trim()) return;
    setLoading(true);
    setError(null);
    try {
      setOut(await api.interpret(text, navigator.language.toLowerCase().startsWith(lang) ? navigator.language : lang));
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onAuthError();
      setError((err as Error).message);
    } finally {
      setLoading(false);
    }
  }

  const displayName = (r: LabResult) => (lang === 'zh' ? r.nameZh : r.nameEn) ?? r.name;

  return (
    <section className="page report-page">
      <h2>{t.reportTitle}</h2>
      <p className="muted">{t.reportHelp}</p>
      <div className="row report-upload">
        <label className="btn-secondary file-button">
          {reading ? t.reportReading : t.reportUpload}
          <input
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            onChange={(e) => void upload(e.target.files?.[0])}
            disabled={reading}
            data-testid="report-file"
            hidden
          />
        </label>
        <span className="muted small">{t.reportUploadHelp}</span>
      </div>
      {preview && (
        <div className="report-read" data-testid="report-read">
          <div className="report-preview">
            {preview.kind === 'image' ? <img src={preview.url} alt={read?.document.name ?? ''} /> : <embed src={preview.url} type="application/pdf" />}
          </div>
          {read && (
            <div className="report-recognised">
              <p className="muted small">
                {t.reportRecognised} ({t.reportReadBy[read.document.kind] ?? read.document.kind}
                {read.document.confidence !== undefined ? `, ${read.document.confidence}%` : ''})
              </p>
              <table className="lab-table" data-testid="read-table">
                <tbody>
                  {read.report.results.map((r, i) => (
                    <tr key={i} data-read={r.read?.status ?? 'ok'}>
                      <td>{r.name}</td>
                      <td className="num">
                        {r.valueText}
                        {r.unit ? ` ${r.unit}` : ''}
                        <ReadMark r={r} />
                      </td>
                      <td className="num">{r.range?.origin === 'report' ? r.range.text : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      <textarea
        className="report-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t.reportPlaceholder}
        rows={8}
        maxLength={50000}
        aria-label={t.reportTitle}
      />
      <div className="row">
        <button className="btn-primary" onClick={() => void interpret()} disabled={loading || !text.trim()}>
          {loading ? t.loading : t.reportButton}
        </button>
        <button className="btn-secondary" onClick={() => setText(t.reportPlaceholder)}>
          {t.reportSample}
        </button>
      </div>
      {error && <ErrorBanner message={error} />}
      {out && (
        <div className="report-out">
          <TriageBanner triage={out.answer.triage} />
          {out.report.results.length === 0 ? (
            <p>{t.reportNoResults}</p>
          ) : (
            <table className="lab-table" data-testid="lab-table">
              <thead>
                <tr>
                  <th>{t.reportTest}</th>
                  <th>{t.reportValue}</th>
                  <th>{t.reportRange}</th>
                  <th>{t.reportFlag}</th>
                </tr>
              </thead>
              <tbody>
                {out.report.results.map((r, i) => (
                  <tr key={i} className={r.flag !== 'normal' && r.flag !== 'unknown' ? 'abnormal' : ''} data-flag={r.flag}>
                    <td>
                      {displayName(r)}
                      {/* The printed name only when it adds something: "白细胞计数(WBC)" beside 白细胞计数 is shown once. */}
                      {!r.name.includes(displayName(r)) && <span className="muted small"> ({r.name})</span>}
                    </td>
                    <td className="num">
                      {r.valueText}
                      {r.unit ? ` ${r.unit}` : ''}
                      <ReadMark r={r} />
                    </td>
                    <td className="num">
                      {r.range?.text ?? '—'}
                      {r.range?.origin === 'bundled' && (
                        <span className="muted small" title={t.rangeBundled}>
                          {' '}
                          *
                        </span>
                      )}
                    </td>
                    <td>
                      <FlagPill flag={r.flag} />
                      {r.printedFlag && (
                        <span className="muted small" data-printed-flag={r.printedFlag} title={t.reportPrintedFlag}>
                          {' '}
                          ({t.reportPrintedFlag}: {t.flags[r.printedFlag] ?? r.printedFlag})
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {out.report.results.some((r) => r.range?.origin === 'bundled') && <p className="muted small">* {t.rangeBundled}</p>}
          {out.report.skipped.length > 0 && (
            <details className="warnings">
              <summary>
                {t.reportSkipped} ({out.report.skipped.length})
              </summary>
              <ul>
                {out.report.skipped.map((s) => (
                  <li key={s.line}>
                    #{s.line}: {s.text} — {s.reason}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <h3>{t.reportExplanation}</h3>
          {out.answer.mode === 'evidence' && <EvidenceBanner />}
          <div className="bubble bubble-assistant">
            <AnswerText
              text={out.answer.answer}
              hide={(p) => p === out.answer.triage.message.trim() || (out.answer.mode === 'evidence' && out.answer.citations.length > 0 && evidenceChrome(p))}
            />
          </div>
          {out.answer.citations.length > 0 && (
            <div className="citations">
              <h3>{t.sources}</h3>
              <div className="citation-grid">
                {out.answer.citations.map((c) => (
                  <CitationCard key={c.n} citation={c} />
                ))}
              </div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
