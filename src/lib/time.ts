/** One day in milliseconds: retention, purchase recency, cooldowns and "N days ago" all count in days. */
export const DAY_MS = 864e5;

/** Local midnight of the day of `t` (epoch ms): "today", "yesterday" and day counts go by the visitor's calendar. */
export const midnight = (t: number) => new Date(t).setHours(0, 0, 0, 0);
