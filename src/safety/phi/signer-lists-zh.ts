// A staff field's value of bare surnames, closed by the layout of the form (issue #11, s36): "医师：任　审核药师：冯晓敏",
// "评估员：程、陆", "调剂：秦", "诊断医师：向　诊断日期：…". Forms sign with a surname alone; where the value ends is read
// from the form's structure, not from a list of words: the value runs from a role label's colon to the NEXT field's
// label (a Han run and a colon after one gap), to a line's or the text's end, or a bracket; several signers are a list
// joined by 、 or ／. The label is a person's when it ends in a role morpheme (医师, 护士, 药师, 评估员, 审核者, 采血人,
// 调剂, 发药). Each list member must be one surname character — of the full list (ALL_SINGLE_SURNAMES: "向", "成"), as
// the field already says a person signs there — and no value word ("左、右", "阴", "无", "全"); else no signer list.
// The older signer reader (frames.ts SURNAME_FIELD_ZH) wanted a wide column gap after the value; this one reads the next
// label instead. Fills only text no other reader claimed.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';
import { ALL_SINGLE_SURNAMES } from './surnames.js';

/** A role label's last morpheme, a colon, and a list of single characters joined by 、 or ／. */
const FIELD =
  /(?:[师師士者人员員医醫护護工剂劑药藥配对對核办辦记記审審录錄])[ \t]*[：:][ \t　]*([\u4e00-\u9fff](?:[、／/][\u4e00-\u9fff]){0,3})(?=([ \t　]+[\u4e00-\u9fff][\u4e00-\u9fff/／]{0,8}[ \t]*[：:]|[ \t　]*(?:\n|$)|[ \t　]*[）)]))/g;
/** Characters that are surnames and also ordinary words of a field's value (无 none, 同 same, 阴/阳 negative/positive…). */
const NOT_SIGNER = /[无無同阴陰阳陽左右中上下东東西南北正本未已空否是有全和及可通能别別时時于於常平]/;

/** Review fix s36: values of a checking or dispensing field that are surnames too (齐 all present, 双 double-checked,
 * 单 single, 符 conforms, 准 correct, 满 full, 高 high, 冷 cold storage). Read against a lone value only: a list joined by
 * 、 is signers ("配药人：单、伍"). */
const CHECK_VALUE = /[齐齊双雙单單符准準满滿高冷]/;
/** Labels of a checking or dispensing field: a lone character there is read as a signer only when the same form signs
 * another field with a full name ("医师：卢国栋　调剂：秦"), or the value is a list. */
const CHECK_LABEL = /(?:核对|核對|复核|複核|覆核|审核|審核|配药|配藥|调剂|調劑|调配|調配|发药|發藥)$/;
/** A staff field signed with a full name (a surname and one or two characters) somewhere in the form. */
const FULL_NAME_FIELD = /[师師士者人员員医醫护護工剂劑药藥配对對核办辦记記审審录錄][ \t]*[：:][ \t　]*([\u4e00-\u9fff]{2,3})(?=[ \t　]|\n|$|[）)])/g;

function formSignsFullName(text: string): boolean {
  FULL_NAME_FIELD.lastIndex = 0;
  for (const m of text.matchAll(FULL_NAME_FIELD)) if (ALL_SINGLE_SURNAMES.has(m[1][0]) && !NOT_SIGNER.test(m[1][0])) return true;
  return false;
}

export function detectSignerListsZh(text: string): PhiSpan[] {
  if (!/[：:]/.test(text)) return [];
  const out: PhiSpan[] = [];
  FIELD.lastIndex = 0;
  for (const m of text.matchAll(FIELD)) {
    const value = m[1];
    const members = value.split(/[、／/]/);
    if (!members.every((c) => ALL_SINGLE_SURNAMES.has(c) && !NOT_SIGNER.test(c))) continue;
    if (members.length === 1) {
      if (CHECK_VALUE.test(value)) continue;
      const label = text.slice(Math.max(0, (m.index ?? 0) - 3), (m.index ?? 0) + 1);
      if (CHECK_LABEL.test(label) && !formSignsFullName(text)) continue;
    }
    let at = (m.index ?? 0) + m[0].length - value.length;
    for (const c of members) {
      out.push(span('NAME', text, at, at + 1));
      at += 2;
    }
  }
  return out;
}
