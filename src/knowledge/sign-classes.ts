// The classes of body signs a poison's own harm shows by, named once so the knowledge tables (toxic-agents.ts,
// chemical-agents.ts, double-dose.ts) can say WHICH signs make an exposure to that agent an emergency — chlorine gas ×
// breathing or collapse, an organophosphate × cholinergic signs, a caustic × the airway, lithium × the brain, methotrexate
// × the mouth and a fever — while the signs themselves are read by the one sign reader of the triage
// (safety/red-flags/signs.ts, grouped into these classes by safety/triage/exposure-signs.ts). Pure data.

export type SignClass =
  /** Short of breath, wheeze, blue lips, a noisy in-breath. */
  | 'breathing'
  /** A tight, heavy or painful chest. */
  | 'chest'
  /** Fainted, collapsed, cannot be woken. */
  | 'collapse'
  /** Confused, not making sense. */
  | 'confusion'
  /** A fit. */
  | 'seizure'
  /** Unsteady, cannot walk straight. */
  | 'ataxia'
  /** A hand tremor. */
  | 'tremor'
  /** Drooling or foaming, tiny pupils, muscle twitching (acetylcholine excess). */
  | 'cholinergic'
  /** Heavy sweating. */
  | 'sweating'
  /** Drooling, cannot swallow, a swollen throat, a noisy in-breath: the upper airway burnt or narrowing. */
  | 'airway'
  /** Vomiting or retching. */
  | 'gi'
  /** Ulcers or sores in the mouth. */
  | 'mucosal'
  /** A fever. */
  | 'fever'
  /** Bleeding: heavy, vomited or passed. */
  | 'bleeding'
  /** A low blood sugar. */
  | 'hypo'
  /** Startles, sudden jerks, limbs shaking (myoclonus): a brainstem sign in severe hand-foot-mouth disease. */
  | 'myoclonus'
  /** Listless, floppy, far less alert than usual. */
  | 'lethargy'
  /** Vomiting again and again, nothing kept down. */
  | 'persistentVomiting'
  /** Bleeding from the gums or the nose. */
  | 'mucosalBleeding'
  /** Mottled or grey skin, cold hands and feet: the circulation failing. */
  | 'poorPerfusion'
  /** Belly pain. */
  | 'abdominalPain';
