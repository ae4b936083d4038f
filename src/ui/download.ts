// Saves a value as a JSON file through a temporary object URL and a download link; nothing is uploaded.
export function downloadJsonFile(doc: Document, value: unknown, filename: string): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "sourcelight-example.com.json": a file name from the page's host, with anything odd replaced. */
export function reportFileName(pageUrl: string): string {
  let host = 'page';
  try {
    host = new URL(pageUrl).hostname || host;
  } catch {
    // keep the default
  }
  return `sourcelight-${host.replace(/[^a-z0-9.-]/gi, '_')}.json`;
}
