// The crisis lines a triage message may carry (the numbers src/safety writes: 12356 and 010-82951332 in mainland China,
// 988 US, 116 123 UK/IE, 13 11 14 AU, 1737 NZ, 1925 TW, 2389 2222 HK). One home for the bench scorers that count
// "suicide → emergency + crisis line" (triage-score, triage-batches, triage-cv, triage-crisis-probes).
export const CRISIS_LINE = /12356|988|116 123|13 11 14|1737|1925|2389 2222|82951332/;
