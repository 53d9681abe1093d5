// A place told in Chinese prose by where someone is or goes (issue #11, s35): "在光谷那边的妇幼做的B超", "阿嬤昨晚又在
// 三重那邊走失", "停车场入口在人民路那边", "去士古來那間". The frame is the grammar, not a list of places: a verb of being
// or going (在 喺 去 到 住 从 坐标) opens it, a demonstrative of place (那边 这边 那家 那间 附近 一带 嗰度) closes it, and
// what stands between is the place. The word dictionary (jieba's, src/knowledge/chinese-words.ts) tells a name from a
// common noun: the value is a place's name when the dictionary does not know it as a common word — it is not in the
// dictionary and is not made of common dictionary words ("人民路", "士古來"), or the dictionary lists it as a rare common
// noun ("五角场").
// Never a place: a pronoun or kin ("您家", "我们", "室友"), a determiner or an administrative level opening it ("省里",
// "省肿瘤" = the provincial cancer hospital, a public service), a home or a part of a building closing it ("外婆家",
// "护士站", "门口"), a direction ("东北", "西区"), or a common word ("老家", "小区", "菜市场"; so also a place the dictionary
// knows as a common noun, "光谷": a known limit). Read only where no other reader claimed the text.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { chineseWordEntry, chineseWords, insideWord } from '../../knowledge/chinese-words.js';
import { ZH_LAY_GROUPS } from '../../knowledge/lay-terms-zh.js';

/** Review s35 (S2): a clinical word of the shared lay-term vocabulary (knowledge/lay-terms-zh.ts) is a service of the
 * hospital, not a place's name, even where jieba does not list it ("去核磁那边排队", "再到彩超那边等叫号"). */
let layTerms: Set<string> | undefined;
const clinicalTerm = (v: string): boolean =>
  (layTerms ??= new Set(
    ZH_LAY_GROUPS.split('\n')
      .flatMap((line) => line.split('|').map((w) => w.trim()))
      .filter(Boolean),
  )).has(v);

const FRAME =
  /(?:坐[标標]|在|喺|去|到|住|从|從)((?![在喺去到住从從])[\u4e00-\u9fff]{2,5}?)(?:那[边邊家间間头頭]|这[边邊]|這[邊]|附近|一[带帶]|周[边邊]|嗰[度邊间間])/g;
/** Persons and pronouns: the place is someone's, not a named one ("您家", "我们这边", "室友那边", "吳醫師那邊"). */
const PERSON_CHAR = /[我你您他她它们們咱自婆爷爺奶妈媽爸哥姐弟妹叔姨舅伯嫂]|[友师師生士]$/;
/** A determiner, a count or an administrative level opening the value: "省里", "市一", "这家", "某", "一个". */
const OPENS_COMMON = /^[省市县縣区區本该該这這那哪某每各一二两兩几幾全整]/;
/** What closes a common place or a public service: a home, a relative locative, a part of a building or of a hospital,
 * a hospital or a clinic itself ("中山医院", "乡镇卫生院", "社区卫生服务中心": a care provider is no person's place). */
const CLOSES_COMMON = /(?:[家里裡上下边邊头頭处處站口门門室科部层層楼樓房间間厅廳内內外前后後旁院所]|中心)$/;
/** Below this count in jieba's dictionary a noun in the frame is a local name, not a common place: 五角场 3, 芳村 6;
 * the common places of the frame run far above it (菜市场 56, 小区 414, 老家 686). */
const RARE_WORD = 20;
/** Tags of proper names in jieba's dictionary: place, person, organisation, other proper noun. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nt', 'nz']);

/** Can `s` be cut whole into common dictionary words of two or more characters ("学校门口" = 学校 + 门口)? A proper
 * name among them makes it a name ("杭州滨江"). */
function madeOfCommonWords(s: string, words: ReadonlySet<string>): boolean {
  const common = (w: string) => words.has(w) && !PROPER_TAGS.has(chineseWordEntry(w)?.tag ?? '');
  const ok: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 4); j <= i - 2; j++) if (ok[j] && common(s.slice(j, i))) ok[i] = true;
  }
  return ok[s.length];
}

/** Is the value between a locative verb and a demonstrative of place a place's name? */
export function namedPlaceZh(value: string): boolean {
  if (PERSON_CHAR.test(value) || OPENS_COMMON.test(value) || CLOSES_COMMON.test(value)) return false;
  if (clinicalTerm(value)) return false;
  // A direction and one more character is a direction or a region ("东北", "西区", "南方"), not a place's name.
  if (value.length === 2 && /^[东東西南北中]/.test(value)) return false;
  const entry = chineseWordEntry(value);
  // A word the dictionary lists is read only when it is a rare noun, a local name it happens to list ("五角场" 3, "芳村"
  // 6); its proper-name tags are not enough: the famous hospitals ("协和", "华西") and regions ("东北") carry them.
  if (entry) return entry.freq < RARE_WORD && !PROPER_TAGS.has(entry.tag);
  return !madeOfCommonWords(value, chineseWords());
}

export function detectLocativePlacesZh(text: string): PhiSpan[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return [];
  const words = chineseWords();
  const out: PhiSpan[] = [];
  FRAME.lastIndex = 0;
  for (const m of text.matchAll(FRAME)) {
    const at = m.index ?? 0;
    // The verb is a word of its own, not the end of one ("现在", "实在", "存在", "看到").
    if (insideWord(text, at, words)) continue;
    const value = m[1];
    if (!namedPlaceZh(value)) continue;
    const start = at + m[0].indexOf(value);
    out.push(span('ADDRESS', text, start, start + value.length));
  }
  return out;
}
