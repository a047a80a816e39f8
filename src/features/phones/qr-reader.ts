/** Reads the text of a QR code in the current frame of a video, or null when it sees none. */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats: () => Promise<string[]>;
};

async function nativeReader(): Promise<QrReader | null> {
  const Detector: unknown = Reflect.get(globalThis, 'BarcodeDetector');
  if (typeof Detector !== 'function') return null;
  const detectorClass = Detector as BarcodeDetectorClass;
  const formats = await detectorClass.getSupportedFormats().catch((): string[] => []);
  if (!formats.includes('qr_code')) return null;
  const detector = new detectorClass({ formats: ['qr_code'] });
  return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
}

// frames are scaled down to this width before decoding: enough for a QR code that fills the view
const decodeWidth = 640;

async function libraryReader(): Promise<QrReader> {
  // the decoder is loaded only when the camera is switched on
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, decodeWidth / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return (
      jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data ?? null
    );
  };
}

/** The browser's own BarcodeDetector where it reads QR codes, the jsQR library otherwise. */
export async function makeQrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? libraryReader();
}
