// Section entry: reading members' answer codes with the camera or as pasted text (QR reader loads
// later), and picking up files shared to the installed app.
export { ScanCodesPage } from '../../features/phones/ScanCodesPage';
export { SharedFilePage } from '../../features/phones/SharedFilePage';
