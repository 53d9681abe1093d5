// Traditional Chinese characters → their simplified forms: one home for the whole product (#12). Messages, lab reports
// and model answers from Hong Kong, Taiwan, Macau and overseas are read with lexicons written in simplified Chinese.
// One character for one character, so offsets into the normalised text stay aligned with the original (a printed name is
// always shown as printed). Coverage: the common characters of everyday and medical writing (symptoms, body parts,
// people, places, medicines and diseases, lab-report labels, Cantonese colloquial forms) — the union of the tables triage
// (safety/triage/hant.ts) and lab reports (report/han-variants.ts) each kept, plus the characters of drug and disease
// names (顫 of 心房顫動, 巰 of 甲巰咪唑, 徵 of 綜合徵); characters written the same in both scripts are not listed. Pure.
// This table holds only characters simplified writing never uses in the sense folded; the few that simplified Chinese
// also writes in some words (著 of 显著, 癥 of 癥瘕, 噁 of 噁唑) are in SHARED below and fold only outside those words.
const TRADITIONAL =
  '愛礙壩罷擺敗辦幫綁飽寶報貝備輩繃筆畢斃閉邊編變標錶別賓餅並撥補財慘蒼艙側測層產長嘗腸廠暢車徹塵陳襯稱誠遲齒衝蟲醜處觸傳瘡闖創錘純詞從聰叢湊錯達帶擔單膽彈當擋黨導燈敵遞點墊電澱調疊頂訂東動凍鬥獨讀賭斷鍛隊對噸頓奪墮鵝額餓兒爾發髮罰範飯訪飛廢費紛奮憤糞豐風瘋縫膚撫輔複復負婦該鈣蓋趕幹乾剛鋼崗擱閣個給貢溝構購夠顧颳關觀館慣廣規歸龜櫃貴滾鍋國過還韓漢號賀橫轟紅後壺護戶嘩華畫劃話懷壞歡環緩換喚瘓黃謊揮輝毀會匯彙繪渾夥獲貨禍擊機積饑雞績極級擠幾劑濟計記際繼紀夾頰鉀價駕監堅間艱繭檢鹼減儉簡見鍵劍漸濺將漿獎講醬膠澆攪矯腳餃繳絞較階節潔結屆緊僅謹進盡勁莖驚經頸靜鏡徑痙競淨糾舊舉據懼劇覺決絕軍開顆殼課懇庫褲誇塊寬礦況虧饋潰擴闊蠟臘來賴藍欄攔籃蘭覽懶爛濫撈勞樂壘類淚離裡裏禮麗厲勵歷曆瀝倆聯蓮連憐簾臉鏈戀煉練糧涼兩輛諒療遼獵臨鄰鱗齡鈴靈嶺領劉龍聾嚨籠攏樓摟蘆顱爐鹵魯錄陸驢鋁屢慮濾綠攣亂輪倫論蘿羅邏絡媽瑪碼螞馬罵嗎買麥賣邁脈瞞饅滿貓貿麼沒鎂門悶們夢謎彌綿廟滅鳴謀鈉納難撓腦惱鬧內擬膩釀鳥鑷寧擰鈕紐膿濃農瘧諾歐毆嘔盤龐賠噴騙飄頻貧蘋憑評潑頗撲鋪譜臍齊騎豈啟氣棄牽鉛遷簽謙錢鉗潛淺槍嗆牆強搶橋翹竅竊親寢輕氫傾頃請慶窮趨區軀驅權勸卻確讓饒擾繞熱韌認榮絨軟銳潤灑賽傘喪騷掃澀殺紗篩曬閃傷賞燒紹攝設審嬸腎滲聲繩勝聖師濕詩時蝕實識駛勢適釋飾視試壽獸輸書屬術樹豎數帥雙誰稅順說絲飼頌訴肅雖隨歲孫損縮鎖攤貪癱灘壇談嘆湯燙討騰題體條貼鐵廳聽銅統頭禿圖塗團頹脫駝襪彎灣頑萬網違圍為維偉偽謂衛溫聞紋穩問窩臥嗚烏無吳霧務誤錫襲習戲細蝦峽狹嚇鮮纖鹹賢閒顯險現獻縣餡羨憲線鄉詳響項銷曉協攜脅寫瀉謝鋅興鏽虛須許續懸選癬學詢尋訓訊壓鴨啞亞煙鹽嚴顏艷厭驗陽癢養樣搖遙藥爺頁業葉醫遺儀蟻藝億憶義議譯異蔭陰銀飲隱嬰鷹應營蠅贏擁癰湧優憂郵猶遊誘魚漁娛與語禦獄預園員圓緣遠願約躍鑰粵悅閱雲勻運暈韻雜災載暫贊髒臟棗責擇則澤贈紮閘詐債盞斬戰張漲帳賬脹這針偵診鎮陣掙睜爭證織職執紙擲質滯鐘終種腫眾軸皺晝驟豬諸燭囑貯築駐專磚轉賺莊裝壯狀墜準濁資蹤綜總縱組鑽癇癲瘺瘻嚥惡痠鬆甦蘇餵痺囪鬱癮黴隻臺颱週於閂鑊靚諗噉燉鬚嘰跡蹟痲癆瘂膕臏賁鞏瀰彿佔託搾係撐儲搵採嬤醯穀誌參態島殘餘註麩醣鈦鉻錳鈷鋰鎘羥顫巰瘍癒竇蕁髖竈徵錠脛芐遜剋廸鉑銨廁廂鴉祕';
