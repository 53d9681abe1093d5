// Places named in running prose, read with a gazetteer: a city, county or district is a Safe Harbor geographic unit
// smaller than a state wherever it appears ("老家在温州", "喺黃大仙街市", "fly to Boston", "at home in Baton Rouge").
// The grammar readers (address.ts, address-grammar.ts) need a chain or a street; a town alone in a sentence has
// neither, and whether "Mesa" or "豐原" is a place is knowledge, not grammar. Data: GB/T 2260 prefecture and county
// names, about 7,300 world cities (gazetteer-data.generated.ts, bench/deid-gazetteer.ts), plus the districts of Hong
// Kong, Macau, Taiwan, Malaysia and Singapore and the Chinese names of large foreign cities below.
// A full Chinese name with its suffix (温州市, 闵行区) is a place anywhere; a bare head (温州) or an English city only
// after a locative (在/去/回/老家/喺…, in/from/to/near…). A place that opens an institution's name ("温州医科大学",
// "Boston Children's Hospital") is the treating hospital, not the person's whereabouts, and stays.
import type { PhiSpan } from '../types.js';
import { COUNTRIES, PROVINCES, STATE_SET } from './address.js';
import { EN_CITIES, ZH_PLACE_FULL, ZH_PLACE_HEADS } from './gazetteer-data.generated.js';
import { chineseWords } from '../../knowledge/chinese-words.js';
import { englishWord } from '../../knowledge/english-words.js';
import { COMMON_CAPITALISED, EPONYMS } from './names-en-lists.js';
import { simplified } from './reading.js';
import { span } from './span.js';
import { ZH_STREET_TAIL_STRICT, ZH_UNIT_TAIL } from './zh-address-tails.js';

/** Districts and towns the national standard does not list (written as records write them; read simplified too). */
const EXTRA_ZH =
  '中西區|灣仔|東區|南區|油尖旺|深水埗|九龍城|黃大仙|觀塘|葵青|荃灣|屯門|元朗|大埔|西貢|沙田|離島|旺角|尖沙咀|油麻地|銅鑼灣|中環|上環|西環|北角|鰂魚涌|柴灣|筲箕灣|香港仔|鴨脷洲|赤柱|將軍澳|馬鞍山|大圍|火炭|粉嶺|上水|天水圍|東涌|長洲|青衣|荔枝角|長沙灣|紅磡|土瓜灣|何文田|九龍塘|鑽石山|牛頭角|藍田|秀茂坪|調景嶺|坑口|太子|佐敦|大角咀|石硤尾|堅尼地城|跑馬地|薄扶林|淺水灣|愉景灣|大嶼山|葵涌|深井|九龍|新界|' +
  '氹仔|路環|路氹|黑沙環|筷子基|新口岸|澳門半島|' +
  '台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義|苗栗|彰化|南投|雲林|屏東|宜蘭|花蓮|台東|臺東|澎湖|金門|馬祖|板橋|三重|新莊|新店|土城|蘆洲|汐止|樹林|淡水|三峽|鶯歌|林口|中壢|平鎮|八德|龜山|楊梅|大溪|龍潭|蘆竹|豐原|大里|沙鹿|大甲|霧峰|烏日|鳳山|岡山|楠梓|左營|苓雅|前鎮|小港|鼓山|旗津|鹽埕|新營|麻豆|竹北|竹東|頭份|員林|鹿港|斗六|虎尾|埔里|草屯|羅東|士林|北投|內湖|南港|萬華|' +
  '檳城|喬治市|吉隆坡|新山|怡保|馬六甲|古晉|亞庇|八打靈再也|巴生|芙蓉|詩巫|' +
  '纽约|洛杉矶|旧金山|西雅图|芝加哥|波士顿|休斯顿|费城|华盛顿特区|多伦多|温哥华|蒙特利尔|伦敦|曼彻斯特|曼徹斯特|倫敦|紐約|洛杉磯|舊金山|西雅圖|溫哥華|多倫多|墨爾本|雪梨|悉尼|伯明翰|爱丁堡|巴黎|柏林|慕尼黑|法兰克福|东京|大阪|首尔|釜山|悉尼|墨尔本|布里斯班|珀斯|奥克兰|曼谷|河内|胡志明市|雅加达|马尼拉|迪拜';
