// Errors a reader reports: which file, and what is wrong with it, in words a user can act on.

export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReadError';
  }
}
