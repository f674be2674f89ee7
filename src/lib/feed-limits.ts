/**
 * How many items a feed carries, newest first. Readers poll feeds for what is
 * new; the full history lives on the pages and in the data files. Without a
 * cap the all-news feed would carry every article in full (23 MB at 5,000
 * articles), which feed readers refuse or truncate.
 */
export const NEWS_FEED_LIMIT = 50;
/** Change items are a few lines each, so a change feed carries more of them. */
export const CHANGE_FEED_LIMIT = 100;
