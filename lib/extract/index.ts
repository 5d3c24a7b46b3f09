// The extraction stage: Article + toponyms → incident mentions and actor mentions.
export { extractMentions } from './extract-mentions';
export { findReferenceDates } from './find-reference-dates';
export type { DateReference } from './find-dates';
