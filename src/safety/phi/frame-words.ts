// Words the context readers (frames.ts, speaker-lines.ts) share: roles that are not names, the particles that join
// the words of one name, and whether a Latin word can be part of a name where a frame says a person stands.
import { englishWord } from '../../knowledge/english-words.js';
import { COMMON_CAPITALISED, EPONYMS } from './names-en-lists.js';
import type { NameLexicon } from './names-zh.js';

/** Speaker labels and relation words that are roles, not names. */
export const ROLES_EN = new Set(
  (
    'doctor doc dr physician gp nurse rn np pa patient pt user me you i bot assistant ai system agent admin moderator host operator ' +
    'staff pharmacist therapist counselor counsellor caller dispatcher dispatch clinician provider coordinator interpreter translator ' +
    'reception receptionist triage support customer client guest team everyone all group unknown anonymous member visitor parent ' +
    'mum mom mother dad father papa mama pa ma mummy mommy daddy grandma grandpa granny gran nan nana nanna lola lolo tita tito aunty ' +
    'auntie aunt uncle sister brother sis bro son daughter wife husband hubby partner family friend neighbour neighbor cousin nephew ' +
    'niece baby child kid q a question answer note notes reply update carer caregiver paramedic medic officer interviewer respondent'
  ).split(' '),
);
export const ROLES_ZH =
  /^(?:医生|医师|大夫|护士|护师|患者|病人|病患|用户|家属|客服|助手|助理|系统|我|你|他|她|妈妈|爸爸|妈|爸|爷爷|奶奶|姥姥|姥爷|外婆|外公|儿子|女儿|老公|老婆|丈夫|妻子|哥哥|姐姐|弟弟|妹妹|群主|管理员|护工|药师|主治|值班|咨询者|提问者|访客|网友|医助|问|答|主任|专家|医院|病友|本人|患方|医方|匿名|群友|全体成员)$/;
/** Name particles that join the words of one name. */
export const PARTICLES = new Set('a/l a/p bin binti binte bint ibn van von der den de del dela della da di du dos das la le al el ter ten'.split(' '));
export const CLINICAL_END =
  /(?:emia|itis|osis|oma|ectomy|otomy|pathy|algia|uria|pnea|ology|scopy|gram|azole|mab|nib|pril|sartan|statin|olol|dipine|mycin|cillin|cycline|floxacin|vir|tidine|prazole|formin|parin|semide|sone|olone|ide|ine|ate|ium|ol)$/i;

/** Could this Latin word be (part of) a person's name where the frame says a person stands? */
export function latinNameWord(w: string, lexicon: NameLexicon | undefined, strict: boolean): boolean {
  if (w.length < 2 || /\d/.test(w) || /['’](?:ll|ve|d|m|re|s|t)$/i.test(w)) return false;
  if (COMMON_CAPITALISED.has(w) || EPONYMS.has(w) || ROLES_EN.has(w.toLowerCase())) return false;
  if (lexicon && (lexicon.has(w) || lexicon.has(w.toLowerCase()))) return false;
  if (!englishWord(w)) return !(w.length >= 6 && CLINICAL_END.test(w) && !/^\p{Lu}/u.test(w));
  return !strict && /^\p{Lu}\p{Ll}/u.test(w);
}
