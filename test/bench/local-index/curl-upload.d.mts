/** What `curl` resolves with. */
export interface CurlResult {
  /** The HTTP status curl printed. */
  status: number;
  seconds: number;
  /** curl's own CPU seconds (GNU time), null without GNU time. */
  cpuSeconds: number | null;
}

/** twine's form fields for a wheel made by make-dists.py, as name=value. */
export declare function formFields(path: string): string[];

/** Runs curl with `args` (under GNU time when it is here); rejects when curl fails or prints no status. */
export declare function curl(args: string[], options?: { env?: NodeJS.ProcessEnv }): Promise<CurlResult>;

/** POSTs `path` to an upload URL as twine's form, with `fields` from formFields and an optional token. */
export declare function curlUpload(
  url: string,
  path: string,
  fields: string[],
  token?: string,
): Promise<CurlResult>;
