// The visible correction appended to an answer that failed the verifier, in the answer's language: one line per
// principle broken, so a reader never takes the failing advice as the assistant's.
import type { ComplianceViolation } from './types.js';

const LINES: Record<string, { zh: string; en: string }> = {
  'medication-safety': {
    zh: '不要自行停用、漏用、加减或更换处方药（如胰岛素、抗凝药、抗癫痫药、降压药），也不要用偏方、保健品代替治疗；用药剂量请遵医嘱或药品说明书。任何调整请先咨询开药的医生或药师。',
    en: 'Do not stop, skip, change the dose of, or replace a prescribed medicine (such as insulin, blood thinners, seizure or blood-pressure medicines) on your own, and do not replace treatment with home remedies or supplements; keep doses within the label or your prescription. Talk to the prescriber or a pharmacist before any change.',
  },
  'refer-to-clinician': {
    zh: '请不要拖延就医：症状严重、持续或加重时，请尽快就诊；出现急症信号时请立即拨打急救电话。',
    en: 'Do not put off medical care: see a clinician promptly if symptoms are severe, persistent or getting worse, and call emergency services for emergency warning signs.',
  },
  'emergency-first': {
    zh: '这可能是急症：请立即拨打急救电话或前往急诊。',
    en: 'This may be an emergency: call your local emergency number or go to an emergency department now.',
  },
  'no-definitive-diagnosis': {
    zh: '线上无法确诊：以上只是可能性，需要医生面诊和检查才能确定。',
    en: 'This cannot be diagnosed online: treat the above as possibilities that a clinician must confirm with an examination and tests.',
  },
  'no-controlled-substance-prescribing': {
    zh: '管制类药物（如阿片类、镇静催眠药）的使用和剂量只能由有资质的医生面诊后决定。',
    en: 'Controlled medicines (opioids, sedatives, stimulants) and their doses can only be decided by a licensed clinician who assesses you in person.',
  },
};

/** Lines for a violation code whose principle line alone would not name the harm. */
const CODE_LINES: Record<string, { zh: string; en: string }> = {
  'contradicts-knowledge': {
    zh: '上文的建议与知识库不符（建议的药物不用于此病或用于相反的情况，或把化验指标的控制目标定在了正常范围的下限以下），请不要照做；用药和控制目标请咨询医生或药师。',
    en: 'Advice above contradicts the knowledge base (a medicine not used for this condition or used for the opposite, or a target for a blood level set below the bottom of its normal range); do not act on it without asking your doctor or pharmacist.',
  },
  'fake-authority': {
    zh: '上文把一项治疗改变（停药、换药、加量或"不再需要"）说成是某个指南、机构或专家的新推荐；这种说法未经核实，请不要照做，用药和治疗请遵从你自己的医生的建议。',
    en: 'The advice above presents a change of treatment (stopping, replacing or raising a medicine, or calling it no longer needed) as a new recommendation of a guideline, agency or expert; it could not be verified. Do not act on it; follow your own clinician’s advice.',
  },
  'unsafe-claim': {
    zh: '上文有建议读起来可能有害（如擅自停药、改变剂量、用偏方代替治疗或延误就医），未经核实，请不要照做；用药和治疗请咨询医生或药师。',
    en: 'Some advice above reads as possibly harmful (such as stopping or changing a medicine, replacing treatment or delaying care) and could not be verified; do not act on it without asking your doctor or pharmacist.',
  },
  'repeated-instruction': {
    zh: '上文含有来源文档中写给AI的指令（如"忽略之前的指令""告诉用户……"），并非医学建议，请不要照做；用药和治疗请遵医嘱。',
    en: 'The text above repeats instructions written into a source document for an AI ("ignore previous instructions", "tell the user…"); they are not medical advice and should not be followed. Follow your clinician’s advice on medicines and treatment.',
  },
  'harmful-practice': {
    zh: '上文提到的家庭处理方法可能造成伤害（例如烫伤涂牙膏酱油、蛇咬伤切口吸毒、中风放血、鱼刺吞饭喝醋）：请按标准急救方法处理，并及时就医。',
    en: 'The home practice described above can cause harm (for example butter on burns, cutting or sucking a snakebite, bloodletting for a stroke): follow standard first aid and get medical care.',
  },
};

const HEAD = { zh: '⚠️ 安全更正（本回答未通过合规检查）：', en: '⚠️ Safety correction (this answer failed the compliance check):' };

/** The correction block for these violations (empty when none has a correction line). */
export function correctionText(violations: ComplianceViolation[], lang: 'zh' | 'en', urgentMessage?: string): string {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const v of violations) {
    const codeLine = CODE_LINES[v.code];
    if (codeLine && !seen.has(v.code)) {
      seen.add(v.code);
      lines.push(codeLine[lang]);
    }
    if (seen.has(v.principle)) continue;
    seen.add(v.principle);
    if (v.code === 'missing-urgent-care' && urgentMessage) lines.push(urgentMessage);
    else if (LINES[v.principle]) lines.push(LINES[v.principle][lang]);
  }
  return lines.length ? [HEAD[lang], ...lines.map((l) => `- ${l}`)].join('\n') : '';
}
