// Section entry: reading members' answer codes with the camera or as pasted text (QR reader loads later).
export { ScanCodesPage } from '../../features/phones/ScanCodesPage';
