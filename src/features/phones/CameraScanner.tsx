import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// a few frames a second is plenty for codes held still in front of the camera
const frameInterval = 250;

/** The camera, on request, reading QR codes one after another and passing each text on. */
export function CameraScanner({ onCode }: { onCode: (text: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [isOn, setIsOn] = useState(false);
  const [problem, setProblem] = useState('');
  const onCodeRef = useRef(onCode);
  useEffect(() => {
    onCodeRef.current = onCode;
  });

  useEffect(() => {
    if (!isOn) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let isStopped = false;
    async function run() {
      if (!navigator.mediaDevices?.getUserMedia) {
        setProblem(t('phones.scanCodes.noCamera'));
        setIsOn(false);
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
      } catch {
        setProblem(t('phones.scanCodes.cameraFailed'));
        setIsOn(false);
        return;
      }
      const element = video.current;
      if (isStopped || !element) return;
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      const { makeQrReader } = await import('./qr-reader');
      const read = await makeQrReader();
      const tick = async () => {
        if (isStopped) return;
        const text = await read(element).catch(() => null);
        if (text && !isStopped) onCodeRef.current(text);
        timer = setTimeout(() => void tick(), frameInterval);
      };
      void tick();
    }
    void run();
    return () => {
      isStopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [isOn, t]);

  return (
    <div>
      <p className="actions">
        <button
          type="button"
          className={isOn ? 'button' : 'button button--primary'}
          onClick={() => {
            setProblem('');
            setIsOn(!isOn);
          }}
        >
          {isOn ? t('phones.scanCodes.stop') : t('phones.scanCodes.start')}
        </button>
      </p>
      {isOn ? (
        <video
          ref={video}
          className="camera-view"
          muted
          playsInline
          aria-label={t('phones.scanCodes.video')}
        />
      ) : null}
      {problem ? (
        <p role="alert" className="field__error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
