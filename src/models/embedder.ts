// Text embedders for vector retrieval. Implementations: OpenAI-compatible /v1/embeddings, local ONNX (transformers.js).

export interface Embedder {
  /** Stable identifier stored with the vectors, so an index refuses vectors from a different model. */
  readonly id: string;
  /** Vector dimension (known after the first call for remote models; implementations probe on open). */
  readonly dim: number;
  embed(texts: string[], signal?: AbortSignal): Promise<Float32Array[]>;
  close(): Promise<void>;
}
