export const NOTES_SCHEMA = 'notes';
