// Generated labelled records for training the PHI tagger (src/safety/phi/tagger.ts): many document kinds (forms,
// notes, chats, letters, transcripts, claims, social posts, work and school notes, device tickets, pharmacy labels)
// in simplified Chinese, traditional Chinese (TW/HK) and English (US/UK/CA/AU/SG/HK), with names of many cultures,
// organisations with and without legal suffixes, address forms of several countries and foreign identifiers.
// Everything is composed from templates and lexicons written here (never from a blind batch); real clinical text
// from ../shared/data/corpus may be passed in as body text (its characters are labelled O).
import type { PhiType } from '../src/core/phi-types.js';
import type { TagClass } from '../src/safety/phi/tagger.js';
import { CITIES, makeInsertion, type Rng } from '../test/helpers/deid-synth.js';

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const digits = (r: Rng, n: number): string => Array.from({ length: n }, () => String(int(r, 0, 9))).join('');
const letters = (r: Rng, n: number): string => Array.from({ length: n }, () => pick(r, 'ABCDEFGHJKLMNPQRSTUVWXYZ'.split(''))).join('');
const chars = (s: string): string[] => [...s];
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

// ---- lexicons ------------------------------------------------------------------------------------------------------
const ZH_SURNAMES = chars(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
);
const ZH_COMPOUND = ['欧阳', '司马', '诸葛', '上官', '慕容', '司徒', '东方', '皇甫', '尉迟', '公孙', '令狐', '夏侯'];
const ZH_GIVEN = chars(
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国民志红梅兰玲平刚桂霞林辉鹏飞春燕宇浩然欣怡雨桐子轩梓涵思琪佳俊博文斌晨阳亮峰海波宁鑫雯菲薇嘉悦彤妍诗梦萱馨诺嫣晓东辰泽航皓奕铭睿哲瑞豪昊翔宏达永福德成荣贵祥兴旺家庆喜安康泰乐新立忠义仁礼智信勤朴素清凯旋锋铁钢金银宝毅坚健威武雄彦逸帆舟远鸿鹤鸣麟龙虎鹰雁莺鹃蝶蓉莲荷菊芝芬芸苗茜莎菁萌蔚蓓蕊霖雷震霆露霜冰洁淑贤惠娴雅婉柔美佩琬媛婧姝娇月星云霄天地山川江河湖溪泉源森松柏杨桦槐竹梅兰菊秋冬夏春晴朗旭曦昕晖耀光灿烁煜炜烨焱琳琦瑶瑾璐璇瑜珊珍珠玉环琼翠碧彩霓虹丹青紫红橙黄绿蓝黛墨素白雪岚烟霞晶莹亭婷颖聪敏捷锐睿哲思想念恩惠泽润沛涵淳澄澈渊深广博厚重峻崇巍嵩岳峰岭峦峥嵘昆仑桂香馨芳菲蕾萍蓬蔓蕙兰荪茗茵苒若芊芷茉莉萱蓁菡萏宸宥宁宜宛容宽寅寰尧舜禹汤周秦汉唐宋元明清',
);
const ZH_PLACES2 = words(
  '朝阳 海淀 西湖 拱墅 南山 福田 鼓楼 玄武 武侯 锦江 洪山 江汉 天河 越秀 黄浦 徐汇 静安 浦东 和平 河西 历下 市南 雁塔 碑林 岳麓 芙蓉 二七 金水 新城 滨江 高新 经开 龙华 宝安 龙岗 番禺 花都 江宁 栖霞 秦淮 青羊 金牛 成华 蜀山 庐阳 包河 思明 湖里 鼓楼 仓山 晋安 五华 盘龙 南明 云岩 兴庆 城关 七里河 沙依巴克 新市',
);
const ZH_CITIES = words(
  '北京 上海 天津 重庆 杭州 深圳 南京 成都 武汉 广州 西安 长沙 郑州 济南 青岛 合肥 厦门 福州 昆明 贵阳 南宁 兰州 银川 乌鲁木齐 哈尔滨 长春 沈阳 大连 石家庄 太原 呼和浩特 南昌 海口 温州 宁波 苏州 无锡 佛山 东莞 珠海 汕头 洛阳 襄阳 宜昌 绵阳 遵义 桂林 柳州 赣州 泉州 漳州 徐州 扬州 常州 南通 嘉兴 绍兴 金华 台州 湖州 衢州 丽水 周口 临沂 阜阳 商丘 南阳 信阳 驻马店',
);
const ZH_PROVINCES = words('河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾');
const ZH_ROAD_WORDS = words(
  '中山 人民 解放 建设 文化 新华 胜利 和平 光明 幸福 团结 友谊 青年 工农 长江 黄河 珠江 学院 科技 创业 金融 世纪 东风 朝阳 建国 复兴 民生 育才 府前 滨河 环城 迎宾 振兴 红旗 五一 八一 北京 南京 上海 延安 天山 昆仑',
);
const ZH_ROAD_SUFFIX = ['路', '大道', '街', '大街', '巷', '胡同', '东路', '西路', '南路', '北路', '中路', '一路', '二路', '三路'];
const ZH_ESTATES = words(
  '阳光花园 金色家园 翠苑 锦绣新村 绿城 万科城 和平里 碧桂园 保利花园 龙湖天街 融创玖玺 恒大名都 世纪花园 紫薇苑 康乐小区 幸福里 滨江花园 丽景湾 城市之光 书香门第 怡景苑 枫林绿洲 兰亭雅居 凤凰城 金地格林',
);
const ZH_BRAND_CHARS = chars('华鑫恒瑞盛达通泰安康宏远佳美新东方金银中天海龙凤宝丰利源顺德兴隆昌荣发祥和益嘉信诚力创联合众永晟辉腾飞扬博明亮星辰宇');
const ZH_INDUSTRY = words(
  '科技 物流 餐饮 建筑 电子 纺织 食品 服装 汽修 装饰 印刷 家政 保安服务 贸易 医药 机械 化工 建材 传媒 文化传播 网络 软件 信息技术 教育咨询 房地产 物业管理 环保 能源 农业 运输 快递 商贸 酒店管理 劳务派遣',
);
const ZH_ORG_SUFFIX = ['有限公司', '有限责任公司', '股份有限公司', '集团', '公司', '', '', ''];
const ZH_PLACE_ORGS = words(
  '超市 商场 饭店 酒楼 火锅店 面馆 理发店 美容院 药房 诊所 幼儿园 小学 中学 职业技术学院 大学 加工厂 机械厂 服装厂 电子厂 砖厂 煤矿 养殖场 农场 工地 物业 派出所 街道办 居委会 税务局 法院 检察院 供电局 自来水公司 车队 驾校 健身房 网吧 洗车行 汽修厂 4S店',
);
const ZH_BRANDS = words(
  '美团 顺丰 京东 海底捞 华为 比亚迪 富士康 中石化 中石油 国家电网 星巴克 麦当劳 肯德基 沃尔玛 永辉超市 万达广场 阿里巴巴 拼多多 滴滴 饿了么 中国移动 中国联通 工商银行 建设银行 招商银行 农业银行 中国平安 格力 美的 海尔 联想 小米 蔚来 宁德时代 三一重工 蜜雪冰城 瑞幸咖啡 胖东来 盒马 菜鸟驿站 德邦物流 中通快递 圆通 韵达 申通 台积电 长荣航空 国泰航空 港铁 全家便利店 百佳超市 惠康超市 统一企业 鸿海 宏碁 华硕 中华电信',
);
const EN_FIRST: Record<string, string[]> = {
  anglo: words(
    'James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Dorothy George Melissa Timothy Deborah Ronald Stephanie Edward Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy Nicholas Angela Eric Shirley Jonathan Anna Stephen Brenda Larry Pamela Justin Emma Scott Nicole Brandon Helen Benjamin Samantha Samuel Katherine Gregory Christine Alexander Debra Frank Rachel Patrick Carolyn Raymond Janet Jack Catherine Dennis Maria Jerry Heather Tyler Diane Aaron Ruth Jose Julie Adam Olivia Nathan Joyce Henry Virginia Douglas Victoria Zachary Kelly Peter Lauren Kyle Christina Ethan Joan Walter Evelyn Noah Judith Jeremy Megan Christian Andrea Keith Cheryl Roger Hannah Terry Jacqueline Gerald Martha Harold Gloria Sean Teresa Austin Ann Carl Sara Arthur Madison Lawrence Frances Dylan Kathryn Jesse Janice Jordan Jean Bryan Abigail Billy Alice Joe Julia Bruce Judy Gabriel Sophia Logan Grace Albert Denise Willie Amber Alan Doris Juan Marilyn Wayne Danielle Elijah Beverly Randy Isabella Roy Theresa Vincent Diana Ralph Natalie Eugene Brittany Russell Charlotte Bobby Marie Mason Kayla Philip Alexis Louis Lori Tegan Rhys Siobhan Niamh Callum Aoife Declan Eilidh Fergus Bronwyn Tamsin Lachlan Kirra Jarrah Mackenzie Brody Tayla',
  ),
  hispanic: words(
    'José María Guadalupe Alejandro Sofía Carlos Lucía Javier Valentina Miguel Camila Luis Ximena Jorge Daniela Ricardo Fernanda Diego Mariana Eduardo Gabriela Andrés Paola Raúl Rocío Héctor Itzel Rafael Yesenia Marisol Esperanza Joaquín Consuelo Aurelio Inés',
  ),
  southAsian: words(
    'Priya Rahul Anjali Venkatesh Lakshmi Arjun Deepa Sanjay Kavya Rohan Meera Vikram Sunita Aditya Pooja Harpreet Gurpreet Amit Neha Ravi Divya Suresh Shreya Imran Farah Anil Nandini Karthik Swati Manoj',
  ),
  eastAsian: words(
    'Wei Jian Mei-Ling Siu-Ming Ka-Yan Hiroshi Yuki Min-jun Ji-woo Haruto Sakura Takeshi Akiko Seo-yeon Jae-hyun Xiaoming Li-Hua Chun-Kit Wing-Yee Hoi-Lam Tsz-Ching Yi-Chen Chia-Hao Hsin-Yi Wen-Jie Jun-Wei Shu-Fen Kenji Naoko Sung-min Hye-jin',
  ),
  african: words('Chidi Ngozi Oluwaseun Kwame Abena Thandiwe Sipho Amara Chinonso Folake Kofi Nnamdi Zanele Tendai Wanjiru Baraka Adaeze Emeka Yaw Akosua'),
  arabic: words('Mohammed Fatima Omar Layla Yusuf Aisha Hassan Mariam Khalid Noor Ibrahim Zainab Tariq Huda Samir Rania Karim Salma Bilal Amira'),
  european: words(
    'Katarzyna Dmitri Oksana Sven Ingrid Giuseppe Francesca Lukas Anneliese Jan Piotr Agnieszka Mikhail Svetlana Lars Astrid Matteo Chiara Pierre Amélie Sören Björn Zofia Milan Jelena',
  ),
  malay: words('Siti Nurul Muhammad Ahmad Aminah Faizal Hafiz Nur Aisyah Azlan Farid Rosnah Zulkifli Haslinda'),
};
const EN_LAST: Record<string, string[]> = {
  anglo: words(
    "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Wallace Cole West Stone Hayes Ellis Gibson Marshall Owens McDonald O'Brien O'Connor MacLeod Fitzgerald Kowalczyk Whitfield Pemberton Ashworth Blackwood Hargreaves Thornton Pritchard Llewellyn Gallagher Donnelly McAllister Fairbanks Holloway Prescott Kingsley Winslow Callahan",
  ),
  hispanic: words(
    'García Hernández López Martínez González Rodríguez Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes Ortiz Gutiérrez Chávez Ramos Mendoza Ruiz Álvarez Castillo Jiménez Vargas Romero Herrera Medina Aguilar Acosta Delgado',
  ),
  southAsian: words(
    'Patel Sharma Iyer Reddy Krishnamurthy Singh Kumar Gupta Nair Menon Desai Mehta Chatterjee Banerjee Rao Pillai Joshi Agarwal Khan Chaudhry Siddiqui Malhotra Kapoor Bhatt',
  ),
  eastAsian: words(
    'Chan Wong Lee Cheung Lau Ng Tan Lim Goh Nguyen Tran Pham Kim Park Choi Tanaka Sato Suzuki Watanabe Yamamoto Chen Wang Zhang Liu Huang Lin Wu Ho Leung Tsang Yip Chow Teo Koh Ong Le Vu Hoang Yoon Kang',
  ),
  african: words('Okafor Adeyemi Mensah Nkosi Okonkwo Abubakar Boateng Mwangi Dlamini Eze Osei Achebe Afolabi Owusu Ndlovu Kamau'),
  arabic: words('Al-Sayed Haddad Khalil Mansour Nasser Saleh Farouk Hamdan Aziz Rahman Hussein Qureshi Darwish El-Amin'),
  european: words(
    'Kowalski Ivanova Novak Johansson Rossi Müller Schmidt Nowak Petrov Lindqvist Bianchi Dubois Moreau Fischer Wagner Horvat Kovač Andersen Nielsen Jansen Bakker',
  ),
  malay: ['binti Ahmad', 'bin Hassan', 'binti Abdullah', 'bin Ismail', 'binti Yusof', 'bin Osman'],
};
const CULTURES = Object.keys(EN_FIRST);
const SYLL = words('ka ri na lo mi ta sen vor del ba lin qua zo be tha ren mar cal vin dra lu ko fel ha mo se ni ar el os an');
const fakeWord = (r: Rng): string => {
  const w = Array.from({ length: int(r, 2, 3) }, () => pick(r, SYLL)).join('');
  return w[0].toUpperCase() + w.slice(1);
};
const enFirst = (r: Rng, culture = pick(r, CULTURES)): string => (r() < 0.08 ? fakeWord(r) : pick(r, EN_FIRST[culture]));
const enLast = (r: Rng, culture = pick(r, CULTURES)): string => (r() < 0.1 ? fakeWord(r) : pick(r, EN_LAST[culture]));

