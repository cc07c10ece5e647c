import { todayIn } from "@learning-loop/contract";

/** The date, weekday (0 = Sunday) and hour at `now` in a time zone, for "Monday from 09:00 there". */
export function localTime(timeZone: string, now: Date): { date: string; weekday: number; hour: number } {
  const date = todayIn(timeZone, now);
  let hour: number;
  try {
    hour = Number(
      new Intl.DateTimeFormat("en-US", { timeZone, hour: "numeric", hourCycle: "h23" }).format(now),
    );
  } catch {
    hour = now.getUTCHours();
  }
  return {
    date,
    weekday: new Date(`${date}T00:00:00Z`).getUTCDay(),
    hour: Number.isFinite(hour) ? hour % 24 : 0,
  };
}
