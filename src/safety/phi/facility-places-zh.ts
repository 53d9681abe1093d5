// A locality told as the first part of a local facility's name (issue #11, s36): "宏茂桥综合诊所", "黑沙環衛生中心",
// "新街口献血屋", "去民治社康拿药", "在滨江区社区医院看了". The grammar is a MODIFIER + HEAD noun phrase: the head is a
// kind of neighbourhood facility (a clinic, a health centre or station, a township or community hospital, a blood
// station, a market, a pharmacy, a park), and the modifier in front of it says WHERE it is — a place's name, a Safe
// Harbor geographic unit smaller than a state. No list of places: the modifier is a name when the word dictionary (jieba's,
// src/knowledge/chinese-words.ts) does not know it as a common word — not listed and not made of common words
// ("宏茂桥", "黑沙环"), listed as a place (tag ns: "新街口", "滨江区"), or listed as a rare noun ("民治" 3).
// Its look-alikes are the same phrase with a common modifier, kept: a kind of care ("口腔诊所", "中医诊所", "儿童医院"), a
// level or a determiner ("社区医院", "镇卫生院", "这家诊所", "附近诊所", "私人诊所"), a person ("张医生诊所"), a clause
// ("，已告知社区卫生服务中心", "请联络本诊所"). A hospital (医院, 保健院) is no head here: its place names an institution
// the writers of every study batch left unlabelled ("深圳市宝安区人民医院", "佛山市妇幼保健院"; "协和医院", "湘雅医院" are
// famous, some tagged ns), and the street grammar reads a community clinic's street as the clinic's (address-extend.ts
// INSTITUTION_AFTER), so a street-named one is left to it. The modifier's left edge is
// read from the clause: the start of a line, a field's colon, a space or an opening bracket (a comma in prose opens a
// clause, not a name), or a one-character verb or
// preposition of place (在 去 到 住 从 于 往 喺) or 的 standing as its own word. Read only where no reader claimed the text.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { chineseWordEntry, chineseWords, insideWord } from '../../knowledge/chinese-words.js';
import { namedPlaceZh } from './locative-places-zh.js';
import { toSimplified } from '../../core/han-variants.js';

/** Heads of a neighbourhood facility, longest first within each family (the text is read in simplified characters). */
const LOCAL_HEAD =
  '社区卫生服务中心|社区卫生服务站|社区卫生中心|社区健康服务中心|综合诊所|联合诊所|诊所|卫生服务中心|卫生服务站|卫生中心|卫生院|卫生站|卫生室|健康院|健康中心|社康中心|社康|社区医院|献血屋|献血站|献血点|街市|菜市场|药局|药房|公园';
const HEAD = new RegExp(LOCAL_HEAD, 'g');
/** One-character verbs and prepositions of place, and 的: the modifier opens after them. */
const OPENER = /[在去到住从于往喺的]/;
/** Edges a noun phrase opens at: a line or a text start, a field's colon, a space or an opening bracket. A comma or a
 * full stop in prose is NOT such an edge: what stands between it and the head is a clause ("，已告知社区卫生服务中心",
 * "，请联络本诊所"), not a name. */
