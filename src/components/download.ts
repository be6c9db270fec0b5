/** Hands text to the browser as a file to save: made on the device, nothing is sent anywhere. */
export function downloadFile(fileName: string, text: string, type: string) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: fileName });
  link.click();
  // Revoked later: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
