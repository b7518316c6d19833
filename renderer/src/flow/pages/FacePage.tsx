import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PhotoCapture } from "../../widgets/PhotoCapture";
import { PageFrame } from "../PageFrame";
import type { HeldPhoto } from "../state";

/**
 * A photo of the card holder for services that ask for one (idcard+face, idcard+photo). The
 * contract has no face-comparison call, so the photo goes with the submission for core to use.
 */
export function FacePage({
  onDone,
  onBack,
  onCancel,
}: {
  onDone: (photo: HeldPhoto | null) => void;
  onBack: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [photos, setPhotos] = useState<HeldPhoto[]>([]);
  const [camera, setCamera] = useState(true);
  const [refused, setRefused] = useState(false);
  const go = (): void => {
    if (photos.length === 0 && camera) {
      setRefused(true);
      return;
    }
    onDone(photos[0] ?? null);
  };
  return (
    <PageFrame
      title={t("flow.faceTitle")}
      hint={t("flow.faceHint")}
      problems={refused && photos.length === 0 ? [{ message: t("problem.photo") }] : []}
      primary={{ label: !camera && photos.length === 0 ? t("flow.skip") : t("flow.continue"), onClick: go }}
      onBack={onBack}
      onCancel={onCancel}
      testId="page-face"
    >
      <PhotoCapture
        photos={photos}
        onChange={(p) => setPhotos(p.slice(-1))}
        maxPhotos={1}
        onCameraAvailable={setCamera}
        labelledBy="flow-title"
      />
    </PageFrame>
  );
}
