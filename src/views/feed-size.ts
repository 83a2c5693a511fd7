/**
 * How many of the newest documents a feed carries: readers poll feeds for what is new, and
 * 10,000 entries would make every poll download megabytes. The whole corpus is in data/.
 */
export const FEED_ENTRIES = 100;
