import type { PageInfo } from '../../lib/finder/pagination';

/** Previous / next through the complete result list; the count above says where you are. */
export function Pager({ info, onPage }: { info: PageInfo; onPage(page: number): void }) {
  if (info.pageCount <= 1) return null;
  return (
    <nav className="finder-pager" aria-label="Result pages">
      <button
        type="button"
        className="finder-button finder-button--secondary"
        disabled={info.page <= 1}
        onClick={() => onPage(info.page - 1)}
      >
        Previous<span className="visually-hidden"> page</span>
      </button>
      <span className="finder-pager__where">
        Page {info.page} of {info.pageCount}
      </span>
      <button
        type="button"
        className="finder-button finder-button--secondary"
        disabled={info.page >= info.pageCount}
        onClick={() => onPage(info.page + 1)}
      >
        Next<span className="visually-hidden"> page</span>
      </button>
    </nav>
  );
}
