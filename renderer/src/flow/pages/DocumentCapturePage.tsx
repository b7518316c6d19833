import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentReading, LocalizedText } from "../../../../core/api";
import { useKiosk } from "../../app/kiosk-context";
import { localized } from "../../i18n/localized";
import { PageFrame } from "../PageFrame";

export type ReadFields = Extract<DocumentReading, { status: "read" }>["fields"];

/** The guide frame, as a share of the preview: a 出生医学证明 is about 10:7. */
const FRAME = { left: 0.1, top: 0.14, width: 0.8, height: 0.72 };
/** Longest side of the cropped picture sent to be read. */
const MAX_SIDE_PX = 1280;
/** The parent never waits longer than this for a reading: then they type. */
const READ_TIMEOUT_MS = 30_000;

type State =
  | { kind: "starting" }
  | { kind: "live"; stream: MediaStream }
  | { kind: "no-camera" }
  | { kind: "reading"; stream: MediaStream }
  | { kind: "failed"; stream: MediaStream | null };

const hasCamera = (): boolean =>
  "mediaDevices" in navigator && typeof navigator.mediaDevices.getUserMedia === "function";

/**
 * The parent shows the 出生医学证明 to the camera; the page crops the picture to the guide frame
 * and asks core to have it read. Whatever happens — no camera, offline, nothing readable, too slow —
 * "type it myself" stays on screen and the flow goes on to the questions as before.
 */
export function DocumentCapturePage({
  sessionId,
  title,
  hint,
  onRead,
  onSkip,
  onBack,
  onCancel,
}: {
  sessionId: () => Promise<string>;
  title: LocalizedText;
  hint: LocalizedText | undefined;
  onRead: (fields: ReadFields) => void;
  onSkip: () => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { kiosk } = useKiosk();
  const video = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<State>(() => (hasCamera() ? { kind: "starting" } : { kind: "no-camera" }));
  const [streaming, setStreaming] = useState(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    if (!hasCamera()) return;
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1280 } }, audio: false })
      .then((s) => {
        stream = s;
        if (live) setState({ kind: "live", stream: s });
      })
      .catch(() => {
        if (live) setState({ kind: "no-camera" });
      });
    return () => {
      live = false;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  const stream = state.kind === "live" || state.kind === "reading" ? state.stream : null;
  useEffect(() => {
    const v = video.current;
    if (stream === null || v === null || v.srcObject === stream) return;
    v.srcObject = stream;
    v.play()
      .then(() => setStreaming(true))
      .catch(() => undefined);
  }, [stream]);

  const capture = async (): Promise<void> => {
    const v = video.current;
    if (state.kind !== "live" || !v || v.videoWidth === 0) return;
    const sx = Math.round(v.videoWidth * FRAME.left);
    const sy = Math.round(v.videoHeight * FRAME.top);
    const sw = Math.round(v.videoWidth * FRAME.width);
    const sh = Math.round(v.videoHeight * FRAME.height);
    const scale = Math.min(1, MAX_SIDE_PX / Math.max(sw, sh));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(sw * scale);
    canvas.height = Math.round(sh * scale);
    canvas.getContext("2d")?.drawImage(v, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL("image/jpeg", 0.9);
    setState({ kind: "reading", stream: state.stream });
    const timeout = new Promise<DocumentReading>((resolve) =>
      setTimeout(() => resolve({ status: "unavailable" }), READ_TIMEOUT_MS),
    );
    const reading = await Promise.race([
      sessionId()
        .then((id) =>
          kiosk.readBirthCertificate({
            sessionId: id,
            image: { mime: "image/jpeg", base64: url.slice(url.indexOf(",") + 1) },
          }),
        )
        .catch((): DocumentReading => ({ status: "unavailable" })),
      timeout,
    ]);
    if (reading.status === "read") onRead(reading.fields);
    else setState({ kind: "failed", stream: state.stream });
  };

  const reading = state.kind === "reading";
  return (
    <PageFrame
      title={localized(title, i18n.language)}
      hint={hint ? localized(hint, i18n.language) : undefined}
      primary={
        state.kind === "live"
          ? { label: t("document.capture"), onClick: () => void capture(), testId: "capture-document", disabled: !streaming }
          : state.kind === "no-camera" || state.kind === "failed"
            ? { label: t("document.typeInstead"), onClick: onSkip, testId: "type-instead" }
            : undefined
      }
      secondary={
        state.kind === "live" || state.kind === "starting" || reading
          ? [{ label: t("document.typeInstead"), onClick: onSkip, testId: "type-instead" }]
          : []
      }
      onBack={onBack}
      onCancel={onCancel}
      testId="page-document"
    >
      {state.kind === "no-camera" && (
        <p className="notice" role="status" data-testid="document-no-camera">
          {t("document.noCamera")}
        </p>
      )}
      {state.kind === "failed" && (
        <p className="notice" role="status" data-testid="document-unread">
          {t("document.unread")}
        </p>
      )}
      {state.kind === "starting" && <p role="status">{t("widget.cameraStarting")}</p>}
      {stream !== null && (
        <div className="document-capture">
          {/* biome-ignore lint/a11y/useMediaCaption: a live camera preview has no audio to caption */}
          <video ref={video} className="document-capture__video" muted playsInline aria-label={t("document.preview")} />
          <div className="document-capture__frame" aria-hidden="true" />
        </div>
      )}
      {reading && (
        <p role="status" className="notice" data-testid="document-reading">
          {t("document.reading")}
        </p>
      )}
    </PageFrame>
  );
}
