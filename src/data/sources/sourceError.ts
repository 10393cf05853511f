/** What went wrong with a named source, for the message and for `onSourceError: 'cached'`. */
export type SourceFailure =
  /** The source could not be reached or refused us: a cached result may stand in (`onSourceError: 'cached'`). */
  | 'unavailable'
  /** The query itself is wrong (syntax, unknown column, a write): always the author's to fix. */
  | 'query'
  /** The query ran past `statementTimeout` or returned more than `maxRows` rows. */
  | 'limit'
  /** The source cannot be set up: a missing driver or module, a module that does not implement the interface. */
  | 'setup';

/** Where in the SQL text a query error is, 1-based, when the engine says. */
export interface SqlPosition {
  line: number;
  column: number;
}

/**
 * An error from a named source, already free of credentials. Its stack is only
 * its message: the failure is in the site's set-up or SQL, not in the plugin.
 */
export class KpiSourceError extends Error {
  readonly source: string;
  readonly failure: SourceFailure;
  readonly hint?: string;
  readonly position?: SqlPosition;

  constructor(source: string, failure: SourceFailure, message: string, extra: {hint?: string; position?: SqlPosition} = {}) {
    super(message);
    this.source = source;
    this.failure = failure;
    if (extra.hint) this.hint = extra.hint;
    if (extra.position) this.position = extra.position;
    this.stack = extra.hint ? `${message}\n  hint: ${extra.hint}` : message;
  }
}
KpiSourceError.prototype.name = 'KpiSourceError';

/** Line and column of a 1-based character offset in `text`. */
export function positionInText(text: string, offset: number): SqlPosition {
  const before = text.slice(0, Math.max(0, offset - 1));
  const lines = before.split('\n');
  return {line: lines.length, column: lines.at(-1)!.length + 1};
}
