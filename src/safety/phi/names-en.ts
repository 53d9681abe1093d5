// English person names: after a title (Mr/Mrs/Ms/Dr…), after a label or relation cue ("Name:", "patient",
// "my name is", "my son"), or a "Last, First" after a label. Capitalised words only, minus a stop list.
import type { PhiSpan } from '../types.js';
import { span } from './span.js';

const WORD = "(?:Mc|Mac|O'|D'|Di|De|Le|Van|Von)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?";
const TITLED = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\\.?\\s+((?:[A-Z]\\.\\s*)?${WORD}(?:\\s+(?:[A-Z]\\.\\s*)?${WORD}){0,2})`, 'g');
const CUED = new RegExp(
  `\\b(?:[Pp]atient(?:\\s+[Nn]ame)?|[Pp]t\\.?|[Nn]ame|[Mm]y name is|[Hh]is name is|[Hh]er name is|[Ss]igned|[Cc]ontact(?:\\s+person)?|[Gg]uardian|[Nn]ext of kin|[Rr]eferred by|[Aa]ttending|[Pp]hysician|[Ss]urgeon|[Mm]y (?:son|daughter|husband|wife|mother|father|mom|dad|brother|sister|partner|friend|baby|child|grandson|granddaughter|grandmother|grandfather)|[Tt]his is|I am|I'm)\\s*[,:：-]?\\s+(${WORD}(?:\\s+(?:[A-Z]\\.\\s*)?${WORD}){0,2})`,
  'g',
);
const LAST_FIRST = new RegExp(`\\b(?:[Nn]ame|[Pp]atient)\\s*[:：]\\s*(${WORD},\\s*${WORD}(?:\\s+[A-Z]\\.)?)`, 'g');
// Forms and lab headers print names in capitals: "Patient Name: DOE, JOHN", "NAME: ZHANG WEI". Only after a label.
const UPPER = "[A-Z]{2,}(?:[-'][A-Z]{2,})?";
const LABELLED_UPPER = new RegExp(`\\b(?:[Pp]atient(?:\\s+[Nn]ame)?|PATIENT(?:\\s+NAME)?|[Nn]ame|NAME)\\s*[:：]\\s*(${UPPER}(?:, ?| )${UPPER}(?: ${UPPER})?)(?![A-Za-z])`, 'g');

// Capitalised words that follow cues but are not names.
const NOT_NAME = new Set(
  ('Name Names Patient Patients The A An I He She It They We You My His Her Their Our This That These Those Hi Hello Hey Dear Thanks Thank Please Sir Madam ' +
    'Doctor Doc Dr Nurse Patient Hospital Clinic Emergency History Diabetes Diabetic Type Today Yesterday Tomorrow Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November ' +
    'December English Chinese American Indian Asian Male Female Age Years Sorry Worried Concerned Pregnant Not Also Just Very So ' +
    'Currently Still Now Here There Well Fine Okay Ok Good Bad Sick Ill Having Taking Suffering Feeling Getting Going Being Trying ' +
    'Looking Writing Asking Wondering Confused Tired Scared Afraid Anxious Depressed Allergic Male Unknown None Na Information ' +
    'Mrs Mr Ms Miss Chat Chatdoctor ChatDoctor Healthcare Health Medical Medicine Doctors Regards Take Care Best Hope Wishing ' +
    'Normal Negative Positive Stage Grade Blood Heart Brain Cancer Tumor Report Reports Test Tests Result Results Scan Surgery ' +
    'Mother Father Son Daughter Husband Wife Baby Child Kid Boy Girl Man Woman Old Young New In On At For With From To Of And Or But ' +
    'How What Why When Where Who Which Whom Whose Yes No Yeah Actually Sure Really Maybe Perhaps However Unfortunately Fortunately ' +
    'Honestly Basically Recently Lately Usually Sometimes Since After Before During Because If Is Are Was Were Do Does Did Can ' +
    'Could Should Would Will Have Has Had Benign Acute Chronic Severe Mild Thank Hmm Oh Um Right Exactly Definitely Absolutely')
    .split(/\s+/),
);

function trimName(raw: string): string | null {
  const words = raw.split(/\s+/);
  while (words.length && NOT_NAME.has(words[words.length - 1].replace(/[.,]/g, ''))) words.pop();
  if (words.length === 0 || NOT_NAME.has(words[0].replace(/[.,]/g, ''))) return null;
  return words.join(' ');
}

export function detectEnglishNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const re of [TITLED, CUED, LAST_FIRST, LABELLED_UPPER]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const raw = m[1];
      const name = re === LABELLED_UPPER ? raw : trimName(raw);
      if (!name) continue;
      // "I am"/"I'm"/"This is" are weak cues: require a full "First Last".
      if (/^(?:I am|I'm|This is|this is)/.test(m[0]) && name.split(/\s+/).length < 2) continue;
      const start = (m.index ?? 0) + m[0].lastIndexOf(raw);
      out.push(span('NAME', text, start, start + name.length));
    }
  }
  return out;
}
