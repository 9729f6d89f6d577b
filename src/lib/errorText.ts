/** What to say about something thrown: its message, or the value itself. */
export const errorText = (e: unknown) => String((e as Error)?.message || e);