const EDGE = /[\n:：\s（(【[「『"“]/;
/** Characters a clause puts before a facility and no place's name in this slot holds: particles, determiners,
 * pronouns, verbs of referral and contact ("转介社康", "本诊所", "某县", "送至区", "由药房"). */
const CLAUSE_CHAR = /[的了是个和与或在去到从把被给让就都也还又很太说看做打拿买要想能会我你他她们本某之由已送至及请转该这那每各喺嘅]/;
/** Characters of the clinical vocabulary and of departments' and care kinds' names (review fix s36): a modifier holding
 * one names a kind of care or a programme, not a place ("儿保诊所", "健保药局", "长照诊所", "医美诊所", "慢病药房",
 * "特药药房", "门诊西药房", "卫生署诊所"). Read past only on positive place evidence (an ns tag, an administrative unit). */
const CARE_CHAR = /[儿保医病药诊护康照科特疗美健养检疫防妇幼牙眼慢急门谈卫署残孕婴]/;
/** Shop heads: a chain's brand stands before them as often as a place ("益丰大药房", "杏一药局", "美年健康中心"). */
const SHOP_HEAD = new Set(['药局', '药房', '健康中心']);
/** Word classes of jieba's dictionary a place's name is not made of: verbs, adverbs, pronouns, prepositions,
 * conjunctions, particles, time and direction words ("告知", "通知", "可以", "月底", "附近"). */
const CLAUSE_TAGS = new Set(['v', 'vd', 'd', 'r', 'p', 'c', 'u', 't', 'f', 'ad', 'y', 'e', 'o']);
/** An administrative unit closing the modifier: a district, county, town, township, sub-district or village. */
const ADMIN_END = /[区县镇乡旗村]$/;
const HAN = /^[\u4e00-\u9fff]+$/;

/** Does `v` hold a dictionary word of a clause's word class ("已告知" holds 告知)? */
function holdsClauseWord(v: string): boolean {
  for (let i = 0; i < v.length; i++)
    for (let j = i + 2; j <= Math.min(v.length, i + 4); j++) if (CLAUSE_TAGS.has(chineseWordEntry(v.slice(i, j))?.tag ?? '')) return true;
  return false;
}

/** Positive place evidence for a modifier (review fix s36): listed as a place (ns), or closed by an administrative
 * unit's character that does not close a common word ("滨江区", "坂田村"). */
export function placeEvidenceZh(value: string): boolean {
  if (chineseWordEntry(value)?.tag === 'ns') return true;
  return ADMIN_END.test(value) && !chineseWordEntry(value.slice(-2)) && value.length >= 3;
}

/** Is `value` (the modifier of a facility's head, simplified) a place's name? */
export function facilityPlaceZh(value: string): boolean {
  if (value.length < 2 || value.length > 6 || !HAN.test(value) || CLAUSE_CHAR.test(value) || holdsClauseWord(value)) return false;
  // A street or a sub-district naming a community clinic ("友谊路社区卫生服务中心", "丽景街…") is left to the street
  // grammar (address-extend.ts reads a treating institution's street as the clinic's, not a person's): read here, the
  // address growers join the whole institution's name to it.
  if (/[路街道巷]$/.test(value)) return false;
  // A province is a state's level: Safe Harbor keeps it ("广东省", "江苏省").
  if (/[省]$|自治区$/.test(value)) return false;
  const whole = chineseWordEntry(value);
  if (whole?.tag === 'ns') return true;
  // An administrative unit's character closes a name only when it does not close a common word ("社区", "小区", "地区").
  const admin = ADMIN_END.test(value) && !chineseWordEntry(value.slice(-2));
  const stem = admin ? value.slice(0, -1) : value;
  if (stem.length < 2) return false;
  // A name of three or more characters closed by a common word is a kind, not a place ("注册中医", "华人社区").
  const tail = chineseWordEntry(stem.slice(-2));
  if (stem.length >= 3 && tail && !PROPER_TAGS.has(tail.tag) && !chineseWordEntry(stem)) return false;
  return placeName(stem);
}

const PROPER_TAGS = new Set(['ns', 'nr', 'nt', 'nz', 'nrt']);

function placeName(v: string): boolean {
  const entry = chineseWordEntry(v);
  // The facility frame says the modifier is a locality, so a listed place (ns) counts here even when common ("华西社区").
  if (entry?.tag === 'ns') return true;
  return namedPlaceZh(v);
}

export function detectFacilityPlacesZh(text: string): PhiSpan[] {
  if (!/[\u4e00-\u9fff]/.test(text)) return [];
  const words = chineseWords();
  const out: PhiSpan[] = [];
  // Read on the simplified form (same length): the dictionary is simplified ("黑沙環衛生中心" → "黑沙环卫生中心").
  const t = toSimplified(text);
  HEAD.lastIndex = 0;
  for (const m of t.matchAll(HEAD)) {
    const h = m.index ?? 0;
    // A head before a colon is a field's label ("调剂药局：", "卫生中心："), not a facility named in the text.
    if (/^[ 　]*[:：]/.test(t.slice(h + m[0].length))) continue;
    // The longest modifier whose left edge is a boundary of the clause and which is a place's name.
    for (let len = Math.min(6, h); len >= 2; len--) {
      const start = h - len;
      const value = t.slice(start, h);
      if (!HAN.test(value)) continue;
      const before = start > 0 ? t[start - 1] : '';
      const edge = !before || EDGE.test(before) || (OPENER.test(before) && !insideWord(t, start - 1, words));
      if (!edge || !facilityPlaceZh(value)) continue;
      // Review fix s36: a care kind or a chain's brand read as a place. Without positive place evidence, no modifier
      // holding a clinical character, none before a shop head, and no 西药房/中药房 or 大药房 cut.
      if (!placeEvidenceZh(value) && (CARE_CHAR.test(value) || SHOP_HEAD.has(m[0]))) continue;
      if (m[0] === '药房' && /[西中大]$/.test(value)) continue;
      out.push(span('ADDRESS', text, start, h));
      break;
    }
  }
  return out;
}