const TRANSLIT = chars('阿布杜拉玛丽亚克里斯汀娜约翰逊安德烈卡洛琳娜索菲莫罕默德法蒂玛奥马尔伊万诺夫彼得罗维奇米歇尔丹尼尔艾米莉威廉姆');
const JP = [words('田中 佐藤 铃木 山本 渡边 高桥 伊藤 中村 小林 松本'), words('一郎 美咲 健太 由美 翔太 爱子 大辅 直美')] as const;
const KR = [words('金 朴 李 崔 郑 姜 尹'), words('敏俊 秀贤 智妍 东健 惠珍 俊浩 瑞妍')] as const;
const MINORITY = words('阿依努尔 格桑 扎西 卓玛 买买提 古丽 次仁 央金 努尔兰 热依拉 巴特尔 其木格 阿不都 帕提古丽');
const zhForeignName = (r: Rng): string =>
  pick(r, [
    () => `${Array.from({ length: int(r, 2, 4) }, () => pick(r, TRANSLIT)).join('')}·${Array.from({ length: int(r, 2, 4) }, () => pick(r, TRANSLIT)).join('')}`,
    () => `${pick(r, JP[0])}${pick(r, JP[1])}`,
    () => `${pick(r, KR[0])}${pick(r, KR[1])}`,
    () => pick(r, MINORITY),
    () => `${pick(r, MINORITY)}·${pick(r, MINORITY)}`,
  ])();

export const zhName = (r: Rng): string => {
  if (r() < 0.07) return zhForeignName(r);
  const sn = r() < 0.06 ? pick(r, ZH_COMPOUND) : pick(r, ZH_SURNAMES);
  const n = r() < 0.3 ? 1 : 2;
  let g = '';
  for (let i = 0; i < n; i++) g += pick(r, ZH_GIVEN);
  if (r() < 0.05 && n === 2) g = g[0] + g[0];
  return sn + g;
};
const zhSurname = (r: Rng): string => pick(r, ZH_SURNAMES);
const zhShortName = (r: Rng): string =>
  pick(r, [
    () => `老${zhSurname(r)}`,
    () => `小${zhSurname(r)}`,
    () => `小${pick(r, ZH_GIVEN)}`,
    () =>
      `${zhSurname(r)}${pick(r, ['阿姨', '叔', '叔叔', '姐', '哥', '老师', '医生', '主任', '护士', '大夫', '先生', '女士', '总', '工', '师傅', '奶奶', '大爷', '伯'])}`,
    () => `阿${pick(r, ZH_GIVEN)}`,
    () => `${pick(r, ZH_GIVEN)}${pick(r, ZH_GIVEN)}`,
  ])();

