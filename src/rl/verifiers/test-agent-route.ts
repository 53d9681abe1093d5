// The route by which a challenge test gives its agent (#18, s43): an oral glucose tolerance test (OGTT: 75 g glucose
// by mouth, read against the diabetes thresholds) is not an intravenous one (IVGTT: a glucose bolus into a vein, read
// as insulin secretion) — the same analyte, another test with its own preparation and cut-offs. The contrast-route
// reader (test-route.ts) reads only a route before an organ's study word (造影/显像) and the slot reader reads 静脉 as
// a site, so 静脉葡萄糖耐量试验 was paid for 口服葡萄糖耐量试验 (s42 review b08, b13, b03). Read here from the name's
// structure: a route word BEFORE a challenge word (耐量/负荷/激发/兴奋/抑制/tolerance/loading/challenge…), or the
// test's abbreviation (OGTT, IVGTT). The name outside brackets decides: 静脉葡萄糖耐量试验（OGTT） is intravenous (a
// gloss does not override the name it glosses); the bracket is read only when the name reads no route. Both names must
// read a route to differ; a name with none (葡萄糖耐量试验, "glucose tolerance test") decides nothing. Only withholds. Pure.
import { foldWidth } from '../../knowledge/term-text.js';

export type AgentRoute = 'oral' | 'intravenous';

/** A challenge test's own word: what a route word must precede to be the route of its agent. */
const CHALLENGE = '(?:耐量|负荷|激发|兴奋|刺激|抑制|释放)';
const CHALLENGE_EN = '(?:tolerance|loading|load|challenge|stimulation|suppression)';

const AGENT_ROUTE_READINGS: readonly [AgentRoute, RegExp][] = [
  ['oral', new RegExp(`口服(?:法)?[\\u4e00-\\u9fff0-9a-z]{0,8}?${CHALLENGE}`, 'iu')],
  ['oral', new RegExp(`\\b(?:oral|per[- ]?oral)\\s+(?:[a-z0-9-]+\\s+){0,3}${CHALLENGE_EN}\\b`, 'iu')],
  ['oral', /\bOGTTs?\b/iu],
  // The route written after the test, in brackets: 葡萄糖耐量试验（口服法）.
  ['oral', new RegExp(`${CHALLENGE}[\\u4e00-\\u9fff]{0,4}\\(\\s*(?:经)?口服(?:法)?\\s*\\)`, 'u')],
  // Not 静脉血/静脉血浆: venous blood is where an oral test's glucose is measured, not how the agent is given.
  ['intravenous', new RegExp(`(?:经)?静脉(?!血)(?:注射|滴注|推注)?(?:法)?[\\u4e00-\\u9fff0-9a-z]{0,8}?${CHALLENGE}`, 'iu')],
  ['intravenous', new RegExp(`\\b(?:intravenous|iv)\\s+(?:[a-z0-9-]+\\s+){0,3}${CHALLENGE_EN}\\b`, 'iu')],
  ['intravenous', /\bIV[- ]?GTTs?\b/iu],
  ['intravenous', new RegExp(`${CHALLENGE}[\\u4e00-\\u9fff]{0,4}\\(\\s*(?:经)?静脉(?:注射)?(?:法)?\\s*\\)`, 'u')],
];

const BRACKET_RE = /[(（][^()（）]*[)）]/gu;

function readRoutes(text: string): AgentRoute[] {
  const out: AgentRoute[] = [];
  for (const [route, re] of AGENT_ROUTE_READINGS) if (re.test(text) && !out.includes(route)) out.push(route);
  return out;
}

/** The routes a test name reads for its agent: the name's own first, its brackets only when it reads none. */
export function agentRoutes(name: string): AgentRoute[] {
  const s = foldWidth(name);
  const own = readRoutes(s.replace(/[(][^()]*[)]/gu, ' ').replace(BRACKET_RE, ' '));
  return own.length > 0 ? own : readRoutes(s);
}

/** The answer and the gold (any of its forms) both read an agent's route and share none: another test. */
export function agentRouteConflict(pred: string, goldForms: readonly string[]): boolean {
  const p = agentRoutes(pred);
  if (p.length === 0) return false;
  const g = goldForms.flatMap(agentRoutes);
  return g.length > 0 && !p.some((r) => g.includes(r));
}
