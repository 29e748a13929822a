/** A project page of a simple index (PEP 503 HTML or PEP 691 JSON), in one shape. */

/** One file listed on the page. */
export interface SimpleFile {
  filename: string;
  /** Absolute download URL, without the hash fragment. */
  url: string;
  /** Hex digests by algorithm name (`sha256`, …), from PEP 691 `hashes` or the PEP 503 `#sha256=` fragment. */
  hashes: Record<string, string>;
  requiresPython?: string;
  yanked: boolean;
  yankedReason?: string;
  /** PEP 658/714: the core metadata is served beside the file (at `url` + `.metadata`). */
  coreMetadata: boolean;
  coreMetadataHashes?: Record<string, string>;
  /** PEP 700 (JSON only). */
  size?: number;
  uploadTime?: string;
  /**
   * PEP 740: the absolute URL of the file's provenance; null when the index says it has none (the JSON key is
   * there, null); absent when the index does not speak PEP 740.
   */
  provenance?: string | null;
}

/** A project page. */
export interface SimpleProject {
  name: string;
  files: SimpleFile[];
  /** PEP 700 (JSON only). */
  versions?: string[];
  /** `X-PyPI-Last-Serial`, when the index sends it. */
  lastSerial?: number;
  apiVersion?: string;
  format: 'json' | 'html';
  /** The page actually read. */
  url: string;
}