const SIMPLIFIED =
  '爱碍坝罢摆败办帮绑饱宝报贝备辈绷笔毕毙闭边编变标表别宾饼并拨补财惨苍舱侧测层产长尝肠厂畅车彻尘陈衬称诚迟齿冲虫丑处触传疮闯创锤纯词从聪丛凑错达带担单胆弹当挡党导灯敌递点垫电淀调叠顶订东动冻斗独读赌断锻队对吨顿夺堕鹅额饿儿尔发发罚范饭访飞废费纷奋愤粪丰风疯缝肤抚辅复复负妇该钙盖赶干干刚钢岗搁阁个给贡沟构购够顾刮关观馆惯广规归龟柜贵滚锅国过还韩汉号贺横轰红后壶护户哗华画划话怀坏欢环缓换唤痪黄谎挥辉毁会汇汇绘浑伙获货祸击机积饥鸡绩极级挤几剂济计记际继纪夹颊钾价驾监坚间艰茧检碱减俭简见键剑渐溅将浆奖讲酱胶浇搅矫脚饺缴绞较阶节洁结届紧仅谨进尽劲茎惊经颈静镜径痉竞净纠旧举据惧剧觉决绝军开颗壳课恳库裤夸块宽矿况亏馈溃扩阔蜡腊来赖蓝栏拦篮兰览懒烂滥捞劳乐垒类泪离里里礼丽厉励历历沥俩联莲连怜帘脸链恋炼练粮凉两辆谅疗辽猎临邻鳞龄铃灵岭领刘龙聋咙笼拢楼搂芦颅炉卤鲁录陆驴铝屡虑滤绿挛乱轮伦论萝罗逻络妈玛码蚂马骂吗买麦卖迈脉瞒馒满猫贸么没镁门闷们梦谜弥绵庙灭鸣谋钠纳难挠脑恼闹内拟腻酿鸟镊宁拧钮纽脓浓农疟诺欧殴呕盘庞赔喷骗飘频贫苹凭评泼颇扑铺谱脐齐骑岂启气弃牵铅迁签谦钱钳潜浅枪呛墙强抢桥翘窍窃亲寝轻氢倾顷请庆穷趋区躯驱权劝却确让饶扰绕热韧认荣绒软锐润洒赛伞丧骚扫涩杀纱筛晒闪伤赏烧绍摄设审婶肾渗声绳胜圣师湿诗时蚀实识驶势适释饰视试寿兽输书属术树竖数帅双谁税顺说丝饲颂诉肃虽随岁孙损缩锁摊贪瘫滩坛谈叹汤烫讨腾题体条贴铁厅听铜统头秃图涂团颓脱驼袜弯湾顽万网违围为维伟伪谓卫温闻纹稳问窝卧呜乌无吴雾务误锡袭习戏细虾峡狭吓鲜纤咸贤闲显险现献县馅羡宪线乡详响项销晓协携胁写泻谢锌兴锈虚须许续悬选癣学询寻训讯压鸭哑亚烟盐严颜艳厌验阳痒养样摇遥药爷页业叶医遗仪蚁艺亿忆义议译异荫阴银饮隐婴鹰应营蝇赢拥痈涌优忧邮犹游诱鱼渔娱与语御狱预园员圆缘远愿约跃钥粤悦阅云匀运晕韵杂灾载暂赞脏脏枣责择则泽赠扎闸诈债盏斩战张涨帐账胀这针侦诊镇阵挣睁争证织职执纸掷质滞钟终种肿众轴皱昼骤猪诸烛嘱贮筑驻专砖转赚庄装壮状坠准浊资踪综总纵组钻痫癫瘘瘘咽恶酸松苏苏喂痹囱郁瘾霉只台台周于闩镬靓谂咁炖须叽迹迹麻痨哑腘膑贲巩弥佛占托榨系撑储揾采嬷酰谷志参态岛残余注麸糖钛铬锰钴锂镉羟颤巯疡愈窦荨髋灶征锭胫苄逊克迪铂铵厕厢鸦秘';

