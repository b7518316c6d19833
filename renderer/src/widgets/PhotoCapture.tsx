import { useEffect, useEffectEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { HeldPhoto } from "../flow/photo";

interface Props {
  photos: readonly HeldPhoto[];
  onChange: (photos: HeldPhoto[]) => void;
  /** Most photos the resident may take. */
  maxPhotos: number;
  /** Told once whether the kiosk camera could be opened (false lets the page offer a skip). */
  onCameraAvailable: (available: boolean) => void;
  labelledBy: string;
}

/** Longest side of a stored photo: enough to read a label, small enough for the 700 KB cap. */
const MAX_SIDE_PX = 960;

/** False where the page has no media devices at all (no camera API, or an insecure origin). */
const hasCamera = (): boolean =>
  "mediaDevices" in navigator && typeof navigator.mediaDevices.getUserMedia === "function";

type Camera = { state: "starting" } | { state: "on"; stream: MediaStream } | { state: "none" };

/**
 * Photos from the kiosk camera (getUserMedia). The pictures stay in page memory until the flow
 * submits or the session is wiped; they are never written anywhere by the page.
 */
export function PhotoCapture({ photos, onChange, maxPhotos, onCameraAvailable, labelledBy }: Props) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  // The shutter waits for the first frame: a capture before it would be an empty picture.
  const [streaming, setStreaming] = useState(false);
  const [camera, setCamera] = useState<Camera>(() =>
    hasCamera() ? { state: "starting" } : { state: "none" },
  );
  const report = useEffectEvent(onCameraAvailable);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let live = true;
    if (!hasCamera()) {
      report(false);
      return;
    }
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 1280 } }, audio: false })
      .then((s) => {
        stream = s;
        if (!live) return;
        setCamera({ state: "on", stream: s });
        report(true);
      })
      .catch(() => {
        if (!live) return;
        setCamera({ state: "none" });
        report(false);
      });
    return () => {
      live = false;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, []);

  useEffect(() => {
    if (camera.state === "on" && video.current) {
      video.current.srcObject = camera.stream;
      video.current
        .play()
        .then(() => setStreaming(true))
        .catch(() => undefined);
    }
  }, [camera]);

  const take = (): void => {
    const v = video.current;
    if (!v || v.videoWidth === 0) return;
    const scale = Math.min(1, MAX_SIDE_PX / Math.max(v.videoWidth, v.videoHeight));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(v.videoWidth * scale);
    canvas.height = Math.round(v.videoHeight * scale);
    canvas.getContext("2d")?.drawImage(v, 0, 0, canvas.width, canvas.height);
    const url = canvas.toDataURL("image/jpeg", 0.7);
    onChange([...photos, { mime: "image/jpeg", base64: url.slice(url.indexOf(",") + 1) }]);
  };

  return (
    <div className="photo-capture" data-testid="photo-capture">
      {camera.state === "none" && (
        <p className="notice" role="status" data-testid="no-camera">
          {t("widget.noCamera")}
        </p>
      )}
      {camera.state === "starting" && <p role="status">{t("widget.cameraStarting")}</p>}
      {camera.state === "on" && (
        <>
          {/* biome-ignore lint/a11y/useMediaCaption: a live camera preview has no audio to caption */}
          <video
            ref={video}
            className="photo-capture__video"
            muted
            playsInline
            aria-labelledby={labelledBy}
          />
          <button
            type="button"
            className="button button--primary"
            onClick={take}
            disabled={!streaming || photos.length >= maxPhotos}
            data-testid="take-photo"
          >
            {t("widget.takePhoto")}
          </button>
        </>
      )}
      {photos.length > 0 && (
        <>
          <p role="status">{t("widget.photoCount", { count: photos.length, max: maxPhotos })}</p>
          <ul className="photo-capture__shots">
            {photos.map((p, i) => (
              <li key={p.base64.slice(-24)}>
                <img
                  src={`data:${p.mime};base64,${p.base64}`}
                  alt={t("widget.photoCount", { count: i + 1, max: maxPhotos })}
                />
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChange(photos.filter((_, j) => j !== i))}
                >
                  {t("widget.removePhoto")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
