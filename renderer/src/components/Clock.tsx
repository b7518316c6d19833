import { useEffect, useState } from "react";

/** Date and time in the resident's language, updated every second (ux.md §8: Intl, full ICU). */
export function Clock({ locale }: { locale: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(timer);
  }, []);
  const date = new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", weekday: "short" }).format(
    now,
  );
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hour12: false }).format(
    now,
  );
  return (
    <time className="clock" dateTime={now.toISOString()}>
      <span className="clock__time">{time}</span>
      <span className="clock__date">{date}</span>
    </time>
  );
}
