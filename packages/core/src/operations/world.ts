// Moved to contract/ (the floor every operation and face builds on); re-exported for existing imports.
export * from '../contract/world.ts';
