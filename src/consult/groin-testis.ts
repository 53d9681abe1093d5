// A torsion told as a groin strain (NICE CKS "scrotal pain and swelling", BAUS): boys and young men name the groin or a
// pulled muscle for a testis that has twisted, out of embarrassment or because the pain spreads there ("pulled something
// in my groin playing footy… woke up at 5 with it really sore", c48-012 ended ROUTINE asked only about ibuprofen). The
// opening is read by structure, not a complaint's name:
//   WHO  — not a woman or girl, and young: an age told ≤ 30, or a boy word (son, boy, lad, 儿子, 男孩) with no age;
//   WHAT — the groin told where it stands (not denied) in a message that tells a pain, a soreness or a pull;
//   NOT  — the testis already named (the genital screen and the triage then ask it themselves).
// Such an opening gets one must-ask question (must-ask.ts: appended after the turn, never ranked): is the pain in a
// testicle, sudden, with swelling, one sitting higher, or vomiting.
//
// The answer to THAT question is read by its form (`testisToldInAnswer`): the reply to a turn that asked it names the
// testis as the pain's place ("it's actually more my left ball than the groin", "其实是左边蛋蛋疼") — the pain is the
// opening's, the reply moves it. Such a reply adds the finding "testicle pain" for the triage, whose torsion rule then
// needs its own second sign (sudden, swelling, vomiting) told somewhere in the case. RAISE ONLY: a testis denied in its
// clause ("no, not my balls", "睾丸不疼", "蛋蛋没事"), a question back ("could it be my testicle?") or a reply to any other
// turn adds nothing.
import { clauseAt, clauses, isNegated } from '../safety/red-flags/context.js';
import { toldMention } from './mention.js';
import type { CaseFacts, ConsultLang } from './types.js';

/** The question the frame asks (kept verbatim: the answer reader finds the turn that asked it by this text). */
export const GROIN_TESTIS_ASK: Record<ConsultLang, string> = {
  zh: '疼的地方其实是不是在睾丸（蛋蛋）？是不是突然疼起来的，有没有阴囊肿、一边睾丸位置变高，或者呕吐？',
  en: 'Is the pain actually in a testicle (ball)? Did it come on suddenly, and is there any swelling, one testicle sitting higher than the other, or vomiting?',
};

const GROIN = /\bgroin\b|\binguinal\b|腹股沟|大腿根|裆部|裤裆/gi;
/** A pain, a soreness or a pull told anywhere in the opening (the groin clause need not carry it: "pulled something in my
 *  groin…, woke up with it really sore"). */
const PAIN_OR_PULL = /\b(?:pain\w*|sore\w*|hurts?|hurting|ache\w*|aching|agony|killing|pulled|strain\w*|tweak\w*|twinge\w*|throbb\w*)\b|疼|痛|拉伤|扯到|抻到/gi;
/** The testis already named: the genital screen and the triage's torsion signs ask and read it. */
export const TESTIS = /\b(?:testic\w*|testes|testis|balls?|nuts|scrotum|scrotal)\b|睾丸|蛋蛋|阴囊|卵蛋/gi;
/** Ball games are no testis ("kicked the ball", "football"). */
const BALL_GAME =
  /\b(?:foot|basket|base|net|hand|soft|volley|dodge|paint|snow|tennis|cricket|golf|rugby)[ -]?balls?\b|\b(?:kick\w*|hit|threw|throw\w*|caught|catch\w*|pass\w*) (?:a|the) balls?\b/gi;
const FEMALE_WORDS =
  /\b(?:i'?m|i am) (?:a )?(?:woman|girl|female|lady)\b|\b(?:my|our) (?:daughter|wife|mum|mom|mother|girlfriend|sister|granddaughter)\b|\bperiods?\b|\bpregnan\w*|女儿|老婆|妻子|女朋友|闺女|妈妈|月经|例假|怀孕|我是女|女生|女的|姑娘|妹子|女人|女仔|小姐/i;
const BOY_WORDS = /\b(?:son|boy|lad|teen(?:age)? (?:son|boy)|schoolboy)\b|儿子|男孩|男生|小伙/i;

const withoutBallGames = (text: string): string => text.replace(BALL_GAME, (m) => ' '.repeat(m.length));

/** The opening's groin pain in a young patient who is not a woman or girl, the testis not yet named. */
export function groinPainYoungMale(text: string, facts: CaseFacts): boolean {
  if (facts.sex === 'female' || FEMALE_WORDS.test(text)) return false;
  const young = facts.age !== undefined ? facts.age <= 30 : BOY_WORDS.test(text);
  if (!young) return false;
  const plain = withoutBallGames(text);
  if (toldMention(plain, TESTIS)) return false;
  return toldMention(plain, GROIN) && toldMention(plain, PAIN_OR_PULL);
}

/** A question back about the testis ("could it be my testicle?", "是不是蛋蛋的问题？"): no answer. */
const QUESTION_BACK = /[?？]|\b(?:could|might|maybe|perhaps|possibly|not sure|no idea|dunno|don'?t know)\b|会不会|是不是|可能|不知道|不清楚/i;

export interface AskedTurn {
  asked: readonly string[];
  reply: string;
}

/**
 * The reply to a turn that asked GROIN_TESTIS_ASK names the testis as the pain's place, where it stands: not denied in its
 * clause, not a question back or a guess. Only that turn's reply is read.
 */
export function testisToldInAnswer(turns: readonly AskedTurn[], lang: ConsultLang): boolean {
  return turns.some((t) => {
    if (!t.asked.includes(GROIN_TESTIS_ASK[lang])) return false;
    const reply = withoutBallGames(t.reply);
    const all = clauses(reply);
    for (const m of reply.matchAll(TESTIS)) {
      const at = m.index ?? 0;
      const c = clauseAt(all, at);
      if (isNegated(reply, c, at)) continue;
      const clause = reply.slice(c.start, c.end);
      if (QUESTION_BACK.test(clause)) continue;
      // "not my balls", "isn't the testicle", 不是睾丸, 没有蛋蛋: the site denied just before it.
      if (
        /(?:\b(?:no|not|isn'?t|it'?s not|wasn'?t)\s+(?:in\s+)?(?:my\s+|the\s+|his\s+)?(?:left\s+|right\s+)?|不是|并不是|没有|没|不在)$/i.test(
          reply.slice(c.start, at),
        )
      )
        continue;
      // 睾丸没事 / 蛋蛋不疼: the denial after the site in its own clause.
      if (/^[^，。,.!?！？]{0,6}(?:没事|不疼|不痛|没(?:有)?(?:疼|痛|感觉|问题)|不是)/.test(reply.slice(at + m[0].length))) continue;
      // "balls are fine", "testicles aren't sore", "ball's not swollen": the site told and cleared.
      if (
        /^\W{0,3}(?:(?:is|are|seems?|feels?|looks?|'s|'re)\s+)?(?:not|fine|ok|okay|normal|alright|all right)\b|^\s*(?:is|are|do|does)n'?t\b/i.test(
          reply.slice(at + m[0].length, c.end),
        )
      )
        continue;
      return true;
    }
    return false;
  });
}

/** The finding a told testis adds to the case the triage reads (its torsion rule reads "testicle pain", "睾丸疼"). */
export const TESTIS_FINDING: Record<ConsultLang, string> = { zh: '睾丸疼', en: 'testicle pain' };
