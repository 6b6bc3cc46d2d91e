// Exit codes a scheduler understands (BSD sysexits), and the error type that carries one.

export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 64, // EX_USAGE: unknown flag or command
  dataError: 65, // EX_DATAERR: some input documents were rejected; the rest was processed
  noInput: 66, // EX_NOINPUT: the input path does not exist or holds no documents
  cantCreate: 73, // EX_CANTCREAT: the output folder or a file in it cannot be created
  ioError: 74, // EX_IOERR: writing an output failed midway (disk full, I/O error)
  tempFail: 75, // EX_TEMPFAIL: another run holds the output folder
  config: 78, // EX_CONFIG: invalid config, lexicon or actor file; nothing written
  interrupted: 130, // SIGINT
  terminated: 143, // SIGTERM
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem the user can fix: printed as one line, never with a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** A run that rejected some input still wrote the rest: 65, so a scheduler can tell. */
export const exitForInputErrors = (errors: readonly unknown[]): ExitCode => (errors.length > 0 ? ExitCode.dataError : ExitCode.ok);
