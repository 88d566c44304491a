// The reference library (issue 22): cited figures behind every preset, template and editor default.
// Ids are stable: other modules (presets, claim check, plausibility warnings) look entries up by id;
// README.md in this folder lists them. Change a value by editing its entry and adding a line to
// changes.ts; never reuse an id for a different figure.
export * from './schema';
export { REFERENCE_CHANGES, REFERENCE_LIBRARY_VERSION } from './changes';
export { REFERENCE_ENTRIES, findReferenceEntry, referenceEntry, referenceValue, referenceEntriesIn } from './entries';
export { pickerMatchFor, referenceEntriesForPath, type PickerMatch } from './picker';
