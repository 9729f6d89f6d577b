/** One day in milliseconds: retention, purchase recency, cooldowns and "N days ago" all count in days. */
export const DAY_MS = 864e5;
