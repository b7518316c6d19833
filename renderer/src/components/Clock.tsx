import { useEffect, useState } from "react";

type Formatters = { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat };
const cache = new Map<string, Formatters>();

/** One pair of formatters per language: building one loads ICU data, too slow to do every second. */
function formattersFor(locale: string): Formatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = {
      date: new Intl.DateTimeFormat(locale, { month: "long", day: "numeric", weekday: "short" }),
      time: new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hour12: false }),
    };
    cache.set(locale, formatters);
  }
  return formatters;
}

/**
 * Date and time in the resident's language, updated every second (Intl, which needs the full ICU
 * data). The first formatters are built just after the first paint (ICU's first load costs ~80 ms
 * on a kiosk's CPU); until then the clock's place is kept empty.
 */
export function Clock({ locale }: { locale: string }) {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const tick = (): void => setNow(new Date());
    const first = requestAnimationFrame(tick);
    const timer = setInterval(tick, 1000);
    return () => {
      cancelAnimationFrame(first);
      clearInterval(timer);
    };
  }, []);
  if (now === null) return <span className="clock" aria-hidden="true" />;
  const { date, time } = formattersFor(locale);
  return (
    <time className="clock" dateTime={now.toISOString()}>
      <span className="clock__time">{time.format(now)}</span>
      <span className="clock__date">{date.format(now)}</span>
    </time>
  );
}
