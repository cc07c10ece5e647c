/** An instant some minutes after another, for the seed's made-up timelines. */
export const minutesAfter = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * 60_000);
