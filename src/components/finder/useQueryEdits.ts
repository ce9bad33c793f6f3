import { useCallback, useRef, type RefObject } from 'react';
import { clearedFilters, toggleOption, toggleTelehealth, withoutChip, type Chip } from '../../lib/finder/selection';
import type { FinderState } from '../../lib/finder/url-state';
import type { FilterGroupKey } from '../../lib/search/groups';
import { replaceSpan, type QueryReading } from '../../lib/search/query';

/**
 * What filter boxes, chips and "Did you mean" do to the search. A filter
 * the words asked for lives in the words, so unticking it edits the text
 * (lib/finder/selection decides how); the text box is kept in step.
 */
export function useQueryEdits(
  stateRef: RefObject<FinderState>,
  reading: QueryReading,
  update: (patch: Partial<FinderState>) => void,
  setQInput: (q: string) => void,
) {
  // Read through a ref so the handlers keep one identity and memoised children do not re-render.
  const readingRef = useRef(reading);
  readingRef.current = reading;
  const editText = useCallback(
    (q: string) => {
      setQInput(q);
      update({ q });
    },
    [setQInput, update],
  );

  const onToggle = useCallback(
    (group: FilterGroupKey, id: string, on: boolean) =>
      update(toggleOption(stateRef.current, readingRef.current, group, id, on)),
    [stateRef, update],
  );
  const onTelehealth = useCallback(
    (on: boolean) => update(toggleTelehealth(stateRef.current, readingRef.current, on)),
    [stateRef, update],
  );
  const onClearFilters = useCallback(() => {
    const patch = clearedFilters(stateRef.current, readingRef.current);
    if (patch.q !== undefined) setQInput(patch.q);
    update(patch);
  }, [stateRef, setQInput, update]);
  const onRemoveChip = useCallback(
    (chip: Chip) => editText(withoutChip(stateRef.current.q, chip)),
    [stateRef, editText],
  );
  const onAccept = useCallback(
    (span: { start: number; end: number }, guess: string) => editText(replaceSpan(stateRef.current.q, span, guess)),
    [stateRef, editText],
  );
  const onClearText = useCallback(() => editText(''), [editText]);
  return { onToggle, onTelehealth, onClearFilters, onRemoveChip, onAccept, onClearText };
}
