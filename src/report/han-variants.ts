// Traditional Chinese characters of lab reports (Hong Kong, Taiwan, Macau) read as their simplified forms, one
// character for one, so offsets and lengths hold: "鉀" is 钾, "膽固醇" 胆固醇, "參考範圍" 参考范围. Used only to look
// names and labels up (alias-index.ts); a printed name is always shown as printed. Pure.
const TRADITIONAL =
  '紅細數計壓積濃體寬鉀鈉鈣鎂鐵鋅銅膽醯轉總間時纖維國際標準鹼穀鏈脫氫離腫誌記顏濁渾隱陽陰亞鹽鏡檢驗結參區範圍單項異質腎葉飽電測試價稱狀態類種應蟲黃綠無見許極氣動脈靜島澱腦殘餘穩變過補錄報醫師療門診號歲齡臨義備註釋說環節養層滲麩醣紋顆絲團塊導乾淺寧鈦鉻錳鈷鋰鉛鎘羥膠蠟滅發熱傳經絡組織漿簡擊';
const SIMPLIFIED =
  '红细数计压积浓体宽钾钠钙镁铁锌铜胆酰转总间时纤维国际标准碱谷链脱氢离肿志记颜浊浑隐阳阴亚盐镜检验结参区范围单项异质肾叶饱电测试价称状态类种应虫黄绿无见许极气动脉静岛淀脑残余稳变过补录报医师疗门诊号岁龄临义备注释说环节养层渗麸糖纹颗丝团块导干浅宁钛铬锰钴锂铅镉羟胶蜡灭发热传经络组织浆简击';
const MAP = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]]));
const ANY = new RegExp(`[${TRADITIONAL}]`, 'g');

/** The text with traditional characters of the lab vocabulary replaced by simplified ones (same length). */
export function toSimplified(text: string): string {
  return text.replace(ANY, (c) => MAP.get(c) ?? c);
}
