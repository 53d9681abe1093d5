/** Reported while a model file downloads; `totalBytes` is undefined when the server sends no length. */
export interface DownloadProgress {
  file: string;
  downloadedBytes: number;
  totalBytes?: number;
  /** True on the last report for this file. */
  done?: boolean;
}
