// The extraction stage: Article + toponyms → incident mentions and actor mentions.
export { extractMentions } from './extract-mentions';
export { findReferenceDates, readSentenceDates, type SentenceDates } from './find-reference-dates';
export type { DateReference } from './find-dates';