/**
 * Characters both scripts write: traditional text uses them for another character too (睡不著, 著涼 = 着; 癥狀 = 症;
 * 噁心 = 恶), simplified text only in the words listed (显著, 著名; the TCM 癥瘕; the chemical 噁唑 of 磺胺甲噁唑, 二噁英).
 * Folded except inside one of those words (read on the folded text, so 顯著 keeps its 著 as 显著 does).
 */
const SHARED: Readonly<Record<string, { simplified: string; keptIn: readonly string[] }>> = {
  著: {
    simplified: '着',
    keptIn: [
      '显著',
      '著名',
      '著作',
      '卓著',
      '昭著',
      '土著',
      '著称',
      '编著',
      '论著',
      '原著',
      '专著',
      '名著',
      '著述',
      '遗著',
      '巨著',
      '著者',
      '著录',
      '合著',
      '译著',
      '撰著',
      '著书',
      '拙著',
      '新著',
    ],
  },
  癥: { simplified: '症', keptIn: ['癥瘕', '癥积'] },
  噁: { simplified: '恶', keptIn: ['噁唑', '噁嗪', '噁烷', '噁二', '二噁'] },
};

/** The shared character at chars[i] stands inside one of the words both scripts write it in. */
function keptShared(chars: readonly string[], i: number, keptIn: readonly string[]): boolean {
  const ch = chars[i];
  for (const word of keptIn) {
    const w = [...word];
    const at = w.indexOf(ch as string);
    if (i - at >= 0 && chars.slice(i - at, i - at + w.length).join('') === word) return true;
  }
  return false;
}

let table: Map<string, string> | undefined;
/** Built on first use: English-only callers never pay for it. */
function charTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    const t = [...TRADITIONAL];
    const s = [...SIMPLIFIED];
    for (let i = 0; i < t.length; i++) table.set(t[i] as string, s[i] as string);
  }
  return table;
}

const HAN = /\p{Script=Han}/u;

/** The text's characters with every traditional-only character folded (shared characters still as written). */
function foldedChars(text: string): string[] {
  const map = charTable();
  return [...text].map((ch) => map.get(ch) ?? ch);
}

/** Pure: the text with every listed traditional character replaced by its simplified form (same length). */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  const chars = foldedChars(text);
  for (let i = 0; i < chars.length; i++) {
    const shared = SHARED[chars[i] as string];
    if (shared && !keptShared(chars, i, shared.keptIn)) chars[i] = shared.simplified;
  }
  return chars.join('');
}

