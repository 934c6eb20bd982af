// Saves a file from the page: a blob URL behind a temporary <a download>, revoked once the browser has taken it.
/** How long the blob URL stays alive after the click; some browsers read it a moment later. */
const REVOKE_AFTER_MS = 1_000;

export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  doc.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

export function downloadText(text: string, fileName: string, type: string, doc: Document = document): void {
  downloadBlob(new Blob([text], { type }), fileName, doc);
}
