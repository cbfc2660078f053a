// The HTTP transport lives in http/ (shared with github/); re-exported for registry's callers.
export * from '../http/transport.ts';