/** Pure: the text holds a listed traditional character (a shared one only where toSimplified folds it). */
export function hasTraditional(text: string): boolean {
  return HAN.test(text) && toSimplified(text) !== text;
}

/** Both alphabets, character for character (a test checks they pair up). */
export const HAN_VARIANT_PAIRS = { traditional: TRADITIONAL, simplified: SIMPLIFIED } as const;

// Cantonese verbs of giving, eating and drinking as Mandarin readers know them: 俾/畀 = 给, 食 = 吃 (not inside a word:
// 食物, 饮食, 进食, 误食, 食道 keep it), 飲 = 喝 before a Cantonese measure or particle (飲啖水, 飲杯熱酒, 飲咗).
const CANTONESE_GIVE = /[俾畀]/gu;
const CANTONESE_EAT = /(?<![饮进零主素甜绝节禁误粮美肉面伙寒饱觅挑偏暴厌副流熟生冷辅膳杂消饲猎蚕狩])食(?![物品道管欲谱量材疗盐醋油堂指言客性源补糜具用疗])/gu;
const CANTONESE_DRINK = /饮(?=[啖杯啲咗翻返晒多少一两几半])/gu;

/**
 * Pure: the text as the product's readers (lexicons written in simplified Mandarin) read it — every listed traditional
 * character simplified, and the Cantonese verbs of giving, eating and drinking in their Mandarin form. Same length, one
 * character for one character, so a phrase found in it is at the same offset in the text as written.
 */
export function readingForm(text: string): string {
  const s = toSimplified(text);
  if (!/[俾畀食饮]/u.test(s)) return s;
  return s.replace(CANTONESE_GIVE, '给').replace(CANTONESE_EAT, '吃').replace(CANTONESE_DRINK, '喝');
}

// Cantonese function words a reader of commitments needs in their Mandarin form, one character for one: negation
// (唔係 不是, 唔得 不行, 唔好 不要 "don't" but 唔好意思 不好意思, 唔 不), 定 between two option letters is "or" (A定B),
// the copula 係 是 (not inside 關係/聯係/干係/係數, nor the 定係 of "or"), choosing 揀 选, 冇 没, the perfective 咗 了.
// What the readers list in Cantonese as written stays (唔知, 唔得就/唔得再); 唔該 (please, thanks) is no negation.
const CANTONESE_NOT_COPULA = /唔[係系]/gu;
const CANTONESE_NOT_OK = /唔得(?![就再])/gu;
const CANTONESE_DONT = /唔好(?!意思)/gu;
const CANTONESE_OR_LETTERS = /(?<=[A-JＡ-Ｊ]\s*)定(?=\s*[A-JＡ-Ｊ](?![A-Za-z]))/gu;
const CANTONESE_NOT = /唔(?!知|該|该|得[就再]|work)/gu;
const CANTONESE_COPULA = /(?<![關关聯联干幹定])係(?!數|数)/gu;

/**
 * Pure: readingForm, and the Cantonese words of negation, copula and choice in their Mandarin form (see above), so a
 * reader that weighs what a writer commits to ("維拉帕米係唔得嘅" — verapamil will not do; "我揀B") reads one language.
 * Same length as the text, so offsets hold. readingForm itself is unchanged for the readers that use it.
 */
export function commitmentReadingForm(text: string): string {
  if (!/[唔係揀冇咗定]/u.test(text)) return readingForm(text);
  const t = text
    .replace(CANTONESE_NOT_COPULA, '不是')
    .replace(CANTONESE_NOT_OK, '不行')
    .replace(CANTONESE_DONT, '不要')
    .replace(CANTONESE_OR_LETTERS, '或')
    .replace(CANTONESE_NOT, '不')
    .replace(CANTONESE_COPULA, '是')
    .replace(/揀/gu, '选')
    .replace(/冇/gu, '没')
    .replace(/咗/gu, '了');
  return readingForm(t);
}
