/** Hands text to the browser as a file to save: made on the device, nothing is sent anywhere. */
export function downloadFile(fileName: string, text: string, type: string) {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(new Blob([text], { type })), download: fileName });
  link.click();
  // Some browsers read the address only after this call returns.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
