import { Fragment, type ReactNode } from 'react';

// Renders answer text safely (never as HTML): paragraphs, "- "/"1. " lists, "#" headings, **bold**, `code`,
// and inline [n] as links to citation cards — the Markdown subset models actually produce.
function inline(text: string, onCite?: (n: number) => void): ReactNode[] {
  const out: ReactNode[] = [];
  text.split('`').forEach((part, i) => {
    if (i % 2 === 1) {
      out.push(<code key={`c${i}`}>{part}</code>);
      return;
    }
    if (part.includes('**')) {
      part.split('**').forEach((seg, j) => {
        const nodes = citeRefs(seg, onCite, `${i}-${j}`);
        out.push(j % 2 === 1 ? <strong key={`b${i}-${j}`}>{nodes}</strong> : <Fragment key={`t${i}-${j}`}>{nodes}</Fragment>);
      });
      return;
    }
    out.push(...citeRefs(part, onCite, String(i)));
  });
  return out;
}

function citeRefs(part: string, onCite: ((n: number) => void) | undefined, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\[(\d{1,2})\]/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(part))) {
    if (m.index > last) out.push(part.slice(last, m.index));
    const n = Number(m[1]);
    out.push(
      <a
        key={`${key}-${m.index}`}
        className="cite-ref"
        href={`#cite-${n}`}
        onClick={(e) => {
          e.preventDefault();
          onCite?.(n);
        }}
      >
        {n}
      </a>,
    );
    last = m.index + m[0].length;
  }
  if (last < part.length) out.push(part.slice(last));
  return out;
}

const BULLET = /^\s*[-•*]\s+/;
const NUMBERED = /^\s*\d{1,2}[.)、]\s*/;
type Kind = 'p' | 'ul' | 'ol' | 'h';

function kindOf(line: string): Kind {
  if (HEADING.test(line)) return 'h';
  if (BULLET.test(line)) return 'ul';
  if (NUMBERED.test(line)) return 'ol';
  return 'p';
}
const HEADING = /^\s*#{1,6}\s+/;

function Block({ block, onCite }: { block: string; onCite?: (n: number) => void }) {
  const groups: { kind: Kind; lines: string[] }[] = [];
  for (const l of block.split('\n').filter((x) => x.trim())) {
    const kind = kindOf(l);
    const g = groups.at(-1);
    if (g && kind !== 'h' && g.kind === kind) g.lines.push(l);
    else groups.push({ kind, lines: [l] });
  }
  return (
    <>
      {groups.map((g, i) => {
        if (g.kind === 'h')
          return (
            <h4 key={i} className="answer-heading">
              {inline(g.lines[0].replace(HEADING, ''), onCite)}
            </h4>
          );
        if (g.kind === 'ul')
          return (
            <ul key={i}>
              {g.lines.map((l, j) => (
                <li key={j}>{inline(l.replace(BULLET, ''), onCite)}</li>
              ))}
            </ul>
          );
        if (g.kind === 'ol')
          return (
            <ol key={i}>
              {g.lines.map((l, j) => (
                <li key={j}>{inline(l.replace(NUMBERED, ''), onCite)}</li>
              ))}
            </ol>
          );
        return (
          <p key={i}>
            {g.lines.map((l, j) => (
              <Fragment key={j}>
                {j > 0 && <br />}
                {inline(l, onCite)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </>
  );
}

export interface AnswerTextProps {
  text: string;
  onCite?: (n: number) => void;
  /** Paragraphs the surrounding UI already shows (triage message, evidence-mode notes, the source list). */
  hide?: (paragraph: string) => boolean;
}

export function AnswerText({ text, onCite, hide }: AnswerTextProps) {
  const blocks = text.split(/\n{2,}/).filter((b) => b.trim() && !hide?.(b.trim()));
  return (
    <div className="answer-text">
      {blocks.map((block, i) => (
        <Block key={i} block={block} onCite={onCite} />
      ))}
    </div>
  );
}

/** Evidence-mode paragraphs that the banner and the citation cards already present. */
export function evidenceChrome(paragraph: string): boolean {
  return /^(Sources:|来源段落：)/.test(paragraph) || /^(Evidence mode:|【证据模式】)/.test(paragraph) || /^No model configured:/.test(paragraph);
}
