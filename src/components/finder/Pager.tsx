import type { PageInfo } from '../../lib/finder/pagination';
import { useFinderText } from './i18n';

/** Previous / next through the complete result list; the count above says where you are. */
export function Pager({ info, onPage }: { info: PageInfo; onPage(page: number): void }) {
  const t = useFinderText().t.results;
  if (info.pageCount <= 1) return null;
  return (
    <nav className="finder-pager" aria-label={t.pages}>
      <button
        type="button"
        className="finder-button finder-button--secondary"
        disabled={info.page <= 1}
        onClick={() => onPage(info.page - 1)}
      >
        {t.previous}
      </button>
      <span className="finder-pager__where">{t.pageOf(info.page, info.pageCount)}</span>
      <button
        type="button"
        className="finder-button finder-button--secondary"
        disabled={info.page >= info.pageCount}
        onClick={() => onPage(info.page + 1)}
      >
        {t.next}
      </button>
    </nav>
  );
}
