export * from './primitives';
export * from './program';
export * from './facility';