export const enName = (r: Rng): string => {
  const c = pick(r, CULTURES);
  const f = enFirst(r, c);
  const l = enLast(r, c);
  if (c === 'malay') return `${f} ${pick(r, EN_FIRST.malay)} ${l}`;
  return pick(r, [
    () => `${f} ${l}`,
    () => `${f} ${l}`,
    () => `${f} ${letters(r, 1)}. ${l}`,
    () => `${l}, ${f}`,
    () => `${f[0]}. ${l}`,
    () => `${l.toUpperCase()}, ${f}`,
    () => `${f} ${l}-${enLast(r)}`,
    () => `${l} ${f}`,
    () => `${f} ${enFirst(r, c)} ${l}`,
  ])();
};
const enShortName = (r: Rng): string =>
  pick(r, [
    () => enFirst(r).toLowerCase(),
    () => `${enFirst(r).slice(0, int(r, 3, 4))}${pick(r, ['y', 'ie', ''])}`,
    () => `${pick(r, ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Dr', 'Nurse', 'Prof.', 'Miss'])} ${enLast(r)}`,
    () => enFirst(r),
    () => enFirst(r),
    () => enLast(r),
  ])();

// Hong Kong / Singapore romanised Chinese names: "Chan Tai-man", "Lim Wei Jie", "Wong Siu Ming".
const ROM = words('Tai Man Siu Ming Ka Yan Wai Kit Chun Hoi Lam Wing Yee Mei Ling Wei Jie Hui Min Kok Leong Boon Huat Jia Hao Xin Yi Zhi Hao Kah Yee');
const romName = (r: Rng): string => {
  const sn = pick(r, EN_LAST.eastAsian);
  const a = pick(r, ROM);
  const b = pick(r, ROM).toLowerCase();
  return pick(r, [`${sn} ${a}-${b}`, `${sn} ${a} ${b[0].toUpperCase()}${b.slice(1)}`, `${a}-${b} ${sn}`, `${pick(r, EN_FIRST.anglo)} ${sn} ${a}-${b}`]);
};

const EN_STREETS = words(
  'Oak Maple Main Washington Lake Hill Cedar Park Elm Sunset Lincoln Church High Station Victoria Albert Queen King George Mill Bridge Chapel Spring Willow Birch Pine Meadow Orchard Harbour Beach Ocean Bay River Forest Highland Glenview Ridgeway Kingsway Marlborough Hawthorn Jacaranda Wattle Banksia Gum Tree Bloor Yonge Dundas Sherbrooke Granville Ang Mo Kio Tampines Jurong Bedok Serangoon Clementi Orchard Nathan Hennessy Queens Des Voeux Lockhart Canton Argyle Sai Yeung Choi Pitt Collins Bourke Flinders Swanston',
);
const EN_ST_SUFFIX = words(
  'Street St Avenue Ave Road Rd Boulevard Blvd Lane Ln Drive Dr Court Ct Way Place Pl Crescent Cres Close Terrace Parade Highway Hwy Circle Grove',
);
// deid-synth's cities first (same order, so generated records are unchanged), then more.
const US_CITIES: [string, string][] = [
  ...CITIES.map(([c, s]): [string, string] => [c, s]),
  ['Tucson', 'AZ'],
  ['Raleigh', 'NC'],
  ['Omaha', 'NE'],
  ['Boise', 'ID'],
  ['Savannah', 'GA'],
  ['Burlington', 'VT'],
  ['Tulsa', 'OK'],
  ['Spokane', 'WA'],
  ['Dayton', 'OH'],
];
const UK_TOWNS = words(
  'Leeds Manchester Bristol Cardiff Glasgow Edinburgh Norwich Leicester Brighton Sheffield Nottingham York Bath Exeter Belfast Swansea Derby Reading',
);
const CA_CITIES: [string, string][] = [
  ['Toronto', 'ON'],
  ['Mississauga', 'ON'],
  ['Montréal', 'QC'],
  ['Vancouver', 'BC'],
  ['Calgary', 'AB'],
  ['Winnipeg', 'MB'],
  ['Halifax', 'NS'],
  ['Ottawa', 'ON'],
];
const AU_SUBURBS: [string, string, string][] = [
  ['Fitzroy', 'VIC', '3065'],
  ['Parramatta', 'NSW', '2150'],
  ['Chatswood', 'NSW', '2067'],
  ['Fremantle', 'WA', '6160'],
  ['Toowong', 'QLD', '4066'],
  ['Glenelg', 'SA', '5045'],
  ['Sandy Bay', 'TAS', '7005'],
  ['Bondi', 'NSW', '2026'],
];
const HK_DISTRICTS = words('Mong_Kok Sha_Tin Tsuen_Wan Kwun_Tong Tai_Koo Causeway_Bay Tuen_Mun Yuen_Long Wan_Chai Sham_Shui_Po Tseung_Kwan_O Tai_Po').map((s) =>
  s.replace(/_/g, ' '),
);
const HK_ESTATES = words('Lok_Fu_Estate Mei_Foo_Sun_Chuen Taikoo_Shing City_One Laguna_City Kornhill Amoy_Gardens Choi_Hung_Estate Wah_Fu_Estate').map((s) =>
  s.replace(/_/g, ' '),
);
const ukPostcode = (r: Rng): string => `${letters(r, int(r, 1, 2))}${int(r, 1, 20)} ${int(r, 1, 9)}${letters(r, 2)}`;
const caPostcode = (r: Rng): string => `${letters(r, 1)}${int(r, 0, 9)}${letters(r, 1)} ${int(r, 0, 9)}${letters(r, 1)}${int(r, 0, 9)}`;

const street = (r: Rng): string =>
  `${int(r, 1, 9999)} ${r() < 0.15 ? `${pick(r, ['N.', 'S.', 'E.', 'W.', 'North', 'West'])} ` : ''}${pick(r, EN_STREETS)} ${pick(r, EN_ST_SUFFIX)}`;
export const enAddress = (r: Rng): string =>
  pick(r, [
    () => street(r),
    () => {
      const [c, s] = pick(r, US_CITIES);
      return `${street(r)}, ${c}, ${s} ${digits(r, 5)}`;
    },
    () => {
      const [c, s] = pick(r, US_CITIES);
      return `${street(r)}, ${pick(r, ['Apt', 'Apt.', 'Unit', 'Suite', '#'])} ${int(r, 1, 40)}${pick(r, ['A', 'B', ''])}, ${c}, ${s} ${digits(r, 5)}`;
    },
    () =>
      `${pick(r, ['Flat', 'Apartment'])} ${int(r, 1, 30)}, ${int(r, 1, 200)} ${pick(r, EN_STREETS)} ${pick(r, ['Road', 'Street', 'Lane', 'Close', 'Gardens', 'Terrace'])}, ${pick(r, UK_TOWNS)} ${ukPostcode(r)}`,
    () => `${int(r, 1, 200)} ${pick(r, EN_STREETS)} ${pick(r, ['Road', 'Street', 'Avenue'])}, ${pick(r, UK_TOWNS)}, ${ukPostcode(r)}`,
    () => {
      const [c, p] = pick(r, CA_CITIES);
      return `${int(r, 1, 9999)} ${pick(r, EN_STREETS)} ${pick(r, ['St', 'Ave', 'Blvd', 'Rue'])}${r() < 0.3 ? ` ${pick(r, ['W', 'E', 'O'])}` : ''}, ${c}, ${p} ${caPostcode(r)}`;
    },
    () => {
      const [sub, st, pc] = pick(r, AU_SUBURBS);
      return `${pick(r, ['Unit ', ''])}${int(r, 1, 20)}/${int(r, 1, 300)} ${pick(r, EN_STREETS)} ${pick(r, ['St', 'Street', 'Rd', 'Parade', 'Cres'])}, ${sub} ${st} ${pc}`;
    },
    () =>
      `Blk ${int(r, 1, 999)}${pick(r, ['', 'A', 'B'])} ${pick(r, ['Ang Mo Kio', 'Tampines', 'Jurong West', 'Bedok North', 'Toa Payoh', 'Yishun'])} ${pick(r, ['Ave', 'Street', 'Ring Road'])} ${int(r, 1, 10)}, #${pad2(int(r, 1, 25))}-${int(r, 10, 999)}, Singapore ${digits(r, 6)}`,
    () =>
      `Flat ${int(r, 1, 40)}${letters(r, 1)}, ${int(r, 1, 40)}/F, ${pick(r, ['Block', 'Tower'])} ${int(r, 1, 8)}, ${pick(r, HK_ESTATES)}, ${pick(r, HK_DISTRICTS)}, ${pick(r, ['Kowloon', 'Hong Kong', 'New Territories'])}`,
    () => `${int(r, 1, 999)} ${pick(r, ['Nathan Road', "Queen's Road Central", 'Hennessy Road', 'Des Voeux Road'])}, ${pick(r, HK_DISTRICTS)}`,
    () => `${pick(r, ['PO Box', 'P.O. Box'])} ${int(r, 100, 9999)}, ${pick(r, US_CITIES)[0]}`,
    () => `${pick(r, US_CITIES)[0]}, ${pick(r, US_CITIES)[1]}`,
    () => pick(r, [...UK_TOWNS, ...AU_SUBURBS.map((x) => x[0]), ...HK_DISTRICTS]),
  ])();
