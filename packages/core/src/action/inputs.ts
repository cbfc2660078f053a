// Inputs live in contract/ (what every operation is given) and the list language in text/;
// re-exported here for the faces that read them by this path.
export * from '../contract/inputs.ts';
export { splitList, splitListLines } from '../text/list.ts';
