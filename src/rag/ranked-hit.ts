import type { SearchHit } from '../core/types.js';

/** A retrieval hit after relevance extraction: `relevance` in [0,1] says how well it bears on the question. */
export interface RankedHit extends SearchHit {
  relevance: number;
  /** Offered explicitly by the caller (e.g. reference ranges): fitted into the budget before other hits. */
  pinned?: boolean;
  /** The page the question's fired red flag names (red-flag-lead.ts): numbered first whatever its relevance. */
  lead?: boolean;
}

/** Why a passage was not used; counted into warnings and the bench. */
export interface DroppedHit {
  id: string;
  reason: 'irrelevant' | 'duplicate' | 'budget' | 'model-judged-irrelevant' | 'filtered' | 'off-topic';
}
