/**
 * Save text as a file the browser downloads, made in the page (nothing is
 * sent anywhere). A link to a `blob:` URL is a navigation, which the site's
 * Content-Security-Policy does not restrict (tests/e2e check it).
 */
export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: free it a little later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