const pad2 = (n: number): string => String(n).padStart(2, '0');

const zhAddress = (r: Rng): string => {
  const city = `${pick(r, ZH_CITIES)}市`;
  const dist = `${pick(r, ZH_PLACES2)}${pick(r, ['区', '区', '县', '新区'])}`;
  const road = `${pick(r, ZH_ROAD_WORDS)}${pick(r, ZH_ROAD_SUFFIX)}`;
  const head = pick(r, [`${pick(r, ZH_PROVINCES)}省${city}${dist}`, `${city}${dist}`, dist, city, '']);
  return pick(r, [
    () => `${head}${road}${int(r, 1, 999)}号`,
    () => `${head}${road}${int(r, 1, 999)}号${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 1, 30)}0${int(r, 1, 4)}室`,
    () => `${head}${pick(r, ZH_ESTATES)}${pick(r, ['', '小区', '花园', '苑'])}${int(r, 1, 40)}号楼${int(r, 101, 2804)}室`,
    () => `${pick(r, ZH_ESTATES)}${int(r, 1, 30)}栋${int(r, 1, 6)}单元${int(r, 101, 1802)}`,
    () =>
      `${pick(r, ZH_PROVINCES)}省${pick(r, ZH_CITIES)}市${pick(r, ZH_PLACES2)}县${pick(r, ZH_PLACES2)}镇${pick(r, ZH_SURNAMES)}${pick(r, ['庄', '营', '家'])}村${int(r, 1, 9)}组${int(r, 1, 99)}号`,
    () => `${pick(r, ZH_PLACES2)}${pick(r, ['街道', '镇', '乡'])}${pick(r, ZH_ROAD_WORDS)}社区`,
    () => `${head}${road}与${pick(r, ZH_ROAD_WORDS)}${pick(r, ZH_ROAD_SUFFIX)}交叉口`,
    () => `${dist}${pick(r, ZH_ESTATES)}`,
    () =>
      `${pick(r, ['台北市', '新北市', '台中市', '高雄市', '台南市', '桃园市'])}${pick(r, ['大安区', '信义区', '板桥区', '北屯区', '苓雅区', '中正区'])}${road}${pick(r, ['一段', '二段', '三段', ''])}${int(r, 1, 500)}${pick(r, ['巷' + int(r, 1, 60) + '弄', ''])}${int(r, 1, 99)}号${int(r, 1, 20)}楼`,
    () =>
      `香港${pick(r, ['九龙', '新界', '港岛'])}${pick(r, ['旺角', '沙田', '荃湾', '观塘', '铜锣湾', '屯门', '元朗', '将军澳'])}${pick(r, ['弥敦道', '青山公路', '英皇道', '大埔道'])}${int(r, 1, 500)}号${pick(r, ZH_ESTATES)}${int(r, 1, 40)}楼${letters(r, 1)}室`,
    () =>
      `${pick(r, ['宏福苑', '美孚新邨', '太古城', '沙田第一城', '丽港城'])}${pick(r, ['宏志阁', '第三座', '第五期', '海景台'])}${int(r, 1, 40)}楼${int(r, 1, 20)}室`,
    () => `${pick(r, ZH_CITIES)}${pick(r, ZH_PLACES2)}`,
  ])();
};

const zhEmployer = (r: Rng): string =>
  pick(r, [
    () => pick(r, ZH_BRANDS),
    () => pick(r, ZH_BRANDS),
    () => `${pick(r, ZH_CITIES)}${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_INDUSTRY)}${pick(r, ZH_ORG_SUFFIX)}`,
    () => `${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_INDUSTRY)}${pick(r, ZH_ORG_SUFFIX)}`,
    () => `${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_BRAND_CHARS)}${pick(r, ZH_PLACE_ORGS)}`,
    () => `${pick(r, ZH_SURNAMES)}记${pick(r, ['烧腊', '面馆', '茶餐厅', '五金', '海鲜'])}`,
    () => `${pick(r, ZH_CITIES)}${pick(r, ['第一', '第二', '第三', '第七', '实验', '外国语'])}${pick(r, ['中学', '小学', '高级中学'])}`,
    () => `${pick(r, ZH_CITIES)}${pick(r, ['大学', '理工大学', '师范大学', '职业技术学院', '医科大学'])}`,
    () => `${pick(r, ZH_CITIES)}市${pick(r, ZH_PLACES2)}区${pick(r, ['人民法院', '公安分局', '税务局', '教育局', '城管局', '环卫所'])}`,
    () => `${pick(r, ZH_BRANDS)}${pick(r, ZH_CITIES)}${pick(r, ['分公司', '分行', '支行', '门店', '仓库', '配送站', '工厂'])}`,
    () => `${pick(r, ZH_PLACES2)}${pick(r, ['中心医院', '人民医院', '妇幼保健院', '社区卫生服务中心'])}`,
  ])();
const EN_BRANDS = words(
  'Walmart Target Costco Amazon FedEx UPS Starbucks Kroger Tesco Sainsbury’s Woolworths Coles Aldi Lidl Safeway Publix Walgreens CVS Boeing Google Microsoft Deloitte Accenture HSBC Barclays DBS Grab Shopee Foodpanda Uber DoorDash Lyft Tesla Ford Intel Oracle IKEA Chipotle Subway Wendy’s McDonald’s Primark Bunnings Telstra Qantas Loblaws Sobeys Rogers Bell Hydro-Québec Canadian_Tire Tim_Hortons Home_Depot Best_Buy Whole_Foods Trader_Joe’s Royal_Mail Marks_&_Spencer NTUC_FairPrice Cathay_Pacific MTR_Corporation Swire_Properties Singtel',
).map((s) => s.replace(/_/g, ' '));
const EN_INDUSTRY = words(
  'Dental Roofing Plumbing Logistics Landscaping Bakery Auto_Body Daycare Elementary_School High_School Middle_School Community_College Fire_Department Police_Department Public_Library Credit_Union Construction Farms Dairy Transit Warehouse Pharmacy Veterinary_Clinic Fitness Cleaning_Services Staffing Realty Insurance Law_Group Accounting Printing Trucking Steel Foods Brewing Hardware Motors Electric Tire_&_Auto Nursing_Home Care_Home Senior_Living Hotel Diner Cafe Pizzeria Salon',
).map((s) => s.replace(/_/g, ' '));
const EN_ORG_SUFFIX = ['Inc.', 'LLC', 'Ltd', 'Ltd.', 'Co.', '& Sons', 'Group', 'Pty Ltd', 'Corp.', 'PLC', '', '', '', ''];
const enEmployer = (r: Rng): string =>
  pick(r, [
    () => pick(r, EN_BRANDS),
    () => pick(r, EN_BRANDS),
    () =>
      `${pick(r, [...EN_LAST.anglo, ...EN_STREETS, fakeWord(r)])} ${pick(r, EN_INDUSTRY)}${(() => {
        const s = pick(r, EN_ORG_SUFFIX);
        return s ? ` ${s}` : '';
      })()}`,
    () => `${pick(r, EN_STREETS)} ${pick(r, ['Elementary', 'High School', 'Middle School', 'Academy', 'Primary School', 'Secondary School'])}`,
    () =>
      `${pick(r, EN_BRANDS)} ${pick(r, ['warehouse', 'distribution center', 'store #' + int(r, 10, 9999), 'DC' + int(r, 1, 9), 'in ' + pick(r, UK_TOWNS)])}`,
    () => `${pick(r, ['City of', 'County of', 'Town of'])} ${pick(r, US_CITIES)[0]}`,
    () => `${pick(r, US_CITIES)[0]} ${pick(r, ['Unified School District', 'Public Schools', 'Fire Department', 'Police Department', 'Transit Authority'])}`,
    () => `${fakeWord(r)}${pick(r, ['ly', 'ify', 'io', 'tech', 'soft', 'wave', 'line'])}`,
    () =>
      `${pick(r, EN_LAST.anglo)}${pick(r, ["'s", ' & ' + pick(r, EN_LAST.anglo)])} ${pick(r, ['Hardware', 'Bakery', 'Diner', 'Garage', 'Pharmacy', 'LLP'])}`,
    () => `${pick(r, ['St.', 'Saint'])} ${pick(r, ['Mary’s', 'Joseph’s', 'Luke’s', 'Vincent’s'])} ${pick(r, ['Hospital', 'Medical Center', 'School'])}`,
  ])();

