// Licence plates of many countries by shape, where no plate label names them (shapes.ts reads mainland plates,
// labelled.ts reads "plate/车牌: …"). A current UK plate ("BV19 KZT") and a Singapore plate ("SKB 4821 H") have a
// shape of their own; other shapes — "LSR 482 EK", "1TZ 4KD", "8KZT417", "PV 8372", an e-bike's "杭州E47219" — are
// plates when a vehicle is named near them (car, rego, parked, a make or model, 揸/泊/号牌) and they mix letters and
// digits. A VIN (17 characters) or a phone number is neither.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const UK = /\b[A-Z]{2}\d{2}[ ]?[A-Z]{3}\b/g;
const SG = /\bS[A-HJ-NP-Z]{1,2}[ ]?\d{1,4}[ ]?[A-HJ-NP-Z]\b/g;
const CANDIDATE = /(?<![A-Za-z0-9-])(?:[A-Z0-9]{1,4}[ -]){0,2}[A-Z0-9]{2,7}(?![A-Za-z0-9-])/g;
const ZH_EBIKE = /(?:号牌|號牌|车牌|車牌|牌照)[号號]?[:：]?[ ]?([\u4e00-\u9fff]{2}[A-Z0-9]{5,6})(?![A-Za-z0-9])/g;
const VEHICLE =
  /\b(?:car|cars|vehicle|rego|registration|reg|plate|plates|drives?|driving|drove|driven|parked|parking|van|truck|ute|taxi|cab|motorbike|motorcycle|scooter|bus|lorry|SUV|sedan|hatchback|Ford|Toyota|Honda|Corolla|Camry|Focus|Fiesta|Nissan|Hyundai|Kia|Mazda|BMW|Mercedes|Audi|Volkswagen|VW|Tesla|Subaru|Suzuki|Proton|Perodua|jeep)\b|[车車揸泊]/i;

const mixed = (v: string): boolean => /[A-Z]/.test(v) && /\d/.test(v);

export function detectPlates(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  if (/[A-Z]\d|\d[A-Z]|[A-Z][ -]\d|\d[ -][A-Z]/.test(text)) {
    for (const re of [UK, SG]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) out.push(span('PLATE', text, m.index ?? 0, (m.index ?? 0) + m[0].length));
    }
    CANDIDATE.lastIndex = 0;
    for (const m of text.matchAll(CANDIDATE)) {
      const v = m[0];
      const compact = v.replace(/[ -]/g, '');
      if (compact.length < 5 || compact.length > 8 || !mixed(compact)) continue;
      // A code of a form or a lab (long digit runs), a time or a dose is not a plate: at most five digits in a row.
      if (/\d{6,}/.test(compact) || /^\d+[A-Z]{1,2}$/.test(compact)) continue;
      // A field label opening the run is not part of a plate ("SN 8G4K2L", "ID A12345").
      if (/^(?:SN|ID|NO|VIN|REF|MRN|IMEI|PIN|NHS|DOB)\b/.test(v)) continue;
      const at = m.index ?? 0;
      const near = text.slice(Math.max(0, at - 28), at) + text.slice(at + v.length, at + v.length + 12);
      if (VEHICLE.test(near)) out.push(span('PLATE', text, at, at + v.length));
    }
  }
  if (/[号號车車]牌|牌照/.test(text)) {
    ZH_EBIKE.lastIndex = 0;
    for (const m of text.matchAll(ZH_EBIKE)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length;
      out.push(span('PLATE', text, at, at + m[1].length));
    }
  }
  return out;
}
