/** A command line the CLI refuses (exit code 2), naming the flag as argparse does. */
export class CliError extends Error {
  constructor(readonly flag: string | undefined, message: string) {
    super(flag ? `argument ${flag}: ${message}` : message);
    this.name = "CliError";
  }
}