// Identifier values (class ID) with foreign shapes; the cue is given by the templates.
const foreignId = (r: Rng): [string, string, string] =>
  pick(r, [
    (): [string, string, string] => ['NHS number', 'NHS号', `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 4)}`],
    (): [string, string, string] => ['NI number', '英国国民保险号', `${letters(r, 2)}${digits(r, 6)}${letters(r, 1)}`],
    (): [string, string, string] => ['SIN', '加拿大社会保险号', `${digits(r, 3)} ${digits(r, 3)} ${digits(r, 3)}`],
    (): [string, string, string] => ['OHIP', '安省医保', `${digits(r, 4)}-${digits(r, 3)}-${digits(r, 3)}-${letters(r, 2)}`],
    (): [string, string, string] => ['Medicare card', '澳洲Medicare卡号', `${digits(r, 4)} ${digits(r, 5)} ${int(r, 1, 9)}`],
    (): [string, string, string] => ['NRIC', '新加坡身份证', `${pick(r, ['S', 'T', 'F', 'G'])}${digits(r, 7)}${letters(r, 1)}`],
    (): [string, string, string] => ['HKID', '香港身份证', `${letters(r, int(r, 1, 2))}${digits(r, 6)}(${int(r, 0, 9)})`],
    (): [string, string, string] => ['ROC ID', '台湾身分证字号', `${letters(r, 1)}${pick(r, ['1', '2'])}${digits(r, 8)}`],
    (): [string, string, string] => ['Aadhaar', 'Aadhaar号', `${digits(r, 4)} ${digits(r, 4)} ${digits(r, 4)}`],
    (): [string, string, string] => ['MyKad', '马来西亚身份证', `${digits(r, 6)}-${digits(r, 2)}-${digits(r, 4)}`],
    (): [string, string, string] => ['passport', '护照', `${letters(r, pick(r, [1, 2]))}${digits(r, pick(r, [7, 8]))}`],
    (): [string, string, string] => ['member ID', '会员号', `${letters(r, 3)}${digits(r, int(r, 6, 10))}`],
    (): [string, string, string] => ['policy no.', '保单号', `${letters(r, 2)}-${digits(r, 4)}-${digits(r, 5)}`],
    (): [string, string, string] => [
      'case no.',
      '案号',
      `(${int(r, 2019, 2025)})${pick(r, ['京', '沪', '粤'])}${int(r, 1, 9)}${int(r, 0, 9)}民初${int(r, 100, 9999)}号`,
    ],
    (): [string, string, string] => ['claim no.', '理赔号', `${letters(r, 2)}${int(r, 2019, 2025)}${digits(r, 6)}`],
    (): [string, string, string] => ['badge', '工牌号', `${letters(r, 1)}${digits(r, int(r, 4, 6))}`],
    (): [string, string, string] => ['ticket', '工单号', `${letters(r, 2)}-${digits(r, 8)}`],
    (): [string, string, string] => ['student ID', '学号', `${int(r, 2018, 2025)}${digits(r, 6)}`],
    (): [string, string, string] => ['NPI', '医师编码', digits(r, 10)],
    (): [string, string, string] => ['serial', '序列号', `${letters(r, int(r, 2, 4))}${digits(r, int(r, 5, 9))}${r() < 0.3 ? letters(r, 1) : ''}`],
    (): [string, string, string] => [
      'handle',
      '微信',
      `${pick(r, ['', '@'])}${fakeWord(r).toLowerCase()}${pick(r, ['_', '.', ''])}${pick(r, ['', digits(r, int(r, 2, 4))])}`,
    ],
  ])();

// ---- non-identifier fillers (clinical content stays) ----------------------------------------------------------------
const ZH_CLIN = words(
  '咳嗽三天 发热两天 胸闷气短 头晕乏力 腹痛腹泻 血压160/95mmHg 血糖8.6mmol/L 肌酐 98μmol/L 口服阿莫西林0.5g 每日三次 二甲双胍500mg 帕金森病 桥本甲状腺炎 心内科 消化内科 急诊科 CT平扫 心电图 血常规 尿常规 复查 随访 2周后复诊 术后第3天 左下肺 右侧乳腺 甲状腺结节3mm 体温38.5℃ 心率102次/分 阿司匹林100mg 布洛芬 青霉素过敏 既往高血压10年 糖尿病5年 否认外伤史 饮酒20年 吸烟史 化疗第6周期 孕32周 BMI 27.4 HbA1c 7.2% 指南2020版 第3版 塞来昔布200mg',
);
const EN_CLIN = words(
  'cough_for_three_days fever_since_Monday shortness_of_breath BP_162/94 glucose_8.6_mmol/L creatinine_98_umol/L amoxicillin_500_mg_TID metformin_1000_mg_BID Parkinson’s_disease Hashimoto’s_thyroiditis Cardiology Gastroenterology the_ED a_CT_scan an_ECG CBC_and_BMP follow-up_in_2_weeks post-op_day_3 left_lower_lobe HbA1c_7.2% temperature_38.5_C heart_rate_102 aspirin_81_mg ibuprofen penicillin_allergy history_of_hypertension type_2_diabetes no_trauma 20_pack-years cycle_6_of_chemo 32_weeks_pregnant BMI_27.4 Apgar_8/9 per_the_2020_ACC/AHA_guideline stage_II Whipple_procedure Down_syndrome Crohn’s_disease Graves’_disease Bell’s_palsy',
).map((s) => s.replace(/_/g, ' '));

const EN_HEADINGS = words(
  'Chief_Complaint History_of_Present_Illness Past_Medical_History Medications Allergies Review_of_Systems Physical_Exam Assessment_and_Plan Impression Findings Recommendations Discharge_Instructions Follow-Up Questions Outpatient_Services Research_Participant_Log Fit-to-Fly_Certificate Chest_X-ray Vaccines Lab_Results Vital_Signs Nursing_Notes Care_Plan Device_Check Workstation_Log Return_Precautions Consent Procedure_Note Operative_Report Pathology Radiology Triage Billing_Summary Claim_Details Patient_Instructions Medication_List Problem_List Social_History Family_History Immunizations Referral_Reason Duration Access Permit Status Services',
).map((s) => s.replace(/_/g, ' '));
const ZH_HEADINGS = words(
  '主诉 现病史 既往史 个人史 家族史 体格检查 辅助检查 诊断 处理意见 医嘱 出院医嘱 用药清单 过敏史 随访计划 检验结果 影像所见 印象 备注 注意事项 费用明细 理赔明细 设备状态',
);
const times = (r: Rng): string =>
  pick(r, [
    `${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}`,
    `${pad2(int(r, 0, 23))}${pad2(int(r, 0, 59))}`,
    `${int(r, 1, 12)}:${pad2(int(r, 0, 59))} ${pick(r, ['AM', 'PM', 'am', 'pm'])}`,
    `${pad2(int(r, 0, 23))}:${pad2(int(r, 0, 59))}:${pad2(int(r, 0, 59))}`,
    `${int(r, 0, 23)}点${int(r, 0, 59)}分`,
    `${pad2(int(r, 0, 23))}:00-${pad2(int(r, 0, 23))}:00`,
  ]);
const youngAge = (r: Rng, zh: boolean): string =>
  zh
    ? pick(r, [`${int(r, 1, 89)}岁`, `${int(r, 1, 11)}个月`, `${int(r, 1, 89)}周岁`])
    : pick(r, [`${int(r, 18, 89)}-year-old`, `${int(r, 18, 89)} y/o`, `${int(r, 18, 89)}yo`, `${int(r, 1, 11)} months`, `${int(r, 18, 89)}`]);
const labValue = (r: Rng): string =>
  pick(r, [
    `Hgb ${int(r, 7, 16)}.${int(r, 0, 9)} g/dL`,
    `WBC ${int(r, 2, 20)}.${int(r, 0, 9)}`,
    `${int(r, 60, 250)}-${int(r, 100, 300)} mg/dL`,
    `${int(r, 0, 9)}.${digits(r, 2)}`,
    `${int(r, 0, 30)}/${int(r, 10, 30)}`,
    `PHQ-9 ${int(r, 0, 27)}`,
    `BP ${int(r, 90, 190)}/${int(r, 50, 110)}`,
    `SpO2 ${int(r, 85, 100)}%`,
    `${int(r, 1, 999)}.${digits(r, 2)}`,
    `CPT ${digits(r, 5)}`,
    `ICD-10 ${letters(r, 1)}${int(r, 10, 99)}.${int(r, 0, 9)}`,
    `$${int(r, 10, 9999)}.00`,
    `${int(r, 1, 40)} mg`,
    `血红蛋白${int(r, 70, 160)}g/L`,
    `白细胞${int(r, 2, 20)}.${int(r, 0, 9)}×10^9/L`,
    `第${int(r, 1, 12)}周期`,
    `${int(r, 1, 4)}级`,
  ]);
