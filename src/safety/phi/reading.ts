// The text the detector reads: full-width digits and Latin letters as ASCII, traditional characters of labels, places,
// kinship words and surnames as simplified — one for one, so offsets hold. Every detector, the gazetteer and the
// tagger (trained on this reading) see the same text.
/** Full-width digits and Latin letters read as ASCII (same offsets: one UTF-16 unit each): "１５８６７１２３４０９" is a phone. */
export const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ]/g;
const halfWidth = (text: string): string => text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Traditional characters of labels, places, kinship words and surnames read as simplified (one for one, so offsets
 * hold): "病歷號", "主治醫師：黃柏翰", "臺北市大安區" meet the same rules as 病历号, 医师, 台北市. */
const TRADITIONAL =
  '醫師號碼歷診療區縣鄉鎮樓單屬護證書電話聯絡緊陳張劉黃楊趙吳鄭許謝羅蕭葉蔣鄧馮韓鍾陸顧龔嚴賴錢孫盧蘇萬鄒閻賈譚範湯餘聶歐簡臺灣門員藥劑檢驗報總統國際這個們來時說請問題與從應會對發現點經過還後進開關車媽爺兒長華偉強軍紅雲麗頭腦腫瘍癥歲齡婦產業務學屆級腸衛協東廣傳麥儀樂凱貞瑩穎嬌鳳龍鵬傑達輝劍濤潔瓊綺詩寶賢榮興義禮聰鴻鋒銘錦蓮蘭嬋嫻韻曉靜倫煒燦彥勝勳順愛馬溫龐莊鄺賀韋鐘鄔饒於嶽顏';
const SIMPLIFIED =
  '医师号码历诊疗区县乡镇楼单属护证书电话联络紧陈张刘黄杨赵吴郑许谢罗萧叶蒋邓冯韩钟陆顾龚严赖钱孙卢苏万邹阎贾谭范汤余聂欧简台湾门员药剂检验报总统国际这个们来时说请问题与从应会对发现点经过还后进开关车妈爷儿长华伟强军红云丽头脑肿疡症岁龄妇产业务学届级肠卫协东广传麦仪乐凯贞莹颖娇凤龙鹏杰达辉剑涛洁琼绮诗宝贤荣兴义礼聪鸿锋铭锦莲兰婵娴韵晓静伦炜灿彦胜勋顺爱马温庞庄邝贺韦钟邬饶于岳颜';
