import { useCallback, useRef, useState, type RefObject } from 'react';
import { pageOf } from '../../lib/finder/pagination';
import type { FinderState } from '../../lib/finder/url-state';
import type { SearchRecord } from '../../lib/search/record';

/**
 * The facility picked on the map or in the list. Picking on the map shows it
 * in the list (turning the page if needed); "Show on map" scrolls to the map
 * and asks it to open that marker.
 */
export function useMapSelection(
  order: Int32Array | undefined,
  records: readonly (SearchRecord | undefined)[],
  stateRef: RefObject<FinderState>,
  writeUrl: (state: FinderState) => void,
) {
  const [selectedId, setSelectedId] = useState<string>();
  const [focusRequest, setFocusRequest] = useState(0);
  // Read through refs so the handlers keep one identity and memoised children do not re-render.
  const orderRef = useRef(order);
  orderRef.current = order;
  const recordsRef = useRef(records);
  recordsRef.current = records;

  const onMapSelect = useCallback(
    (id: string) => {
      setSelectedId(id);
      const index = orderRef.current?.findIndex((i) => recordsRef.current[i]?.id === id) ?? -1;
      if (index >= 0 && pageOf(index) !== stateRef.current.page) {
        writeUrl({ ...stateRef.current, page: pageOf(index) });
      }
      window.setTimeout(() => document.getElementById(`result-${id}`)?.scrollIntoView({ block: 'nearest' }), 0);
    },
    [stateRef, writeUrl],
  );
  const onShowOnMap = useCallback((id: string) => {
    setSelectedId(id);
    setFocusRequest((n) => n + 1);
    document.getElementById('finder-map-heading')?.scrollIntoView({ block: 'start' });
  }, []);
  return { selectedId, focusRequest, onMapSelect, onShowOnMap };
}
