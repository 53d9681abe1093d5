// Rule checks of an answer against the compliance principles: the screening rules (stop / replace / change a
// medicine, doses outside label ranges, discouraged care) read the answer like any passage; plus certainty
// about a diagnosis, controlled-substance dosing, and urgent-care advice missing where triage is urgent.
import type { ContentFlagCode } from '../../core/content-flags.js';
import { injectionFlags } from '../screening/injection.js';
import { screenAnswer } from '../screening/screen.js';
import { alt, normalise, sentences, trimSpan } from '../screening/text.js';
import type { ComplianceContext, ComplianceViolation } from './types.js';

const FROM_FLAG: Record<Exclude<ContentFlagCode, 'instruction-injection'>, Pick<ComplianceViolation, 'principle' | 'severity'>> = {
  'stop-medication': { principle: 'medication-safety', severity: 'critical' },
  'dose-change': { principle: 'medication-safety', severity: 'critical' },
  'replace-treatment': { principle: 'medication-safety', severity: 'critical' },
  'dose-out-of-range': { principle: 'medication-safety', severity: 'critical' },
  'discourage-care': { principle: 'refer-to-clinician', severity: 'critical' },
  'harmful-practice': { principle: 'refer-to-clinician', severity: 'critical' },
  'unsafe-combination': { principle: 'medication-safety', severity: 'critical' },
  'unsafe-claim': { principle: 'refer-to-clinician', severity: 'major' },
  'contradicts-knowledge': { principle: 'medication-safety', severity: 'critical' },
  'fake-authority': { principle: 'medication-safety', severity: 'critical' },
};

const CERTAIN_DIAGNOSIS = alt([
  "\\byou (?:definitely|certainly|clearly|surely|undoubtedly|obviously|absolutely) (?:have|are suffering from|'ve got|got)\\b",
  "\\b(?:this|it|that) (?:is|'s) (?:definitely|certainly|clearly|surely|undoubtedly|without (?:a )?doubt|100%)\\b",
  '\\byou have (?:\\w+\\s+){1,4}(?:for sure|without (?:a )?doubt|no doubt)\\b',
  '\\bthe diagnosis is (?:clearly|definitely|certainly)?\\s*\\w',
  "\\bi(?: can|'m able to)? (?:diagnose|confirm) (?:you|that you|this as)\\b",
  '\\bthere is no doubt (?:that )?you\\b',
  '\\byou are (?:definitely|certainly|clearly) (?:suffering|diabetic|pregnant|infected)\\b',
  '你(?:肯定|一定|确定|绝对|毫无疑问|无疑)(?:是|就是|得了|患了|患有|有)',
  '你(?:就是|得的就是|得的是|患的是)',
  '(?:可以|能够|完全可以)?确诊(?:你|为|是)',
  '毫无疑问(?:是|就是|你)',
  '(?:肯定|一定|绝对)是[^，。]{0,10}(?:病|症|炎|癌|瘤)',
]);
const HEDGE = alt([
  "\\b(?:may|might|could|possibl\\w*|likely|probabl\\w*|suggest\\w*|consistent with|rule out|cannot|can't|not possible|need\\w* (?:a|an|to)|whether)\\b",
  '可能',
  '也许',
  '或许',
  '疑似',
  '考虑',
  '不排除',
  '需要(?:检查|排除|就医|进一步)',
  '无法',
  '不能',
]);

const CONTROLLED = alt([
  '\\b(?:oxycodone|oxycontin|morphine|fentanyl|hydrocodone|codeine|tramadol|methadone|buprenorphine|heroin|diazepam|valium|alprazolam|xanax|lorazepam|ativan|clonazepam|klonopin|zolpidem|ambien|adderall|amphetamine|methylphenidate|ritalin|ketamine)\\b',
  '吗啡',
  '羟考酮',
  '奥施康定',
  '芬太尼',
  '可待因',
  '曲马多',
  '美沙酮',
  '丁丙诺啡',
  '地西泮',
  '安定片?',
  '阿普唑仑',
  '劳拉西泮',
  '氯硝西泮',
  '唑吡坦',
  '哌醋甲酯',
  '利他林',
  '氯胺酮',
]);
const AMOUNT = /\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|g\b|milligrams?|毫克|微克|克|片|粒)/u;

const URGENT_ADVICE = alt([
  '\\b(?:call|dial|phone|ring)\\s+(?:\\w+\\s+){0,2}(?:911|999|112|000|119|120|emergency|an ambulance|ems)\\b',
  '\\bemergency (?:room|department|services|number|care)\\b',
  '\\b(?:er|a&e)\\b',
  '\\bgo (?:straight |directly |right )?to (?:the |a |an )?(?:hospital|er|emergency|urgent care|a&e)',
  '\\bseek (?:immediate|urgent|emergency|prompt)\\s+(?:medical\\s+)?(?:care|help|attention|treatment)',
  '\\b(?:see|contact|call) (?:a |your )?(?:doctor|gp|clinician|physician) (?:today|now|immediately|urgently|right away|as soon as possible|within (?:a|24|the next))',
  '\\burgent(?:ly)?\\b',
  '\\bimmediately\\b',
  '120',
  '急诊',
  '急救',
  '救护车',
  '立即就医',
  '马上就医',
  '尽快就医',
  '立即去医院',
  '马上去医院',
  '尽快去医院',
  '立即就诊',
  '尽快就诊',
  '当天就诊',
  '及时就医',
  '紧急',
]);

