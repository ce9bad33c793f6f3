import { useRef } from 'react';

/** `value`, or the earlier value it equals (as JSON): keeps memoised children from re-rendering. */
export function useSameValue<T>(value: T): T {
  const kept = useRef<{ json: string; value: T }>(undefined);
  const json = JSON.stringify(value);
  if (kept.current?.json !== json) kept.current = { json, value };
  return kept.current.value;
}
