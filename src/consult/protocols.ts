// Inquiry protocols for complaints the triage layer does not treat as high-risk presentations (cough, diarrhoea,
// rash, dizziness…): what to ask first, red flags before comfort. High-risk presentations take their questions from
// the triage layer itself (src/safety/triage/presentations.ts), so triage and consultation ask alike.

export interface Protocol {
  id: string;
  zh: RegExp;
  en: RegExp;
  ask: { zh: string[]; en: string[] };
}

const P = (id: string, zh: RegExp, en: RegExp, askZh: string[], askEn: string[]): Protocol => ({ id, zh, en, ask: { zh: askZh, en: askEn } });

export const PROTOCOLS: readonly Protocol[] = [
  P(
    'cough',
    /咳嗽|咳痰|干咳|嗓子(?:痒|疼|痛)|喉咙(?:痛|疼)|咽(?:痛|喉痛)/,
    /\bcough\w*|\bsore throat\b|\bphlegm\b/i,
    ['有没有咳血、胸痛或气短？', '发烧吗？最高多少度？', '咳了多久了？'],
    ['Any coughing up blood, chest pain or shortness of breath?', 'Any fever? How high?', 'How long has the cough lasted?'],
  ),
  P(
    'gut',
    /拉肚子|腹泻|呕吐|恶心|吐了|便秘|胃(?:胀|不舒服|难受)|消化不良|反酸/,
    /\bdiarrh\w*|\bvomit\w*|\bthrowing up\b|\bnause\w*|\bconstipat\w*|\bheartburn\b|\bindigestion\b|\bbloat\w*/i,
    ['大便或呕吐物里有没有血，或者大便发黑？', '能喝下水吗？尿量有没有明显减少、口干、头晕？', '肚子是持续剧痛，还是一阵一阵的轻微不适？'],
    [
      'Any blood in the stool or vomit, or black stools?',
      'Can you keep fluids down? Much less urine, dry mouth or dizziness?',
      'Is there constant severe belly pain, or only mild cramps that come and go?',
    ],
  ),
  P(
    'skin',
    /皮疹|疹子|起疙瘩|红疹|痒|瘙痒|湿疹|起包|脱皮|长痘/,
    /\brash\w*|\bitch\w*|\bhives\b|\bspots?\b|\beczema\b|\bblisters?\b|\bpimples?\b/i,
    ['有没有嘴唇或眼睑肿、呼吸或吞咽困难？', '皮疹用玻璃杯压下去会不会褪色？有没有发烧？', '最近有没有吃新的药或接触新东西？'],
    [
      'Any swelling of the lips or eyelids, or trouble breathing or swallowing?',
      'Does the rash fade when pressed with a glass? Any fever?',
      'Any new medicine, food or product recently?',
    ],
  ),
  P(
    'dizziness',
    /头晕|头昏|眩晕|天旋地转|站不稳|心慌|心悸/,
    /\bdizz\w*|\bvertigo\b|\blight-?headed\b|\bpalpitations?\b|\bheart (?:racing|pounding)\b/i,
    ['有没有晕倒、胸痛，或一侧手脚无力、说话不清？', '是突然发作的吗？持续多久？', '有没有高血压、糖尿病，最近量过血压或血糖吗？'],
    [
      'Any fainting, chest pain, or weakness on one side or slurred speech?',
      'Did it start suddenly, and how long does it last?',
      'Any high blood pressure or diabetes? Have you checked your blood pressure or sugar?',
    ],
  ),
  P(
    'urinary',
    /尿频|尿急|尿痛|小便(?:疼|痛|烧)|尿(?:里|中)?有血|排尿/,
    /\b(?:burning|pain(?:ful)?) (?:when|on) (?:urinat\w*|peeing)\b|\burinary\b|\bpee(?:ing)? (?:a lot|often|burns?)\b|\buti\b|\bblood in (?:my |the )?urine\b/i,
    ['有没有发烧、发冷或腰背一侧疼？', '是否怀孕或可能怀孕？', '尿里有没有血？症状多久了？'],
    ['Any fever, chills or pain in one side of the back?', 'Could you be pregnant?', 'Any blood in the urine? How long has it been going on?'],
  ),
  P(
    'musculoskeletal',
    /腰(?:疼|痛|酸)|背(?:疼|痛)|关节(?:疼|痛|肿)|膝盖(?:疼|痛)|肩(?:膀)?(?:疼|痛)|脖子(?:疼|痛)|扭伤/,
    /\bback pain\b|\b(?:knee|shoulder|neck|joint|hip|ankle) (?:pain|hurts?|swollen)\b|\bsprain\w*/i,
    ['有没有腿脚麻木无力、大小便失禁或会阴部发麻？', '有没有发烧、关节红肿发热，或受过外伤？', '疼了多久，夜里会疼醒吗？'],
    [
      'Any leg numbness or weakness, loss of bladder or bowel control, or numbness around the groin?',
      'Any fever, a red hot swollen joint, or an injury?',
      'How long has it hurt, and does it wake you at night?',
    ],
  ),
  P(
    'general',
    /不舒服|难受|没力气|乏力|累|失眠|睡不着|没胃口|瘦了|出汗多/,
    /\bunwell\b|\bfeel(?:ing)? (?:sick|ill|off|awful|terrible)\b|\btired\b|\bfatigue\w*|\bexhausted\b|\binsomnia\b|\bcan'?t sleep\b|\bweight loss\b|\bnight sweats\b/i,
    ['有没有发烧、体重明显下降或夜间盗汗？', '有没有胸痛、气短或晕倒？', '持续多久了？'],
    ['Any fever, unexplained weight loss or night sweats?', 'Any chest pain, breathlessness or fainting?', 'How long has this been going on?'],
  ),
];

export function findProtocols(text: string): Protocol[] {
  return PROTOCOLS.filter((p) => p.zh.test(text) || p.en.test(text));
}
