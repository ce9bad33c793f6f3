import { useState } from 'react';
import type { EngineResult } from '../../lib/search/engine';
import { absoluteUrl, pathsFor } from '../../lib/site-paths';
import { useFinderText } from './i18n';
import { downloadText } from '../export/download';
import { loadSearchClient } from './useSearch';

/**
 * Print the results shown, or download every result (all pages) as CSV. The
 * CSV asks the search worker for the facilities of every result, loading the
 * result chunks a state or national list has not needed yet.
 */
export function ResultsTools({ result }: { result: EngineResult }) {
  const [status, setStatus] = useState('');
  const { locale, t: text } = useFinderText();
  const t = text.tools;
  const [busy, setBusy] = useState(false);
  const total = result.order.length;

  async function downloadCsv() {
    if (busy) return;
    setBusy(true);
    setStatus(t.preparing(total));
    try {
      const [client, csv] = await Promise.all([loadSearchClient(), import('../../lib/export/downloads')]);
      const records = await client.loadRecords(result.order);
      if (records.some((r) => !r)) throw new Error('missing records');
      const pageUrl = (id: string) => absoluteUrl(pathsFor(locale).facility(id), location.href);
      const rows = records.map((record, i) => ({
        position: i + 1,
        ...(result.distance ? { distance: result.distance[i] } : {}),
        listing: csv.listingOfRecord(record!, pageUrl),
      }));
      downloadText(csv.finderCsv(rows), csv.csvFileName('results', new Date()));
      setStatus(t.done(total));
    } catch {
      setStatus(t.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="finder-tools">
      <button type="button" className="finder-button finder-button--secondary" onClick={() => window.print()}>
        {t.print}
      </button>
      <button
        type="button"
        className="finder-button finder-button--secondary"
        onClick={() => void downloadCsv()}
        aria-disabled={busy}
      >
        {t.csv} <span className="finder-tools__count">{t.csvAll(total)}</span>
      </button>
      <p className="finder-tools__status" role="status">
        {status}
      </p>
    </div>
  );
}