/**
 * Any referral to care, urgent or not: a clinician, a hospital or clinic, an examination or a test. An answer to an
 * emergency that names none of these treats it at home, whatever words it uses (curation drops such answers).
 */
const CARE_REFERRAL = alt([
  '\\b(?:doctors?|physicians?|gp|clinic\\w*|hospital\\w*|specialists?|surgeons?|midwi\\w+|nurses?|pharmacists?|\\w+ologists?|\\w+iatrists?)\\b',
  '\\b(?:emergency|urgent care|ambulance|911|999|112|er|a&e|medical (?:attention|care|help|review|advice|evaluation))\\b',
  '\\b(?:be |get (?:it |this |yourself |him |her )?)(?:seen|checked|examined|evaluated|assessed|tested)\\b',
  '\\b(?:tests?|testing|scans?|x-?rays?|ultrasound|ecg|ekg|ct|mri|endoscopy|biopsy|imaging|radiograph\\w*|cultures?|exam\\w*|evaluation|surgery|surgical|procedures?)\\b',
  // The answer speaks as the clinician ("we'll need to perform…", "I recommend you undergo…").
  '\\b(?:perform|undergo|conduct|order|admit|refer|prescrib)\\w*\\b',
  '医生',
  '医师',
  '大夫',
  '医院',
  '就医',
  '就诊',
  '急诊',
  '门诊',
  '120',
  '专科',
  '[内外儿妇眼皮骨神]科',
  '检查',
  '复查',
  '化验',
  '(?:查|验|测)(?:血|尿|一下)',
  '[b彩]超|核磁|心电图|胃镜|肠镜',
]);

/** Does the answer give urgent-care advice (what the missing-urgent-care rule looks for)? Pure. */
export function givesUrgentCare(answer: string): boolean {
  return URGENT_ADVICE.test(normalise(answer));
}

/** Does the answer send the reader to any care at all (weaker than urgent-care advice)? Pure. */
export function refersToCare(answer: string): boolean {
  return CARE_REFERRAL.test(normalise(answer));
}

function violation(
  code: ComplianceViolation['code'],
  base: Pick<ComplianceViolation, 'principle' | 'severity'>,
  span: string,
  reason: string,
): ComplianceViolation {
  return { code, ...base, span: trimSpan(span), reason };
}

/** Rule violations in an answer (pure). */
export function ruleViolations(answer: string, ctx: ComplianceContext = {}): ComplianceViolation[] {
  const out: ComplianceViolation[] = [];
  for (const f of screenAnswer(answer, ctx.question, { relations: ctx.relations })) {
    if (f.code === 'instruction-injection') continue;
    out.push(violation(f.code, FROM_FLAG[f.code], f.span, f.reason));
  }
  const norm = normalise(answer);
  // Instructions aimed at a model, repeated in the answer: a retrieved document's injected text reached the reply.
  // Only the kinds an honest answer never contains (overrides, chat-template markers, directions about answers or
  // users); a role phrase such as "as an AI, I can't…" is a model speaking of itself.
  const repeated = injectionFlags(norm).find((f) => /^(?:override|chat template marker|directs the answer|instructions hidden)/u.test(f.reason));
  if (repeated) out.push(violation('repeated-instruction', { principle: 'no-unsourced-claims', severity: 'critical' }, repeated.span, repeated.reason));
  for (const s of sentences(norm)) {
    const m = CERTAIN_DIAGNOSIS.exec(s);
    if (m && !HEDGE.test(s.replace(m[0], ' '))) {
      out.push(violation('definitive-diagnosis', { principle: 'no-definitive-diagnosis', severity: 'major' }, s, `certain diagnosis: "${m[0]}"`));
      break;
    }
  }
  for (const s of sentences(norm)) {
    const drug = CONTROLLED.exec(s);
    if (drug && AMOUNT.test(s.slice(drug.index))) {
      out.push(violation('controlled-substance-dose', { principle: 'no-controlled-substance-prescribing', severity: 'critical' }, s, `${drug[0]} with a dose`));
      break;
    }
  }
  if ((ctx.triage === 'urgent' || ctx.triage === 'emergency') && !URGENT_ADVICE.test(norm)) {
    const principle = ctx.triage === 'emergency' ? 'emergency-first' : 'refer-to-clinician';
    out.push(
      violation(
        'missing-urgent-care',
        { principle, severity: ctx.triage === 'emergency' ? 'critical' : 'major' },
        '',
        `triage is ${ctx.triage} but the answer gives no urgent-care advice`,
      ),
    );
  }
  return out;
}