/** Singapore, Hong Kong and Malaysian districts in English (towns the city list leaves out). */
const EXTRA_EN =
  'Tampines|Jurong|Woodlands|Bedok|Ang Mo Kio|Toa Payoh|Yishun|Sengkang|Punggol|Hougang|Bukit Batok|Bukit Panjang|Choa Chu Kang|Pasir Ris|Clementi|Bishan|Serangoon|Geylang|Kallang|Bukit Merah|Mong Kok|Tsim Sha Tsui|Sha Tin|Tuen Mun|Yuen Long|Kwun Tong|Tsuen Wan|Wan Chai|Causeway Bay|Sai Kung|Tai Po|Tseung Kwan O|Tin Shui Wai|Tung Chung|Kwai Chung|Kowloon|Petaling Jaya|Shah Alam|Subang Jaya|Penang|Longueuil|Laval|Gatineau|Brampton|Mississauga|Scarborough|Surrey|Burnaby|Parramatta|Penrith|Footscray|Dandenong|Ipswich';
/** Heads that are also everyday words after a locative ("在比如…", "达到丰满", "到大城市"). */
const NOT_PLACE_HEADS = new Set(
  '比如|延长|丰满|中和|解放|公安|商城|市中|上高|大城|和平|新华|长安|城关|城中|城东|城西|城南|城北|开发|高新|经济|新城|老城|前进|红旗|东风|胜利|人民|建设|永定|安全|平安|光明|太平|长寿|江山|金山|白云|青山|龙山|文化|友好|大方|平和|宁静|安宁|向阳|朝阳|东方|团结|新民|和顺|顺义|通化|安康|吉安|永康|康平|康乐|宁安|长乐|大安|福安|安定|中方|正安|和县|新兴|文山|华容|仁爱|永和|太子|上水|坑口|深井|三重|中壢|東區|南區'.split(
    '|',
  ),
);

const read = (names: string[]): string[] => names.flatMap((n) => [n, simplified(n)]);
const ZH_FULL = new Set(read([...ZH_PLACE_FULL.split('|')]));
const ZH_HEADS = new Set(read([...ZH_PLACE_HEADS.split('|'), ...EXTRA_ZH.split('|')]).filter((h) => !NOT_PLACE_HEADS.has(h)));
const EN = new Set(
  [...EN_CITIES.split('|'), ...EXTRA_EN.split('|')].filter((c) => !STATE_SET.has(c) && !COUNTRIES.has(c) && !COMMON_CAPITALISED.has(c) && !EPONYMS.has(c)),
);

/** Is `w` an English-script town of the gazetteer ("Houston", "Brisbane"; no state or country)? */
export function enGazetteerTown(w: string): boolean {
  return EN.has(w);
}

/** Is `w` a Chinese place name of the gazetteer, with its suffix (温州市) or as a head (温州, 荃灣, 氹仔)? */
export function zhGazetteerPlace(w: string): boolean {
  return ZH_FULL.has(w) || ZH_HEADS.has(w);
}

const ZH_SUFFIX = /[市区區县縣旗州盟]/g;
/** Words after which a place is where someone is, comes from or goes (Mandarin and Cantonese; simplified reading). */
const ZH_LOCATIVE =
  /(?:美国|美國|英国|英國|加拿大|澳大利亚|澳大利亞|澳洲|日本|韩国|韓國|新加坡|马来西亚|馬來西亞|泰国|泰國|法国|法國|德国|德國|新西兰|紐西蘭|印度|越南|菲律宾|菲律賓|台湾|台灣|香港|澳门|澳門|中国|中國)|来自|來自|老家|家在|位于|位於|前往|离开|途经|探亲|出差|旅居|定居|移居|迁居|遷居|坐标|坐標|祖籍|生于|生於|籍贯|原籍|附近|[在去到回住从從来返搬飞飛赴至于於喺嚟沿近]/g;
