/** The message of anything thrown (an Error's message, else its text), for a sentence shown to the user. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
