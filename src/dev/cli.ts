// Shared by the commands that tools rely on: JSON only on standard output, progress on standard
// error, and on failure a one-line reason on standard error with a non-zero exit.
export function fail(reason: string, code = 1): never {
  process.stderr.write(`${reason.replace(/\s+/g, ' ').trim()}\n`);
  process.exit(code);
}

export function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

export async function runCommand(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

/** `--name value` or `--name=value`; returns the value and the remaining arguments. */
export function takeOption(args: string[], name: string): { value: string | null; rest: string[] } {
  const rest: string[] = [];
  let value: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === `--${name}`) {
      const next = args[i + 1];
      if (next === undefined) throw new Error(`--${name} needs a value`);
      value = next;
      i++;
    } else if (arg.startsWith(`--${name}=`)) {
      value = arg.slice(name.length + 3);
    } else {
      rest.push(arg);
    }
  }
  return { value, rest };
}
