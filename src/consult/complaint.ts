// A broad complaint → red-flag map: for each everyday complaint (by body site or system), the findings that would turn
// it from self-care into same-day or emergency care, written the way primary-care referral guidance (NICE CKS "red
// flags", NHS 111 dispositions, Chinese general-practice textbooks) lists them. Each question names its red flags
// concretely ("有没有A、B或C？" / "Any A, B or C?"), so the policy can test what a "yes" would do to the triage
// (policy.ts ranks questions by that). Complaints the triage layer treats as high-risk presentations (chest pain,
// breathlessness, headache, abdominal pain, bleeding, pregnancy…) take their questions from the triage itself; this
// map covers the rest (complaints-*.ts, by body region), and site-screens.ts covers a complaint no entry names.
//
// One entry: a complaint's id, how it is named in Chinese and English, and its red-flag questions in both languages.

export interface Complaint {
  id: string;
  zh: RegExp;
  en: RegExp;
  ask: { zh: string[]; en: string[] };
  /**
   * Entries this one reads better when both name a message (shingles' nerve pain — tingling, burning beside blisters —
   * is not a numbness complaint): the policy sets those aside whenever this entry names the message.
   */
  supersedes?: readonly string[];
}

export const defineComplaint = (
  id: string,
  zh: RegExp,
  en: RegExp,
  askZh: string[],
  askEn: string[],
  o: { supersedes?: readonly string[] } = {},
): Complaint => ({
  id,
  zh,
  en,
  ask: { zh: askZh, en: askEn },
  ...(o.supersedes ? { supersedes: o.supersedes } : {}),
});
