import { Fragment, type ReactNode } from 'react';

// Renders answer text safely (no HTML): paragraphs, "- " lists, and inline [n] as links to citation cards.
function inline(text: string, onCite?: (n: number) => void): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\[(\d{1,2})\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    const n = Number(m[1]);
    out.push(
      <a key={`${m.index}-${n}`} className="cite-ref" href={`#cite-${n}`} onClick={(e) => { e.preventDefault(); onCite?.(n); }}>
        {n}
      </a>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function AnswerText({ text, onCite }: { text: string; onCite?: (n: number) => void }) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim());
  return (
    <div className="answer-text">
      {blocks.map((block, i) => {
        const lines = block.split('\n');
        if (lines.every((l) => /^\s*[-•*]\s+/.test(l) || !l.trim())) {
          return (
            <ul key={i}>
              {lines.filter((l) => l.trim()).map((l, j) => <li key={j}>{inline(l.replace(/^\s*[-•*]\s+/, ''), onCite)}</li>)}
            </ul>
          );
        }
        return (
          <p key={i}>
            {lines.map((l, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(l, onCite)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}