/** Words after a place that say someone is, lives or works there ("那边", "乡下", "当地"; simplified reading). */
const ZH_POST_LOCATIVE = /(?:那边|这边|那里|这里|那儿|这儿|一带|乡下|当地|本地|老家|城里)/g;
/** An institution's name continues after the place: the treating hospital or a university, not an address. */
const INSTITUTION_ZH =
  /^[^，,。；;：:\s、（(的那这這去看在到]{0,8}?(?:医院|醫院|医大|医科|大学|大學|学院|學院|中医|卫生|衛生|疾控|诊所|診所|卫生院|妇幼|人民医|儿童医)/;
const INSTITUTION_EN =
  /^(?:[ ](?:[A-Z][\w'’.-]*|of|and|&|the))*?[ ](?:Hospital|Medical|University|College|Clinic|Health|Infirmary|Children['’]s|General|Memorial|Institute|Cancer|Regional|Community Hospital)\b/;
/** More institutions a chain may open ("上海浦江国际门诊部", "（深圳福田分院）"), read for chains only: the older
 * readers keep INSTITUTION_ZH as it was. */
const CHAIN_INSTITUTION_ZH = /^[^，,。；;：:\s、（(的那这這去看在到]{0,8}?(?:门诊部|門診部|分院|院区|院區)/;
/** Where a head is one part of a longer Han word (广州|军区, 上海|话), the word wins unless a place word follows. */
const CONTINUES_WORD = /^[军軍话話菜人口音]/;

/** Prose, not a compound's name: a unit tail holding one of these is not part of the address. */
const FUNCTION_CHARS = /[的了看去在是有和与把被说說走到要就也都还還我你他她们們这這那个個吃做买買回来來时時候]/;

/** An estate or building after a bare place, then its block and flat numbers. */
const ZH_ESTATE =
  /^[\u4e00-\u9fa5]{2,5}?(?:花园|花園|小区|小區|新村|公寓|大厦|大廈|广场|廣場|屋苑|苑|邨)(?:[\dA-Za-z一二三四五六七八九十]{1,5}(?:号楼|号|號|楼|樓|层|層|室|座|栋|棟|单元|單元|期|阁|閣|F))*/;

function zhTail(text: string, end: number): number {
  const rest = text.slice(end, end + 48);
  const street = ZH_STREET_TAIL_STRICT.exec(rest);
  const after = street ? street[0].length : 0;
  // Without a street, only an estate or building name continues the place ("氹仔海洋花園", not "西雅图探亲期").
  const unit = (after ? ZH_UNIT_TAIL : ZH_ESTATE).exec(rest.slice(after));
  const unitLength = unit && !FUNCTION_CHARS.test(unit[0]) ? unit[0].length : 0;
  return end + after + unitLength;
}

/** The longest gazetteer name (full, or a head after a locative) starting at `at`, as an end offset, or -1. */
function zhPlaceAt(text: string, at: number, headsAllowed: boolean): number {
  for (let len = 7; len >= 2; len--) {
    const w = text.slice(at, at + len);
    if (w.length < len) continue;
    if (ZH_FULL.has(w)) return at + len;
    // A head with its own suffix ("鳳山區", "凤山区" not listed under that name) takes the suffix.
    if (headsAllowed && ZH_HEADS.has(w) && !CONTINUES_WORD.test(text[at + len] ?? ''))
      return at + len + (/[市区區县縣镇鎮乡鄉]/.test(text[at + len] ?? '') ? 1 : 0);
  }
  return -1;
}

/** A province-level name (read simplified), with its suffix: the level above every unit of the gazetteer. */
const PROVINCE_AT = new RegExp(`^(?:${PROVINCES})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)?`);
/** One space or a middle dot may part the levels of a written chain ("江西 赣州 章贡区", "广东省 佛山市 顺德区"). */
const LEVEL_GAP = /^[ \u3000·]?/;
/** Characters a province, a full name or a head can open with: the chain scan looks nowhere else. */
const CHAIN_FIRST = new Set([...PROVINCES.split('|'), ...ZH_FULL, ...ZH_HEADS].map((w) => w[0]));
/** One-character words after which a chain opens a phrase ("是安徽六安的", "从杭州萧山来"). */
const CHAIN_OPENER = /[是在的到去回从從住于於和与與及至往向由、]/;

/**
 * An administrative chain is one place read by its levels: a province, city or district name followed at once by
 * a unit below it ("江苏南京", "湖北黄冈人", "苏州吴江", "江西 赣州 章贡区"). A bare head alone needs a locative
 * because it may be a word; two levels in a row need none, and the province alone (Safe Harbor keeps states) opens
 * a chain but is never one. Returns where the second level starts, or -1.
 */
function chainSecondLevel(text: string, at: number): number {
  const province = PROVINCE_AT.exec(text.slice(at, at + 9));
  let first = province ? at + province[0].length : -1;
  if (first < 0) {
    // A head opening a chain must not close a longer word ("肛门|中区"): the text, a clause or a phrase opens there.
    const before = text[at - 1] ?? '';
    if (/[\u4e00-\u9fff]/.test(before) && !CHAIN_OPENER.test(before)) return -1;
    first = zhPlaceAt(text, at, true);
    if (first < 0) return -1;
  }
  const gap = LEVEL_GAP.exec(text.slice(first, first + 1))?.[0].length ?? 0;
  const end = lowerLevelAt(text, first + gap);
  if (end < 0) return -1;
  // A province written solid before a suffixed unit ("广西壮族自治区百色市…") is the address grammar's chain
  // (address.ts), grown there over its towns and villages; this reads what the grammar cannot: bare heads, spaced levels.
  const level = text.slice(first + gap, end);
  const suffixed = ZH_FULL.has(level) || (ZH_HEADS.has(level.slice(0, -1)) && /[市区區县縣镇鎮乡鄉]$/.test(level));
  if (province && !gap && suffixed) return -1;
  return first + gap;
}

/** A level below the first: a gazetteer name, or a head before 人 ("湖北黄冈人": where someone is from, still a place). */
function lowerLevelAt(text: string, at: number): number {
  // A province-level name is no level below another ("北京上海广州": a list of places, not one address).
  if (PROVINCE_AT.test(text.slice(at, at + 9))) return -1;
  const end = zhPlaceAt(text, at, true);
  // A bare head opening a longer dictionary word names a product or a term, not a level ("云南普洱茶", "新疆哈密瓜").
  const words = chineseWords();
  const longer = [text.slice(at, end + 1), text.slice(at, end + 2)].filter((w) => w.length > end - at);
  if (end > 0 && ZH_HEADS.has(text.slice(at, end)) && text[end] !== '人' && longer.some((w) => words.has(w))) return -1;
  if (end > 0) return end;
  for (let len = 4; len >= 2; len--) if (text[at + len] === '人' && ZH_HEADS.has(text.slice(at, at + len))) return at + len;
  return -1;
}

function chineseGazetteer(text: string, out: PhiSpan[]): void {
  const starts = new Set<number>();
  // Places read before a post-locative: "柳州当地医院" is a hospital in the place, not one named after it.
  const placed = new Set<number>();
  // Starts right after a locative (住/在/老家…): a residence, whatever institution word follows it.
  const located = new Set<number>();
  // Bare heads and full names after a locative.
  ZH_LOCATIVE.lastIndex = 0;
  for (const m of text.matchAll(ZH_LOCATIVE)) {
    const i = (m.index ?? 0) + m[0].length;
    if (zhPlaceAt(text, i, true) > 0) {
      starts.add(i);
      located.add(i);
    } else {
      // An estate named after a locative is where someone lives ("独居于天通苑", "住在幸福花园3栋").
      const estate = ZH_ESTATE.exec(text.slice(i, i + 24));
      if (estate && !FUNCTION_CHARS.test(estate[0]) && !/^[一二三四五六七八九十\d]/.test(estate[0])) out.push(span('ADDRESS', text, i, i + estate[0].length));
    }
  }
  // A bare head before a word that places someone there ("石河子那边", "浏阳乡下", "我们衢州这边", "柳州当地").
  ZH_POST_LOCATIVE.lastIndex = 0;
  for (const m of text.matchAll(ZH_POST_LOCATIVE)) {
    const end = m.index ?? 0;
    for (let len = 5; len >= 2; len--) {
      const at = end - len;
      if (at >= 0 && zhGazetteerPlace(text.slice(at, end))) {
        starts.add(at);
        placed.add(at);
        break;
      }
    }
  }
  // Full names with their suffix anywhere: find the suffix, look back for the name.
  ZH_SUFFIX.lastIndex = 0;
  for (const m of text.matchAll(ZH_SUFFIX)) {
    const end = (m.index ?? 0) + 1;
    for (let len = 7; len >= 2; len--) {
      const at = end - len;
      if (at >= 0 && ZH_FULL.has(text.slice(at, end))) {
        // Inside a longer word ("肛门|中区") it is not a place: the name opens the text, a clause or a chain.
        const before = text[at - 1] ?? '';
        if (!/[\u4e00-\u9fff]/.test(before) || /[省市区區县縣州镇鎮旗盟]/.test(before)) starts.add(at);
        break;
      }
    }
  }
  // Chains of two levels or more, with no locative ("归属地 江苏南京", "湖北黄冈人").
  const chained = new Set<number>();
  for (let i = 0; i < text.length - 3; i++) {
    if (!CHAIN_FIRST.has(text[i])) continue;
    if (chainSecondLevel(text, i) > 0) {
      starts.add(i);
      chained.add(i);
    }
  }
  let covered = -1;
  for (const at of [...starts].sort((a, b) => a - b)) {
    if (at < covered) continue;
    let end = chained.has(at) ? chainSecondLevel(text, at) : zhPlaceAt(text, at, true);
    if (end < 0) continue;
    const levelAt = chained.has(at) ? lowerLevelAt : (t: string, i: number) => zhPlaceAt(t, i, true);
    if (chained.has(at)) end = lowerLevelAt(text, end);
    // A chain of places ("檳城喬治市", "氹仔海洋花園" after the tail), then its street and unit tail; one space or a
    // middle dot may part two levels.
    for (;;) {
      const gap = LEVEL_GAP.exec(text.slice(end, end + 1))?.[0].length ?? 0;
      const next = levelAt(text, end + gap);
      if (next < 0) break;
      end = next;
    }
    if (!placed.has(at) && INSTITUTION_ZH.test(text.slice(end, end + 12))) continue;
    if (chained.has(at) && !located.has(at) && CHAIN_INSTITUTION_ZH.test(text.slice(end, end + 12))) continue;
    end = zhTail(text, end);
    out.push(span('ADDRESS', text, at, end));
    covered = end;
  }
}

const EN_LOCATIVE =
  /\b(?:in|from|to|near|around|outside|at|visiting|toward|towards|via|back to|moved to|lives in|living in|based in|born in)[ ](?:(?:north|south|east|west|northern|southern|eastern|western|central|inner|outer|greater|rural|suburban|downtown|metro)[ ])?$/i;
/** "of Houston;", "of Sulphur and …": an obituary's or a letter's "of <town>" is a place when a clause ends after it. */
const OF_BEFORE = /\bof[ ]$/;
const OF_AFTER = /^(?:[;,.)]|[ ]and\b|$)/;
/** "Tiruchirappalli, Tamil Nadu", "Ballarat, VIC": a city before its state or province needs no locative. */
const STATE_AFTER =
  /^,[ ](?:[A-Z]{2,3}\b|Tamil Nadu|Kerala|Karnataka|Maharashtra|Gujarat|Punjab|Bihar|Odisha|Assam|Telangana|Andhra Pradesh|Uttar Pradesh|West Bengal|Rajasthan|Ontario|Quebec|Québec|Alberta|Manitoba|Saskatchewan|Nova Scotia|British Columbia|New South Wales|Victoria|Queensland|Tasmania|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Lagos State|Oyo State|Kano State|Selangor|Johor|Penang|Sabah|Sarawak|Ireland|England|Scotland|Wales|Co\.[ ]\p{Lu}\p{Ll}+|County[ ]\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)/u;
const CAP_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){0,3}/gu;
/** ", AZ", ", Ontario", ", QC J4H 3B7": the state or province (and postcode) that follows a city in prose. */
const REGION_AFTER = /^,[ ](?:[A-Z]{2,3}\b|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?)(?:[ ](?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z][ ]?\d[A-Z]\d))?/u;

