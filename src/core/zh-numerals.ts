// A count as Chinese text writes it — digits (with a decimal) or one to three numeral characters (十五, 两, 半, 几) — as a
// regular-expression source without a group, for readers of ages, durations and amounts to wrap as they need. One home
// (review s23: three private copies had drifted apart in what they accepted).
export const ZH_COUNT = '\\d+(?:\\.\\d+)?|[一两二三四五六七八九十半几]{1,3}';
