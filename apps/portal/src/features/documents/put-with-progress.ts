// PUTs a file to its signed upload URL with progress events (fetch cannot report upload
// progress; XMLHttpRequest can). The URL names the API's origin; this site forwards /files/.

export interface PutResult {
  ok: boolean;
  /** HTTP status, or null when the request never got an answer. */
  status: number | null;
}

export function putWithProgress(
  uploadUrl: string,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<PutResult> {
  const target = new URL(uploadUrl, window.location.href);
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("PUT", `${target.pathname}${target.search}`);
    request.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    request.addEventListener("load", () =>
      resolve({ ok: request.status >= 200 && request.status < 300, status: request.status }),
    );
    request.addEventListener("error", () => resolve({ ok: false, status: null }));
    request.addEventListener("abort", () => resolve({ ok: false, status: null }));
    request.send(file);
  });
}
