// Typed errors of the query functions. Transports switch on `kind` once (404, 400) instead of
// reading messages; each message alone is enough for a log line.
import { formatPath } from "@throtl/compare";
import type { z } from "zod";

export type Entity = "snapshot" | "comparison";

export class NotFoundError extends Error {
  override readonly name = "NotFoundError";
  readonly kind = "not_found" as const;
  constructor(
    readonly entity: Entity,
    readonly id: string,
  ) {
    super(`No ${entity} with id ${JSON.stringify(id)}`);
  }
}

export interface InputIssue {
  readonly path: string;
  readonly message: string;
}

export class InvalidInputError extends Error {
  override readonly name = "InvalidInputError";
  readonly kind = "invalid_input" as const;
  constructor(
    readonly what: string,
    readonly issues: readonly InputIssue[],
  ) {
    const [first] = issues;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid ${what}: ${first?.path ?? "(root)"}: ${first?.message ?? "invalid"}${more}`);
  }
}

/** Parses with a zod schema; failures become an InvalidInputError naming each field's path. */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(what, parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
}