const OCCUPATIONS_ZH = words('教师 司机 农民 退休 工人 会计 护士 厨师 保安 快递员 外卖员 学生 销售 程序员 公务员 个体户 无业 家庭主妇 建筑工人 清洁工');
const OCCUPATIONS_EN = words(
  'teacher driver farmer retired nurse cashier cook student accountant electrician plumber engineer unemployed homemaker warehouse_associate security_guard carpenter',
).map((s) => s.replace(/_/g, ' '));

// ---- documents --------------------------------------------------------------------------------------------------
export type DocLang = 'zh' | 'zh-tw' | 'en';
export interface GenSpan {
  start: number;
  end: number;
  cls: TagClass;
  type: PhiType;
}
export interface GenDoc {
  text: string;
  lang: DocLang;
  kind: string;
  spans: GenSpan[];
}

const classOf = (t: PhiType): TagClass => (t === 'NAME' ? 'NAME' : t === 'ADDRESS' ? 'ADDRESS' : t === 'EMPLOYER' ? 'EMPLOYER' : 'ID');

type Slot = 'N' | 'n' | 'A' | 'E' | 'I' | 'D' | 'P' | 'C' | 'H' | 'Y' | 'X' | 'R' | 'S' | 'T' | 'G' | 'V' | 'O' | 'K';
/**
 * Templates: {N} full name, {n} short name/nickname/title+surname, {A} address, {E} employer, {I} an identifier value
 * (any code shape), {D} a date, {P} a phone, {C} clinical filler (not PHI), {H} a hospital (not PHI),
 * {Y} age over 89, {X} an inserted identifier phrase with its own cue (any type), {R} romanised HK/SG name; not PHI:
 * {K} a chat display name or nickname (SOCIAL); not PHI: {S} a section heading, {T} a clock time, {G} an age ≤ 89, {V} a lab value / score / code / amount, {O} an occupation.
 */
