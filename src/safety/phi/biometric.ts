// Biometric identifiers mentioned in text (Safe Harbor (R)): a person's fingerprint, palm or finger vein pattern, face
// template, iris or retinal scan, voiceprint or footprint that was taken, stored or used to identify them. The span is
// the modality as written, with the hand or finger it names ("右手食指指纹", "ten-finger prints", "palm-vein scan"); a
// reference number of the biometric is read by labelled.ts. Clinical tests and findings are not identifiers: an
// iris or retina is one only with a recognition/scan word ("视网膜病变", "retinal images showed…" stay), a face only
// with recognition/template words ("面部浮肿" stays), and "fingerprint-like" lesions stay.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const HAND_ZH = '(?:[左右双雙]手?)?(?:[拇食中小]指|无名指|無名指|十指|手掌|双手|雙手)?';
/** The use that follows the modality belongs to the mention ("指纹比对", "fingerprint comparison"). */
const USE_ZH = '(?:比对|比對|核验|核驗|识别|識別|模板|样本|樣本|采集|採集|记录|記錄)?';
const USE_EN = '(?:[ ](?:comparison|match(?:ing)?|check|verification|scan|template|record|capture|ID))?';
const BIOMETRIC_ZH = new RegExp(
  [
    `${HAND_ZH}(?:指纹|指紋|指模|指印|掌纹|掌紋|掌印|手印|足印|脚印|腳印|足纹|足紋)(?!状|狀|样|樣)${USE_ZH}`,
    '(?:手?指|手?掌)(?:静|靜)脉(?:识别|識別|扫描|掃描|验证|驗證|图像|圖像)?',
    '(?:人脸|人臉)(?:识别|識別)(?:模板|特征|特徵|照片|图像|圖像)?|(?:人脸|人臉)(?:模板|特征|特徵|照片|图像|圖像)|刷脸|刷臉',
    '(?:面部|面容)(?:识别|識別)(?:模板|特征|特徵)?',
    '(?:声纹|聲紋)(?:样本|樣本|模板|识别|識別)?',
    '(?:虹膜|视网膜|視網膜)(?:识别|識別|扫描|掃描)(?:模板|图像|圖像)?',
  ].join('|'),
  'g',
);

const FINGER_EN = '(?:(?:left|right|both)[ ])?(?:(?:index|middle|ring|little)[ ]finger[ ]|ten-?finger[ ]|thumb[ ]?)?';
const BIOMETRIC_EN = new RegExp(
  [
    String.raw`\b${FINGER_EN}(?:finger-?prints?|thumb-?prints?|thumb[ ]impressions?|palm-?prints?|foot-?prints?|hand-?prints?|prints)\b(?!-like|[ ]like)${USE_EN}\b`,
    String.raw`\b(?:palm|finger)[- ]vein(?:[ ](?:scan|pattern|recognition|authentication|reader|ID))?\b`,
    String.raw`\b(?:iris|retinal?)[ ](?:scans?|recognition|templates?|patterns?[ ]ID)\b`,
    String.raw`\b(?:voice-?prints?|voice[ ]prints?|voice[ ](?:biometrics?|signature|ID|recognition))\b`,
    String.raw`\bFace[ ]ID\b|\b(?:facial|face)[ ](?:recognition|templates?|scans?|biometrics?|geometry)\b`,
    String.raw`\bbiometric[ ](?:templates?|data|scans?|IDs?|identifiers?|login|verification)\b|\bbiometrics\b`,
  ].join('|'),
  'gi',
);

/** Words before an English "prints" that make it a fingerprint ("ten prints", "his prints were taken"). */
const PRINTS_CUE = /\b(?:ten|his|her|their|my|the patient's|finger|thumb|palm|foot)[ ]$/i;

/** A DNA profile is a biometric identifier: three or more STR loci (the CODIS / forensic kit names: D3S1358, vWA, FGA,
 * TH01, TPOX, CSF1PO, Penta D/E, Amelogenin) each with its alleles ("D5S818 11/12; vWA 16,18; Amelogenin X,Y"), one
 * span from the first locus to the last allele. One locus named in prose is genetics, not a profile. */
const STR_LOCUS = String.raw`(?:D\d{1,2}S\d{2,4}|vWA|FGA|TH01|TPOX|CSF1PO|Penta[ ]?[DE]|Amelogenin|AMEL|D[XY]S\d{2,4}|SE33)`;
const STR_ALLELES = String.raw`[:：=]?[ ]?(?:\d{1,2}(?:\.\d)?|[XY])(?:[/,，][ ]?(?:\d{1,2}(?:\.\d)?|[XY]))*`;
const DNA_PROFILE = new RegExp(`${STR_LOCUS}[ ]?${STR_ALLELES}(?:[ ]*[;；,，|][ ]*${STR_LOCUS}[ ]?${STR_ALLELES}){2,}`, 'g');

export function detectBiometrics(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/D\d{1,2}S\d|vWA|TH01|TPOX/.test(text)) {
    DNA_PROFILE.lastIndex = 0;
    for (const m of text.matchAll(DNA_PROFILE)) out.push(span('BIOMETRIC', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (/[\u4e00-\u9fff]/.test(text)) {
    BIOMETRIC_ZH.lastIndex = 0;
    for (const m of text.matchAll(BIOMETRIC_ZH)) out.push(span('BIOMETRIC', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
  }
  if (/[A-Za-z]/.test(text)) {
    BIOMETRIC_EN.lastIndex = 0;
    for (const m of text.matchAll(BIOMETRIC_EN)) {
      const at = m.index ?? 0;
      // "prints" alone is a fingerprint only after a possessive or a count; "Face ID" keeps its capitals.
      if (/^prints$/i.test(m[0]) && !PRINTS_CUE.test(text.slice(Math.max(0, at - 20), at))) continue;
      if (/^face id$/i.test(m[0]) && m[0] !== 'Face ID') continue;
      out.push(span('BIOMETRIC', text, at, at + m[0].length));
    }
  }
  return out;
}