function englishGazetteer(text: string, out: PhiSpan[]): void {
  CAP_RUN.lastIndex = 0;
  for (const m of text.matchAll(CAP_RUN)) {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 24), at);
    const words = m[0].split(' ');
    const locative = EN_LOCATIVE.test(before);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').replace(/[.,]$/, '');
      if (!EN.has(name)) continue;
      let end = at + name.length;
      if (/[\p{L}'’-]/u.test(text[end] ?? '')) break;
      const rest = text.slice(end, end + 40);
      // Without a locative the place needs its state after it, or "of <town>" closing a clause.
      if (!locative && !STATE_AFTER.test(rest) && !(OF_BEFORE.test(before) && OF_AFTER.test(rest))) break;
      if (INSTITUTION_EN.test(text.slice(end, end + 60))) break;
      const region = REGION_AFTER.exec(text.slice(end, end + 24));
      if (region) end += region[0].length;
      out.push(span('ADDRESS', text, at, end));
      break;
    }
  }
}

/**
 * A locality the city list does not hold, named before a city it does ("Ballinlough, Cork", "Oke-Ado, Ibadan",
 * "Selvi, Tiruchirappalli"): the known place after the comma says what the capitalised words before it are.
 * The words must hold one that is no English word, and no institution's or clinical word ("Mercy Hospital, Cork").
 */
