/** A scenario document as stored: a plain JSON object (validated and typed by the model where it matters). */
export type JsonObject = Record<string, unknown>;
