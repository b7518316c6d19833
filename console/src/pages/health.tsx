/**
 * Fleet health over time from /v1/fleet/series (5-minute buckets summed or averaged by the
 * service): online kiosks, paper states, submissions per hour and the 秒批 approval rate.
 */
import { useMemo, useState } from "react";
import { api, path } from "../api";
import { Chart, type Line } from "../chart";
import { useT } from "../i18n";
import { Empty, Show } from "../parts";
import { type Series, Series as SeriesSchema } from "../replies";
import { ROUTES } from "../routes";
import { useLoad } from "../use-load";

const RANGES = {
  day: { days: 1, step: "5m" },
  week: { days: 7, step: "1h" },
  month: { days: 30, step: "1d" },
} as const;
type Range = keyof typeof RANGES;
const HOURS_PER_STEP = { "5m": 1 / 12, "1h": 1, "1d": 24 } as const;
const RANGE_KEYS: readonly Range[] = ["day", "week", "month"];

/** The range is fixed when the page asks, so the chart spans exactly what was asked for. */
function rangeOf(range: Range): { from: Date; to: Date } {
  const to = new Date();
  return { from: new Date(to.getTime() - RANGES[range].days * 86_400_000), to };
}

export function HealthPage() {
  const t = useT();
  const [range, setRange] = useState<Range>("day");
  const [series] = useLoad(() => {
    const { from, to } = rangeOf(range);
    return api(
      SeriesSchema,
      "GET",
      path(
        ROUTES.fleetSeries,
        {},
        { from: from.toISOString(), to: to.toISOString(), step: RANGES[range].step },
      ),
    );
  }, range);
  return (
    <>
      <h2>{t("health")}</h2>
      <div className="actions" role="group" aria-label={t("range")}>
        {RANGE_KEYS.map((r) => (
          <button type="button" key={r} aria-pressed={r === range} onClick={() => setRange(r)}>
            {t(r)}
          </button>
        ))}
      </div>
      <Show loaded={series}>
        {(s) =>
          s.points.length === 0 ? (
            <Empty />
          ) : (
            <Charts s={s} hoursPerStep={HOURS_PER_STEP[RANGES[range].step]} />
          )
        }
      </Show>
    </>
  );
}

function Charts({ s, hoursPerStep }: { s: Series; hoursPerStep: number }) {
  const t = useT();
  const data = useMemo(() => {
    const times = s.points.map((p) => Date.parse(p.at) / 1000);
    const online: Line[] = [{ label: t("online"), color: "#1a7f37", values: s.points.map((p) => p.online) }];
    const paper: Line[] = [
      { label: t("paperOk"), color: "#1a7f37", values: s.points.map((p) => p.paper.ok) },
      { label: t("paperNear"), color: "#9a6700", values: s.points.map((p) => p.paper.nearEnd) },
      { label: t("paperOut"), color: "#cf222e", values: s.points.map((p) => p.paper.out) },
    ];
    // Per hour whatever the step, so the three ranges read alike.
    const perHour: Line[] = [
      {
        label: t("submissions"),
        color: "#0969da",
        values: s.points.map((p) =>
          p.submissions === null ? null : Math.round((p.submissions / hoursPerStep) * 10) / 10,
        ),
      },
    ];
    const rate: Line[] = [
      {
        label: t("approvalRate"),
        color: "#8250df",
        values: s.points.map((p) => {
          const decided = (p.approved ?? 0) + (p.rejected ?? 0);
          return decided === 0 ? null : Math.round(((p.approved ?? 0) / decided) * 1000) / 10;
        }),
      },
    ];
    const span: [number, number] = [Date.parse(s.from) / 1000, Date.parse(s.to) / 1000];
    return { times, online, paper, perHour, rate, span };
  }, [s, hoursPerStep, t]);
  return (
    <div className="charts">
      <Chart
        id="chart-online"
        title={t("onlineKiosks")}
        times={data.times}
        lines={data.online}
        span={data.span}
      />
      <Chart
        id="chart-paper"
        title={t("paperStates")}
        times={data.times}
        lines={data.paper}
        span={data.span}
      />
      <Chart
        id="chart-submissions"
        title={t("submissions")}
        times={data.times}
        lines={data.perHour}
        span={data.span}
      />
      <Chart
        id="chart-approval"
        title={t("approvalRate")}
        times={data.times}
        lines={data.rate}
        span={data.span}
        yMax={100}
      />
    </div>
  );
}