const ZH_T: Record<string, string[]> = {
  header: [
    '主诉：{C}',
    '诊断：{C}',
    '现病史：{C}，{C}',
    '既往史：{C}',
    '用药：{C}',
    '过敏史：无',
    '体格检查：{C}，{V}',
    '辅助检查：{C}，{V}',
    '处理：{C}',
    '医嘱：{C}',
    '科室：{H}',
    '时间：{T}',
    '年龄：{G}',
    '性别：{F}',
    '民族：汉族',
    '婚姻状况：已婚',
    '职业：{O}',
    '费别：医保',
    '结果：{V}',
    '【{S}】',
    '{S}：{C}',
    '{T} {C}',
    '姓名：{N}',
    '患者姓名：{N}',
    '就诊人：{N}',
    '联系人：{N}',
    '家属：{N}（{C}）',
    '陪护：{N}',
    '紧急联系人：{N}，电话{P}',
    '主治医师：{N}',
    '经治医生：{N}',
    '护士：{N}',
    '报告医师：{N}　审核：{N}',
    '住址：{A}',
    '现住址：{A}',
    '家庭住址：{A}',
    '户籍地址：{A}',
    '通讯地址：{A}',
    '工作单位：{E}',
    '单位：{E}',
    '职业：{E}职员',
    '出生日期：{D}',
    '入院日期：{D}',
    '联系电话：{P}',
    '手机：{P}',
    '{X}',
    '{X}',
    '{X}',
    '受理人：{N}',
    '投保人：{N}',
    '被保险人：{N}',
    '申请人：{N}　证件号：{I}',
    '学校：{E}',
    '雇主：{E}',
  ],
  sentence: [
    '患者{N}，{C}，{C}。',
    '{N}，男，{C}。',
    '{N}，女，{C}，{C}。',
    '我叫{N}，{C}。',
    '我是{N}的{C}。',
    '我爸{N}今年{C}。',
    '我妈{N}最近{C}。',
    '我老公{N}每次都陪我。',
    '我老婆{N}说{C}。',
    '儿子{N}在{E}上班。',
    '我在{E}上班，{C}。',
    '我在{E}工作了十年，{C}。',
    '我在{E}打工，天天站着。',
    '我在{E}当保安。',
    '我在{E}做会计，{C}。',
    '就职于{E}，{C}。',
    '本人系{E}员工。',
    '{E}的同事{n}也{C}。',
    '老板是{N}，在{E}。',
    '家住{A}，{C}。',
    '住在{A}。',
    '现住{A}附近。',
    '我们住{A}，离{H}很近。',
    '报告寄到{A}。',
    '搬到{A}以后就{C}。',
    '{n}说没事，{C}。',
    '是{n}帮我挂的号。',
    '找{n}看的，{C}。',
    '{n}让我{C}。',
    '隔壁的{n}也{C}。',
    '感谢{H}的{N}医生和{n}！',
    '{H}{C}，{N}主任建议{C}。',
    '由{N}代诉病史。',
    '{N}（工号{I}）已交班。',
    '兹证明{N}同志系我单位职工，{C}。',
    '{N}、{N}和{N}都来看过我。',
    '患者：{n}（{N}），{C}。',
    '{n}（本名{N}）{C}。',
    '婴儿：{K}（{N}）　性别：{F}',
    '{n}（{N}），{Y}，{C}。',
    '{N}（{n}）今天复查。',
    '值班医生{N}查看，{C}。',
    '后座乘客{N}未系安全带。',
    '诊断医师：{N}、{N}',
    '我是你{n}。',
    '同事{N}也有类似症状。',
    '邻居{n}介绍我来的。',
    '朋友{N}推荐了{H}。',
    '{N}的女儿今天来陪护。',
    '“{C}”，{N}说。',
    '主治医生是{N}，{C}。',
    '{N}主任医师查房：{C}。',
    '{N}护士给我换了药。',
    '谢谢{N}大夫！',
    '联系{N}（{C}）。',
    '我和{N}离婚以后{C}。',
    '孩子{N}，{G}，{C}。',
    '{n}今天值班。',
    '@{N} {C}',
    '{E}的{O}，{C}。',
    '{E}体检发现{C}。',
    '公司（{E}）安排了体检。',
    '从{E}离职后{C}。',
    '在{E}做保洁，{C}。',
    '{E}派我去外地出差，{C}。',
    '我们{E}很多人都{C}。',
    '在{A}的{E}上班。',
    '我家在{A}，{C}。',
    '老家{A}，现在在{A}。',
    '寄往：{A}，收件人{N}，电话{P}。',
    '{C}，{C}。',
    '{C}。',
    '患者{G}，{C}。',
    '{T}测{V}，{C}。',
    '{S}：{C}，{V}。',
    '我是{O}，{C}。',
    '{C}，建议{C}。',
    '在{H}做了{C}。',
    '{D}在{H}就诊，{C}。',
    '{D}入院，{D}出院。',
    '老人今年{Y}了，{C}。',
    '有事打我电话{P}，或者加微信{I}。',
    '{X}，{C}。',
    '医保卡号{I}，{C}。',
    '单号{I}，{C}。',
  ],
  chatSpeaker: [
    '{N}',
    '{n}',
    '{N}医生',
    '患者{N}',
    '家属{n}',
    '{n}',
    '医生',
    '患者',
    '病人',
    '护士{n}',
    '{K}',
    '{K}',
    '医师{N}',
    '{N}（家属）',
    '{n} {T}',
    '{N} {T}',
    '[{T}] {n}',
    '{n}（{I}）',
  ],
  sign: ['{N}　敬上', '——{N}', '签名：{N}', '医师签名：{N}　日期：{D}', '{E}\n{N}\n电话：{P}', '{N}\n{E}\n{A}', '此致\n敬礼\n{N}\n{D}'],
};
const EN_T: Record<string, string[]> = {
  header: [
    'Chief complaint: {C}',
    'Diagnosis: {C}',
    'Assessment: {C}',
    'Plan: {C}',
    'Medications: {C}',
    'Allergies: NKDA',
    'Vitals: {V}, {V}',
    'Time: {T}',
    'Age: {G}',
    'Sex: {F}',
    'Occupation: {O}',
    'Department: {H}',
    'Visit type: follow-up',
    'Result: {V}',
    'Findings: {C}',
    'Impression: {C}',
    '{S}',
    '{S}:',
    '{S}: {C}',
    '{S} - {C}',
    'Status: Final',
    'Priority: Routine',
    '{T} {C}',
    'Name: {N}',
    'Patient: {N}',
    'Patient Name: {N}',
    'PATIENT: {N}',
    'Guarantor: {N}',
    'Emergency contact: {N} ({C}) {P}',
    'Attending: {N}, MD',
    'Ordering provider: {N}, DO',
    'Nurse: {n}, RN',
    'Referring: Dr. {N}',
    'Address: {A}',
    'Home address: {A}',
    'Mailing address: {A}',
    'Employer: {E}',
    'Occupation: {C} at {E}',
    'School: {E}',
    'DOB: {D}',
    'Date of admission: {D}',
    'Phone: {P}',
    'Cell: {P}',
    'Claimant: {N}',
    'Insured: {N}',
    'Member ID: {I}',
    'Reference: {I}',
    '{X}',
    '{X}',
    '{X}',
    'Pt: {R}',
    'Name: {R}',
  ],
  sentence: [
    '{N} is a {C} who presents with {C}.',
    '{N}, 67, presents with {C}.',
    'My name is {N} and I have {C}.',
    'I am {N}. I have had {C}.',
    'My husband {N} drove me to {H}.',
    'My wife {N} noticed {C}.',
    'My son {n} has {C}.',
    'My daughter {N} works at {E}.',
    'I work at {E} and {C}.',
    'I work for {E}, mostly nights.',
    'I have been a cashier at {E} for six years.',
    'She teaches at {E}.',
    'He is employed by {E} as a driver.',
    'I drive for {E} full time.',
    'I do shifts at {E} and my feet hurt.',
    'My boss at {E} won’t give me time off.',
    'Works as a nurse at {E}.',
    'Her employer, {E}, requested a work note.',
    'I live at {A}.',
    'We live in {A}, near {H}.',
    'Please mail the results to {A}.',
    'He lives with his daughter at {A}.',
    'Moved to {A} last year.',
    '{n} said it was nothing serious.',
    'Thanks to {n} and Dr. {N} at {H}!',
    'Seen by {n} in clinic.',
    'Discussed with {N}, RN.',
    'Handed over to Dr. {N}.',
    'Spoke with {n} on the phone.',
    'Dear {n},',
    'Hi {n}, thanks for the update.',
    '{N}, {N} and {N} visited today.',
    'Patient: {N} ({n})',
    "Name: {N} ('{n}')",
    '{N}, PsyD',
    '{N}, {O}',
    'Follow-up: Dr {N}, {C}.',
    'Could you see {N} (DOB {D}) urgently?',
    'Could the nurse, {n}, ring me back?',
    'Bed {G} — {n}, {G}, awaiting {C}.',
    '— {n} x',
    'My coworker {N} has the same symptoms.',
    'My neighbor {n} recommended {H}.',
    '"{C}," said {N}.',
    'Attending: {N}; resident {n}.',
    'cc: {N}',
    'Per {N}, {C}.',
    '{N} called back at {T}.',
    '{N} (daughter) is the contact.',
    'Our son {n}, {G}, has {C}.',
    'Since my divorce from {N}, {C}.',
    '@{N} thanks for checking in!',
    'I was laid off from {E} in March.',
    '{E} sent me for a pre-employment physical.',
    'Night shift at {E} again, {C}.',
    'I clean offices for {E}.',
    'My manager at {E} said to get a note.',
    'HR at {E} needs the form by Friday.',
    'I have worked at {E} since 2015.',
    'She volunteers with {E}.',
    'He is a {O} with {E}.',
    'We moved from {A} to {A}.',
    'Ship to: {A}, attn {N}, {P}.',
    'Our house on {A} has mold.',
    'She lives near {A}.',
    '{C}. {C}.',
    '{C}.',
    'A {G} {F2} with {C}.',
    'At {T}, {V}; {C}.',
    '{S}: {C}, {V}.',
    'I am a {O} and {C}.',
    '{S}. {C}.',
    'Per {H}, {C}.',
    'Started {C}; {C}.',
    'Seen at {H} on {D} for {C}.',
    'Admitted {D}, discharged {D}.',
    'My grandmother is {Y} and has {C}.',
    'Call me at {P} or message {I}.',
    '{X}. {C}.',
    'Policy number {I} covers {C}.',
    'Reference {I} for {C}.',
    'Mr. {R} was reviewed today.',
    '{R} attended with his mother.',
  ],
  chatSpeaker: ['{N}', '{n}', 'Dr. {N}', 'Patient', 'Nurse {n}', '{n}', 'Doctor', 'Me', '{R}', '{K}', '{K}', '[{T}] {N}', '[{T}] {n}', '{n} {T}'],
  sign: [
    'Regards,\n{N}',
    'Best,\n{n}',
    'Sincerely,\n{N}\n{E}',
    '{N}, MD\n{E}\n{A}\n{P}',
    '— {N}',
    'Signed: {N}  Date: {D}',
    'Thanks,\n{N}\n{E} | {P}',
    'Electronically signed by {N}, NP on {D}',
  ],
};
const ZH_HOSP = words('肿瘤科 心内科 我院 市一院 省人民医院 协和医院 华西医院 中山医院 门诊 急诊 社区医院 卫生院 儿童医院 县医院');
const EN_HOSP = words('the_clinic the_ER Mercy_Hospital General_Hospital urgent_care the_ICU St._Luke’s the_walk-in_clinic the_pharmacy our_practice').map(
  (s) => s.replace(/_/g, ' '),
);
const ZH_KINDS = words(
  '门诊病历 出院小结 入院记录 会诊单 转诊单 保险理赔申请 病假证明 学校请假条 体检报告 药房标签 设备售后工单 微信聊天 在线问诊 社交媒体帖子 家属来信 护理交班 检验报告 门诊语音转写 法院鉴定委托 疫苗接种记录',
);
const EN_KINDS = words(
  'clinic_note discharge_summary admission_H&P referral_letter insurance_claim work_note school_excuse lab_report pharmacy_label device_service_ticket patient_portal_message online_consult social_media_post family_email nursing_handoff transcript court_letter vaccination_record GP_letter ED_triage_note',
).map((s) => s.replace(/_/g, ' '));

// Simplified → traditional (one for one, so offsets hold) for TW/HK records.
const S =
  '医师号码历诊疗区县乡镇楼单属护证书电话联络紧陈张刘黄杨赵吴郑许谢罗萧叶蒋邓冯韩钟陆顾龚严赖钱孙卢苏万邹阎贾谭范汤余聂欧简湾门员药剂检验报总统国际这个们来时说请问题与从应会对发现点经过还后进开关车妈爷儿长华伟强军红云丽头脑肿疡症岁龄妇产业务学级肠卫协东广龙凤宝丰达兴隆荣发诚创联众辉腾飞扬乐亲爱让谢谢们过现为们样钱银行岛湾台义马鸟鱼时间问听觉见视贝买卖货资购读写课试识记设计话语认议论谈谁调远运输达邮编辑';
const T =
  '醫師號碼歷診療區縣鄉鎮樓單屬護證書電話聯絡緊陳張劉黃楊趙吳鄭許謝羅蕭葉蔣鄧馮韓鍾陸顧龔嚴賴錢孫盧蘇萬鄒閻賈譚範湯餘聶歐簡灣門員藥劑檢驗報總統國際這個們來時說請問題與從應會對發現點經過還後進開關車媽爺兒長華偉強軍紅雲麗頭腦腫瘍癥歲齡婦產業務學級腸衛協東廣龍鳳寶豐達興隆榮發誠創聯眾輝騰飛揚樂親愛讓謝謝們過現為們樣錢銀行島灣臺義馬鳥魚時間問聽覺見視貝買賣貨資購讀寫課試識記設計話語認議論談誰調遠運輸達郵編輯';
const toTraditional = (s: string): string => s.replace(/./gu, (c) => (S.indexOf(c) >= 0 && S.length === T.length ? T[S.indexOf(c)] : c));

class Builder {
  text = '';
  spans: GenSpan[] = [];
  add(s: string): void {
    this.text += s;
  }
  put(value: string, type: PhiType): void {
    const start = this.text.length;
    this.text += value;
    if (type) this.spans.push({ start, end: start + value.length, cls: classOf(type), type });
  }
}

