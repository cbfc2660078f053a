// Moved to contract/ (the shape every face prints); re-exported for the operations' views.
export * from '../contract/json.ts';
