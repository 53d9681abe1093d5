// A question turn of the consultation: the focused questions with quick-reply chips (a tap puts the answer in the
// composer), and the case as understood so far, which the user can correct before the answer.
import type { ConsultSummary } from '../types';

const TEXT = {
  zh: {
    asking: '问诊',
    chips: '点选回答（可修改后发送）',
    caseTitle: '目前了解到的情况',
    correct: '更正',
    age: '年龄',
    duration: '持续',
    temp: '体温',
    meds: '用药',
    allergies: '过敏',
    chronic: '基础病',
    none: '（尚无）',
  },
  en: {
    asking: 'Questions first',
    chips: 'Tap to answer (edit before sending)',
    caseTitle: 'What I have so far',
    correct: 'Correct this',
    age: 'Age',
    duration: 'Duration',
    temp: 'Temperature',
    meds: 'Medicines',
    allergies: 'Allergies',
    chronic: 'Conditions',
    none: '(nothing yet)',
  },
};

export function caseFacts(c: ConsultSummary, lang: 'zh' | 'en'): string[] {
  const t = TEXT[lang];
  const f = c.state.facts;
  const out: string[] = [];
  if (f.age !== undefined) out.push(`${t.age}: ${f.age < 1 ? `${Math.round(f.age * 12)} ${lang === 'zh' ? '个月' : 'months'}` : f.age}`);
  if (f.duration) out.push(`${t.duration}: ${f.duration}`);
  if (f.temperatureC) out.push(`${t.temp}: ${f.temperatureC} °C`);
  if (f.chronic.length) out.push(`${t.chronic}: ${f.chronic.join(', ')}`);
  if (f.medicines.length) out.push(`${t.meds}: ${f.medicines.join(', ')}`);
  if (f.allergies.length) out.push(`${t.allergies}: ${f.allergies.join(', ')}`);
  return out;
}

export function ConsultPanel({
  consult,
  lang,
  answers,
  onChip,
  onCorrect,
}: {
  consult: ConsultSummary;
  lang: 'zh' | 'en';
  answers: Record<number, string>;
  onChip: (question: number, reply: string) => void;
  onCorrect: () => void;
}) {
  const t = TEXT[lang];
  const facts = caseFacts(consult, lang);
  return (
    <div className="consult" data-testid="consult-panel">
      {consult.questions && consult.questions.length > 0 && (
        <div className="consult-questions">
          <p className="muted">{t.chips}</p>
          {consult.questions.map((q, i) => (
            <div className="consult-question" key={q.text}>
              <span>
                {i + 1}. {q.text}
              </span>
              <div className="examples">
                {q.quickReplies.map((r) => (
                  <button key={r} type="button" data-testid="quick-reply" className={`chip${answers[i] === r ? ' chip-on' : ''}`} onClick={() => onChip(i, r)}>
                    {r}
                  </button>
                ))}
              </div>
            </div>
          ))}
        </div>
      )}
      <div className="consult-case" data-testid="case-summary">
        <strong>{t.caseTitle}</strong>: {consult.state.chiefComplaint}
        <ul>
          {(facts.length ? facts : [t.none]).map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
        <button type="button" className="btn-secondary" onClick={onCorrect}>
          {t.correct}
        </button>
      </div>
    </div>
  );
}

export const consultLabel = (lang: 'zh' | 'en'): string => TEXT[lang].asking;