function fill(r: Rng, b: Builder, template: string, zh: boolean, corpusSentence: () => string | null): void {
  const re = /\{([A-Za-z]2?)\}/g;
  let at = 0;
  for (const m of template.matchAll(re)) {
    b.add(template.slice(at, m.index));
    at = (m.index ?? 0) + m[0].length;
    const slot = m[1] as Slot | 'F' | 'F2';
    switch (slot) {
      case 'F2':
        b.add(pick(r, ['woman', 'man', 'female', 'male', 'patient']));
        break;
      case 'N':
        b.put(zh ? (r() < 0.1 ? enName(r) : zhName(r)) : r() < 0.06 ? zhName(r) : enName(r), 'NAME');
        break;
      case 'n':
        b.put(zh ? zhShortName(r) : enShortName(r), 'NAME');
        break;
      case 'R':
        b.put(romName(r), 'NAME');
        break;
      case 'A':
        b.put(zh ? (r() < 0.1 ? enAddress(r) : zhAddress(r)) : r() < 0.05 ? zhAddress(r) : enAddress(r), 'ADDRESS');
        break;
      case 'E':
        b.put(zh ? (r() < 0.1 ? enEmployer(r) : zhEmployer(r)) : enEmployer(r), 'EMPLOYER');
        break;
      case 'I':
        b.put(foreignId(r)[2], 'OTHER_ID');
        break;
      case 'D': {
        const ins = makeInsertion(r, 'DATE', zh ? 'zh' : 'en');
        b.put(ins.value, 'DATE');
        break;
      }
      case 'P': {
        const ins = makeInsertion(r, 'PHONE', zh ? 'zh' : 'en');
        b.put(ins.value, 'PHONE');
        break;
      }
      case 'Y':
        b.put(zh ? `${int(r, 90, 104)}岁` : `${int(r, 90, 104)}`, 'AGE');
        break;
      case 'K':
        b.put(
          zh
            ? pick(r, [
                () => `${pick(r, ZH_GIVEN)}${pick(r, ZH_GIVEN)}${pick(r, ['妈妈', '爸爸', '的日记', '宝贝', '不加糖', '爱吃鱼'])}`,
                () => `${pick(r, ['小', '阿', '大'])}${pick(r, ZH_GIVEN)}${pick(r, ['酱', '仔', '妹', '哥', ''])}`,
                () => `${fakeWord(r).toLowerCase()}${digits(r, int(r, 0, 4))}`,
              ])()
            : pick(r, [
                () => `${enFirst(r).toLowerCase()}_${pick(r, ['runs', 'mom', 'fit', 'rn', 'md'])}${digits(r, int(r, 0, 3))}`,
                () => `${fakeWord(r)}${pick(r, ['Mom', 'Dad', '88', 'X'])}`,
              ])(),
          'SOCIAL',
        );
        break;
      case 'S':
        b.add(zh && r() < 0.6 ? pick(r, ZH_HEADINGS) : pick(r, EN_HEADINGS));
        break;
      case 'T':
        b.add(times(r));
        break;
      case 'G':
        b.add(youngAge(r, zh));
        break;
      case 'V':
        b.add(labValue(r));
        break;
      case 'O':
        b.add(zh ? pick(r, OCCUPATIONS_ZH) : pick(r, OCCUPATIONS_EN));
        break;
      case 'F':
        b.add(zh ? pick(r, ['男', '女']) : pick(r, ['F', 'M', 'Female', 'Male']));
        break;
      case 'H':
        b.add(zh ? pick(r, ZH_HOSP) : pick(r, EN_HOSP));
        break;
      case 'C': {
        const real = r() < 0.3 ? corpusSentence() : null;
        b.add(real ?? (zh ? pick(r, ZH_CLIN) : pick(r, EN_CLIN)));
        break;
      }
      case 'X': {
        if (r() < 0.35) {
          const [en, zhCue, v] = foreignId(r);
          const cue = zh ? zhCue : en;
          b.add(`${cue}${pick(r, zh ? ['：', '', ' '] : [': ', ' ', ' #', ' no. '])}`);
          b.put(v, 'OTHER_ID');
        } else {
          const type = pick(r, [
            'SSN',
            'MRN',
            'HEALTH_PLAN',
            'ACCOUNT',
            'LICENSE',
            'ID_CARD',
            'PASSPORT',
            'VEHICLE',
            'PLATE',
            'DEVICE',
            'IP',
            'BIOMETRIC',
            'SOCIAL',
            'OTHER_ID',
            'EMAIL',
            'URL',
            'FAX',
            'PHONE',
            'DATE',
          ] satisfies PhiType[]);
          const ins = makeInsertion(r, type, zh ? 'zh' : 'en');
          const i = ins.phrase.indexOf(ins.value);
          b.add(ins.phrase.slice(0, i));
          b.put(ins.value, type);
          b.add(ins.phrase.slice(i + ins.value.length));
        }
        break;
      }
    }
  }
  b.add(template.slice(at));
}

/**
 * One generated record. `corpus` gives a real clinical sentence (or null) for body text; its characters are O.
 * Kinds: a header block, a narrative, a chat, a letter with a signature, a transcript or a social post.
 */
export function generateDoc(r: Rng, lang: DocLang, corpus: () => string | null): GenDoc {
  const zh = lang !== 'en';
  const T = zh ? ZH_T : EN_T;
  const b = new Builder();
  const kind = zh ? pick(r, ZH_KINDS) : pick(r, EN_KINDS);
  const layout = pick(r, ['form', 'narrative', 'chat', 'letter', 'transcript', 'social', 'mixed']);
  const sep = zh ? '' : ' ';
  if (r() < 0.5) b.add(zh ? `【${kind}】\n` : `${r() < 0.5 ? kind.toUpperCase() : kind}\n`);
  const line = (tpl: string) => fill(r, b, tpl, zh, corpus);
  const body = (n: number) => {
    for (let i = 0; i < n; i++) {
      line(pick(r, T.sentence));
      b.add(r() < 0.3 ? '\n' : sep);
    }
  };
  if (layout === 'form' || layout === 'mixed') {
    const n = int(r, 2, 8);
    const inline = r() < 0.3;
    for (let i = 0; i < n; i++) {
      line(pick(r, T.header));
      b.add(inline ? pick(r, zh ? ['　', '；', '  '] : ['  ', '; ', ' | ']) : '\n');
    }
    if (inline) b.add('\n');
    body(int(r, 1, 4));
  } else if (layout === 'chat' || layout === 'transcript') {
    const speakers = [pick(r, T.chatSpeaker), pick(r, T.chatSpeaker)];
    const who = speakers.map((s) => {
      const tmp = new Builder();
      fill(r, tmp, s, zh, corpus);
      return tmp;
    });
    const n = int(r, 2, 7);
    for (let i = 0; i < n; i++) {
      const w = who[i % 2];
      const off = b.text.length;
      b.add(w.text);
      for (const s of w.spans) b.spans.push({ ...s, start: s.start + off, end: s.end + off });
      b.add(pick(r, zh ? ['：', ':', '：\n'] : [': ', ':\n', ' - ']));
      line(pick(r, T.sentence));
      b.add('\n');
    }
  } else if (layout === 'letter') {
    if (!zh) line(pick(r, ['Dear {n},', 'Dear Dr. {N},', 'To whom it may concern,', 'Hi {n},']));
    else line(pick(r, ['{n}您好：', '尊敬的{N}医生：', '致{E}：', '{n}：']));
    b.add('\n');
    body(int(r, 2, 5));
    b.add('\n');
    line(pick(r, T.sign));
  } else if (layout === 'social') {
    const handle = foreignId(r);
    b.put(handle[0] === 'handle' ? handle[2] : `${fakeWord(r).toLowerCase()}_${digits(r, 2)}`, 'SOCIAL');
    b.add(pick(r, [' · ', '：', ': ', '\n']));
    body(int(r, 2, 4));
  } else {
    body(int(r, 2, 6));
    if (r() < 0.5) {
      b.add('\n');
      line(pick(r, T.sign));
    }
  }
  // Some real text before or after (all O): the record is rarely only identifiers.
  const real = corpus();
  if (real && r() < 0.5) b.add(`${zh ? '\n' : '\n'}${real}`);
  let text = b.text;
  if (lang === 'zh-tw') text = toTraditional(text);
  return { text, lang, kind, spans: b.spans };
}

/** A record of real text only (no identifiers labelled): teaches the tagger what clinical prose looks like. */
export function negativeDoc(text: string, lang: DocLang): GenDoc {
  return { text, lang, kind: 'corpus', spans: [] };
}
