// The consultation's contracts, type-only (the web app imports them): the case as understood, one question, the
// state re-derived on each turn, and what the API reports in `quarkmed.consult`.

export type ConsultLang = 'zh' | 'en';

export interface CaseFacts {
  /** Age in years (fractions for infants: 0.25 = 3 months). */
  age?: number;
  sex?: 'female' | 'male';
  pregnant?: boolean;
  /** How long it has been going on, as said ("3天", "since yesterday"). */
  duration?: string;
  /** 0–10 when stated as a score, else a word ("剧烈", "mild"). */
  severity?: string;
  /** Highest temperature mentioned, °C. */
  temperatureC?: number;
  medicines: string[];
  allergies: string[];
  /** What was already tried ("吃了布洛芬", "tried ibuprofen"). */
  tried: string[];
  chronic: string[];
}

export interface ConsultQuestion {
  text: string;
  /** Short answers the web app shows as chips; empty for open questions. */
  quickReplies: string[];
  kind: 'red-flag' | 'basic';
}

export type ConsultReason = 'emergency' | 'not-a-symptom' | 'enough-information' | 'turn-limit' | 'off' | 'missing-information';

export interface ConsultState {
  lang: ConsultLang;
  /** Question turns already asked in this consultation. */
  turnsAsked: number;
  chiefComplaint: string;
  presentations: string[];
  facts: CaseFacts;
  /** Question texts already asked (never asked twice). */
  asked: string[];
  triage: 'emergency' | 'urgent' | 'routine';
  reason: ConsultReason;
}

/** What `quarkmed.consult` carries back to the client. */
export interface ConsultSummary {
  action: 'ask' | 'answer';
  reason: ConsultReason;
  turnsAsked: number;
  questions?: { text: string; quickReplies: string[] }[];
  state: Pick<ConsultState, 'lang' | 'chiefComplaint' | 'presentations' | 'facts' | 'triage'>;
}
