// Chat speakers: a line that opens with a name and a colon, in a text where several people take turns and someone
// speaks twice (a form has each label once). Part of the structure-aware reader (structure.ts).
import type { PhiSpan } from '../../core/phi-types.js';
import { chineseWords } from '../../knowledge/chinese-words.js';
import { plausibleGiven } from './given-names.js';
import type { NameLexicon } from './names-zh.js';
import { FIRST_NAMES, WORD_FIRST_NAMES } from './names-en-lists.js';
import { span } from './span.js';
import { LABEL_END, PERSON_LABEL_ZH, slotSurname } from './structure-zh.js';
import { NOT_PERSON_LABEL_EN, nameWord } from './structure-en.js';

const SPEAKER =
  /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?((?:\p{Lu}[\p{L}'’]*|[\u4e00-\u9fa5]{1,4})(?:[ ](?:\p{L}[\p{L}'’]*)){0,2}[\u4e00-\u9fa5]?)[ \t]*[:：](?![/\d])/gu;
const NOT_SPEAKER =
  /^(?:患者|病人|医生|医师|大夫|护士|家属|用户|客服|问|答|主诉|诊断|建议|病史|现病史|既往史|查体|处理|医嘱|治疗|结果|备注|时间|日期|地址|电话|姓名|科室|我|你|他|她|Patient|Pt|Doctor|Doc|Dr|Nurse|Me|You|Q|A|Note|Notes|Plan|Assessment|Subject|Re|From|To|Cc|Date|Time|Name|Address|Phone|Email|Diagnosis|Impression|History|Reason|Result|Results|Findings|Comment|Comments|Summary|Answer|Question|User|Assistant|Bot|System|Agent|Caller|Host|Admin|Moderator|Mom|Dad|Mum|Update|Edit|PS|Ps|Tip|Warning|Important|Step|Status|Location|Medication|Medications|Allergies|Vitals|Labs|Plan)$/;

/** The people of a conversation called by their part in it: their turns make a chat, their label is no name. */
const CHAT_ROLE =
  /^(?:患者|病人|医生|医师|大夫|护士|家属|用户|客服|Patient|Pt|Doctor|Doc|Dr|Nurse|Me|You|Mom|Dad|Mum|Caller|Agent|Carer|Caregiver|Midwife|Pharmacist|Receptionist|Operator|Dispatcher|Paramedic|RN|GP)$/;

export function chatSpeakers(text: string, lexicon: NameLexicon | undefined, out: PhiSpan[]): void {
  /** `name` is the speaker label (what turns are counted by); `from`/`to` the part that is the person's name. */
  const lines: { at: number; name: string; from?: number; to?: number }[] = [];
  /** Turns taken by a role (Nurse:, 医生：) count for the chat's shape, though the role is no name. */
  const roles = new Map<string, number>();
  SPEAKER.lastIndex = 0;
  for (const m of text.matchAll(SPEAKER)) {
    const name = m[1];
    if (CHAT_ROLE.test(name)) roles.set(name, (roles.get(name) ?? 0) + 1);
    if (NOT_SPEAKER.test(name) || NOT_PERSON_LABEL_EN.test(name) || LABEL_END.test(name) || PERSON_LABEL_ZH.test(name)) continue;
    if (/[\u4e00-\u9fa5]/.test(name) && lexicon?.has(name)) continue;
    // A Han speaker must look like what people call each other: a full name, a given name, 阿斌/小邓/老赵, Ken哥.
    if (/^[\u4e00-\u9fa5]+$/.test(name)) {
      const sn = slotSurname(name, 0);
      const person =
        (name.length <= 3 && sn > 0 && name.length > sn && plausibleGiven(name.slice(sn), true)) ||
        (name.length === 2 && plausibleGiven(name)) ||
        (name.length <= 3 && /^[阿小老]/.test(name)) ||
        /^[\u4e00-\u9fa5]{1,2}[哥姐叔姨婶舅]$/.test(name);
      if (!person) {
        // A group chat of a ward or a team labels a speaker by the unit, then the name ("急诊章涛：", "介入霍亮：",
        // "护士长雷雨："): the label's tail is a full name (surname + one or two given characters, no word together),
        // its head a unit or a role. Only the name is redacted; the turns are counted by the whole label (s33).
        const tail = unitTail(name);
        if (!tail) continue;
        const at = (m.index ?? 0) + m[0].indexOf(name);
        lines.push({ at, name, from: at + name.length - tail, to: at + name.length });
        continue;
      }
    }
    // A speaker may be called by a word (May, Will, Hope): the turns of the chat are the evidence.
    if (!/[\u4e00-\u9fa5]/.test(name) && !name.split(' ').some((w) => nameWord(w, lexicon) || WORD_FIRST_NAMES.has(w))) continue;
    if (/^[\p{Lu}\s]+$/u.test(name)) continue; // PATIENT:, ATTENDING: — upper-case form labels
    lines.push({ at: (m.index ?? 0) + m[0].indexOf(name), name });
  }
  // A chat: three or more turns, two or more speakers, and someone speaks twice (a form has each label once).
  const turns = new Map<string, number>();
  for (const l of lines) turns.set(l.name, (turns.get(l.name) ?? 0) + 1);
  // A named speaker who speaks twice beside a role that speaks too ("May: …\nNurse: …\nMay: …") is a chat as well.
  const [only] = turns.keys();
  const withRoles =
    turns.size === 1 &&
    roles.size >= 1 &&
    (FIRST_NAMES.has(only) || WORD_FIRST_NAMES.has(only)) &&
    [...turns.values()][0] >= 2 &&
    lines.length + [...roles.values()].reduce((a, b) => a + b, 0) >= 3;
  if (!withRoles && (lines.length < 3 || turns.size < 2 || ![...turns.values()].some((n) => n >= 2))) return;
  for (const l of lines) out.push(span('NAME', text, l.from ?? l.at, l.to ?? l.at + l.name.length));
}

/** The length of a full name that ends a speaker label after a unit or a role of two characters or more, or 0. */
function unitTail(label: string): number {
  for (const n of [3, 2]) {
    const head = label.slice(0, label.length - n);
    const tail = label.slice(label.length - n);
    if (head.length < 2) continue;
    const sn = slotSurname(tail, 0);
    if (sn !== 1 || !plausibleGiven(tail.slice(1), true)) continue;
    // The tail must not be a word (常规, 高压) nor the head end in a surname's title reading ("王医生" is a title).
    if (chineseWords().has(tail) || chineseWords().has(label) || /[医护师士生长任]$/.test(tail)) continue;
    return n;
  }
  return 0;
}