export const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL}]`, 'g');
export const simplified = (text: string): string => text.replace(TRADITIONAL_RE, (c) => SIMPLIFIED[TRADITIONAL.indexOf(c)]);

/** Letters an OCR engine reads for digits (O/o for 0, l/I for 1) inside a number: "l39 l2O7 446l", "2O23年1l月16日".
 * A run of digits and those letters, with at least as many digits as letters, touching no other Latin letter — so
 * "CO2", "SpO2", "Ill", "Oil" stay words; a leading capital I/O of a short run is kept ("I10" is an ICD code, "O2" oxygen). */
const OCR_RUN = /(?<![A-Za-z])[0-9OolI]*\d[0-9OolI]*(?![A-Za-z])/g;
/** Cheap gate: a confusable letter next to a digit. */
export const OCR_HINT = /\d[OolI]|[OolI]\d/;
export function ocrDigits(text: string): string {
  return text.replace(OCR_RUN, (run) => {
    const head = /^[IO]/.test(run) && run.length <= 3 ? run[0] : '';
    const body = run.slice(head.length);
    const letters = body.replace(/\d/g, '').length;
    if (!letters || letters > body.length - letters) return run;
    return head + body.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
  });
}

/** The text the detector reads: full-width letters and digits as ASCII, traditional characters as simplified, OCR
 * letters inside numbers as digits (same length, same offsets). The tagger is trained on this reading too. */
export function phiReading(text: string): string {
  const ascii = halfWidth(text);
  const read = simplified(OCR_HINT.test(ascii) ? ocrDigits(ascii) : ascii);
  return SPOKEN_HINT.test(read) ? spokenDigits(read) : read;
}

/** A number read out digit by digit in Chinese (a dictated or transcribed record): "住院号是二四零一三三七", "电话一三六
 * 零五一七 八八二四". Seven or more digit characters (groups joined by single spaces), or five in one run, read as ASCII
 * digits, one for one; a counted number ("十五床", "三十一岁") has 十/百 and is not a digit string. */
const ZH_DIGITS = '零〇一二三四五六七八九幺';
const SPOKEN_RUN = new RegExp(`[${ZH_DIGITS}]{3,}(?:[ ，,、][${ZH_DIGITS}]{3,})+|[${ZH_DIGITS}]{5,}`, 'g');
export const SPOKEN_HINT = new RegExp(`[${ZH_DIGITS}]{3}`);
/** A pause written as a comma between the groups of a number read out ("一三八，零六七二，五五一九"): a telephone's
 * grouping when the groups hold seven digits or more ("周一三五，二四六" is a list of days); read as the space it stands
 * for (one character for one), so the phone reader sees "138 0672 5519". */
const GROUP_PAUSE = /[，,、]/;
/** 幺 is how a one is said in a telephone number (一 and 七 sound alike). */
const asDigits = (run: string): string => run.replace(/[零〇一二三四五六七八九幺]/g, (c) => (c === '幺' ? '1' : String(Math.max(0, ZH_DIGITS.indexOf(c) - 1))));
/** Groups joined by single spaces, read when five digits or more (the reading before pauses were read). */
const spaced = (run: string): string => (run.replace(/ /g, '').length < 5 ? run : asDigits(run));
/** Counting (一二三，四五六，七八九: each digit one more than the last) is no number read out. */
const counts = (digits: string): boolean => [...digits].every((d, i) => i === 0 || Number(d) === Number(digits[i - 1]) + 1);
/** Weekdays after 周/星期/礼拜 ("每周一三五，二四六七") are days, not digits; 老周/小周/阿周 before a number is a surname
 * (老周一三八，零零一三，八零零零: a telephone), not a weekday (review fix). */
const WEEKDAY_BEFORE = /(?:(?<![老小阿])(?:周|週)|星期|礼拜|禮拜)$/;
/** Words that ask for or name an identifier, in the turn before or the ~120 characters before (review fix, S2). */
const ZH_ID_CUE =
  /电话|電話|手机|手機|号码|號碼|号|號|卡|证|證|联系|聯系|聯繫|聯絡|打给|打俾|致电|致電|热线|熱線|座机|座機|微信|账户|賬戶|帐户|帳戶|\b(?:phone|tel|mobile|number|no|card|id|call)\b/i;
/** Clinical and test words: comma groups of digits beside them are readings, doses or a memory test, not a number. */
const ZH_CLINICAL_BEFORE =
  /体温|體溫|血糖|血压|血壓|心率|心跳|胎心|脉搏|脈搏|血氧|剂量|劑量|毫克|单位|單位|记忆|記憶|测试|測試|复述|復述|背数|背數|读数|讀數|评分|評分|疼痛|度数|度數|听力|聽力|赫兹|赫茲/;
const ZH_CLINICAL_AFTER = /^\s*(?:毫克|mg|单位|單位|度|℃|次|分|毫升|ml|赫兹|赫茲|hz|mmol)/i;
/** Comma groups read as a number read out only with a cue before them, a telephone's shape (eight digits as 4+4, or
 * eleven from a 1), or twelve digits or more; never beside clinical or test words (review fix, S2). */
function groupsCued(text: string, at: number, run: string, digits: string): boolean {
  const sentence =
    text
      .slice(Math.max(0, at - 40), at)
      .split(/[。！？!?；;\n]/)
      .pop() ?? '';
  if (ZH_CLINICAL_BEFORE.test(sentence) || ZH_CLINICAL_AFTER.test(text.slice(at + run.length, at + run.length + 6))) return false;
  if (digits.length >= 12 || (digits.length === 11 && digits[0] === '1')) return true;
  if (digits.length === 8 && /^.{4}[ ，,、].{4}$/.test(run)) return true;
  return ZH_ID_CUE.test(text.slice(Math.max(0, at - 120), at));
}
export function spokenDigits(text: string): string {
  return text.replace(SPOKEN_RUN, (run, at: number) => {
    if (!GROUP_PAUSE.test(run)) return spaced(run);
    const digits = asDigits(run.replace(/[ ，,、]/g, ''));
    if (digits.length < 7 || counts(digits) || WEEKDAY_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || !groupsCued(text, at, run, digits))
      return run.replace(/[^，,、]+/g, spaced);
    return asDigits(run.replace(/[，,、]/g, ' '));
  });
}