const KNOWN_AFTER = /^,[ ](\p{Lu}[\p{L}'’-]*(?:[ ]\p{Lu}[\p{L}'’-]*){0,2})/u;
const LOCALITY_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
export function detectLocalities(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (!/[A-Z]/.test(text) || !text.includes(', ')) return out;
  CAP_RUN.lastIndex = 0;
  for (const m of text.matchAll(CAP_RUN)) {
    const at = m.index ?? 0;
    const words = m[0].replace(/[.,]$/, '').split(' ');
    const end = at + words.join(' ').length;
    const known = KNOWN_AFTER.exec(text.slice(end, end + 40));
    if (!known || /[\p{L}\d]/u.test(text[at - 1] ?? '')) continue;
    const place = known[1].split(' ');
    let n = place.length;
    // A city of the gazetteer after the comma; never a two-letter code ("Priya Raman, MD" is a doctor).
    while (n > 0 && !EN.has(place.slice(0, n).join(' '))) n--;
    if (!n) continue;
    if (words.length > 3 || EN.has(words.join(' ')) || COUNTRIES.has(words.join(' ')) || !words.every((w) => LOCALITY_WORD.test(w))) continue;
    if (words.some((w) => COMMON_CAPITALISED.has(w) || EPONYMS.has(w)) || words.every((w) => englishWord(w))) continue;
    if (INSTITUTION_EN.test(` ${words.join(' ')}`) || /^(?:Dr|Mr|Mrs|Ms|Prof)$/.test(words[0])) continue;
    const placeEnd = end + 2 + place.slice(0, n).join(' ').length;
    out.push(span('ADDRESS', text, at, placeEnd));
  }
  return out;
}

/** A postcode after its label ("postcode 2166", "Eircode F35 K2X8", "邮编：310012"). */
const POSTCODE_LABEL =
  /(?:\b(?:post[ ]?code|postal[ ]code|zip(?:[ ]code)?|eircode|PIN(?:[ ]code)?)|邮编|郵編|邮政编码|郵政編碼)[ ]?[:：#]?[ ]?([A-Z0-9]{2,4}[ ]?[A-Z0-9]{3,4}|\d{4,6})(?![A-Za-z0-9])/gi;

export function detectGazetteerPlaces(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/ode|zip|ZIP|PIN|邮|郵/.test(text)) {
    POSTCODE_LABEL.lastIndex = 0;
    for (const m of text.matchAll(POSTCODE_LABEL)) {
      if (!/\d/.test(m[1])) continue;
      const at = (m.index ?? 0) + m[0].length - m[1].length;
      out.push(span('ADDRESS', text, at, at + m[1].length));
    }
  }
  if (/[\u4e00-\u9fff]/.test(text)) chineseGazetteer(text, out);
  if (/[A-Z]/.test(text)) englishGazetteer(text, out);
  return out;
}
