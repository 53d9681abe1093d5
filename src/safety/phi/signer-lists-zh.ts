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

export function detectSignerListsZh(text: string): PhiSpan[] {
  if (!/[：:]/.test(text)) return [];
  const out: PhiSpan[] = [];
  FIELD.lastIndex = 0;
  for (const m of text.matchAll(FIELD)) {
    const value = m[1];
    const members = value.split(/[、／/]/);
    if (!members.every((c) => ALL_SINGLE_SURNAMES.has(c) && !NOT_SIGNER.test(c))) continue;
    let at = (m.index ?? 0) + m[0].length - value.length;
    for (const c of members) {
      out.push(span('NAME', text, at, at + 1));
      at += 2;
    }
  }
  return out;
}
