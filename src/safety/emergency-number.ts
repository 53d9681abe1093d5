// Locale → emergency number. Precedence: explicit option > QUARKMED_EMERGENCY_NUMBER > locale table > language
// default (Chinese text → 120) > 112 (the GSM international number, which most mobile networks route).

const BY_LOCALE: Record<string, string> = {
  'zh-CN': '120',
  'zh-Hans': '120',
  'zh-SG': '995',
  'zh-TW': '119',
  'zh-HK': '999',
  'zh-MO': '999',
  'en-US': '911',
  'en-CA': '911',
  'en-GB': '999',
  'en-IE': '112',
  'en-AU': '000',
  'en-NZ': '111',
  'en-IN': '112',
  'en-SG': '995',
  'en-HK': '999',
  'en-ZA': '10177',
  'en-PH': '911',
};
const BY_REGION: Record<string, string> = {
  CN: '120',
  US: '911',
  CA: '911',
  GB: '999',
  AU: '000',
  NZ: '111',
  HK: '999',
  TW: '119',
  SG: '995',
  JP: '119',
  KR: '119',
};

export const DEFAULT_EMERGENCY_NUMBER = '112';

export interface EmergencyNumberOptions {
  locale?: string;
  emergencyNumber?: string;
  /** Language of the user's text, used when no locale is given. */
  lang?: 'zh' | 'en' | 'other';
  /** Environment to read QUARKMED_EMERGENCY_NUMBER from (default: the process's; none in a browser). */
  env?: Record<string, string | undefined>;
}

// Also imported by the web app (its footer shows the same number as the triage banner), where there is no process.
const processEnv = (): Record<string, string | undefined> => (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

export function emergencyNumberFor(options: EmergencyNumberOptions = {}): string {
  const explicit = options.emergencyNumber?.trim();
  if (explicit) return explicit;
  const fromEnv = (options.env ?? processEnv()).QUARKMED_EMERGENCY_NUMBER?.trim();
  if (fromEnv) return fromEnv;
  const locale = options.locale?.trim().replace('_', '-');
  if (locale) {
    const exact = Object.entries(BY_LOCALE).find(([k]) => k.toLowerCase() === locale.toLowerCase());
    if (exact) return exact[1];
    const region = locale.split('-').pop()?.toUpperCase();
    if (region && BY_REGION[region]) return BY_REGION[region];
    if (locale.toLowerCase() === 'zh') return '120';
    return DEFAULT_EMERGENCY_NUMBER;
  }
  return options.lang === 'zh' ? '120' : DEFAULT_EMERGENCY_NUMBER;
}
