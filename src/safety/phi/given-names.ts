// A given-name model for Chinese names found without a naming label: the characters people are actually named
// with. After a weak cue ("患者", "我爸") or in a name position, both given characters must come from this set,
// which is how "患者高蛋白" (蛋, 白) and "病人周期性" (期, 性) stop being names while "患者高志强" stays one.
// Characters that are mostly function or clinical words (天, 大, 小, 中, 正, 长, 性, 期, 血, 病…) are left out on purpose.

export const GIVEN_CHARS = new Set(
  (
    '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀英华慧建国民志红梅兰玲平刚桂霞林辉鹏飞春燕宇浩然欣怡雨桐子轩梓涵思琪佳俊博文斌晨阳亮峰海波宁鑫琳晶颖婷雪倩璐瑶蕾萍莉丹凤玉珍琴云' +
    '雯菲薇嘉悦彤妍诗梦萱馨诺嫣晓东辰泽航皓奕铭睿哲瑞豪昊翔宏达永福德成荣贵祥兴旺家庆喜安康泰乐新立忠义仁礼智信勤朴素清凯旋锋铁钢金银宝珠翠琼瑛瑾璇瑜珊珏彬彪炳焕烨熠煜炜灿烁' +
    '毅坚健壮威武雄彦逸帆舟远鸿鹤鸣凰麟龙虎豹鹰雁莺鹃蝶蓉莲荷菊芝芬芸苗茜莎菁萌蔚蓓蕊霖雷震霆露霜冰洁澈淑贤惠娴雅婉柔美佩珮琬瑗媛婧姝娇娥婵姣妮娅姗婕嫚' +
    '禄寿财盛昌隆顺通畅谐歌舞书画棋伯仲叔季孟朝晖曦旭昕晴晟景昭耀彩虹泽润淼瀚澜源泉溪澄岩山峻岭松柏杨桦楠森彤秋冬夏' +
    '友谊仪君卿臣宗祖耀光振东方卫兵军民红卫向阳爱党忠诚坤乾元亨利贞宪政法治廷庭堂帅将士奎魁斗星辰月朗皎洁蓝青翰墨儒雅逸骏驰骁腾跃' +
    '钰铭锐镇钧锦锟鑫铮镜金鑫淳浚浦沛沐汐沁沅湘湛渊溢漫潇澄瀚灏炎焱煊熙燊璟璐琨琛瑄瑶璋璞璠瑭琰琳珑玮玥琦珺瑾' +
    '茂茹荟莹萍菱蓉蔓蕙蕾薰藻芃芊芮苒茵荔莉菡萱葳蓁蔚珂' +
    '之子亦以可若如依伊怡宜颐生根田水花香丰群才富保世广良全胜学进敬邦承绍功善厚裕谦奇朋栋维启克伦树致一二三四五六七八九'
  ).split(''),
);

/** Is `given` (one or two characters) a plausible Chinese given name? */
/** Characters that are names mostly where a name is certain to stand (a signature line, "王大明，男"). */
const LOOSE = new Set('大小天中正长丰春秋冬夏'.split(''));

export function plausibleGiven(given: string, loose = false): boolean {
  if (given.length < 1 || given.length > 2) return false;
  if (loose && [...given].every((c) => GIVEN_CHARS.has(c) || LOOSE.has(c))) return !/^[一二三四五六七八九]+$/.test(given) || given.length === 1;
  // "小红", "小明": 小 opens colloquial given names (only as the first of two characters).
  for (const [i, c] of [...given].entries()) if (!GIVEN_CHARS.has(c) && !(c === '小' && i === 0 && given.length === 2)) return false;
  // A given name of numerals only is a count, not a name ("王一二").
  return !/^[一二三四五六七八九]+$/.test(given) || given.length === 1;
}
