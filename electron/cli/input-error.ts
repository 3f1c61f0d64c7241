/** A problem with what the user gave the command line (a file, an option): said plainly, no stack trace. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}
