/**
 * How many of the newest documents a feed carries: readers poll feeds for what is new, and
 * 10,000 entries would make every poll download megabytes. The whole corpus is in data/.
 */
export const FEED_ENTRIES = 100;

/**
 * How many a department's or a topic's feed carries: there are hundreds of them (640 at 10,000
 * documents), and at 100 entries they took 35 MB of the output budget (README "Output budget
 * and hosts"); their pages list every document.
 */
export const LISTING_FEED_ENTRIES = 20;
